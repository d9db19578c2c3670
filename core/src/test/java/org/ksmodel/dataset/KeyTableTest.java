package org.ksmodel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.testkit.Property;

class KeyTableTest {
  /** A key whose hash takes few values, so probe sequences collide and wrap around. */
  private record Key(int value) {
    @Override
    public int hashCode() {
      return value % 7;
    }
  }

  @Test
  void numbersDistinctKeysInOrderOfFirstAddLikeALinkedHashMap() {
    Property.forAll(
        "key table agrees with a map",
        rng -> {
          List<Key> keys = new ArrayList<>();
          int count = rng.between(0, 300);
          for (int i = 0; i < count; i++) {
            keys.add(new Key(rng.between(0, 120)));
          }
          return keys;
        },
        keys -> {
          KeyTable<Key> table = new KeyTable<>(keys.size() / 3);
          Map<Key, Integer> expected = new LinkedHashMap<>();
          for (Key key : keys) {
            int number = table.add(key);
            assertThat(number).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
          }
          assertThat(table.size()).isEqualTo(expected.size());
          expected.forEach(
              (key, number) -> {
                assertThat(table.numberOf(key)).isEqualTo(number);
                assertThat(table.key(number)).isEqualTo(key);
              });
          assertThat(table.numberOf(new Key(-1))).isEqualTo(-1);
        });
  }

  @Test
  void growsPastItsPresizedCapacity() {
    KeyTable<String> table = new KeyTable<>(0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(table.add("P-" + i)).isEqualTo(i);
    }
    assertThat(table.numberOf("P-9999")).isEqualTo(9_999);
    assertThat(table.numberOf("P-10000")).isEqualTo(-1);
    assertThat(table.add("P-42")).isEqualTo(42);
    assertThat(table.size()).isEqualTo(10_000);
  }
}
