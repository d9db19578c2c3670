package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.institution.Institution;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.Property;

/** Free text of any kind (quotes, controls, emoji, right-to-left, NUL) survives every route. */
class TextRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static final String[] PIECES = {
    "\"",
    "\\",
    "/",
    "\n",
    "\r\n",
    "\t",
    "\u0000",
    "\u001f",
    "\u007f",
    "é",
    "ñ",
    "ç",
    "ß",
    "\u2028",
    "\u2029",
    "😀",
    "𝔘",
    "عربى",
    "עברית",
    "中文",
    "한국어",
    " ",
    "  ",
    "<script>",
    "&amp;",
    "\ufeff",
    "a"
  };

  static Gen<String> text() {
    return rng -> {
      StringBuilder text = new StringBuilder("x");
      int count = rng.between(0, 12);
      for (int i = 0; i < count; i++) {
        text.append(rng.pick(PIECES));
      }
      return text.toString();
    };
  }

  static Gen<Institution> institution() {
    return rng ->
        Institution.builder()
            .from(InstitutionGen.any().next(rng))
            .acronym(text().next(rng))
            .website(text().next(rng))
            .name(
                LocalizedText.of(LanguageCode.of("ar"), text().next(rng))
                    .with(LanguageCode.of("zh"), text().next(rng)))
            .build();
  }

  @Test
  void oddTextRoundTrips() {
    Property.forAll(
        "json.text.roundTrip",
        institution(),
        institution -> {
          for (KsJson json : new KsJson[] {KsJson.strict(), KsJson.lenient()}) {
            String written = json.writeString(institution);
            assertThat(json.read(Institution.class, written).orElseThrow()).isEqualTo(institution);
            assertThat(json.read(Institution.class, json.writeBytes(institution)).orElseThrow())
                .isEqualTo(institution);
          }
          String line =
              KsJson.strict()
                  .writeNdjson(
                      org.ksmodel.dataset.Dataset.builder().addInstitutions(institution).build());
          assertThat(line.strip().lines()).hasSize(1);
          assertThat(KsJson.strict().readNdjson(line).orElseThrow().institutions())
              .containsExactly(institution);
          try {
            assertThat(
                    MAPPER.readValue(KsJson.strict().writeString(institution), Institution.class))
                .isEqualTo(institution);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
