package org.ksmodel.iati.internal;

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
import org.ksmodel.common.InstitutionId;
import org.ksmodel.iati.IatiImporter;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Role;
import org.ksmodel.reference.CountryClassification;

/**
 * Turns an activity's {@code participating-org}s into participations with roles, and decides the
 * modality. The rules (documented in {@link IatiImporter}) use the IATI roles, the activity's
 * recipient countries, the organisations' countries and the country classification (which countries
 * count as developing).
 */
public final class ParticipantMapper {
  private static final Map<String, String> LEGACY_ROLES =
      Map.of("funding", "1", "accountable", "2", "extending", "3", "implementing", "4");
  private static final Set<String> PARTNER_COUNTRY_TYPES = Set.of("11", "24", "72");
  private static final Set<String> PUBLIC_TYPES = Set.of("10", "15");
  private static final Set<String> LOCAL_TYPES = Set.of("11", "22", "23", "24", "72");
  private static final String MULTILATERAL_TYPE = "40";

  private final ImportContext context;
  private final InstitutionRegistry registry;
  private final CountryClassification classification;

  public ParticipantMapper(
      ImportContext context, InstitutionRegistry registry, CountryClassification classification) {
    this.context = context;
    this.registry = registry;
    this.classification = classification;
  }

  /** What came of the participating organisations. */
  public record Outcome(
      List<Participation> participations, Modality modality, boolean modalityInferred) {}

  /** One organisation of the activity, with every IATI role it was listed with. */
  private static final class Participant {
    final InstitutionRegistry.Draft draft;
    final Set<String> iatiRoles = new LinkedHashSet<>();
    final Set<Role> roles = EnumSet.noneOf(Role.class);
    // The reporting organisation taken as the provider of an activity without participants: its
    // IATI role was not published.
    boolean unpublished;

    public Participant(InstitutionRegistry.Draft draft) {
      this.draft = draft;
    }

    public Optional<CountryCode> country() {
      return draft.country;
    }

    public boolean typed(String code) {
      return draft.typeCode.filter(code::equals).isPresent();
    }
  }

  public Outcome map(
      XmlElement activity,
      Set<CountryCode> recipients,
      boolean hasRecipientRegion,
      Optional<InstitutionRegistry.Draft> reportingOrg,
      List<InstitutionRegistry.Draft> seen) {
    Map<InstitutionId, Participant> participants = new LinkedHashMap<>();
    for (XmlElement org : activity.all("participating-org")) {
      Optional<String> role = iatiRole(org);
      if (role.isEmpty()) {
        continue;
      }
      Optional<InstitutionRegistry.Draft> draft = registry.read(org);
      if (draft.isEmpty()) {
        continue;
      }
      Participant participant =
          participants.computeIfAbsent(draft.get().id, id -> new Participant(draft.get()));
      if (participant.draft != draft.get()) {
        fill(participant.draft, draft.get());
      }
      participant.iatiRoles.add(role.get());
    }
    if (participants.isEmpty() && reportingOrg.isPresent()) {
      context.warn(
          "iati.participants.none",
          activity,
          "no usable participating-org; the reporting organisation "
              + reportingOrg.get().id
              + " is taken as the provider");
      Participant reporter = new Participant(reportingOrg.get());
      reporter.iatiRoles.add("3");
      reporter.unpublished = true;
      participants.put(reporter.draft.id, reporter);
    }
    for (Participant participant : participants.values()) {
      if (participant.draft.country.isEmpty()) {
        participant.draft.country = registry.knownCountry(participant.draft.id);
      }
      inferCountry(participant, recipients);
      seen.add(participant.draft);
    }
    assignRoles(participants.values(), recipients);
    Modality modality = modality(activity, participants.values(), recipients, hasRecipientRegion);
    // A modality read from the collaboration type was published; any other was derived.
    Optional<String> collaboration =
        activity.first("collaboration-type").flatMap(e -> e.attr("code"));
    boolean published =
        modality != Modality.DOMESTIC
            && collaboration
                .filter(c -> c.equals("2") || c.equals("4") || c.equals("8"))
                .isPresent();
    List<Participation> participations = new ArrayList<>();
    for (Participant participant : participants.values()) {
      // IATI publishes no KS role: every KS role here is derived from the IATI roles and the
      // countries, so it is marked inferred; the IATI roles are kept as published.
      Participation.Builder participation =
          Participation.builder()
              .institution(participant.draft.id)
              .roles(participant.roles)
              .inferredRoles(participant.roles);
      if (!participant.unpublished) {
        for (String code : participant.iatiRoles) {
          participation.addIatiRoles(Code.of(Participation.IATI_ROLE_VOCABULARY, code));
        }
        participant.draft.name.ifPresent(participation::publishedName);
      }
      participations.add(participation.build());
    }
    return new Outcome(participations, modality, !published);
  }

