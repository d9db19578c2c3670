package org.ksmodel.iati.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.reference.ReferenceData;

/**
 * The organisations met in a file, one institution per id, merged across activities: the first
 * name, type and country seen win, later ones fill what is missing (and add name languages).
 *
 * <p>Ids: the organisation's {@code ref} when it has a usable one (placeholders such as {@code N/A}
 * are not), otherwise {@code name:} followed by a slug of its name, so the same unnamed
 * organisation gets the same id in every activity. Countries: the two letters before the first
 * hyphen of the ref when they are a country ({@code NL-KVK-...}, {@code DE-1}; not {@code
 * XM-DAC-...} or {@code XI-IATI-...}), else what the activity mapper infers, else none. Nothing is
 * made up: an organisation without a name, a type or a country in the file becomes an institution
 * without it, and each of these, like each country or type that was derived rather than published,
 * is reported once per institution (see {@link #build()}).
 */
public final class InstitutionRegistry {
  /** Longer than any registration agency code (13 characters at most on the current list). */
  private static final int AGENCY_PREFIX = 64;

  private static final Pattern LEGACY_GOVERNMENT = Pattern.compile("([A-Z]{2})-[0-9]{1,3}");
  private static final Set<String> PLACEHOLDERS =
      Set.of("n/a", "na", "-", "--", "0", "none", "null", "unknown", "not applicable", "tbd", "?");

  private final ImportContext context;
  private final Map<InstitutionId, Draft> drafts = new LinkedHashMap<>();
  private final Set<String> reportedRefs = new HashSet<>();

  public InstitutionRegistry(ImportContext context) {
    this.context = context;
  }

  /**
   * What one organisation element ({@code participating-org}, {@code reporting-org}, {@code
   * provider-org}, {@code receiver-org}) says about an institution, not yet stored.
   */
  public static final class Draft {
    final InstitutionId id;
    Optional<LocalizedText> name;
    Optional<String> typeCode;
    Optional<CountryCode> country;
    String countrySource;

    public Draft(
        InstitutionId id,
        Optional<LocalizedText> name,
        Optional<String> typeCode,
        Optional<CountryCode> country) {
      this.id = id;
      this.name = name;
      this.typeCode = typeCode;
      this.country = country;
      this.countrySource = country.isPresent() ? "identifier" : "";
    }
  }

  /**
   * Reads an organisation element into a draft; empty (and reported) when it has neither a usable
   * ref nor a name.
   */
  public Optional<Draft> read(XmlElement org) {
    Optional<LocalizedText> name = context.narratives(org);
    Optional<String> ref = org.attr("ref");
    if (ref.isPresent() && PLACEHOLDERS.contains(ref.get().toLowerCase(Locale.ROOT))) {
      context.warn(
          "iati.org.ref.placeholder",
          org,
          "<" + org.name() + "> ref '" + ref.get() + "' is a placeholder, not an identifier");
      ref = Optional.empty();
    }
    InstitutionId id;
    if (ref.isPresent()) {
      id = InstitutionId.of(ref.get());
      checkIdentifier(org, ref.get());
    } else if (name.isPresent()) {
      id = InstitutionId.of("name:" + slug(name.get().text()));
    } else {
      context.warn(
          "iati.org.anonymous",
          org,
          "<" + org.name() + "> has neither a ref nor a name; it cannot become an institution");
      return Optional.empty();
    }
    Optional<String> type = org.attr("type");
    type.ifPresent(code -> checkType(org, code));
    return Optional.of(new Draft(id, name, type, ref.flatMap(InstitutionRegistry::countryOfRef)));
  }

  private void checkIdentifier(XmlElement org, String ref) {
    if (agencyOf(ref).isPresent()
        || LEGACY_GOVERNMENT.matcher(ref).matches()
        || !reportedRefs.add(ref)) {
      return;
    }
    context.warn(
        "iati.org.ref.unknownAgency",
        org,
        "organisation ref '"
            + ref
            + "' does not start with a known registration agency (legacy or private id); kept"
            + " as the institution id");
  }

  /**
   * The registration agency of an identifier. The codelist tries every prefix ending at a hyphen,
   * which takes time quadratic in a hostile identifier's length; agency codes are short, so only
   * the identifier's start is looked at.
   */
  private static Optional<String> agencyOf(String ref) {
    String start = ref.length() > AGENCY_PREFIX ? ref.substring(0, AGENCY_PREFIX) : ref;
    return ReferenceData.registrationAgencies().agencyOf(start);
  }

  private void checkType(XmlElement org, String code) {
    if (!ReferenceData.organisationTypes()
        .contains(Code.of(ReferenceData.ORGANISATION_TYPE_VOCABULARY, code))) {
      context.warn(
          "iati.org.type.unknown",
          org,
          "organisation type '" + code + "' is not on the OrganisationType codelist; kept as code");
    }
  }

