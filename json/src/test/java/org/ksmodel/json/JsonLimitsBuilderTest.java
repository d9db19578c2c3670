package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits' documented defaults, their bounds (1 is allowed, 0 is not) and their text. */
class JsonLimitsBuilderTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    JsonLimits limits = JsonLimits.defaults();
    assertThat(limits.maxDepth()).isEqualTo(64);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.maxNameLength()).isEqualTo(256);
    assertThat(limits.maxDocumentLength()).isEqualTo(256L * 1024 * 1024);
    assertThat(JsonLimits.builder().build().toString()).isEqualTo(limits.toString());
  }

  @Test
  void eachLimitMayBeOneButNotZero() {
    JsonLimits ones =
        JsonLimits.builder()
            .maxDepth(1)
            .maxNumberLength(1)
            .maxStringLength(1)
            .maxNameLength(1)
            .maxDocumentLength(1)
            .build();
    assertThat(ones.toString())
        .isEqualTo(
            "JsonLimits{maxDepth=1, maxNumberLength=1, maxStringLength=1, maxNameLength=1,"
                + " maxDocumentLength=1, maxQuarantinedLength=1048576}");
    JsonLimits.Builder builder = JsonLimits.builder();
    assertThatThrownBy(() -> builder.maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be positive, got 0");
    assertThatThrownBy(() -> builder.maxNumberLength(0))
        .hasMessage("maxNumberLength must be positive, got 0");
    assertThatThrownBy(() -> builder.maxStringLength(-1))
        .hasMessage("maxStringLength must be positive, got -1");
    assertThatThrownBy(() -> builder.maxNameLength(0))
        .hasMessage("maxNameLength must be positive, got 0");
    assertThatThrownBy(() -> builder.maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentLength must be positive");
  }

  @Test
  void eachSetterSetsItsOwnLimit() {
    JsonLimits limits =
        JsonLimits.builder()
            .maxDepth(2)
            .maxNumberLength(3)
            .maxStringLength(4)
            .maxNameLength(5)
            .maxDocumentLength(6_000_000_000L)
            .build();
    assertThat(limits.maxDepth()).isEqualTo(2);
    assertThat(limits.maxNumberLength()).isEqualTo(3);
    assertThat(limits.maxStringLength()).isEqualTo(4);
    assertThat(limits.maxNameLength()).isEqualTo(5);
    assertThat(limits.maxDocumentLength()).isEqualTo(6_000_000_000L);
  }
}
