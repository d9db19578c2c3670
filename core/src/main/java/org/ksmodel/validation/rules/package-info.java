/**
 * The rules ksmodel ships, grouped by subject: {@link org.ksmodel.validation.rules.DefaultRules}
 * lists them all in the order they run. Not exported by the module and not part of the API: users
 * reach the rules through {@link org.ksmodel.validation.RuleSet}, by their codes, which are listed
 * with their severities and sources in {@code core/VALIDATION.md}.
 *
 * <p>Every rule is stateless and safe to run from several threads at once.
 */
package org.ksmodel.validation.rules;