  /**
   * The country an identifier's prefix names: the country of its registration agency when the
   * agency is on IATI's list and starts with a country ({@code NL} for {@code NL-KVK-41155305},
   * nothing for {@code XM-DAC-7}), or the country of a legacy government identifier such as {@code
   * DE-1}.
   */
  public static Optional<CountryCode> countryOfRef(String ref) {
    Optional<String> agency = agencyOf(ref);
    String prefix;
    if (agency.isPresent()) {
      prefix = agency.get().substring(0, 2);
    } else {
      Matcher legacy = LEGACY_GOVERNMENT.matcher(ref);
      if (!legacy.matches()) {
        return Optional.empty();
      }
      prefix = legacy.group(1);
    }
    if (!CountryCode.isWellFormed(prefix)) {
      return Optional.empty();
    }
    CountryCode country = CountryCode.of(prefix);
    return ReferenceData.countries().contains(country) ? Optional.of(country) : Optional.empty();
  }

  /** The country known so far for an id: stored, else empty. */
  public Optional<CountryCode> knownCountry(InstitutionId id) {
    Draft stored = drafts.get(id);
    return stored == null ? Optional.empty() : stored.country;
  }

  /** Stores drafts of an imported record, merging them into what was seen before. */
  public void commit(List<Draft> seen) {
    for (Draft draft : seen) {
      Draft stored = drafts.get(draft.id);
      if (stored == null) {
        drafts.put(draft.id, draft);
        continue;
      }
      if (stored.name.isEmpty()) {
        stored.name = draft.name;
      } else if (draft.name.isPresent()) {
        LocalizedText merged = stored.name.get();
        for (Map.Entry<LanguageCode, String> text : draft.name.get().texts().entrySet()) {
          if (merged.text(text.getKey()).isEmpty()) {
            merged = merged.with(text.getKey(), text.getValue());
          }
        }
        stored.name = Optional.of(merged);
      }
      if (stored.typeCode.isEmpty()) {
        stored.typeCode = draft.typeCode;
      }
      if (stored.country.isEmpty() && draft.country.isPresent()) {
        stored.country = draft.country;
        stored.countrySource = draft.countrySource;
      }
    }
  }

  /**
   * The institutions, in order of first appearance. Reports, once per institution, what the file
   * does not give ({@code iati.org.name.missing}, {@code iati.org.type.missing}, {@code
   * iati.org.country.missing}: left out) and what was derived rather than published ({@code
   * iati.org.country.fromIdentifier}, {@code iati.org.country.inferred}), and an OrganisationType
   * code that does not tell the institution type ({@code iati.org.type.unmapped}: kept as the IATI
   * type alone).
   */
  public List<Institution> build() {
    List<Institution> institutions = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      if (draft.name.isEmpty()) {
        context.warnFile(
            "iati.org.name.missing",
            "organisation " + draft.id + " has no name in the file; kept without a name");
      }
      Optional<InstitutionType> type = draft.typeCode.flatMap(InstitutionRegistry::typeOf);
      if (draft.typeCode.isEmpty()) {
        context.warnFile(
            "iati.org.type.missing",
            "organisation " + draft.id + " has no type in the file; kept without a type");
      } else if (type.isEmpty()) {
        context.warnFile(
            "iati.org.type.unmapped",
            "organisation "
                + draft.id
                + " has OrganisationType "
                + draft.typeCode.get()
                + (InstitutionType.fromIatiCode(draft.typeCode.get()).isPresent()
                    ? ", which stands for several institution types"
                    : ", which maps to no institution type")
                + "; kept as the IATI type, without an institution type");
      }
      if (draft.country.isEmpty()) {
        context.warnFile(
            "iati.org.country.missing",
            "organisation "
                + draft.id
                + ": no country in the file (neither its identifier nor the activities tell);"
                + " kept without a country");
      } else if (draft.countrySource.startsWith("recipient")) {
        context.warnFile(
            "iati.org.country.inferred",
            "organisation "
                + draft.id
                + ": country "
                + draft.country.get()
                + " taken from the activity's only recipient country");
      } else {
        context.warnFile(
            "iati.org.country.fromIdentifier",
            "organisation "
                + draft.id
                + ": country "
                + draft.country.get()
                + " read from the registration agency of its identifier");
      }
      Institution.Builder builder =
          Institution.builder().id(draft.id).name(draft.name).country(draft.country).type(type);
      draft.typeCode.ifPresent(
          code -> builder.iatiOrganisationType(Code.of(InstitutionType.IATI_VOCABULARY, code)));
      institutions.add(builder.build());
    }
    return institutions;
  }

  /**
   * The institution type an OrganisationType code names: the one of {@link
   * InstitutionType#fromIatiCode(String)} when no other type shares its code ({@code 40} is
   * MULTILATERAL); empty for {@code 10 Government} and {@code 15 Other Public Sector}, which stand
   * for several types (a ministry, a cooperation agency, a planning body, a bilateral agency; a
   * sector agency, a development bank), and for codes off the list.
   */
  public static Optional<InstitutionType> typeOf(String code) {
    return InstitutionType.fromIatiCode(code)
        .filter(
            type ->
                Arrays.stream(InstitutionType.values())
                        .filter(other -> other.iatiCode().equals(type.iatiCode()))
                        .count()
                    == 1);
  }

  /**
   * A stable, readable slug of a name: accents removed, lower case, runs of other characters as one
   * hyphen, at most 80 characters; a hash of the name when nothing readable is left (e.g. a name in
   * a non-Latin script).
   */
  public static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? hash(name) : plain;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
