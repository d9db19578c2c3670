/**
 * Validation: a {@link org.ksmodel.validation.Validator} runs the rules of a {@link
 * org.ksmodel.validation.RuleSet} over a {@link org.ksmodel.dataset.Dataset} or a single entity and
 * returns a {@link org.ksmodel.validation.ValidationReport} with every problem at once, each a
 * {@link org.ksmodel.common.Violation} with a stable code. It never throws for bad data. The rules,
 * their codes and severities are listed in {@code core/VALIDATION.md} of the ksmodel sources.
 *
 * <p>Integrators change severities, switch rules off and add their own {@link
 * org.ksmodel.validation.Rule}s through {@link org.ksmodel.validation.RuleSet.Builder}.
 *
 * <p>Unless stated otherwise, methods throw {@link NullPointerException} for a null argument.
 *
 * <p>Validators, rule sets, rules, reports and rule contexts are immutable and safe to share across
 * threads; builders are not thread-safe. A shared validator runs the checks of its rules, and asks
 * its country classification, from the threads of all its callers at once: an integrator's check or
 * classification must keep no state between calls.
 */
package org.ksmodel.validation;
