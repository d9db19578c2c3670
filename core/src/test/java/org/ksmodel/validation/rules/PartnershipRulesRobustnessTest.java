package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.partnership.Role;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;
import org.ksmodel.validation.ValidationReport;

/**
 * The partnership rules never throw, whatever a builder can produce, and every code is documented
 * with a message.
 */
class PartnershipRulesRobustnessTest {
  private static final int PARTNERSHIPS = 6;

  @Test
  void noRuleFailsOnOddData() {
    Set<String> fired = new HashSet<>();
    Property.forAll(
        "partnership rules never fail on odd data",
        oddDataset(),
        dataset -> {
          ValidationReport report = VALIDATOR.validate(dataset);
          assertThat(report.violations("validation.rule.failed")).isEmpty();
          fired.addAll(report.countsByCode().keySet());
          for (Partnership p : dataset.partnerships()) {
            assertThat(VALIDATOR.validate(p).violations("validation.rule.failed")).isEmpty();
          }
        });
    // The odd data is odd enough to make the rules report, not just to pass them by.
    List<String> silent = new ArrayList<>(PartnershipRulesTest.partnershipCodes());
    silent.removeAll(fired);
    assertThat(silent).as("codes the odd data never made fire").hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void everyCodeIsDocumentedWithAMessage() throws IOException {
    String catalogue = Files.readString(Path.of("VALIDATION.md"), StandardCharsets.UTF_8);
    String section =
        catalogue.substring(catalogue.indexOf("## Partnerships"), catalogue.indexOf("## Fundings"));
    ResourceBundle messages = ResourceBundle.getBundle("org.ksmodel.validation.messages");
    for (String code : PartnershipRulesTest.partnershipCodes()) {
      assertThat(section).as("VALIDATION.md row of %s", code).contains("| `" + code + "` |");
      assertThat(messages.containsKey(code)).as("message of %s", code).isTrue();
    }
  }

  /** Partnerships linked to each other at random (cycles, dangling parents, repeated ids). */
  private static Gen<Dataset> oddDataset() {
    return rng -> {
      Dataset.Builder dataset = Dataset.builder();
      for (int i = 0; i < PARTNERSHIPS; i++) {
        Partnership p = odd(PartnershipId.of("P-" + rng.between(0, PARTNERSHIPS - 2))).next(rng);
        dataset.addPartnerships(p);
        for (Participation participation : p.participations()) {
          if (rng.chance(0.7)) {
            Institution institution =
                InstitutionGen.institution(
                        participation.institution(), CommonGen.country().next(rng))
                    .next(rng);
            dataset.addInstitutions(
                Institution.builder()
                    .from(institution)
                    .type(rng.pick(InstitutionType.class))
                    .build());
          }
        }
        for (SolutionId solution : p.solutions()) {
          if (rng.chance(0.7)) {
            dataset.addSolutions(
                PartnershipRulesTest.solution(solution, rng.pick(SolutionStage.class)));
          }
        }
      }
      return dataset.build();
    };
  }

  private static Gen<Partnership> odd(PartnershipId id) {
    return rng -> {
      Partnership p = PartnershipGen.any().next(rng);
      Partnership.Builder b =
          Partnership.builder()
              .from(p)
              .id(id)
              .modality(rng.pick(Modality.class))
              .form(rng.pick(PartnershipForm.class))
              .status(rng.pick(PartnershipStatus.class));
      if (rng.chance(0.2)) {
        b.participations(List.of());
      } else if (rng.chance(0.3)) {
        b.addAllParticipations(p.participations());
      }
      if (rng.chance(0.7)) {
        PartnershipId parent = PartnershipId.of("P-" + rng.between(0, PARTNERSHIPS));
        b.parent(parent.equals(id) ? Optional.empty() : Optional.of(parent));
      }
      b.plannedPeriod(CommonGen.dateRange().optional(0.6).next(rng).map(Period::of));
      b.actualPeriod(periodOrOpen(rng).optional(0.5).next(rng).map(Period::of));
      if (rng.chance(0.3)) {
        b.design(rng.chance(0.5) ? Optional.empty() : Optional.of(Design.builder().build()));
      }
      List<ExchangeActivity> activities = new ArrayList<>();
      int count = rng.between(0, 3);
      for (int i = 0; i < count; i++) {
        ExchangeActivity activity =
            PartnershipGen.activity(CommonGen.dateRange().next(rng)).next(rng);
        ExchangeActivity.Builder odd = ExchangeActivity.builder().from(activity);
        if (rng.chance(0.3)) {
          odd.participantCount(0).targetedOutcomes(List.of()).location(Optional.empty());
        }
        if (rng.chance(0.2)) {
          odd.location(Location.of(CountryCode.of("QQ")));
        }
        activities.add(odd.build());
      }
      b.activities(activities);
      if (rng.chance(0.3)) {
        b.addSectors(SectorCode.of("99999")).addSdgTargets(SdgTarget.of("1.9"));
      }
      if (rng.chance(0.3)) {
        b.sectors(List.of()).addAllSolutions(p.solutions());
      }
      if (rng.chance(0.1)) {
        b.addParticipations(Participation.of(InstitutionId.of(id.value()), rng.pick(Role.class)));
      }
      // 1.1: percentages out of range or not adding up, unknown regions, goals out of range,
      // periods with only an end.
      if (rng.chance(0.3)) {
        b.addRecipientCountries(
            RecipientCountry.builder()
                .country(CountryCode.of(rng.pick("CO", "QQ")))
                .percentage(BigDecimal.valueOf(rng.between(-20, 140)))
                .build());
      }
      if (rng.chance(0.3)) {
        b.addRecipientRegions(
            RecipientRegion.builder()
                .region(Code.of(rng.pick(RecipientRegion.OECD_DAC, "99"), rng.pick("289", "1")))
                .percentage(
                    rng.chance(0.5)
                        ? Optional.of(BigDecimal.valueOf(rng.between(-20, 140)))
                        : Optional.empty())
                .build());
      }
      if (rng.chance(0.2)) {
        b.addSdgGoals(rng.between(-1, 20));
      }
      if (rng.chance(0.2)) {
        b.plannedPeriod(Period.endingOn(CommonGen.date().next(rng)));
      }
      if (rng.chance(0.1)) {
        b.actualPeriod(Period.endingOn(CommonGen.date().next(rng)));
      }
      return b.build();
    };
  }

  private static Gen<DateRange> periodOrOpen(Rng rng) {
    return r -> {
      DateRange range = CommonGen.dateRange().next(r);
      return r.chance(0.5) ? DateRange.startingOn(range.start()) : range;
    };
  }
}
