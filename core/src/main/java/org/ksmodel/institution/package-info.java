/**
 * Institutions that take part in knowledge sharing: line ministries, cooperation agencies,
 * development banks, networks and the rest; when an institution acts as a knowledge hub, its {@link
 * org.ksmodel.institution.HubProfile}, its {@link org.ksmodel.institution.KsBudget} and its {@link
 * org.ksmodel.institution.CapacityAssessment}s against the eight pillars of a knowledge-sharing
 * organisation.
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
package org.ksmodel.institution;
