package org.ksmodel.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.partnership.AdministrativeArea;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Contact;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.GeoPoint;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.OtherIdentifier;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.PolicyMarker;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.partnership.RelatedPartnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.partnership.Site;
import org.ksmodel.result.IntermediateOutcome;

/**
 * Generators of partnerships and their parts, valid by construction and by the entity-level rules
 * of core/VALIDATION.md: at least two distinct institutions; a PROVIDER and a RECIPIENT (also for
 * DOMESTIC); a TRIANGULAR partnership has a FACILITATOR that is neither provider nor recipient; a
 * REGIONAL one has at least three institutions; activities lie inside both the planned and the
 * actual period and each targets at least one intermediate outcome; a partnership past PLANNED has
 * a design with a development goal and at least one change objective; a COMPLETED one has an actual
 * end date before {@link #TODAY}. Partnerships have no parent (set one with {@code
 * Partnership.builder().from(p).parent(id)} when the dataset holds a PROGRAMME to point to).
 *
 * <p>Rules on the institutions' countries cannot be met here, since a partnership only holds
 * institution ids: the caller of {@link #partnership} passes institutions whose countries fit the
 * modality (see there).
 */
public final class PartnershipGen {
  /**
   * The day generated data treats as today: periods that start before it have begun, and actual
   * ends, transactions, actuals and evaluations lie before it.
   */
  public static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  private PartnershipGen() {}

  /** Any partnership, of any modality, with invented institution and solution ids. */
  public static Gen<Partnership> any() {
    return rng -> any(rng.pick(Modality.class)).next(rng);
  }

  /** Any partnership of {@code modality}, with invented institution and solution ids. */
  public static Gen<Partnership> any(Modality modality) {
    return rng -> {
      List<InstitutionId> ids = new ArrayList<>();
      int providers = rng.between(1, 2);
      int recipients = modality == Modality.REGIONAL ? rng.between(2, 3) : rng.between(1, 2);
      int facilitators =
          switch (modality) {
            case TRIANGULAR -> rng.between(1, 2);
            case MULTILATERAL -> rng.between(0, 1);
            default -> 0;
          };
      int base = rng.nextInt(1_000);
      for (int i = 0; i < providers + recipients + facilitators; i++) {
        ids.add(institutionId(base + i * 1_000));
      }
      List<SolutionId> solutions = new ArrayList<>();
      int solutionCount = rng.between(0, 3);
      for (int i = 0; i < solutionCount; i++) {
        solutions.add(SolutionId.of("SOL-" + (rng.nextInt(1_000) + i * 1_000)));
      }
      Partnership partnership =
          partnership(
                  PartnershipId.of("P-" + rng.nextInt(1_000_000)),
                  modality,
                  ids.subList(0, providers),
                  ids.subList(providers, providers + recipients),
                  ids.subList(providers + recipients, ids.size()),
                  solutions)
              .next(rng);
      if (rng.chance(0.3)) {
        // An organisation as IATI published it, with no KS role: an implementing NGO, say.
        partnership =
            Partnership.builder()
                .from(partnership)
                .addParticipations(
                    Participation.ofIati(institutionId(base + 7_777), rng.pick("1", "4", "2")))
                .build();
      }
      return partnership;
    };
  }

  private static InstitutionId institutionId(int number) {
    return InstitutionId.of(number % 2 == 0 ? "XM-DAC-" + (10_000 + number) : "INST-" + number);
  }

