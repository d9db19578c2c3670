package org.ksmodel.institution;

import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.Code;

/**
 * What kind of institution this is, in the words of knowledge-sharing practice. Each type maps to
 * one code of the IATI OrganisationType codelist ({@link #iatiCode()}); several types share a code
 * because IATI does not tell, for instance, a line ministry from a cooperation agency (both are
 * {@code 10 Government}). {@link #fromIatiCode(String)} goes the other way, to the most fitting
 * type.
 */
public enum InstitutionType {
  /** A national agency for international (South-South) cooperation, e.g. APC Colombia, ABC. */
  NATIONAL_COOPERATION_AGENCY("10"),
  /** A national planning or coordination body, e.g. a ministry of planning or Bappenas. */
  PLANNING_OR_COORDINATION_BODY("10"),
  /** A ministry in charge of a sector, e.g. a ministry of social development. */
  LINE_MINISTRY("10"),
  /**
   * A public agency of a sector with its own identity, e.g. EMBRAPA, FIOCRUZ, a disaster-management
   * agency: IATI {@code 15 Other Public Sector}.
   */
  SECTOR_AGENCY("15"),
  /** A company owned jointly by the state and private partners: IATI {@code 30}. */
  PUBLIC_PRIVATE_COMPANY("30"),
  /**
   * A national development bank (IATI {@code 15 Other Public Sector}); a multilateral development
   * bank such as the IsDB or the World Bank is {@link #MULTILATERAL}.
   */
  DEVELOPMENT_BANK("15"),
  /** A multilateral organisation or bank, e.g. a UN agency, the IsDB: IATI {@code 40}. */
  MULTILATERAL("40"),
  /** A bilateral donor agency, e.g. KOICA, JICA, GIZ: IATI {@code 10 Government}. */
  BILATERAL_AGENCY("10"),
  /** A regional network of peers, e.g. CABRI: IATI {@code 23 Regional NGO}. */
  REGIONAL_NETWORK("23"),
  /** A university, research centre or think tank: IATI {@code 80}. */
  ACADEMIA_OR_THINK_TANK("80"),
  /** A civil-society organisation: IATI {@code 22 National NGO}. */
  CIVIL_SOCIETY_ORGANISATION("22"),
  /** A philanthropic foundation: IATI {@code 60}. */
  FOUNDATION("60"),
  /** A private company: IATI {@code 70 Private Sector}. */
  PRIVATE_COMPANY("70"),
  /** A state, province, region or municipality: IATI {@code 11 Local Government}. */
  SUBNATIONAL_GOVERNMENT("11"),
  /**
   * Another kind of institution, none of the above: IATI {@code 90 Other}. Not "unknown": an
   * institution whose kind the source does not say has no type ({@link Institution#type()} is
   * empty).
   */
  OTHER("90");

  /** The name of the IATI codelist, as the vocabulary of {@link #iatiOrganisationType()}. */
  public static final String IATI_VOCABULARY = "OrganisationType";

  private final String iatiCode;

  InstitutionType(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI OrganisationType code of this type, e.g. {@code 10} for a line ministry} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the IATI OrganisationType of this type as a code, e.g. {@code OrganisationType:10}}
   */
  public Code iatiOrganisationType() {
    return Code.of(IATI_VOCABULARY, iatiCode);
  }

  /**
   * {@return the type that best fits an IATI OrganisationType code ({@link #OTHER} for {@code 90
   * Other}); empty for codes the codelist does not have}
   *
   * <p>{@code 10 Government} becomes {@link #LINE_MINISTRY}, the most common government participant
   * (the code alone cannot tell a cooperation agency or a planning body from a ministry); the NGO
   * codes {@code 21}, {@code 22} and {@code 24} become {@link #CIVIL_SOCIETY_ORGANISATION} and
   * {@code 23 Regional NGO} becomes {@link #REGIONAL_NETWORK}; {@code 15 Other Public Sector}
   * becomes {@link #SECTOR_AGENCY}; the private-sector codes {@code 70} to {@code 73} become {@link
   * #PRIVATE_COMPANY}.
   *
   * @param code the code within the codelist, e.g. {@code 10}
   */
  public static Optional<InstitutionType> fromIatiCode(String code) {
    switch (Objects.requireNonNull(code, "code")) {
      case "10":
        return Optional.of(LINE_MINISTRY);
      case "11":
        return Optional.of(SUBNATIONAL_GOVERNMENT);
      case "15":
        return Optional.of(SECTOR_AGENCY);
      case "21":
      case "22":
      case "24":
        return Optional.of(CIVIL_SOCIETY_ORGANISATION);
      case "23":
        return Optional.of(REGIONAL_NETWORK);
      case "30":
        return Optional.of(PUBLIC_PRIVATE_COMPANY);
      case "40":
        return Optional.of(MULTILATERAL);
      case "60":
        return Optional.of(FOUNDATION);
      case "70":
      case "71":
      case "72":
      case "73":
        return Optional.of(PRIVATE_COMPANY);
      case "80":
        return Optional.of(ACADEMIA_OR_THINK_TANK);
      case "90":
        return Optional.of(OTHER);
      default:
        return Optional.empty();
    }
  }

  /**
   * {@return the type that best fits a code of the {@code OrganisationType} vocabulary, as {@link
   * #fromIatiCode(String)} reads it; empty for a code of another vocabulary or one the codelist
   * does not have}
   *
   * @param code a code of any vocabulary
   */
  public static Optional<InstitutionType> fromIatiCode(Code code) {
    return IATI_VOCABULARY.equals(code.vocabulary()) ? fromIatiCode(code.code()) : Optional.empty();
  }
}
