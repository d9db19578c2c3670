/**
 * Funding: the money behind a partnership or an institution's knowledge-sharing programme, as
 * {@link org.ksmodel.funding.Contribution}s (who puts in what, from which source, in cash or in
 * kind) and {@link org.ksmodel.funding.Transaction}s (IATI's commitments, disbursements,
 * expenditures and incoming funds), with totals that never mix currencies.
 *
 * <p>Every value of this package is immutable and safe to share across threads.
 */
package org.ksmodel.funding;
