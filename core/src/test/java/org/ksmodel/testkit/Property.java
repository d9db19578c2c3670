package org.ksmodel.testkit;

import java.util.function.Consumer;

/**
 * Runs a property over many generated values. The seed comes from {@code -Dksmodel.seed} when set,
 * otherwise from the property's name, so runs are reproducible; a failure names the seed and case
 * that reproduce it. {@code -Dksmodel.cases} overrides the number of cases.
 */
public final class Property {
  public static final int DEFAULT_CASES = 1_000;

  private Property() {}

  public static <T> int forAll(String name, Gen<T> gen, Consumer<? super T> check) {
    return forAll(name, DEFAULT_CASES, gen, check);
  }

  /** Runs {@code check} on {@code cases} values and returns the number of cases run. */
  public static <T> int forAll(String name, int cases, Gen<T> gen, Consumer<? super T> check) {
    long baseSeed = Long.getLong("ksmodel.seed", name.hashCode());
    int count = Integer.getInteger("ksmodel.cases", cases);
    for (int i = 0; i < count; i++) {
      long seed = baseSeed + i;
      T value;
      try {
        value = gen.next(Rng.seeded(seed));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(failure(name, seed, i, "generating failed"), e);
      }
      try {
        check.accept(value);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(failure(name, seed, i, "value " + value), e);
      }
    }
    return count;
  }

  private static String failure(String name, long seed, int index, String what) {
    return "property '"
        + name
        + "' failed at case "
        + index
        + " (reproduce with Rng.seeded("
        + seed
        + "L)): "
        + what;
  }
}
