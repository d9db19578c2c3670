package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The mappings to the IATI OrganisationRole and ActivityStatus codelists. */
class IatiCodesTest {
  @Test
  void rolesMapToOrganisationRoles() {
    assertThat(Role.FUNDER.iatiCode()).isEqualTo("1");
    assertThat(Role.RECIPIENT.iatiCode()).isEqualTo("2");
    assertThat(Role.PROVIDER.iatiCode()).isEqualTo("3");
    assertThat(Role.FACILITATOR.iatiCode()).isEqualTo("3");
    assertThat(Role.IMPLEMENTER.iatiCode()).isEqualTo("4");
  }

  @Test
  void organisationRolesMapBackToRoles() {
    assertThat(Role.fromIatiCode("1")).contains(Role.FUNDER);
    assertThat(Role.fromIatiCode("2")).contains(Role.RECIPIENT);
    assertThat(Role.fromIatiCode("3")).contains(Role.PROVIDER);
    assertThat(Role.fromIatiCode("4")).contains(Role.IMPLEMENTER);
    assertThat(Role.fromIatiCode("5")).isEmpty();
    assertThat(Role.fromIatiCode("")).isEmpty();
    for (Role role : Role.values()) {
      Role back = Role.fromIatiCode(role.iatiCode()).orElseThrow();
      assertThat(back.iatiCode()).isEqualTo(role.iatiCode());
    }
    assertThatThrownBy(() -> Role.fromIatiCode(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void statusesMapToActivityStatusesAndBack() {
    assertThat(PartnershipStatus.PLANNED.iatiCode()).isEqualTo("1");
    assertThat(PartnershipStatus.ACTIVE.iatiCode()).isEqualTo("2");
    assertThat(PartnershipStatus.COMPLETED.iatiCode()).isEqualTo("4");
    assertThat(PartnershipStatus.CANCELLED.iatiCode()).isEqualTo("5");
    assertThat(PartnershipStatus.SUSPENDED.iatiCode()).isEqualTo("6");
    for (PartnershipStatus status : PartnershipStatus.values()) {
      assertThat(PartnershipStatus.fromIatiCode(status.iatiCode())).contains(status);
    }
    assertThat(PartnershipStatus.fromIatiCode("3")).contains(PartnershipStatus.COMPLETED);
    assertThat(PartnershipStatus.fromIatiCode("7")).isEmpty();
    assertThat(PartnershipStatus.fromIatiCode("02")).isEmpty();
    assertThatThrownBy(() -> PartnershipStatus.fromIatiCode(null))
        .isInstanceOf(NullPointerException.class);
  }
}