  /**
   * A partnership with the given id, modality, parties and shared solutions. Providers get the
   * PROVIDER role, recipients RECIPIENT and facilitators FACILITATOR, some also FUNDER or
   * IMPLEMENTER; an institution in two lists holds both roles.
   *
   * <p>The caller controls what the generator cannot see, the institutions' countries: for
   * SOUTH_SOUTH every provider and recipient in a developing country ({@link CommonGen#SOUTH}); for
   * NORTH_SOUTH providers in {@link CommonGen#NORTH} and recipients in the South; for SOUTH_NORTH
   * the reverse; for REGIONAL institutions in at least three countries; for TRIANGULAR a
   * facilitator that is neither provider nor recipient.
   *
   * @throws IllegalArgumentException if the parties cannot make a valid partnership: no provider or
   *     no recipient (unless DOMESTIC), fewer than two distinct institutions, fewer than three for
   *     REGIONAL, or a TRIANGULAR partnership without a facilitator besides provider and recipient
   */
  public static Gen<Partnership> partnership(
      PartnershipId id,
      Modality modality,
      List<InstitutionId> providers,
      List<InstitutionId> recipients,
      List<InstitutionId> facilitators,
      List<SolutionId> solutions) {
    requireValidParties(modality, providers, recipients, facilitators);
    List<InstitutionId> shared = List.copyOf(facilitators);
    return rng -> {
      PartnershipStatus status = rng.pick(PartnershipStatus.class);
      Periods periods = periods(status).next(rng);
      Partnership.Builder builder =
          Partnership.builder()
              .id(id)
              .title(CommonGen.text().next(rng))
              .description(CommonGen.text().optional(0.7).next(rng))
              .modality(modality)
              .form(rng.pick(PartnershipForm.class))
              .agreement(agreement(!shared.isEmpty()).next(rng))
              .addAllParticipations(participations(providers, recipients, shared).next(rng))
              .addAllSolutions(solutions)
              .status(status)
              .plannedPeriod(periods.plannedPeriod())
              .actualPeriod(periods.actual().map(Period::of))
              .addSectors(rng.distinct(CommonGen.SECTORS, 1, 3).toArray(SectorCode[]::new))
              .addAllSdgTargets(rng.distinct(CommonGen.SDG_TARGETS, 1, 3));
      boolean planned = status == PartnershipStatus.PLANNED;
      published(builder, providers, recipients, shared, rng);
      if (!planned || rng.chance(0.6)) {
        builder.design(design().next(rng));
      }
      DateRange window = periods.window();
      // A partnership cancelled before it started never held an activity.
      boolean neverStarted = status == PartnershipStatus.CANCELLED && periods.actual().isEmpty();
      int activities = neverStarted ? 0 : planned ? rng.between(0, 2) : rng.between(1, 4);
      for (int i = 0; i < activities; i++) {
        builder.addActivities(activity(window).next(rng));
      }
      // 1.1: recipient countries and regions, sectors with vocabularies and percentages, SDG
      // goals, policy markers, classifications, humanitarian flag; valid, each sometimes left out.
      geography(builder, rng);
      return builder.build();
    };
  }

  /** Valid OECD DAC region codes of IATI's Region codelist. */
  public static final List<String> REGIONS = List.of("89", "189", "289", "298", "489", "998");

