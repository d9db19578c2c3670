package org.ksmodel.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.SectorCode;
import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.InstitutionalModel;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.Pillar;
import org.ksmodel.institution.PillarScore;

/**
 * Generators of institutions and their parts. Generated institutions construct and satisfy the
 * institution rules of the validator: a THEMATIC hub declares at least one sector, every capacity
 * assessment scores all eight pillars and is dated before {@link #ASSESSED_BEFORE}, a KS budget
 * share lies within 0-100 %, and countries and sectors exist in the reference data.
 *
 * <p>The states of format 1.1 are produced too: {@link #any()} sometimes leaves out the country (a
 * multilateral, or a publisher that did not say); every generator sometimes leaves out the name (an
 * organisation published by identifier only) or the type (only an IATI OrganisationType, or
 * nothing, was published).
 */
public final class InstitutionGen {
  /** Every generated assessment is dated before this day, so it is never in the future. */
  public static final LocalDate ASSESSED_BEFORE = LocalDate.of(2025, 1, 1);

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private InstitutionGen() {}

  /**
   * An invented id: usually an IATI organisation identifier of the XM-DAC agency, sometimes free
   * text.
   */
  public static Gen<InstitutionId> institutionId() {
    return rng ->
        InstitutionId.of(
            rng.chance(0.6)
                ? "XM-DAC-" + rng.between(1_000, 99_999)
                : "inst-" + Long.toString(rng.between(0L, 1L << 40), 36));
  }

  /**
   * Any institution, with invented ids for itself, its parent (sometimes) and its assessors. The
   * invented links do not resolve in a dataset; use {@link #institution(InstitutionId, CountryCode,
   * List)} for that.
   */
  public static Gen<Institution> any() {
    return rng -> {
      InstitutionId id = institutionId().next(rng);
      List<InstitutionId> others =
          institutionId().filter(other -> !other.equals(id)).list(0, 3).next(rng);
      Institution institution = institution(id, CommonGen.country().next(rng), others).next(rng);
      if (rng.chance(0.2)) {
        institution = Institution.builder().from(institution).country(Optional.empty()).build();
      }
      if (!others.isEmpty() && rng.chance(0.2)) {
        return Institution.builder().from(institution).parent(rng.pick(others)).build();
      }
      return institution;
    };
  }

  /** An institution with no links to other institutions: no parent, no named assessors. */
  public static Gen<Institution> institution(InstitutionId id, CountryCode country) {
    return institution(id, country, List.of());
  }

  /**
   * An institution whose peer and external assessors are taken from {@code others} (which should
   * not hold {@code id}). No parent is set, so a dataset generator cannot end up with a cycle of
   * parents; it can set one with {@code Institution.builder().from(x).parent(p)}.
   */
  public static Gen<Institution> institution(
      InstitutionId id, CountryCode country, List<InstitutionId> others) {
    return rng -> build(id, country, others, rng.chance(0.4), rng);
  }

  /** An institution that acts as a knowledge hub; assessors are taken from {@code others}. */
  public static Gen<Institution> hub(
      InstitutionId id, CountryCode country, List<InstitutionId> others) {
    return rng -> build(id, country, others, true, rng);
  }

  private static Institution build(
      InstitutionId id, CountryCode country, List<InstitutionId> others, boolean isHub, Rng rng) {
    InstitutionType type = type().next(rng);
    String acronym = acronym().next(rng);
    Institution.Builder builder = Institution.builder().id(id).country(country);
    // Format 1.1: a name or a type that was not published is left out.
    if (rng.chance(0.9)) {
      builder.name(CommonGen.text().next(rng));
    }
    boolean typed = rng.chance(0.85);
    if (typed) {
      builder.type(type);
    }
    List<SectorCode> sectors = sectors(0, 3).next(rng);
    if (rng.chance(0.7)) {
      builder.acronym(acronym);
    }
    if (rng.chance(0.5)) {
      builder.website("https://www." + acronym.toLowerCase(Locale.ROOT) + ".example.org/");
    }
    if (rng.chance(typed ? 0.3 : 0.6)) {
      builder.iatiOrganisationType(iatiOrganisationType(type).next(rng));
    }
    if (isHub) {
      HubProfile profile = hubProfile().next(rng);
      builder.hubProfile(profile);
      if (profile.scope() == HubScope.THEMATIC && sectors.isEmpty()) {
        // A thematic hub declares its themes.
        sectors = sectors(1, 3).next(rng);
      }
      if (rng.chance(0.6)) {
        builder.ksBudget(ksBudget().next(rng));
      }
      builder.addAllCapacityAssessments(capacityAssessment(others).list(0, 3).next(rng));
    } else if (rng.chance(0.1)) {
      builder.addCapacityAssessments(capacityAssessment(others).next(rng));
    }
    if (rng.chance(0.3)) {
      builder.addAllDocumentLinks(CommonGen.documentLink().list(1, 2).next(rng));
    }
    return builder.sectors(sectors).build();
  }

