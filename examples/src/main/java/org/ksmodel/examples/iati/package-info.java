/**
 * Import of IATI 2.0x files into the ksmodel model: {@link org.ksmodel.examples.iati.IatiImporter}
 * reads activity files (and organisation files) safely and returns an {@link
 * org.ksmodel.examples.iati.IatiImport}, the dataset of what was imported with a report that
 * accounts for every activity. The mapping decisions are documented on {@code IatiImporter}; this
 * package is also a worked example of mapping one's own data onto the model.
 */
package org.ksmodel.examples.iati;
