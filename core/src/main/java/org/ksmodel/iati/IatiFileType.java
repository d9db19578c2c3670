package org.ksmodel.iati;

/** The two kinds of IATI file, told apart by their root element. */
public enum IatiFileType {
  /** {@code iati-activities}: activities, imported as partnerships with what hangs on them. */
  ACTIVITIES,
  /** {@code iati-organisations}: organisations, imported as institutions. */
  ORGANISATIONS
}
