/**
 * The values every part of the model shares: the typed ids that link aggregates ({@link
 * org.ksmodel.common.InstitutionId} and its siblings), the code values of countries, currencies,
 * languages, DAC sectors and SDG targets, open vocabularies ({@link org.ksmodel.common.Code}),
 * {@link org.ksmodel.common.LocalizedText}, {@link org.ksmodel.common.DateRange} and {@link
 * org.ksmodel.common.Money}; and the shape of every problem, a {@link org.ksmodel.common.Violation}
 * located by a {@link org.ksmodel.common.DataPath}.
 *
 * <p>Construction refuses only what is meaningless (a blank id, a malformed code, an end before a
 * start, a negative amount), always with an {@link org.ksmodel.common.InvalidValueException}. The
 * code values check their form only: whether a well-formed code exists is answered by {@code
 * org.ksmodel.reference} and reported by the validator.
 *
 * <p>Unless stated otherwise, methods throw {@link NullPointerException} for a null argument.
 *
 * <p>Every value of this package is immutable and safe to share across threads; the builder of a
 * {@link org.ksmodel.common.Violation} is not thread-safe.
 */
package org.ksmodel.common;
