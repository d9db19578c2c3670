package org.ksmodel.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.reference.CountryClassification;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The partnership rules on whether the participants' countries fit the modality. They read the
 * institutions from the dataset, and skip participants whose institution does not resolve (that is
 * {@code partnership.reference.unresolved}'s finding) or has no country: such a participant cannot
 * break a country rule, and {@code partnership.countries.undecided} (INFO) says, once per
 * partnership, which institutions the rules could not decide for. Developing means {@link
 * RuleContext#classification()}.
 */
final class PartnershipCountryRules {
  private static final DataPath PARTICIPATIONS = DataPath.of("participations");

  private PartnershipCountryRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of(
                "partnership.southSouth.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::southSouth)
            .needingDataset(),
        Rule.of(
                "partnership.northSouth.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                (p, context, findings) ->
                    directional(p, Modality.NORTH_SOUTH, false, context, findings))
            .needingDataset(),
        Rule.of(
                "partnership.southNorth.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                (p, context, findings) ->
                    directional(p, Modality.SOUTH_NORTH, true, context, findings))
            .needingDataset(),
        Rule.of(
                "partnership.triangular.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::triangularRecipients)
            .needingDataset(),
        Rule.of(
                "partnership.international.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::acrossBorders)
            .needingDataset(),
        Rule.of(
                "partnership.regional.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::threeCountries)
            .needingDataset(),
        Rule.of(
                "partnership.domestic.countries",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::oneCountry)
            .needingDataset(),
        Rule.of(
                "partnership.countries.undecided",
                Severity.INFO,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::undecided)
            .needingDataset(),
        Rule.of(
                "partnership.multilateral.organisation",
                Severity.WARNING,
                Subject.PARTNERSHIP,
                PartnershipCountryRules::multilateralTakesPart)
            .needingDataset());
  }

  private static DataPath institutionPath(int index) {
    return PARTICIPATIONS.index(index).member("institution");
  }

  private static boolean sharesOrReceives(Participation participation) {
    return participation.has(Role.PROVIDER) || participation.has(Role.RECIPIENT);
  }

  /** A check of one provider or recipient whose institution the dataset holds. */
  @FunctionalInterface
  private interface PartyCheck {
    void check(int index, Participation participation, CountryCode country);
  }

  /**
   * Runs {@code check} on every provider and recipient whose institution resolves and has a
   * country.
   */
  private static void eachResolvedParty(Partnership p, Dataset dataset, PartyCheck check) {
    List<Participation> participations = p.participations();
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      if (sharesOrReceives(participation)) {
        Optional<Institution> institution = dataset.institution(participation.institution());
        if (institution.isPresent() && institution.get().country().isPresent()) {
          check.check(i, participation, institution.get().country().get());
        }
      }
    }
  }

  /** SEGIB's South-South cooperation: every provider and recipient in a developing country. */
  private static void southSouth(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.SOUTH_SOUTH) {
      return;
    }
    CountryClassification classification = context.classification();
    eachResolvedParty(
        p,
        context.dataset(),
        (i, participation, country) -> {
          if (!classification.isDeveloping(country)) {
            findings.report(
                institutionPath(i),
                participation.institution(),
                country,
                classification.description());
          }
        });
  }

  /**
   * North-South (providers developed, recipients developing) or South-North (the reverse); each
   * participation is reported once, for the first of its roles that does not fit.
   */
  private static void directional(
      Partnership p,
      Modality modality,
      boolean providerDeveloping,
      RuleContext context,
      Findings findings) {
    if (p.modality() != modality) {
      return;
    }
    CountryClassification classification = context.classification();
    eachResolvedParty(
        p,
        context.dataset(),
        (i, participation, country) -> {
          boolean developing = classification.isDeveloping(country);
          Role misplaced = null;
          if (participation.has(Role.PROVIDER) && developing != providerDeveloping) {
            misplaced = Role.PROVIDER;
          } else if (participation.has(Role.RECIPIENT) && developing == providerDeveloping) {
            misplaced = Role.RECIPIENT;
          }
          if (misplaced != null) {
            findings.report(
                institutionPath(i),
                participation.institution(),
                misplaced,
                country,
                classification.description());
          }
        });
  }

  /**
   * Triangular cooperation serves a developing country: SEGIB's recipient (the GPI's beneficiary
   * partner) is in the South, whoever the first and second providers are.
   */
  private static void triangularRecipients(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.TRIANGULAR) {
      return;
    }
    Dataset dataset = context.dataset();
    CountryClassification classification = context.classification();
    List<Participation> participations = p.participations();
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      if (!participation.has(Role.RECIPIENT)) {
        continue;
      }
      Optional<CountryCode> country =
          dataset.institution(participation.institution()).flatMap(Institution::country);
      if (country.isPresent() && !classification.isDeveloping(country.get())) {
        findings.report(
            institutionPath(i),
            participation.institution(),
            country.get(),
            classification.description());
      }
    }
  }

  /**
   * South-South and triangular cooperation cross a border: reported when every provider and
   * recipient is known, has a country and is based in one country (that is DOMESTIC). North-South
   * and South-North cannot stay in one country without breaking their own country rule, so they are
   * left to it.
   */
  private static void acrossBorders(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.SOUTH_SOUTH && p.modality() != Modality.TRIANGULAR) {
      return;
    }
    Dataset dataset = context.dataset();
    CountryCode only = null;
    boolean provider = false;
    boolean recipient = false;
    for (Participation participation : p.participations()) {
      if (!sharesOrReceives(participation)) {
        continue;
      }
      Optional<CountryCode> country =
          dataset.institution(participation.institution()).flatMap(Institution::country);
      if (country.isEmpty()) {
        return;
      }
      if (only == null) {
        only = country.get();
      } else if (!only.equals(country.get())) {
        return;
      }
      provider |= participation.has(Role.PROVIDER);
      recipient |= participation.has(Role.RECIPIENT);
    }
    if (provider && recipient) {
      findings.report(PARTICIPATIONS, p.modality(), only);
    }
  }

  /**
   * Regional cooperation joins at least three countries. Institutions that do not resolve, or have
   * no country, count as possibly in new countries, so the rule reports only what is certain.
   */
  private static void threeCountries(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.REGIONAL) {
      return;
    }
    Dataset dataset = context.dataset();
    List<CountryCode> countries = new ArrayList<>(3);
    List<InstitutionId> unresolved = new ArrayList<>(0);
    for (Participation participation : p.participations()) {
      InstitutionId id = participation.institution();
      Optional<CountryCode> country = dataset.institution(id).flatMap(Institution::country);
      if (country.isEmpty()) {
        if (!unresolved.contains(id)) {
          unresolved.add(id);
        }
      } else if (!countries.contains(country.get())) {
        countries.add(country.get());
      }
      if (countries.size() + unresolved.size() >= 3) {
        return;
      }
    }
    findings.report(PARTICIPATIONS, countries.size(), countries);
  }

  /**
   * Domestic cooperation stays in one country. Funders and facilitators may come from abroad (a
   * multilateral bank funding a hub's domestic programme); the institutions that share, receive or
   * implement may not.
   */
  private static void oneCountry(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.DOMESTIC) {
      return;
    }
    Dataset dataset = context.dataset();
    CountryCode first = null;
    List<CountryCode> countries = null;
    for (Participation participation : p.participations()) {
      if (!sharesOrReceives(participation) && !participation.has(Role.IMPLEMENTER)) {
        continue;
      }
      Optional<CountryCode> known =
          dataset.institution(participation.institution()).flatMap(Institution::country);
      if (known.isEmpty()) {
        continue;
      }
      CountryCode country = known.get();
      if (first == null) {
        first = country;
      } else if (!first.equals(country)) {
        if (countries == null) {
          countries = new ArrayList<>(List.of(first));
        }
        if (!countries.contains(country)) {
          countries.add(country);
        }
      }
    }
    if (countries != null) {
      findings.report(PARTICIPATIONS, countries);
    }
  }

  /** Multilateral cooperation runs by or through a multilateral organisation that takes part. */
  private static void multilateralTakesPart(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.MULTILATERAL) {
      return;
    }
    Dataset dataset = context.dataset();
    for (Participation participation : p.participations()) {
      Optional<Institution> institution = dataset.institution(participation.institution());
      if (institution.isEmpty()
          || institution.get().type().filter(InstitutionType.MULTILATERAL::equals).isPresent()) {
        return;
      }
    }
    findings.report(PARTICIPATIONS);
  }

  /**
   * The institutions without a country that the modality's country rules look at: the providers and
   * recipients (SOUTH_SOUTH, NORTH_SOUTH, SOUTH_NORTH, TRIANGULAR), also the implementers
   * (DOMESTIC), every participant (REGIONAL, only while the countries known are fewer than three,
   * so that the count is open). Reported once per partnership, naming them; nothing for
   * MULTILATERAL, which has no country rule.
   */
  private static void undecided(Partnership p, RuleContext context, Findings findings) {
    Modality modality = p.modality();
    if (modality == Modality.MULTILATERAL) {
      return;
    }
    Dataset dataset = context.dataset();
    List<InstitutionId> without = new ArrayList<>(0);
    List<CountryCode> countries = new ArrayList<>(3);
    for (Participation participation : p.participations()) {
      boolean looked =
          switch (modality) {
            case REGIONAL -> true;
            case DOMESTIC -> sharesOrReceives(participation) || participation.has(Role.IMPLEMENTER);
            default -> sharesOrReceives(participation);
          };
      Optional<Institution> institution = dataset.institution(participation.institution());
      if (!looked || institution.isEmpty()) {
        continue;
      }
      Optional<CountryCode> country = institution.get().country();
      if (country.isEmpty()) {
        if (!without.contains(participation.institution())) {
          without.add(participation.institution());
        }
      } else if (!countries.contains(country.get())) {
        countries.add(country.get());
      }
    }
    if (!without.isEmpty() && (modality != Modality.REGIONAL || countries.size() < 3)) {
      findings.report(PARTICIPATIONS, modality, without);
    }
  }
}
