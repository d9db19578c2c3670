package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void idsOfDifferentKindsAreNeverEqual() {
    new EqualsTester()
        .addEqualityGroup(InstitutionId.of("XM-DAC-41114"), InstitutionId.of("XM-DAC-41114"))
        .addEqualityGroup(PartnershipId.of("XM-DAC-41114"))
        .addEqualityGroup(SolutionId.of("XM-DAC-41114"))
        .addEqualityGroup(FundingId.of("XM-DAC-41114"))
        .addEqualityGroup(ResultsFrameworkId.of("XM-DAC-41114"))
        .addEqualityGroup(KnowledgeRequestId.of("XM-DAC-41114"))
        .addEqualityGroup(InstitutionId.of("CO-1"))
        .testEquals();
  }

  @Test
  void idsKnowTheirKind() {
    assertThat(
            Stream.of(
                    InstitutionId.of("a"),
                    SolutionId.of("a"),
                    PartnershipId.of("a"),
                    FundingId.of("a"),
                    ResultsFrameworkId.of("a"),
                    KnowledgeRequestId.of("a"))
                .map(EntityId::kind))
        .containsExactly(EntityKind.values());
  }

  @Test
  void refusesBlankAndPaddedIds() {
    assertThatThrownBy(() -> InstitutionId.of(" "))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("value.blank"));
    assertThatThrownBy(() -> PartnershipId.of("KR-1 "))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("value.whitespace"));
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        List.of(
            InstitutionId.class,
            SolutionId.class,
            PartnershipId.class,
            FundingId.class,
            ResultsFrameworkId.class,
            KnowledgeRequestId.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void tellsIatiOrganisationIdentifiersApart() {
    assertThat(InstitutionId.of("XM-DAC-41114").looksLikeIatiIdentifier()).isTrue();
    assertThat(InstitutionId.of("APC Colombia").looksLikeIatiIdentifier()).isFalse();
    assertThat(InstitutionId.of("41114").looksLikeIatiIdentifier()).isFalse();

    IatiOrganisationIdentifier id =
        IatiOrganisationIdentifier.parse("GB-COH-01234567-A").orElseThrow();
    assertThat(id.agency()).isEqualTo("GB-COH");
    assertThat(id.number()).isEqualTo("01234567-A");
    assertThat(id.agencyCountry()).isEqualTo("GB");
    assertThat(id).hasToString("GB-COH-01234567-A");
    assertThat(IatiOrganisationIdentifier.parse("XM-DAC-41114").orElseThrow().agency())
        .isEqualTo("XM-DAC");
    assertThat(IatiOrganisationIdentifier.parse("CA_AB-ABT-1234").orElseThrow().agency())
        .isEqualTo("CA_AB-ABT");
    assertThat(IatiOrganisationIdentifier.parse("BE-BCE_KBO-0123456789").orElseThrow().agency())
        .isEqualTo("BE-BCE_KBO");
    for (String notIati :
        new String[] {"XM-DAC", "xm-dac-1", "XM-DAC-", "XM DAC 1", "", "X-DAC-1"}) {
      assertThat(IatiOrganisationIdentifier.parse(notIati)).as(notIati).isEmpty();
    }
    assertThat(IatiOrganisationIdentifier.parse(null)).isEmpty();
    assertThatThrownBy(() -> new IatiOrganisationIdentifier("XM", "1"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void requiredAttributesLeftUnsetNameTheAttribute() {
    assertThatThrownBy(() -> Violation.builder().code("x").severity(Severity.ERROR).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("path"));
              assertThat(e.getMessage()).contains("path").contains("message");
            });
  }
}