  private static void geography(Partnership.Builder builder, Rng rng) {
    boolean shares = rng.chance(0.5);
    List<CountryCode> countries = rng.chance(0.6) ? rng.distinct(CommonGen.SOUTH, 1, 3) : List.of();
    List<String> regions = rng.chance(0.3) ? rng.distinct(REGIONS, 1, 2) : List.of();
    List<BigDecimal> split = split(countries.size() + regions.size()).next(rng);
    for (int i = 0; i < countries.size(); i++) {
      builder.addRecipientCountries(
          RecipientCountry.builder()
              .country(countries.get(i))
              .percentage(shares ? Optional.of(split.get(i)) : Optional.empty())
              .narrative(CommonGen.text().optional(0.2).next(rng))
              .build());
    }
    for (int i = 0; i < regions.size(); i++) {
      builder.addRecipientRegions(
          RecipientRegion.builder()
              .region(Code.of(RecipientRegion.OECD_DAC, regions.get(i)))
              .percentage(shares ? Optional.of(split.get(countries.size() + i)) : Optional.empty())
              .narrative(CommonGen.text().optional(0.2).next(rng))
              .build());
    }
    if (!shares && rng.chance(0.2)) {
      // A UN M49 region (002, Africa) without a share.
      builder.addRecipientRegions(RecipientRegion.of(Code.of(RecipientRegion.UN_M49, "002")));
    }
    if (rng.chance(0.4)) {
      // Five-digit codes only: percentages add up per vocabulary.
      List<SectorCode> dac =
          rng.distinct(
              CommonGen.SECTORS.stream().filter(code -> !code.isCategory()).toList(), 1, 3);
      List<BigDecimal> sectorShares = split(dac.size()).next(rng);
      List<Sector> sectors = new ArrayList<>();
      for (int i = 0; i < dac.size(); i++) {
        sectors.add(
            Sector.builder()
                .from(Sector.of(dac.get(i)))
                .percentage(rng.chance(0.8) ? Optional.of(sectorShares.get(i)) : Optional.empty())
                .build());
      }
      // Percentages are given for all of a vocabulary or for none.
      if (sectors.stream().anyMatch(sector -> sector.percentage().isEmpty())) {
        sectors.replaceAll(
            sector -> Sector.builder().from(sector).percentage(Optional.empty()).build());
      }
      if (rng.chance(0.5)) {
        // A sector of another vocabulary: SDG goal 4 (IATI sector vocabulary 7).
        sectors.add(Sector.builder().code("4").vocabulary("7").percentage(HUNDRED).build());
      }
      builder.sectors(sectors);
    }
    builder.addAllSdgGoals(rng.distinct(GOALS, 0, 2));
    int markers = rng.between(0, 2);
    for (int i = 0; i < markers; i++) {
      builder.addPolicyMarkers(
          PolicyMarker.builder()
              .marker(Code.of(PolicyMarker.DAC, Integer.toString(i == 0 ? 1 : rng.between(2, 12))))
              .significance(
                  rng.chance(0.8)
                      ? Optional.of(
                          Code.of(PolicyMarker.SIGNIFICANCE, Integer.toString(rng.between(0, 4))))
                      : Optional.empty())
              .narrative(CommonGen.text().optional(0.2).next(rng))
              .build());
    }
    builder.classifications(CommonGen.classifications().optional(0.4).next(rng));
    builder.humanitarian(rng.chance(0.3) ? Optional.of(rng.chance(0.5)) : Optional.empty());
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<Integer> GOALS =
      List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);

  /** {@code n} shares of 100 with two decimals that add up to exactly 100. */
  private static Gen<List<BigDecimal>> split(int n) {
    return rng -> {
      List<BigDecimal> shares = new ArrayList<>();
      int left = 10_000;
      for (int i = 0; i < n; i++) {
        int cents = i == n - 1 ? left : rng.between(0, left);
        shares.add(BigDecimal.valueOf(cents, 2));
        left -= cents;
      }
      return shares;
    };
  }

  private static void requireValidParties(
      Modality modality,
      List<InstitutionId> providers,
      List<InstitutionId> recipients,
      List<InstitutionId> facilitators) {
    Set<InstitutionId> all = new LinkedHashSet<>(providers);
    all.addAll(recipients);
    Set<InstitutionId> parties = Set.copyOf(all);
    all.addAll(facilitators);
    if (modality != Modality.DOMESTIC && (providers.isEmpty() || recipients.isEmpty())) {
      throw new IllegalArgumentException(modality + " needs at least one provider and recipient");
    }
    if (all.size() < (modality == Modality.REGIONAL ? 3 : 2)) {
      throw new IllegalArgumentException(modality + " has too few distinct institutions: " + all);
    }
    if (modality == Modality.TRIANGULAR && parties.containsAll(facilitators)) {
      throw new IllegalArgumentException("TRIANGULAR needs a facilitator besides the parties");
    }
  }

