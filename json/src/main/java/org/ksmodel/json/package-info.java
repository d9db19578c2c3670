/**
 * The ksmodel JSON wire format. Its JSON Schema ships in this library ({@link
 * org.ksmodel.json.KsJson#schema()}); the format and every problem code are described in {@code
 * json/WIRE-FORMAT.md} of the source repository.
 *
 * <ul>
 *   <li>{@link org.ksmodel.json.KsJson}: read and write datasets, entities and NDJSON without
 *       knowing Jackson; strict or lenient; problems as {@link org.ksmodel.common.Violation}s with
 *       JSON Pointers, lines and columns in a {@link org.ksmodel.json.ReadResult}; limits in {@link
 *       org.ksmodel.json.JsonLimits}.
 *   <li>{@link org.ksmodel.json.NdjsonReader} and {@link org.ksmodel.json.NdjsonWriter}: one entity
 *       per line, memory bounded by one entity.
 *   <li>{@link org.ksmodel.json.KsJsonModule}: the same format for an {@code ObjectMapper} of your
 *       own.
 * </ul>
 */
package org.ksmodel.json;
