package org.ksmodel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Severity;

/** Asserts that building a value fails with the expected stable code and attribute path. */
public final class Invariants {
  private Invariants() {}

  public static void assertInvalid(ThrowingCallable build, String code, String pointer) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo(code);
              assertThat(e.violation().severity()).isEqualTo(Severity.FATAL);
              assertThat(e.path().toJsonPointer()).isEqualTo(pointer);
            });
  }
}