  private Optional<String> iatiRole(XmlElement org) {
    Optional<String> raw = org.attr("role");
    if (raw.isEmpty()) {
      context.warn("iati.org.role.missing", org, "participating-org without a role; left out");
      return Optional.empty();
    }
    String role = raw.get();
    if (Set.of("1", "2", "3", "4").contains(role)) {
      return Optional.of(role);
    }
    String legacy = LEGACY_ROLES.get(role.toLowerCase(java.util.Locale.ROOT));
    if (legacy != null) {
      context.warn(
          "iati.org.role.legacy",
          org,
          "participating-org role '" + role + "' (IATI 1.x) read as code " + legacy);
      return Optional.of(legacy);
    }
    context.warn(
        "iati.org.role.unknown",
        org,
        "participating-org role '" + role + "' is not on the OrganisationRole codelist; left out");
    return Optional.empty();
  }

  private static void fill(InstitutionRegistry.Draft kept, InstitutionRegistry.Draft other) {
    if (kept.name.isEmpty()) {
      kept.name = other.name;
    }
    if (kept.typeCode.isEmpty()) {
      kept.typeCode = other.typeCode;
    }
  }

  /**
   * Places an organisation whose identifier names no country in the activity's only recipient
   * country, when it is typed as based there (local government, partner-country NGO, private sector
   * in the recipient country) or is the accountable public body (role 2 only, or 2 and 4, with a
   * government, public-sector or no type) that neither funds nor extends the activity, or is a
   * local partner (implementing only, known by name alone, of type 11, 22, 23, 24 or 72).
   */
  private void inferCountry(Participant participant, Set<CountryCode> recipients) {
    if (participant.country().isPresent() || recipients.size() != 1) {
      return;
    }
    boolean basedThere =
        participant.draft.typeCode.filter(PARTNER_COUNTRY_TYPES::contains).isPresent();
    boolean accountableGovernment =
        participant.iatiRoles.contains("2")
            && !participant.iatiRoles.contains("1")
            && !participant.iatiRoles.contains("3")
            && participant.draft.typeCode.map(PUBLIC_TYPES::contains).orElse(true);
    // A local partner: implementing only, named but without any identifier, of a national type.
    boolean localImplementer =
        participant.iatiRoles.equals(Set.of("4"))
            && participant.draft.id.value().startsWith("name:")
            && participant.draft.typeCode.filter(LOCAL_TYPES::contains).isPresent();
    if (basedThere || accountableGovernment || localImplementer) {
      participant.draft.country = Optional.of(recipients.iterator().next());
      participant.draft.countrySource = "recipient country";
    }
  }

  /**
   * 1 Funding: FUNDER. 3 Extending: PROVIDER. 4 Implementing: IMPLEMENTER, and RECIPIENT too when
   * the organisation is in a recipient country. 2 Accountable: RECIPIENT, unless the data shows the
   * organisation on the providing side (it also funds or extends, or it is in a country that is
   * neither a recipient nor developing), then PROVIDER. When no organisation ends up a provider,
   * the funders are the providers (in aid data the donor provides the cooperation).
   */
  private void assignRoles(Iterable<Participant> participants, Set<CountryCode> recipients) {
    boolean anyProvider = false;
    for (Participant p : participants) {
      Set<String> codes = p.iatiRoles;
      if (codes.contains("1")) {
        p.roles.add(Role.FUNDER);
      }
      if (codes.contains("3")) {
        p.roles.add(Role.PROVIDER);
      }
      boolean inRecipientCountry = p.country().filter(recipients::contains).isPresent();
      if (codes.contains("4")) {
        p.roles.add(Role.IMPLEMENTER);
        if (inRecipientCountry) {
          p.roles.add(Role.RECIPIENT);
        }
      }
      if (codes.contains("2")) {
        boolean providingSide =
            codes.contains("1")
                || codes.contains("3")
                || p.country()
                    .filter(c -> !recipients.contains(c) && !classification.isDeveloping(c))
                    .isPresent();
        p.roles.add(providingSide ? Role.PROVIDER : Role.RECIPIENT);
      }
      anyProvider |= p.roles.contains(Role.PROVIDER);
    }
    if (!anyProvider) {
      for (Participant p : participants) {
        if (p.roles.contains(Role.FUNDER)) {
          p.roles.add(Role.PROVIDER);
        }
      }
    }
  }

