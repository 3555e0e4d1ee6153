/**
 * The conclusions that rules insert and the parameters they read. Rule files in
 * {@code rules-drl/} live in this package and see these types without an import; the case's
 * facts come from {@link org.backpainkb.model}.
 *
 * <p>Every conclusion is an immutable record inserted logically: when the facts behind it go,
 * it goes too. Rules never change a fact they matched.
 *
 * <p>These records write out their own {@code equals} and {@code hashCode}, with the meaning a
 * record's own would have (every component, in order, hashed as a record does). A
 * record's own are made at run time, the first time each is called, from method handles: the
 * engine calls them on its first assessment, and in a freshly started JVM making them for every
 * kind of fact and conclusion took about 60 ms of a one-off {@code assess}. A test checks that
 * each reads every component.
 */
package org.backpainkb.rules;
