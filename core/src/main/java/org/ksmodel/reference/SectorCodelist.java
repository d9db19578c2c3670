package org.ksmodel.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.SectorCode;

/**
 * The OECD DAC sectors as IATI publishes them: five-digit purpose codes (IATI's {@code Sector}
 * list, sector vocabulary 1) and the three-digit categories they belong to ({@code SectorCategory},
 * vocabulary 2), in one list, with the category of each purpose code.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class SectorCodelist extends Codelist<SectorCode> {
  static final List<String> HEADER = List.of("code", "name", "status", "category");

  private final Map<SectorCode, SectorCode> categories;
  private final List<SectorCode> categoryCodes;

  private SectorCodelist(Map<SectorCode, Entry> entries, Map<SectorCode, SectorCode> categories) {
    super("IATI Sector and SectorCategory", entries);
    this.categories = categories;
    this.categoryCodes = codes().stream().filter(SectorCode::isCategory).toList();
  }

  static SectorCodelist load(String resource) {
    List<List<String>> rows = Tsv.read(resource, HEADER);
    Map<SectorCode, SectorCode> categories = new HashMap<>();
    for (List<String> row : rows) {
      categories.put(SectorCode.of(row.get(0)), SectorCode.of(row.get(3)));
    }
    return new SectorCodelist(Codelist.entries(resource, rows, SectorCode::of), categories);
  }

  /**
   * Looks up the three-digit category the list assigns to a known code ({@code 151} for {@code
   * 15110}); a known category is its own category. Unlike {@link SectorCode#category()}, it answers
   * only for codes on the list.
   *
   * @param code the sector code
   * @return the category, or empty when the code is not on the list
   */
  public Optional<SectorCode> category(SectorCode code) {
    return Optional.ofNullable(categories.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Looks up the name of the category of a known code, e.g. {@code Government & Civil
   * Society-general} for {@code 15110}.
   *
   * @param code the sector code
   * @return the category's English name, or empty when the code is not on the list
   */
  public Optional<String> categoryName(SectorCode code) {
    return category(code).flatMap(this::name);
  }

  /** {@return the three-digit categories only, withdrawn ones included, in order; unmodifiable} */
  public List<SectorCode> categories() {
    return categoryCodes;
  }
}
