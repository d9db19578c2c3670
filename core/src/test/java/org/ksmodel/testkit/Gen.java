package org.ksmodel.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** A generator of values of {@code T}: valid by construction unless its name says otherwise. */
@FunctionalInterface
public interface Gen<T> {
  T next(Rng rng);

  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return rng -> mapper.apply(next(rng));
  }

  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> mapper) {
    return rng -> mapper.apply(next(rng)).next(rng);
  }

  /** Values that pass {@code filter}; keep the filter loose, it retries up to 1,000 times. */
  default Gen<T> filter(Predicate<? super T> filter) {
    return rng -> {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        T value = next(rng);
        if (filter.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter rejected 1,000 values in a row");
    };
  }

  /** Empty with probability {@code 1 - presence}. */
  default Gen<Optional<T>> optional(double presence) {
    return rng -> rng.chance(presence) ? Optional.of(next(rng)) : Optional.empty();
  }

  default Gen<List<T>> list(int min, int max) {
    return rng -> {
      int size = rng.between(min, max);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(rng));
      }
      return values;
    };
  }

  static <T> Gen<T> constant(T value) {
    return rng -> value;
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    List<T> choices = new ArrayList<>(values.length);
    for (T value : values) {
      choices.add(value);
    }
    return rng -> rng.pick(choices);
  }

  static <E extends Enum<E>> Gen<E> enumOf(Class<E> type) {
    return rng -> rng.pick(type);
  }
}
