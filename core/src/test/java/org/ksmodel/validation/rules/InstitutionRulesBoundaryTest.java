package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.institution.InstitutionType;

/** The scans behind institution.website.form and institution.organisationType, at their edges. */
class InstitutionRulesBoundaryTest {
  @Test
  void aWebAddressHasAHostAndAtMostAFiveDigitPort() {
    assertThat(InstitutionRules.isWebAddress("http://a")).isTrue();
    assertThat(InstitutionRules.isWebAddress("HTTPS://A-b_c.d/x?y#z")).isTrue();
    assertThat(InstitutionRules.isWebAddress("http://a:1")).isTrue();
    assertThat(InstitutionRules.isWebAddress("http://a:0")).isTrue();
    assertThat(InstitutionRules.isWebAddress("http://a:9/")).isTrue();
    assertThat(InstitutionRules.isWebAddress("http://a:12345")).isTrue();
    assertThat(InstitutionRules.isWebAddress("http://a/b:c")).isTrue();
    assertThat(InstitutionRules.isWebAddress("http://a:123456")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a:")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a:/x")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a:8a")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a:/")).isFalse();
  }

  @Test
  void aHostIsNotEmptyAndNeitherStartsNorEndsWithADot() {
    assertThat(InstitutionRules.isWebAddress("http://")).isFalse();
    assertThat(InstitutionRules.isWebAddress("https:///x")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://:80")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://.a")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a.")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a./x")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a!b")).isFalse();
    assertThat(InstitutionRules.isWebAddress("http://a b")).isFalse();
    assertThat(InstitutionRules.isWebAddress("ftp://a")).isFalse();
    assertThat(InstitutionRules.isWebAddress("a")).isFalse();
  }

  @Test
  void aRegionalNetworkFitsOnlyMultilateralCodesBesidesItsOwnFamily() {
    assertThat(InstitutionRules.fits(InstitutionType.REGIONAL_NETWORK, "21")).isTrue();
    assertThat(InstitutionRules.fits(InstitutionType.REGIONAL_NETWORK, "40")).isTrue();
    assertThat(InstitutionRules.fits(InstitutionType.REGIONAL_NETWORK, "90")).isTrue();
    assertThat(InstitutionRules.fits(InstitutionType.REGIONAL_NETWORK, "10")).isFalse();
    assertThat(InstitutionRules.fits(InstitutionType.REGIONAL_NETWORK, "70")).isFalse();
  }

  @Test
  void aPublicPrivateCompanyFitsPublicAndPrivateCodesOnly() {
    assertThat(InstitutionRules.fits(InstitutionType.PUBLIC_PRIVATE_COMPANY, "30")).isTrue();
    assertThat(InstitutionRules.fits(InstitutionType.PUBLIC_PRIVATE_COMPANY, "10")).isTrue();
    assertThat(InstitutionRules.fits(InstitutionType.PUBLIC_PRIVATE_COMPANY, "71")).isTrue();
    assertThat(InstitutionRules.fits(InstitutionType.PUBLIC_PRIVATE_COMPANY, "21")).isFalse();
    assertThat(InstitutionRules.fits(InstitutionType.PUBLIC_PRIVATE_COMPANY, "40")).isFalse();
    assertThat(InstitutionRules.fits(InstitutionType.MULTILATERAL, "10")).isFalse();
    assertThat(InstitutionRules.fits(InstitutionType.MULTILATERAL, "90")).isTrue();
  }
}
