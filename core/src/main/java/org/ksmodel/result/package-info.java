/**
 * Results: a {@link org.ksmodel.result.ResultsFramework} for a partnership, a solution or an
 * institution, with {@link org.ksmodel.result.Result}s at a level of the results chain, their
 * {@link org.ksmodel.result.Indicator}s (IATI's result indicators with baseline, targets and
 * actuals), the {@link org.ksmodel.result.Evidence} gathered, and {@link
 * org.ksmodel.result.Evaluation}s against the OECD-DAC criteria.
 *
 * <p>Every value of this package is immutable and safe to share across threads.
 */
package org.ksmodel.result;