  /**
   * Participations of the given parties: PROVIDER, RECIPIENT and FACILITATOR as listed, plus FUNDER
   * or IMPLEMENTER now and then; one participation per distinct institution. Now and then with IATI
   * roles, inferred roles and the name as published; a party other than the first provider, the
   * first recipient and the facilitators now and then with IATI roles only.
   */
  public static Gen<List<Participation>> participations(
      List<InstitutionId> providers,
      List<InstitutionId> recipients,
      List<InstitutionId> facilitators) {
    Set<InstitutionId> firsts = new LinkedHashSet<>();
    providers.stream().findFirst().ifPresent(firsts::add);
    recipients.stream().findFirst().ifPresent(firsts::add);
    return rng -> {
      Map<InstitutionId, Set<Role>> roles = new LinkedHashMap<>();
      providers.forEach(id -> roles(roles, id).add(Role.PROVIDER));
      recipients.forEach(id -> roles(roles, id).add(Role.RECIPIENT));
      facilitators.forEach(id -> roles(roles, id).add(Role.FACILITATOR));
      roles.forEach(
          (id, held) -> {
            if (rng.chance(held.contains(Role.RECIPIENT) ? 0.1 : 0.4)) {
              held.add(Role.FUNDER);
            }
            if (rng.chance(0.3)) {
              held.add(Role.IMPLEMENTER);
            }
          });
      List<Participation> participations = new ArrayList<>();
      roles.forEach((id, held) -> participations.add(participation(id, held, firsts, rng)));
      return participations;
    };
  }

  // Published data (IATI): participations as published, provenance, identifiers, links, places.

  /**
   * A participation holding {@code held}, now and then with what IATI publishes: IATI roles that
   * match the KS roles, some KS roles marked inferred, the name, type, activity id and CRS channel
   * code as published. An institution that is not the first provider, the first recipient or a
   * facilitator is sometimes published with IATI roles only, so the KS roles the rules need stay
   * with the others.
   */
  private static Participation participation(
      InstitutionId id, Set<Role> held, Set<InstitutionId> firsts, Rng rng) {
    Participation.Builder builder = Participation.builder().institution(id);
    List<Code> iatiRoles = new ArrayList<>();
    for (Role role : held) {
      String code =
          switch (role) {
            case FUNDER -> "1";
            case RECIPIENT -> "2";
            case PROVIDER, FACILITATOR -> "3";
            case IMPLEMENTER -> "4";
          };
      Code iati = Code.of(Participation.IATI_ROLE_VOCABULARY, code);
      if (!iatiRoles.contains(iati)) {
        iatiRoles.add(iati);
      }
    }
    boolean published = rng.chance(0.5);
    if (published) {
      builder.addAllIatiRoles(iatiRoles);
    }
    if (published && !firsts.contains(id) && !held.contains(Role.FACILITATOR) && rng.chance(0.4)) {
      // IATI roles only: no KS role was published and none inferred.
    } else {
      builder.roles(held);
      for (Role role : held) {
        if (published && rng.chance(0.4)) {
          builder.addInferredRoles(role);
        }
      }
    }
    if (published && rng.chance(0.6)) {
      builder.publishedName(CommonGen.text().next(rng));
    }
    if (published && rng.chance(0.4)) {
      builder.publishedType(Code.of("OrganisationType", rng.pick("10", "21", "40", "72")));
    }
    if (published && rng.chance(0.2)) {
      builder.activityId("XM-DAC-" + rng.between(1, 99) + "-" + rng.nextInt(10_000));
    }
    if (published && rng.chance(0.2)) {
      builder.crsChannelCode(rng.pick("11000", "21000", "41114", "51000"));
    }
    return builder.build();
  }

