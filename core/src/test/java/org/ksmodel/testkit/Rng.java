package org.ksmodel.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of randomness of the generator kit: seeded, so every generated value can be made again
 * from the seed that a failing property prints.
 */
public final class Rng {
  private final SplittableRandom random;
  private final long seed;

  private Rng(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  public static Rng seeded(long seed) {
    return new Rng(seed);
  }

  public long seed() {
    return seed;
  }

  /** A number in {@code [0, bound)}. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A number in {@code [min, max]}. */
  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  public long between(long min, long max) {
    return min + random.nextLong(max - min + 1);
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  public <E extends Enum<E>> E pick(Class<E> type) {
    return pick(type.getEnumConstants());
  }

  /** Between {@code min} and {@code max} distinct values of {@code values}, in a random order. */
  public <T> List<T> distinct(Collection<T> values, int min, int max) {
    List<T> pool = new ArrayList<>(values);
    int count = between(Math.min(min, pool.size()), Math.min(max, pool.size()));
    List<T> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }

  /** A new source derived from this one, for generating independent parts. */
  public Rng split() {
    return new Rng(random.nextLong());
  }
}
