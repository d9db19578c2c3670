/**
 * The demand side of knowledge sharing: a {@link org.ksmodel.request.KnowledgeRequest} records what
 * an institution asked for (the challenge in its own words, the sectors and SDG targets, how it
 * would like to learn), where the request stands ({@link org.ksmodel.request.RequestStatus}), and
 * the partnerships and solutions that answered it.
 *
 * <p>Every value of this package is immutable and safe to share between threads. A value type is
 * made with its {@code builder()}, whose setters are named after the attributes: an optional
 * attribute has one setter for the value and one for an {@code Optional}; a list attribute has
 * {@code addX} (one or several elements), {@code addAllX} and {@code x}, which replaces the
 * elements. {@code from(value)} copies the attributes of a value, adding to the collections. {@code
 * build()} throws {@link org.ksmodel.common.InvalidValueException} when a required attribute is not
 * set. Builders are not thread-safe.
 *
 * <p>Null is never a valid argument: factories and builder setters throw {@link
 * NullPointerException} for it. An absent optional attribute is left unset or given as {@link
 * java.util.Optional#empty()}.
 */
package org.ksmodel.request;
