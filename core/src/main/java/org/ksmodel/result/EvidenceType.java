package org.ksmodel.result;

/** The kind of evidence of results, as knowledge hubs gather it after an exchange. */
public enum EvidenceType {
  /** A written case study of the exchange and what came of it. */
  CASE_STUDY,
  /** A visit to the recipient some time after the exchange, to see what changed. */
  EX_POST_FIELD_VISIT,
  /** A video conference with the participants some time after the exchange. */
  FOLLOW_UP_VIDEO_CONFERENCE,
  /** A survey of participants or stakeholders. */
  SURVEY,
  /** The report of an evaluation. */
  EVALUATION_REPORT,
  /** A participant's or stakeholder's own account. */
  TESTIMONIAL
}
