package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;

/** The 1.1 parts of a partnership: periods with optional ends, sectors, places, markers. */
class PartnershipGeographyTest {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final LocalDate END = LocalDate.of(2024, 12, 31);

  private static Partnership.Builder minimal() {
    return Partnership.builder()
        .id(PartnershipId.of("P-1"))
        .title(LocalizedText.of("A partnership"))
        .modality(Modality.SOUTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .status(PartnershipStatus.ACTIVE);
  }

  private static String code(Runnable construction) {
    try {
      construction.run();
    } catch (InvalidValueException e) {
      return e.violation().code();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void aPeriodNeedsAStartOrAnEnd() {
    assertThat(code(() -> Period.of(Optional.empty(), Optional.empty()))).isEqualTo("period.empty");
    assertThat(Period.endingOn(END).start()).isEmpty();
    assertThat(Period.endingOn(END).end()).contains(END);
    assertThat(Period.endingOn(END).range()).isEmpty();
    assertThat(Period.startingOn(START).range()).contains(DateRange.startingOn(START));
    assertThat(Period.ofClosed(START, END).range()).contains(DateRange.ofClosed(START, END));
    assertThat(Period.of(Optional.of(START), Optional.of(END)))
        .isEqualTo(Period.ofClosed(START, END));
  }

  @Test
  void aPeriodsEndIsNotBeforeItsStart() {
    assertThat(code(() -> Period.of(Optional.of(END), Optional.of(START))))
        .isEqualTo("daterange.order");
    assertThat(Period.of(Optional.of(START), Optional.of(START)).end()).contains(START);
  }

  @Test
  void periodsPrintTheirUnknownEndsAsDots() {
    assertThat(Period.endingOn(END)).hasToString("../2024-12-31");
    assertThat(Period.startingOn(START)).hasToString("2023-01-01/..");
    assertThat(Period.endingOn(END)).isNotEqualTo(Period.startingOn(END));
    assertThat(Period.endingOn(END).hashCode()).isEqualTo(Period.endingOn(END).hashCode());
  }

  @Test
  void thePeriodToJudgeByNeedsAStart() {
    Partnership endOnlyActual =
        minimal()
            .plannedPeriod(DateRange.ofClosed(START, END))
            .actualPeriod(Period.endingOn(END))
            .build();
    assertThat(endOnlyActual.period()).contains(DateRange.ofClosed(START, END));
    assertThat(endOnlyActual.periodIsActual()).isFalse();
    assertThat(endOnlyActual.actualEnd()).contains(END);
    assertThat(endOnlyActual.actualStart()).isEmpty();
    assertThat(endOnlyActual.plannedStart()).contains(START);
    assertThat(endOnlyActual.plannedEnd()).contains(END);

    Partnership endsOnly = minimal().plannedPeriod(Period.endingOn(END)).build();
    assertThat(endsOnly.period()).isEmpty();

    Partnership started = minimal().actualPeriod(DateRange.startingOn(START)).build();
    assertThat(started.period()).contains(DateRange.startingOn(START));
    assertThat(started.periodIsActual()).isTrue();
  }

  @Test
  void aDacSectorTakesItsVocabularyFromItsLength() {
    assertThat(Sector.of(SectorCode.of("15110")).vocabulary()).isEqualTo(Sector.DAC);
    assertThat(Sector.of(SectorCode.of("151")).vocabulary()).isEqualTo(Sector.DAC_CATEGORY);
    assertThat(Sector.builder().code("15110").build().vocabulary()).isEqualTo("1");
    assertThat(Sector.of(SectorCode.of("151")).dacCode()).contains(SectorCode.of("151"));
    assertThat(Sector.builder().code("4").vocabulary("7").build().dacCode()).isEmpty();
  }

  @Test
  void aDacSectorCodeHasTheFormOfItsVocabulary() {
    assertThat(code(() -> Sector.builder().code("151").build())).isEqualTo("sector.code.form");
    assertThat(code(() -> Sector.builder().code("15110").vocabulary("2").build()))
        .isEqualTo("sector.code.form");
    assertThat(code(() -> Sector.builder().code("1511A").build())).isEqualTo("sector.code.form");
    assertThat(code(() -> Sector.builder().code(" 4").vocabulary("7").build()))
        .isEqualTo("sector.code.form");
    assertThat(code(() -> Sector.builder().code("4").vocabulary("").build()))
        .isEqualTo("sector.code.form");
    assertThat(Sector.builder().code("A.1-x").vocabulary("99").build().code()).isEqualTo("A.1-x");
  }

  @Test
  void dacSectorsLeaveOtherVocabulariesOut() {
    Partnership p =
        minimal()
            .addSectors(SectorCode.of("15110"))
            .addSectors(Sector.builder().code("4").vocabulary("7").build())
            .addSectors(SectorCode.of("151"))
            .build();
    assertThat(p.sectors()).hasSize(3);
    assertThat(p.dacSectors()).containsExactly(SectorCode.of("15110"), SectorCode.of("151"));
    assertThatThrownBy(() -> p.dacSectors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void regionVocabulariesAreNamed() {
    assertThat(RecipientRegion.vocabularyOf("1"))
        .isEqualTo(RecipientRegion.OECD_DAC)
        .isEqualTo("Region");
    assertThat(RecipientRegion.vocabularyOf("2")).isEqualTo(RecipientRegion.UN_M49);
    assertThat(RecipientRegion.vocabularyOf("99")).isEqualTo("99");
  }

  @Test
  void theNewAttributesAreKeptAsGiven() {
    RecipientCountry colombia =
        RecipientCountry.builder()
            .country(CountryCode.of("CO"))
            .percentage(new BigDecimal("60.50"))
            .narrative(LocalizedText.of("Colombia"))
            .build();
    PolicyMarker gender =
        PolicyMarker.builder()
            .marker(Code.of(PolicyMarker.DAC, "1"))
            .significance(Code.of(PolicyMarker.SIGNIFICANCE, "2"))
            .build();
    Partnership p =
        minimal()
            .addRecipientCountries(colombia)
            .addRecipientRegions(RecipientRegion.of(Code.of(RecipientRegion.OECD_DAC, "489")))
            .addSdgGoals(4, 17)
            .addPolicyMarkers(gender)
            .humanitarian(false)
            .build();
    assertThat(p.recipientCountries()).containsExactly(colombia);
    assertThat(p.recipientCountries().get(0).percentage()).contains(new BigDecimal("60.50"));
    assertThat(p.recipientRegions().get(0).percentage()).isEmpty();
    assertThat(p.sdgGoals()).containsExactly(4, 17);
    assertThat(p.policyMarkers().get(0).significance())
        .contains(Code.of("PolicySignificance", "2"));
    assertThat(p.humanitarian()).contains(false);
    assertThat(p.classifications()).isEmpty();
    assertThat(minimal().build().recipientCountries()).isEmpty();
    assertThat(minimal().build().humanitarian()).isEmpty();
    assertThat(List.of(p.recipientCountries(), p.recipientRegions()))
        .allSatisfy(
            l -> assertThatThrownBy(l::clear).isInstanceOf(UnsupportedOperationException.class));
  }
}
