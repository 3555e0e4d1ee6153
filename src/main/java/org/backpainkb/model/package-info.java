/**
 * The facts of a case, as the case format describes them: immutable records, each checked when
 * made ({@link org.backpainkb.model.InvalidCaseException} names the field at fault), and the
 * format's fixed vocabularies as enums. A {@link org.backpainkb.model.Case} holds them all for a
 * one-shot assessment; a {@link org.backpainkb.PersonSession} takes them one at a time.
 *
 * <p>The records that are facts write out their own {@code equals} and {@code hashCode}, with the
 * meaning a record's own would have (every component, in order, hashed as a record does; but a
 * {@link Symptom}'s activities, compared and hashed as the sets they are). A
 * record's own are made at run time, the first time each is called, from method handles: the
 * engine calls them on its first assessment, and in a freshly started JVM making them for every
 * kind of fact and conclusion took about 60 ms of a one-off {@code assess}. A test checks that
 * each reads every component.
 */
package org.backpainkb.model;
