package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.RuleContext;

/**
 * The funding rules that need the dataset: references, and what the funded partnership says about
 * dates and contributors. A funding whose partnership does not resolve is only reported by {@code
 * funding.reference.unresolved}.
 */
final class FundingPartnershipRules {
  private FundingPartnershipRules() {}

  static void referencesResolve(Funding funding, RuleContext context, Findings findings) {
    if (unresolved(context, funding.partnership())) {
      Lookups.requireResolves(
          context, funding.partnership().get(), DataPath.of("partnership"), findings);
    }
    if (unresolved(context, funding.institution())) {
      Lookups.requireResolves(
          context, funding.institution().get(), DataPath.of("institution"), findings);
    }
    List<Contribution> contributions = funding.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      InstitutionId contributor = contributions.get(i).contributor();
      if (!context.dataset().contains(contributor)) {
        Lookups.requireResolves(
            context, contributor, FundingRules.contribution(i).member("contributor"), findings);
      }
    }
    List<Transaction> transactions = funding.transactions();
    for (int i = 0; i < transactions.size(); i++) {
      Transaction transaction = transactions.get(i);
      party(context, transaction.fromInstitution(), i, "fromInstitution", findings);
      party(context, transaction.toInstitution(), i, "toInstitution", findings);
    }
    // Format 1.1: the institutions of planned disbursements.
    List<PlannedDisbursement> plans = funding.plannedDisbursements();
    for (int i = 0; i < plans.size(); i++) {
      DataPath plan = DataPath.of("plannedDisbursements").index(i);
      if (unresolved(context, plans.get(i).fromInstitution())) {
        Lookups.requireResolves(
            context,
            plans.get(i).fromInstitution().get(),
            plan.member("fromInstitution"),
            findings);
      }
      if (unresolved(context, plans.get(i).toInstitution())) {
        Lookups.requireResolves(
            context, plans.get(i).toInstitution().get(), plan.member("toInstitution"), findings);
      }
    }
  }

  private static void party(
      RuleContext context,
      Optional<InstitutionId> institution,
      int transaction,
      String member,
      Findings findings) {
    if (unresolved(context, institution)) {
      DataPath path = FundingRules.transaction(transaction).member(member);
      Lookups.requireResolves(context, institution.get(), path, findings);
    }
  }

  private static boolean unresolved(RuleContext context, Optional<? extends EntityId> id) {
    return id.isPresent() && !context.dataset().contains(id.get());
  }

  private static Optional<Partnership> partnershipOf(Funding funding, RuleContext context) {
    return funding.partnership().isPresent()
        ? context.dataset().partnership(funding.partnership().get())
        : Optional.empty();
  }

  /** How far outside the partnership's period money may still move without a remark. */
  static final int PERIOD_TOLERANCE_YEARS = 1;

  /**
   * Money moved by a disbursement, expenditure or reimbursement lies near the partnership's period:
   * the actual one when known, otherwise the planned one ({@link Partnership#period()}), as for its
   * exchange activities. Advance payments before the start and final payments after the end are
   * common, so only a date more than {@value #PERIOD_TOLERANCE_YEARS} year before the start or
   * after the end is reported. Commitments, incoming commitments, pledges and guarantees promise
   * money and are often made before the start; incoming funds, loan and equity flows follow their
   * own calendar: none of them is checked.
   */
  static void transactionsInPeriod(Funding funding, RuleContext context, Findings findings) {
    if (funding.transactions().isEmpty()) {
      return;
    }
    Optional<Partnership> partnership = partnershipOf(funding, context);
    Optional<DateRange> period = partnership.flatMap(Partnership::period);
    if (period.isEmpty()) {
      return;
    }
    LocalDate earliest = period.get().start().minusYears(PERIOD_TOLERANCE_YEARS);
    Optional<LocalDate> latest =
        period.get().end().map(end -> end.plusYears(PERIOD_TOLERANCE_YEARS));
    List<Transaction> transactions = funding.transactions();
    for (int i = 0; i < transactions.size(); i++) {
      Transaction transaction = transactions.get(i);
      LocalDate date = transaction.date();
      if (transaction.type().isSpending()
          && (date.isBefore(earliest) || latest.filter(date::isAfter).isPresent())) {
        findings.report(
            FundingRules.transaction(i).member("date"), date, period.get(), partnership.get().id());
      }
    }
  }

  /**
   * Whoever contributes to a partnership takes part in it, at least as a FUNDER: otherwise the
   * partnership network and the roles tell a different story than the money.
   */
  static void contributorsParticipate(Funding funding, RuleContext context, Findings findings) {
    if (funding.contributions().isEmpty()) {
      return;
    }
    Optional<Partnership> partnership = partnershipOf(funding, context);
    if (partnership.isEmpty()) {
      return;
    }
    List<Contribution> contributions = funding.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      InstitutionId contributor = contributions.get(i).contributor();
      if (!participates(partnership.get(), contributor)) {
        findings.report(
            FundingRules.contribution(i).member("contributor"),
            contributor,
            partnership.get().id());
      }
    }
  }

  /** Like {@link Partnership#hasRole}, without a stream: this runs once per contribution. */
  private static boolean holds(Partnership partnership, InstitutionId institution, Role role) {
    for (Participation participation : partnership.participations()) {
      if (participation.institution().equals(institution) && participation.has(role)) {
        return true;
      }
    }
    return false;
  }

  private static boolean participates(Partnership partnership, InstitutionId institution) {
    for (Participation participation : partnership.participations()) {
      if (participation.institution().equals(institution)) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a reverse linkage (IsDB) the bank brokers, and provider and recipient both put in resources
   * as a sign of ownership. A partnership's contributions may be spread over several fundings, so
   * the contributions of all its fundings count, and only its first funding reports.
   */
  static void reverseLinkageContributions(Funding funding, RuleContext context, Findings findings) {
    Optional<Partnership> found = partnershipOf(funding, context);
    if (found.isEmpty() || found.get().agreement().orElse(null) != AgreementType.REVERSE_LINKAGE) {
      return;
    }
    Partnership partnership = found.get();
    List<Funding> fundings = context.dataset().fundingsOf(partnership.id());
    if (fundings.isEmpty() || fundings.get(0) != funding) {
      return;
    }
    boolean provider = false;
    boolean recipient = false;
    for (Funding each : fundings) {
      for (Contribution contribution : each.contributions()) {
        provider |= holds(partnership, contribution.contributor(), Role.PROVIDER);
        recipient |= holds(partnership, contribution.contributor(), Role.RECIPIENT);
      }
    }
    if (!provider || !recipient) {
      String missing =
          provider ? "recipient" : recipient ? "provider" : "provider or its recipient";
      findings.report(DataPath.of("contributions"), partnership.id(), missing);
    }
  }
}