  /**
   * Sets now and then what published data adds to a partnership: the modality marked inferred, a
   * reporting institution (one of the parties, so it resolves), other identifiers, related
   * partnerships (ids that need not resolve), document links, sites and contacts.
   */
  private static void published(
      Partnership.Builder builder,
      List<InstitutionId> providers,
      List<InstitutionId> recipients,
      List<InstitutionId> facilitators,
      Rng rng) {
    builder.modalityInferred(rng.chance(0.3));
    if (rng.chance(0.5)) {
      List<InstitutionId> parties = new ArrayList<>(providers);
      parties.addAll(recipients);
      parties.addAll(facilitators);
      builder.reportingInstitution(rng.pick(parties));
      builder.secondaryReporter(rng.chance(0.2));
    }
    int count = rng.chance(0.5) ? rng.between(1, 2) : 0;
    for (int i = 0; i < count; i++) {
      OtherIdentifier.Builder other =
          OtherIdentifier.builder()
              .ref("REF-" + rng.nextInt(100_000))
              .type(Code.of(OtherIdentifier.TYPE_VOCABULARY, rng.pick("A1", "A2", "A3", "B1")));
      if (rng.chance(0.5)) {
        other.ownerRef("XM-DAC-" + rng.between(1, 99));
      }
      if (rng.chance(0.5)) {
        other.ownerName(CommonGen.text().next(rng));
      }
      builder.addOtherIdentifiers(other.build());
    }
    count = rng.chance(0.5) ? rng.between(1, 3) : 0;
    for (int i = 0; i < count; i++) {
      builder.addRelatedPartnerships(
          RelatedPartnership.of(
              PartnershipId.of("XM-DAC-" + rng.between(1, 99) + "-REL-" + rng.nextInt(10_000)),
              rng.pick("1", "2", "3", "4", "5")));
    }
    if (rng.chance(0.4)) {
      builder.addAllDocumentLinks(CommonGen.documentLink().list(1, 2).next(rng));
    }
    if (rng.chance(0.4)) {
      builder.addAllLocations(site().list(1, 2).next(rng));
    }
    if (rng.chance(0.4)) {
      builder.addAllContacts(contact().list(1, 2).next(rng));
    }
  }

  /** A site (IATI location) with every attribute sometimes set; positions sometimes malformed. */
  public static Gen<Site> site() {
    return rng -> {
      Site.Builder site = Site.builder();
      if (rng.chance(0.5)) {
        site.ref("LOC-" + rng.nextInt(1_000));
      }
      if (rng.chance(0.4)) {
        site.addLocationIds(Code.of("G1", String.valueOf(rng.between(100_000, 9_999_999))));
      }
      if (rng.chance(0.7)) {
        site.name(CommonGen.words(1, 3).map(LocalizedText::of).next(rng));
      }
      if (rng.chance(0.3)) {
        site.description(CommonGen.text().next(rng));
      }
      if (rng.chance(0.3)) {
        site.activityDescription(CommonGen.text().next(rng));
      }
      if (rng.chance(0.5)) {
        AdministrativeArea.Builder area =
            AdministrativeArea.builder()
                .vocabulary(rng.pick("G1", "A4", "A1"))
                .code(String.valueOf(rng.between(1, 99_999)));
        if (rng.chance(0.7)) {
          area.level(rng.between(0, 3));
        }
        site.addAdministrativeAreas(area.build());
      }
      if (rng.chance(0.6)) {
        GeoPoint.Builder point =
            GeoPoint.builder()
                .pos(
                    rng.chance(0.9)
                        ? rng.between(-89, 89)
                            + "."
                            + rng.nextInt(1_000_000)
                            + " "
                            + rng.between(-179, 179)
                            + "."
                            + rng.nextInt(1_000_000)
                        : "31,6 65,7"); // as published, not two decimals
        if (rng.chance(0.7)) {
          point.srsName("http://www.opengis.net/def/crs/EPSG/0/4326");
        }
        site.point(point.build());
      }
      if (rng.chance(0.5)) {
        site.exactness(Code.of("GeographicExactness", rng.pick("1", "2")));
      }
      if (rng.chance(0.5)) {
        site.locationClass(Code.of("GeographicLocationClass", rng.pick("1", "2", "3", "4")));
      }
      if (rng.chance(0.4)) {
        site.featureDesignation(Code.of("LocationType", rng.pick("PPL", "ADM1", "SCH")));
      }
      if (rng.chance(0.5)) {
        site.reach(Code.of("GeographicLocationReach", rng.pick("1", "2")));
      }
      return site.build();
    };
  }

