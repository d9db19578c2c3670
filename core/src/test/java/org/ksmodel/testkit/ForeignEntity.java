package org.ksmodel.testkit;

import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.PartnershipId;

/** An integrator's class that claims to be a partnership: not one of the model's aggregates. */
public final class ForeignEntity implements Entity {
  @Override
  public EntityId id() {
    return PartnershipId.of("P-1");
  }

  @Override
  public EntityKind kind() {
    return EntityKind.PARTNERSHIP;
  }
}
