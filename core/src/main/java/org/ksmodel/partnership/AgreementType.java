package org.ksmodel.partnership;

/** The kind of agreement a partnership rests on. */
public enum AgreementType {
  /** A memorandum of understanding between the partners. */
  MOU,
  /** A framework agreement under which several projects are agreed over time. */
  FRAMEWORK_AGREEMENT,
  /** A joint (mixed) commission of two governments that agrees a programme of cooperation. */
  JOINT_COMMISSION,
  /**
   * A reverse linkage brokered by a multilateral bank (e.g. the IsDB), which matches a provider
   * with a recipient and expects both to contribute.
   */
  REVERSE_LINKAGE,
  /** A twinning arrangement between peer institutions. */
  TWINNING,
  /** A thematic cluster of institutions working on one theme over the long term. */
  THEMATIC_CLUSTER,
  /** A community of practice whose members exchange regularly. */
  COMMUNITY_OF_PRACTICE
}
