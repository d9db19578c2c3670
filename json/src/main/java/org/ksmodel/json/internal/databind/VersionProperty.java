package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import org.ksmodel.json.internal.Documents;

/** The {@code "ksmodel": "1.0"} member a dataset document starts with. */
public final class VersionProperty extends VirtualBeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  public VersionProperty() {}

  private VersionProperty(
      BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
    super(definition, annotations, type);
  }

  @Override
  protected Object value(
      Object bean, com.fasterxml.jackson.core.JsonGenerator out, SerializerProvider provider) {
    return Documents.VERSION;
  }

  @Override
  public VirtualBeanPropertyWriter withConfig(
      MapperConfig<?> config,
      AnnotatedClass declaringClass,
      BeanPropertyDefinition definition,
      JavaType type) {
    return new VersionProperty(definition, declaringClass.getAnnotations(), type);
  }
}
