package org.ksmodel.reference;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ksmodel.common.CountryCode;

/** A classification given by the set of countries that count as developing. */
final class CountrySetClassification implements CountryClassification {
  private final String description;
  private final Set<CountryCode> developing;

  CountrySetClassification(String description, Set<CountryCode> developing) {
    this.description = Objects.requireNonNull(description, "description");
    this.developing = Set.copyOf(developing);
  }

  @Override
  public boolean isDeveloping(CountryCode country) {
    return developing.contains(Objects.requireNonNull(country, "country"));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "CountryClassification[" + description + ", " + developing.size() + " developing]";
  }

  /** Holds the M49 classification, read on first use. */
  static final class UnM49 {
    static final CountrySetClassification INSTANCE =
        new CountrySetClassification(
            "UN M49 developing designation (2020)",
            Tsv.read("un-m49-2020-developing.tsv", List.of("code")).stream()
                .map(row -> CountryCode.of(row.get(0)))
                .collect(Collectors.toSet()));

    private UnM49() {}
  }
}
