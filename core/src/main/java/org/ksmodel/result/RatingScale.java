package org.ksmodel.result;

/**
 * The scale an evaluation rates criteria on. Scores run from 1 to the maximum, higher is better
 * (e.g. on the six-point scale of the World Bank's Independent Evaluation Group, 1 is highly
 * unsatisfactory and 6 highly satisfactory).
 */
public enum RatingScale {
  /** Scores 1 to 4, e.g. unsatisfactory to highly satisfactory. */
  FOUR_POINT(4),
  /** Scores 1 to 6, e.g. highly unsatisfactory to highly satisfactory. */
  SIX_POINT(6);

  private final int max;

  RatingScale(int max) {
    this.max = max;
  }

  /** {@return the lowest score, 1} */
  public int min() {
    return 1;
  }

  /** {@return the highest score} */
  public int max() {
    return max;
  }

  /**
   * {@return whether {@code score} is on the scale, ends included}
   *
   * @param score the score to test
   */
  public boolean contains(int score) {
    return score >= min() && score <= max;
  }
}
