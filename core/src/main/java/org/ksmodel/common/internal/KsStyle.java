package org.ksmodel.common.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.ksmodel.common.InvalidValueException;

/**
 * The one Immutables style of the project. Generated classes stay package-private; each value type
 * exposes {@code builder()} and a nested {@code Builder} that extends the generated one, so the
 * public API only names the abstract types. Source retention: nothing of Immutables reaches the
 * class files that users compile against.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    // No @org.immutables.value.Generated on generated classes: users compile without Immutables,
    // and javac warns about every annotation it cannot resolve in a class file.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false),
    throwForInvalidImmutableState = InvalidValueException.class)
public @interface KsStyle {}
