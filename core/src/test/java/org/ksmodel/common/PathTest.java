package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PathTest {
  @Test
  void rendersAsJsonPointer() {
    Path path = Path.of("partnerships").index(3).member("participations").index(0).member("roles");
    assertThat(path.toJsonPointer()).isEqualTo("/partnerships/3/participations/0/roles");
    assertThat(path).hasToString("/partnerships/3/participations/0/roles");
    assertThat(Path.root().toJsonPointer()).isEmpty();
    assertThat(Path.root().isRoot()).isTrue();
  }

  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    Path path = Path.of("a/b", "m~n");
    assertThat(path.toJsonPointer()).isEqualTo("/a~1b/m~0n");
    assertThat(Path.parse("/a~1b/m~0n")).isEqualTo(path);
  }

  @Test
  void parsesDigitsAsIndexes() {
    Path parsed = Path.parse("/partnerships/3/title");
    assertThat(parsed.segments())
        .containsExactly(
            new Path.Member("partnerships"), new Path.Index(3), new Path.Member("title"));
    assertThat(Path.parse("")).isEqualTo(Path.root());
    assertThat(Path.parse("/")).isEqualTo(Path.root().member(""));
    assertThatThrownBy(() -> Path.parse("partnerships"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resolvesRelativePaths() {
    Path base = Path.of("partnerships").index(1);
    assertThat(base.resolve(Path.of("period", "end")).toJsonPointer())
        .isEqualTo("/partnerships/1/period/end");
    assertThat(base.resolve(Path.root())).isSameAs(base);
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(Path.of("a").index(0), Path.parse("/a/0"))
        .addEqualityGroup(Path.of("a", "0"))
        .addEqualityGroup(Path.root(), Path.parse(""))
        .testEquals();
    assertThatThrownBy(() -> Path.root().index(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
