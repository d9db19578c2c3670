package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;

class HubProfileTest {
  @Test
  void isNotAResourceCentreUnlessStated() {
    HubProfile profile = HubProfile.of(HubScope.NATIONAL, HubStance.DUAL);
    assertThat(profile.resourceCentre()).isFalse();
    assertThat(profile.institutionalModel()).isEmpty();
  }

  @Test
  void roundTripsThroughTheBuilder() {
    HubProfile profile =
        HubProfile.builder()
            .scope(HubScope.THEMATIC)
            .stance(HubStance.PROVIDER)
            .resourceCentre(true)
            .institutionalModel(InstitutionalModel.SECTOR_INSTITUTION)
            .build();
    assertThat(HubProfile.builder().from(profile).build()).isEqualTo(profile);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            HubProfile.of(HubScope.NATIONAL, HubStance.DUAL),
            HubProfile.builder()
                .scope(HubScope.NATIONAL)
                .stance(HubStance.DUAL)
                .resourceCentre(false)
                .build())
        .addEqualityGroup(HubProfile.of(HubScope.REGIONAL, HubStance.DUAL))
        .addEqualityGroup(HubProfile.of(HubScope.NATIONAL, HubStance.PROVIDER))
        .addEqualityGroup(
            HubProfile.builder()
                .from(HubProfile.of(HubScope.NATIONAL, HubStance.DUAL))
                .resourceCentre(true)
                .build())
        .addEqualityGroup(
            HubProfile.builder()
                .from(HubProfile.of(HubScope.NATIONAL, HubStance.DUAL))
                .institutionalModel(InstitutionalModel.DEDICATED_AGENCY)
                .build())
        .testEquals();
  }

  @Test
  void requiresScopeAndStance() {
    assertThatThrownBy(() -> HubProfile.builder().stance(HubStance.DUAL).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("scope"));
            });
  }

  @Test
  void stanceTellsWhetherTheHubSharesAndSeeks() {
    assertThat(HubStance.PROVIDER.provides()).isTrue();
    assertThat(HubStance.PROVIDER.receives()).isFalse();
    assertThat(HubStance.RECIPIENT.provides()).isFalse();
    assertThat(HubStance.RECIPIENT.receives()).isTrue();
    assertThat(HubStance.DUAL.provides()).isTrue();
    assertThat(HubStance.DUAL.receives()).isTrue();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(HubProfile.class);
  }
}
