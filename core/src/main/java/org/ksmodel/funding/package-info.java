/**
 * Funding: the money behind a partnership or an institution's knowledge-sharing programme, as
 * {@link org.ksmodel.funding.Contribution}s (who puts in what, from which source, in cash or in
 * kind) and {@link org.ksmodel.funding.Transaction}s (IATI's commitments, disbursements,
 * expenditures and incoming funds), with totals that never mix currencies.
 *
 * <p>Every value of this package is immutable and safe to share between threads. A value type is
 * made with its {@code builder()}, whose setters are named after the attributes: an optional
 * attribute has one setter for the value and one for an {@code Optional}; a list or set attribute
 * has {@code addX} (one or several elements), {@code addAllX} and {@code x}, which replaces the
 * elements; a map attribute has {@code putX}, {@code putAllX} and {@code x}, which replaces the
 * entries. {@code from(value)} copies the attributes of a value, adding to the collections. {@code
 * build()} throws {@link org.ksmodel.common.InvalidValueException} when a required attribute is not
 * set or the value would be meaningless; each builder states when. Builders are not thread-safe.
 *
 * <p>Null is never a valid argument: factories and builder setters throw {@link
 * NullPointerException} for it. An absent optional attribute is left unset or given as {@link
 * java.util.Optional#empty()}.
 */
package org.ksmodel.funding;
