package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SourceLocationTest {
  @Test
  void holdsLineColumnAndAnOptionalOffset() {
    SourceLocation located = SourceLocation.of(3, 14, 120);
    assertThat(located.line()).isEqualTo(3);
    assertThat(located.column()).isEqualTo(14);
    assertThat(located.offset()).isEqualTo(OptionalLong.of(120));
    assertThat(SourceLocation.of(3, 14).offset()).isEmpty();
    assertThat(located).hasToString("3:14");
  }

  @Test
  void countsLinesAndColumnsFromOneAndOffsetsFromZero() {
    assertThatThrownBy(() -> SourceLocation.of(0, 1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourceLocation.of(1, 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SourceLocation.of(1, 1, -1)).isInstanceOf(InvalidValueException.class);
    assertThat(SourceLocation.of(1, 1, 0).offset()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(SourceLocation.of(2, 5), SourceLocation.of(2, 5))
        .addEqualityGroup(SourceLocation.of(2, 5, 40), SourceLocation.of(2, 5, 40))
        .addEqualityGroup(SourceLocation.of(2, 6))
        .addEqualityGroup(SourceLocation.of(3, 5))
        .testEquals();
  }

  @Test
  void aViolationPrintsItsLocationOnlyWhenKnown() {
    Violation.Builder builder =
        Violation.builder()
            .code("json.syntax")
            .severity(Severity.FATAL)
            .path(DataPath.of("institutions").index(0))
            .message("unexpected character");
    assertThat(builder.build())
        .hasToString("FATAL json.syntax at /institutions/0: unexpected character");
    assertThat(builder.location(SourceLocation.of(3, 14)).build())
        .hasToString("FATAL json.syntax at /institutions/0 (3:14): unexpected character");
  }
}
