package org.ksmodel.validation;

import java.time.LocalDate;
import java.util.Objects;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.reference.CountryClassification;

/**
 * What a rule may know besides its subject: the dataset being validated (empty when one entity is
 * validated on its own), today's date from the validator's clock, and the country classification.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class RuleContext {
  private final Dataset dataset;
  private final boolean wholeDataset;
  private final LocalDate today;
  private final CountryClassification classification;

  RuleContext(
      Dataset dataset,
      boolean wholeDataset,
      LocalDate today,
      CountryClassification classification) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.wholeDataset = wholeDataset;
    this.today = Objects.requireNonNull(today, "today");
    this.classification = Objects.requireNonNull(classification, "classification");
  }

  /**
   * {@return the dataset being validated; {@link Dataset#empty()} when an entity is validated on
   * its own}
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * {@return whether a whole dataset is validated, so references can be resolved} Rules that
   * {@linkplain Rule#needsDataset() need the dataset} only run when it is true.
   */
  public boolean hasDataset() {
    return wholeDataset;
  }

  /** {@return today, by the validator's clock: the limit of "not in the future" rules} */
  public LocalDate today() {
    return today;
  }

  /** {@return the validator's classification of which countries count as developing (the South)} */
  public CountryClassification classification() {
    return classification;
  }
}
