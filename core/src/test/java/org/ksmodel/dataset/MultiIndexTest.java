package org.ksmodel.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiIndexTest {
  private final List<String> entities = List.of("a", "b", "c", "d");

  @Test
  void groupsKeepDatasetOrderAndAddOnceSkipsOnlyTheSameEntity() {
    MultiIndex.Builder<String, String> builder = MultiIndex.builder(entities, 1);
    builder.addOnce("x", 0);
    builder.addOnce("y", 1);
    builder.addOnce("x", 1);
    builder.addOnce("x", 1);
    builder.add("y", 1);
    builder.addOnce("x", 3);
    MultiIndex<String, String> index = builder.build();

    assertThat(index.get("x")).containsExactly("a", "b", "d");
    assertThat(index.get("y")).containsExactly("b", "b");
    assertThat(index.get("z")).isEmpty();
  }

  @Test
  void groupsAreUnmodifiableViewsThatCheckTheirBounds() {
    MultiIndex.Builder<String, String> builder = MultiIndex.builder(entities, 4);
    builder.add("k", 2);
    builder.add("other", 0);
    List<String> group = builder.build().get("k");

    assertThat(group).isEqualTo(List.of("c"));
    assertThatThrownBy(() -> group.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> group.add("e")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aKeyNumberedUpFrontHasAnEmptyGroupUntilEntitiesAreAddedUnderIt() {
    MultiIndex.Builder<String, String> builder = MultiIndex.builder(entities, 2);
    int x = builder.numberOf("x");
    int unused = builder.numberOf("unused");
    builder.addOnceByNumber(x, 0);
    builder.addOnceByNumber(x, 0);
    builder.addOnce("x", 2);
    builder.addOnceByNumber(x, 3);
    MultiIndex<String, String> index = builder.build();

    assertThat(builder.numberOf("x")).isEqualTo(x).isNotEqualTo(unused);
    assertThat(index.get("x")).containsExactly("a", "c", "d");
    assertThat(index.get("unused")).isEmpty();
  }
}
