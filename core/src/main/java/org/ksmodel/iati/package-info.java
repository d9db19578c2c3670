/**
 * Import of IATI 2.0x files into the ksmodel model: {@link org.ksmodel.iati.IatiImporter} reads
 * activity files (and organisation files) safely and returns an {@link
 * org.ksmodel.iati.IatiImport}, the dataset of what was imported with a report that accounts for
 * every activity. The mapping decisions are documented on {@code IatiImporter}; this package is
 * also a worked example of mapping one's own data onto the model.
 *
 * <h2>Hostile files</h2>
 *
 * A file is refused with an {@link org.ksmodel.iati.IatiReadException} (one line: the file, the
 * line when known, the reason; {@code import-iati} prints it and exits with 2) when it:
 *
 * <ul>
 *   <li>declares a DOCTYPE, with or without an internal subset: DTDs are how external entities
 *       ({@code file:} or {@code http:} SYSTEM entities, parameter entities, external DTDs) and
 *       entity expansion ("billion laughs") come in. Nothing is fetched or expanded: the parser has
 *       DTD support and external entities switched off and a resolver that refuses everything, and
 *       the DOCTYPE is refused as soon as it is met;
 *   <li>holds an XInclude element ({@code http://www.w3.org/2001/XInclude}), anywhere; it is never
 *       resolved;
 *   <li>is larger than {@link org.ksmodel.iati.IatiImporter#DEFAULT_MAX_BYTES} (256 MiB; another
 *       limit with {@link org.ksmodel.iati.IatiImporter#withMaxBytes(long)}): reading stops at the
 *       limit, so memory stays bounded whatever the input;
 *   <li>nests elements more than {@link org.ksmodel.iati.IatiImporter#MAX_DEPTH} (64) levels below
 *       the root, elements of other namespaces included;
 *   <li>declares (or defaults to) UTF-8 and is not valid UTF-8, or is not well-formed XML.
 * </ul>
 *
 * <p>Inside a readable file, numbers with more than 40 digits before or after the point (such as
 * {@code 1e400000000}) are left out with a warning, and identifiers of any length are read in
 * linear time. The tests {@code IatiHostileXmlTest} and {@code ImportIatiHostileInputTest} hold a
 * hostile file for each case, and {@code IatiFuzzTest} corrupts real files at random.
 */
package org.ksmodel.iati;
