package org.ksmodel.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bundled code list: which codes exist, their English names, and which of them the publisher has
 * withdrawn (still recognised, but no longer to be used: a validator may warn about them).
 *
 * <p>Lookups are hash lookups and never throw for a code that is well formed but unknown: they
 * answer {@code false} or an empty {@code Optional}. Instances are immutable and safe to share
 * between threads. The lists are those of {@link ReferenceData}; users do not make their own.
 *
 * @param <K> the code type, e.g. {@link org.ksmodel.common.CountryCode}
 */
public class Codelist<K extends Comparable<? super K>> {
  private final String title;
  private final Map<K, Entry> entries;
  private final List<K> codes;

  Codelist(String title, Map<K, Entry> entries) {
    this.title = title;
    this.entries = new HashMap<>(entries);
    this.codes = entries.keySet().stream().sorted().toList();
  }

  /** Reads a list from its bundled resource with the columns {@code code, name, status}. */
  static <K extends Comparable<? super K>> Codelist<K> load(
      String title, String resource, Function<String, K> key) {
    return new Codelist<>(title, entries(resource, Tsv.read(resource, Tsv.CODE_NAME_STATUS), key));
  }

  /** The entries of rows whose first three columns are {@code code, name, status}. */
  static <K> Map<K, Entry> entries(
      String resource, List<List<String>> rows, Function<String, K> key) {
    Map<K, Entry> entries = new HashMap<>();
    for (List<String> row : rows) {
      entries.put(key.apply(row.get(0)), new Entry(row.get(1), Tsv.withdrawn(resource, row)));
    }
    return entries;
  }

  /**
   * Tells whether a code exists.
   *
   * @param code the code
   * @return whether the code is on the list, withdrawn codes included
   */
  public boolean contains(K code) {
    return entries.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Looks up the English name of a code, e.g. {@code Colombia} for {@code CO}.
   *
   * @param code the code
   * @return the name, or empty when the code is not on the list
   */
  public Optional<String> name(K code) {
    return entry(code).map(Entry::name);
  }

  /**
   * Tells whether a code is withdrawn: still recognised, but no longer to be used.
   *
   * @param code the code
   * @return whether the code is on the list but withdrawn by its publisher; {@code false} for a
   *     code not on the list
   */
  public boolean isWithdrawn(K code) {
    return entry(code).map(Entry::withdrawn).orElse(false);
  }

  /** {@return every code on the list, withdrawn ones included, in natural order; unmodifiable} */
  public List<K> codes() {
    return codes;
  }

  /** {@return the number of codes on the list, withdrawn ones included} */
  public int size() {
    return codes.size();
  }

  private Optional<Entry> entry(K code) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(code, "code")));
  }

  /** {@return the list's title and size, e.g. {@code Codelist[IATI Country, 251 codes]}} */
  @Override
  public String toString() {
    return "Codelist[" + title + ", " + codes.size() + " codes]";
  }

  /** What the list says about one code. */
  record Entry(String name, boolean withdrawn) {}
}