  /** A contact with every attribute sometimes set, personal data included. */
  public static Gen<Contact> contact() {
    return rng -> {
      Contact.Builder contact = Contact.builder();
      if (rng.chance(0.6)) {
        contact.type(Code.of(Contact.TYPE_VOCABULARY, rng.pick("1", "2", "3", "4")));
      }
      if (rng.chance(0.7)) {
        contact.organisation(CommonGen.text().next(rng));
      }
      if (rng.chance(0.4)) {
        contact.department(CommonGen.text().next(rng));
      }
      if (rng.chance(0.5)) {
        contact.personName(CommonGen.words(2, 3).map(LocalizedText::of).next(rng));
      }
      if (rng.chance(0.4)) {
        contact.jobTitle(CommonGen.text().next(rng));
      }
      if (rng.chance(0.5)) {
        contact.addTelephones("+57 1 " + rng.between(1_000_000, 9_999_999));
      }
      if (rng.chance(0.5)) {
        contact.addEmails("contact" + rng.nextInt(1_000) + "@example.org");
      }
      if (rng.chance(0.4)) {
        contact.addWebsites("https://example.org/" + rng.nextInt(1_000));
      }
      if (rng.chance(0.4)) {
        contact.addMailingAddresses(CommonGen.text().next(rng));
      }
      return contact.build();
    };
  }

  private static Set<Role> roles(Map<InstitutionId, Set<Role>> roles, InstitutionId id) {
    return roles.computeIfAbsent(id, key -> EnumSet.noneOf(Role.class));
  }

  private static Gen<Optional<AgreementType>> agreement(boolean brokered) {
    return rng -> {
      if (!rng.chance(0.7)) {
        return Optional.empty();
      }
      AgreementType type = rng.pick(AgreementType.class);
      // A reverse linkage is brokered by a multilateral bank: only with a facilitator.
      return Optional.of(
          type == AgreementType.REVERSE_LINKAGE && !brokered ? AgreementType.MOU : type);
    };
  }

  /** A design with a development goal, challenges and one to three change objectives. */
  public static Gen<Design> design() {
    return rng ->
        Design.builder()
            .developmentGoal(CommonGen.text().next(rng))
            .addAllInstitutionalChallenges(CommonGen.text().list(1, 3).next(rng))
            .addAllChangeObjectives(changeObjective().list(1, 3).next(rng))
            .build();
  }

  /** A change objective in any capacity area, targeting one to three intermediate outcomes. */
  public static Gen<ChangeObjective> changeObjective() {
    return rng ->
        ChangeObjective.builder()
            .description(CommonGen.text().next(rng))
            .capacityArea(rng.pick(CapacityArea.class))
            .addAllTargetedOutcomes(outcomes().next(rng))
            .build();
  }

  /** One to three distinct intermediate outcomes. */
  public static Gen<List<IntermediateOutcome>> outcomes() {
    return rng -> rng.distinct(List.of(IntermediateOutcome.values()), 1, 3);
  }

  /**
   * An exchange activity inside {@code within} (its first year when open-ended), targeting one to
   * three intermediate outcomes; a video conference is virtual, a virtual activity has no location.
   */
  public static Gen<ExchangeActivity> activity(DateRange within) {
    return rng -> {
      ExchangeInstrument instrument = rng.pick(ExchangeInstrument.class);
      Delivery delivery =
          instrument == ExchangeInstrument.VIDEO_CONFERENCE
              ? Delivery.VIRTUAL
              : rng.pick(Delivery.class);
      ExchangeActivity.Builder builder =
          ExchangeActivity.builder()
              .title(CommonGen.words(2, 5).map(LocalizedText::of).optional(0.6).next(rng))
              .instrument(instrument)
              .delivery(delivery)
              .period(CommonGen.dateRangeWithin(within).next(rng))
              .addAllTargetedOutcomes(outcomes().next(rng));
      if (delivery != Delivery.VIRTUAL) {
        builder.location(location().next(rng));
      }
      if (rng.chance(0.8)) {
        builder.participantCount(rng.between(2, 250));
      }
      return builder.build();
    };
  }

  /** A location in any country, with a place now and then. */
  public static Gen<Location> location() {
    return rng ->
        Location.builder()
            .country(CommonGen.country().next(rng))
            .place(CommonGen.words(1, 2).optional(0.5).next(rng))
            .build();
  }

