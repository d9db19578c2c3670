package org.ksmodel.partnership;

/** The instrument of an exchange activity, after the <i>Art of Knowledge Exchange</i>. */
public enum ExchangeInstrument {
  /** Participants visit the provider to see a solution at work. */
  STUDY_TOUR,
  /** Experts of the provider visit the recipient to advise on the spot. */
  EXPERT_VISIT,
  /** Peer institutions pair up and work together over a period. */
  TWINNING,
  /** A conference where many participants present and discuss experience. */
  CONFERENCE,
  /** A fair where many providers show their solutions to potential recipients. */
  KNOWLEDGE_FAIR,
  /** A structured dialogue among government, civil society, private sector and others. */
  MULTI_STAKEHOLDER_DIALOGUE,
  /** A dialogue among peers by video link. */
  VIDEO_CONFERENCE,
  /** A meeting or a period of work of a community of practice. */
  COMMUNITY_OF_PRACTICE,
  /** A training course or workshop. */
  TRAINING,
  /** Staff of one institution work inside the other for a period. */
  SECONDMENT,
  /** The recipient consults the provider on a policy or a reform it prepares. */
  POLICY_CONSULTATION
}
