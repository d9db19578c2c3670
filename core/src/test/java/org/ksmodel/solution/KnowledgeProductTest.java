package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;

class KnowledgeProductTest {
  static KnowledgeProduct caseStudy() {
    return KnowledgeProduct.builder()
        .type(KnowledgeProductType.CASE_STUDY)
        .title(LocalizedText.of("Conditional cash transfers: the Oportunidades story"))
        .language(LanguageCode.of("es"))
        .format("application/pdf")
        .link("https://example.org/oportunidades.pdf")
        .licence("CC-BY-4.0")
        .publicationDate(LocalDate.of(2014, 5, 1))
        .build();
  }

  @Test
  void theProductTypes() {
    assertThat(KnowledgeProductType.values())
        .containsExactly(
            KnowledgeProductType.CASE_STUDY,
            KnowledgeProductType.TRAINING_MODULE,
            KnowledgeProductType.HOW_TO_NOTE,
            KnowledgeProductType.TOOLKIT,
            KnowledgeProductType.POLICY_BRIEF,
            KnowledgeProductType.VIDEO,
            KnowledgeProductType.E_LEARNING_COURSE,
            KnowledgeProductType.RESULTS_STORY);
  }

  @Test
  void aProductNeedsOnlyATypeAndATitle() {
    KnowledgeProduct video =
        KnowledgeProduct.of(KnowledgeProductType.VIDEO, LocalizedText.of("Peer learning"));
    assertThat(video.link()).isEmpty();
    assertThat(video.publicationDate()).isEmpty();
  }

  @Test
  void keepsAMalformedLinkForTheValidator() {
    assertThat(KnowledgeProduct.builder().from(caseStudy()).link("not a link").build().link())
        .contains("not a link");
  }

  @Test
  void requiresATitle() {
    assertThatThrownBy(() -> KnowledgeProduct.builder().type(KnowledgeProductType.VIDEO).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("title"));
            });
  }

  @Test
  void roundTripsThroughTheBuilder() {
    assertThat(KnowledgeProduct.builder().from(caseStudy()).build()).isEqualTo(caseStudy());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(caseStudy(), caseStudy())
        .addEqualityGroup(
            KnowledgeProduct.builder().from(caseStudy()).type(KnowledgeProductType.TOOLKIT).build())
        .addEqualityGroup(KnowledgeProduct.builder().from(caseStudy()).licence("CC0-1.0").build())
        .addEqualityGroup(
            KnowledgeProduct.builder().from(caseStudy()).language(LanguageCode.of("en")).build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(LocalizedText.class, LocalizedText.of("A toolkit"))
        .testAllPublicStaticMethods(KnowledgeProduct.class);
  }
}