  /**
   * The days that lie inside both the planned and the actual period of {@code partnership},
   * whichever it has: where generated dates about it go. Empty when it has no period or the two do
   * not overlap.
   */
  public static Optional<DateRange> window(Partnership partnership) {
    Optional<DateRange> planned = partnership.plannedPeriod().flatMap(Period::range);
    Optional<DateRange> actual = partnership.actualPeriod().flatMap(Period::range);
    Optional<LocalDate> plannedEnd = partnership.plannedEnd();
    if (planned.isEmpty() && plannedEnd.isPresent() && actual.isPresent()) {
      // A planned end alone bounds the window from above.
      DateRange open = actual.get();
      return plannedEnd.get().isBefore(open.start())
          ? Optional.empty()
          : intersection(open, DateRange.ofClosed(open.start(), plannedEnd.get()));
    }
    if (planned.isEmpty() || actual.isEmpty()) {
      return planned.or(() -> actual);
    }
    return intersection(planned.get(), actual.get());
  }

  private static Optional<DateRange> intersection(DateRange a, DateRange b) {
    if (!a.overlaps(b)) {
      return Optional.empty();
    }
    LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
    Optional<LocalDate> end =
        a.end().isEmpty()
            ? b.end()
            : b.end().map(e -> e.isBefore(a.end().get()) ? e : a.end().get()).or(a::end);
    return Optional.of(DateRange.ofClosed(start, end));
  }

  /**
   * The planned days, and the actual ones; {@code plannedEndOnly} when the planned period is given
   * by its end alone (as IATI allows), for a partnership that has started.
   */
  private record Periods(DateRange planned, Optional<DateRange> actual, boolean plannedEndOnly) {
    Period plannedPeriod() {
      return plannedEndOnly ? Period.endingOn(planned.end().orElseThrow()) : Period.of(planned);
    }

    DateRange window() {
      return actual.flatMap(a -> intersection(planned, a)).orElse(planned);
    }
  }

  /**
   * Planned and actual periods that fit the status: a planned period of three months to five years;
   * an actual period starting up to two months late for a partnership that has started (before
   * {@link #TODAY}); closed before {@link #TODAY} for a COMPLETED one.
   */
  private static Gen<Periods> periods(PartnershipStatus status) {
    return rng -> {
      // A partnership still PLANNED lies ahead; one that has started began before TODAY.
      LocalDate earliest = status == PartnershipStatus.PLANNED ? TODAY : LocalDate.of(2005, 1, 1);
      LocalDate latestStart =
          switch (status) {
            case PLANNED -> LocalDate.of(2027, 12, 31);
            case COMPLETED -> LocalDate.of(2022, 12, 31);
            default -> LocalDate.of(2024, 6, 30);
          };
      LocalDate start = between(earliest, latestStart).next(rng);
      DateRange planned = DateRange.ofClosed(start, start.plusDays(rng.between(90, 5 * 365)));
      LocalDate actualStart = start.plusDays(rng.between(0, 60));
      LocalDate lastPast = TODAY.minusDays(1);
      Optional<DateRange> actual =
          switch (status) {
            case PLANNED -> Optional.empty();
            case ACTIVE, SUSPENDED -> Optional.of(DateRange.startingOn(actualStart));
            case COMPLETED ->
                Optional.of(
                    DateRange.ofClosed(
                        actualStart,
                        min(actualStart.plusDays(rng.between(30, 6 * 365)), lastPast)));
            case CANCELLED ->
                rng.chance(0.5)
                    ? Optional.empty()
                    : Optional.of(
                        DateRange.ofClosed(
                            actualStart,
                            min(actualStart.plusDays(rng.between(30, 365)), lastPast)));
          };
      // Now and then a started partnership publishes its planned end without a planned start.
      boolean endOnly = actual.isPresent() && rng.chance(0.15);
      return new Periods(planned, actual, endOnly);
    };
  }

  private static Gen<LocalDate> between(LocalDate first, LocalDate last) {
    return rng -> first.plusDays(rng.between(0L, last.toEpochDay() - first.toEpochDay()));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
