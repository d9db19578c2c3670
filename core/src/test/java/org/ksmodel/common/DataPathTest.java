package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PathTest {
  @Test
  void rendersAsJsonPointer() {
    DataPath path =
        DataPath.of("partnerships").index(3).member("participations").index(0).member("roles");
    assertThat(path.toJsonPointer()).isEqualTo("/partnerships/3/participations/0/roles");
    assertThat(path).hasToString("/partnerships/3/participations/0/roles");
    assertThat(DataPath.root().toJsonPointer()).isEmpty();
    assertThat(DataPath.root().isRoot()).isTrue();
  }

  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    DataPath path = DataPath.of("a/b", "m~n");
    assertThat(path.toJsonPointer()).isEqualTo("/a~1b/m~0n");
    assertThat(DataPath.parse("/a~1b/m~0n")).isEqualTo(path);
  }

  @Test
  void parsesDigitsAsIndexes() {
    DataPath parsed = DataPath.parse("/partnerships/3/title");
    assertThat(parsed.segments())
        .containsExactly(
            new DataPath.Member("partnerships"),
            new DataPath.Index(3),
            new DataPath.Member("title"));
    assertThat(DataPath.parse("")).isEqualTo(DataPath.root());
    assertThat(DataPath.parse("/")).isEqualTo(DataPath.root().member(""));
    assertThatThrownBy(() -> DataPath.parse("partnerships"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resolvesRelativePaths() {
    DataPath base = DataPath.of("partnerships").index(1);
    assertThat(base.resolve(DataPath.of("period", "end")).toJsonPointer())
        .isEqualTo("/partnerships/1/period/end");
    assertThat(base.resolve(DataPath.root())).isSameAs(base);
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(DataPath.of("a").index(0), DataPath.parse("/a/0"))
        .addEqualityGroup(DataPath.of("a", "0"))
        .addEqualityGroup(DataPath.root(), DataPath.parse(""))
        .testEquals();
    assertThatThrownBy(() -> DataPath.root().index(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
