/**
 * The conclusions that rules insert and the parameters they read. Rule files in
 * {@code rules-drl/} live in this package and see these types without an import; the case's
 * facts come from {@link org.backpainkb.model}.
 *
 * <p>Every conclusion is an immutable record inserted logically: when the facts behind it go,
 * it goes too. Rules never change a fact they matched.
 */
package org.backpainkb.rules;
