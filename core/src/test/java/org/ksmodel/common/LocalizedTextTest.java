package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private static final LanguageCode EN = LanguageCode.of("en");
  private static final LanguageCode ES = LanguageCode.of("es");

  @Test
  void keepsEveryLanguageWithTheDefaultFirst() {
    LocalizedText text =
        LocalizedText.of(ES, Map.of(EN, "Cash transfers", ES, "Transferencias monetarias"));
    assertThat(text.text()).isEqualTo("Transferencias monetarias");
    assertThat(text.text(EN)).contains("Cash transfers");
    assertThat(text.text(LanguageCode.of("fr"))).isEmpty();
    assertThat(text.texts().keySet()).first().isEqualTo(ES);
    assertThat(text.with(LanguageCode.of("fr"), "Transferts").texts()).hasSize(3);
  }

  @Test
  void refusesAMissingDefaultText() {
    assertThatThrownBy(() -> LocalizedText.of(ES, Map.of(EN, "Cash transfers")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("text.default.missing");
              assertThat(e.path().toJsonPointer()).isEqualTo("/texts/es");
            });
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("Hub"), LocalizedText.of(EN, "Hub"))
        .addEqualityGroup(LocalizedText.of(ES, "Hub"))
        .addEqualityGroup(LocalizedText.of("Hub").with(ES, "Centro"))
        .testEquals();
    assertThat(LocalizedText.of("Hub")).hasToString("Hub");
  }
}
