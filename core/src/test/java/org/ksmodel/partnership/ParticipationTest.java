package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.InstitutionId;

class ParticipationTest {
  private static final InstitutionId ABC = InstitutionId.of("BR-ABC");

  @Test
  void rolesAreASet() {
    Participation p = Participation.of(ABC, Role.PROVIDER, Role.FUNDER, Role.PROVIDER);
    assertThat(p.roles()).containsExactlyInAnyOrder(Role.PROVIDER, Role.FUNDER);
    assertThat(p.has(Role.FUNDER)).isTrue();
    assertThat(p.has(Role.RECIPIENT)).isFalse();
    assertThat(Participation.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void aParticipationWithoutRoleIsMeaningless() {
    assertInvalid(
        () -> Participation.builder().institution(ABC).build(),
        "participation.roles.empty",
        "/roles");
  }

  @Test
  void equalityAndHashing() {
    new EqualsTester()
        .addEqualityGroup(
            Participation.of(ABC, Role.PROVIDER, Role.FUNDER),
            Participation.of(ABC, Role.FUNDER, Role.PROVIDER))
        .addEqualityGroup(Participation.of(ABC, Role.PROVIDER))
        .addEqualityGroup(Participation.of(InstitutionId.of("BR-EMBRAPA"), Role.PROVIDER))
        .testEquals();
  }

  @Test
  void staticFactoriesRejectNulls() {
    new NullPointerTester()
        .setDefault(InstitutionId.class, ABC)
        .setDefault(Role.class, Role.PROVIDER)
        .testAllPublicStaticMethods(Participation.class);
  }
}