  /**
   * The modality, in this order: DOMESTIC when every participant is known to be in one country that
   * is also the only recipient country (or there is none); TRIANGULAR for collaboration type 8;
   * MULTILATERAL for collaboration types 2 and 4, or when every provider is a multilateral (type
   * 40); then by the countries of providers and recipients (recipient countries plus the
   * recipients' countries): SOUTH_SOUTH when both sides are developing (TRIANGULAR when a funder
   * that does not provide is outside the South or multilateral; it becomes the FACILITATOR),
   * NORTH_SOUTH and SOUTH_NORTH when one side is developing and the other not; otherwise
   * NORTH_SOUTH, the usual case of IATI-published aid, reported as assumed.
   */
  private Modality modality(
      XmlElement activity,
      Iterable<Participant> participants,
      Set<CountryCode> recipients,
      boolean hasRecipientRegion) {
    List<Participant> all = new ArrayList<>();
    participants.forEach(all::add);
    Optional<String> collaboration =
        activity.first("collaboration-type").flatMap(e -> e.attr("code"));

    Set<CountryCode> participantCountries = new LinkedHashSet<>();
    boolean allKnown = true;
    for (Participant p : all) {
      if (p.country().isPresent()) {
        participantCountries.add(p.country().get());
      } else {
        allKnown = false;
      }
    }
    if (allKnown
        && participantCountries.size() == 1
        && !hasRecipientRegion
        && participantCountries.containsAll(recipients)) {
      return Modality.DOMESTIC;
    }
    if (collaboration.filter("8"::equals).isPresent()) {
      markFacilitators(activity, all);
      return Modality.TRIANGULAR;
    }
    if (collaboration.filter(c -> c.equals("2") || c.equals("4")).isPresent()) {
      return Modality.MULTILATERAL;
    }
    List<Participant> providers =
        all.stream().filter(p -> p.roles.contains(Role.PROVIDER)).toList();
    if (!providers.isEmpty() && providers.stream().allMatch(p -> p.typed(MULTILATERAL_TYPE))) {
      return Modality.MULTILATERAL;
    }
    Set<CountryCode> providerCountries = new LinkedHashSet<>();
    providers.forEach(p -> p.country().ifPresent(providerCountries::add));
    if (providerCountries.isEmpty()) {
      // Providers of unknown country: the funders' countries tell which side pays for the exchange.
      all.stream()
          .filter(p -> p.roles.contains(Role.FUNDER))
          .forEach(p -> p.country().ifPresent(providerCountries::add));
    }
    Set<CountryCode> recipientCountries = new LinkedHashSet<>(recipients);
    all.stream()
        .filter(p -> p.roles.contains(Role.RECIPIENT))
        .forEach(p -> p.country().ifPresent(recipientCountries::add));
    boolean southProviders = !providerCountries.isEmpty() && allDeveloping(providerCountries);
    boolean northProviders =
        !providerCountries.isEmpty() && providerCountries.stream().noneMatch(this::developing);
    boolean southRecipients =
        recipientCountries.isEmpty() ? hasRecipientRegion : allDeveloping(recipientCountries);
    boolean northRecipients =
        !recipientCountries.isEmpty() && recipientCountries.stream().noneMatch(this::developing);
    if (southProviders && southRecipients) {
      List<Participant> brokers =
          all.stream()
              .filter(p -> p.roles.contains(Role.FUNDER) && !providers.contains(p))
              .filter(
                  p ->
                      p.typed(MULTILATERAL_TYPE)
                          || p.country().filter(c -> !developing(c)).isPresent())
              .toList();
      if (!brokers.isEmpty()) {
        brokers.forEach(p -> p.roles.add(Role.FACILITATOR));
        return Modality.TRIANGULAR;
      }
      return Modality.SOUTH_SOUTH;
    }
    if (northProviders && southRecipients) {
      return Modality.NORTH_SOUTH;
    }
    if (southProviders && northRecipients) {
      return Modality.SOUTH_NORTH;
    }
    context.warn(
        "iati.modality.assumed",
        activity,
        "the countries of providers "
            + providerCountries
            + " and recipients "
            + recipientCountries
            + " do not tell the modality; NORTH_SOUTH assumed");
    return Modality.NORTH_SOUTH;
  }

  /**
   * In triangular cooperation the funders that do not provide are the facilitators (second
   * providers); when every funder also provides, a provider outside the South beside one in the
   * South is.
   */
  private void markFacilitators(XmlElement activity, List<Participant> all) {
    List<Participant> brokers =
        all.stream()
            .filter(p -> p.roles.contains(Role.FUNDER))
            .filter(p -> !p.iatiRoles.contains("3"))
            .toList();
    if (brokers.isEmpty()) {
      boolean southProvider =
          all.stream()
              .anyMatch(
                  p ->
                      p.roles.contains(Role.PROVIDER)
                          && p.country().filter(this::developing).isPresent());
      brokers =
          all.stream()
              .filter(p -> p.roles.contains(Role.PROVIDER))
              .filter(p -> southProvider && p.country().filter(c -> !developing(c)).isPresent())
              .toList();
    }
    if (brokers.isEmpty()) {
      context.warn(
          "iati.triangular.facilitator",
          activity,
          "collaboration type 8 (triangular) but no organisation can be told as the facilitator");
    }
    brokers.forEach(p -> p.roles.add(Role.FACILITATOR));
  }

  private boolean developing(CountryCode country) {
    return classification.isDeveloping(country);
  }

  private boolean allDeveloping(Set<CountryCode> countries) {
    return countries.stream().allMatch(this::developing);
  }
}