  /** Between {@code min} and {@code max} distinct sectors. */
  public static Gen<List<SectorCode>> sectors(int min, int max) {
    return rng -> rng.distinct(CommonGen.SECTORS, min, max);
  }

  /** Three to five upper-case letters. */
  public static Gen<String> acronym() {
    return rng -> {
      StringBuilder acronym = new StringBuilder();
      int length = rng.between(3, 5);
      for (int i = 0; i < length; i++) {
        acronym.append(LETTERS.charAt(rng.nextInt(LETTERS.length())));
      }
      return acronym.toString();
    };
  }

  public static Gen<InstitutionType> type() {
    return Gen.enumOf(InstitutionType.class);
  }

  /**
   * An IATI OrganisationType code that fits {@code type}: its own code, or for private companies
   * and CSOs one of the finer codes that map back to it.
   */
  public static Gen<Code> iatiOrganisationType(InstitutionType type) {
    return rng -> {
      String code =
          switch (type) {
            case PRIVATE_COMPANY -> rng.pick("70", "71", "72", "73");
            case CIVIL_SOCIETY_ORGANISATION -> rng.pick("21", "22", "24");
            default -> type.iatiCode();
          };
      return Code.of(InstitutionType.IATI_VOCABULARY, code);
    };
  }

  /** Any hub profile (a THEMATIC one needs sectors on its institution). */
  public static Gen<HubProfile> hubProfile() {
    return rng -> {
      HubProfile.Builder builder =
          HubProfile.builder().scope(rng.pick(HubScope.class)).stance(rng.pick(HubStance.class));
      if (rng.chance(0.5)) {
        builder.resourceCentre(rng.chance(0.3));
      }
      if (rng.chance(0.7)) {
        builder.institutionalModel(rng.pick(InstitutionalModel.class));
      }
      return builder.build();
    };
  }

  /** A KS budget: a share within 0-100 % (usually a few %), an annual amount, or both. */
  public static Gen<KsBudget> ksBudget() {
    return rng -> {
      KsBudget.Builder builder = KsBudget.builder();
      int what = rng.nextInt(3);
      if (what != 1) {
        builder.sharePercent(
            rng.chance(0.8)
                ? BigDecimal.valueOf(rng.between(1, 500), 2)
                : BigDecimal.valueOf(rng.between(0, 10_000), 2));
      }
      if (what != 0) {
        builder.annualAmount(CommonGen.money().next(rng));
      }
      if (rng.chance(0.6)) {
        builder.fiscalYear(rng.between(2010, 2024));
      }
      return builder.build();
    };
  }

  /** A score on one pillar, level 1-4, sometimes with evidence. */
  public static Gen<PillarScore> pillarScore() {
    return rng ->
        PillarScore.builder()
            .level(rng.between(PillarScore.MIN_LEVEL, PillarScore.MAX_LEVEL))
            .evidence(CommonGen.words(3, 10).optional(0.5).next(rng))
            .build();
  }

  /** A capacity assessment without a named assessor institution. */
  public static Gen<CapacityAssessment> capacityAssessment() {
    return capacityAssessment(List.of());
  }

  /**
   * A capacity assessment that scores all eight pillars, dated before {@link #ASSESSED_BEFORE}; a
   * peer or external one usually names an assessor from {@code assessors} when there are any.
   */
  public static Gen<CapacityAssessment> capacityAssessment(List<InstitutionId> assessors) {
    List<InstitutionId> pool = new ArrayList<>(assessors);
    return rng -> {
      AssessorType assessor = rng.pick(AssessorType.class);
      CapacityAssessment.Builder builder =
          CapacityAssessment.builder().date(CommonGen.date().next(rng)).assessor(assessor);
      if (assessor != AssessorType.SELF && !pool.isEmpty() && rng.chance(0.8)) {
        builder.assessorInstitution(rng.pick(pool));
      }
      for (Pillar pillar : Pillar.values()) {
        builder.putScores(pillar, pillarScore().next(rng));
      }
      return builder.build();
    };
  }
}
