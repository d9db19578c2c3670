package org.ksmodel.partnership;

/** How participants meet in an exchange activity. */
public enum Delivery {
  /** In person. */
  FACE_TO_FACE,
  /** Online only. */
  VIRTUAL,
  /** Partly in person and partly online. */
  BLENDED
}
