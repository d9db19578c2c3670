package org.ksmodel.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.CountryCode;

/** The default classification: the OECD DAC List of ODA Recipients, read on first use. */
final class DacOdaRecipients implements CountryClassification {
  static final DacOdaRecipients INSTANCE = load("dac-oda-recipients.tsv");

  private final Map<CountryCode, OdaRecipientCategory> categories;

  private DacOdaRecipients(Map<CountryCode, OdaRecipientCategory> categories) {
    this.categories = categories;
  }

  private static DacOdaRecipients load(String resource) {
    Map<CountryCode, OdaRecipientCategory> categories = new HashMap<>();
    for (List<String> row : Tsv.read(resource, List.of("code", "category"))) {
      categories.put(CountryCode.of(row.get(0)), OdaRecipientCategory.valueOf(row.get(1)));
    }
    return new DacOdaRecipients(categories);
  }

  @Override
  public boolean isDeveloping(CountryCode country) {
    return categories.containsKey(Objects.requireNonNull(country, "country"));
  }

  @Override
  public Optional<OdaRecipientCategory> odaCategory(CountryCode country) {
    return Optional.ofNullable(categories.get(Objects.requireNonNull(country, "country")));
  }

  @Override
  public String description() {
    return "OECD DAC List of ODA Recipients (2024 and 2025 flows)";
  }

  @Override
  public String toString() {
    return "CountryClassification[" + description() + ", " + categories.size() + " developing]";
  }
}
