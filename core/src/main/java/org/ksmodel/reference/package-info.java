/**
 * Reference data bundled with ksmodel: which codes exist, their English names and whether they are
 * withdrawn, for countries, currencies, DAC sectors, SDG goals and targets, languages, IATI
 * organisation types and organisation registration agencies ({@link
 * org.ksmodel.reference.ReferenceData}); and which countries count as developing ({@link
 * org.ksmodel.reference.CountryClassification}), by default after the OECD DAC List of ODA
 * Recipients.
 *
 * <p>The code values in {@code org.ksmodel.common} check only their form; this package answers
 * whether a well-formed code exists, which is what the validator asks. Lookups never throw for an
 * unknown code.
 *
 * <p>Sources (credited in {@code META-INF/NOTICE}): the IATI Standard's codelists (CC BY 4.0), the
 * OECD DAC List of ODA Recipients for 2024 and 2025 flows, and the UN Statistics Division's M49
 * list as published in 2020. The bundled files are UTF-8 tab-separated text with a header row,
 * generated from those sources by the test-scope {@code ReferenceDataConverter}; a test keeps them
 * identical to its output.
 *
 * <p>Each list is loaded on first use, once, whichever thread asks first; the lists and the
 * classifications of this package are immutable and safe to share across threads.
 *
 * <p>Unless stated otherwise, methods throw {@link NullPointerException} for a null argument.
 */
package org.ksmodel.reference;
