/**
 * The facts of a case, as the case format describes them: immutable records, each checked when
 * made ({@link org.backpainkb.model.InvalidCaseException} names the field at fault), and the
 * format's fixed vocabularies as enums. A {@link org.backpainkb.model.Case} holds them all for a
 * one-shot assessment; a {@link org.backpainkb.PersonSession} takes them one at a time.
 */
package org.backpainkb.model;
