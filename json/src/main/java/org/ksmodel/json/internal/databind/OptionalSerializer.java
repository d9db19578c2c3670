package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes the content of an {@code Optional} member, bound per member so that the module does not
 * need (nor change) the mapper's handling of {@code Optional} elsewhere. An empty one counts as
 * empty, so the mix-ins' {@code NON_EMPTY} leaves the member out; the content serializer comes from
 * {@code contentUsing} when given.
 */
public final class OptionalSerializer extends StdSerializer<Optional<?>>
    implements ContextualSerializer {
  private static final long serialVersionUID = 1L;

  private final transient JsonSerializer<Object> content;

  public OptionalSerializer() {
    this(null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private OptionalSerializer(JsonSerializer<Object> content) {
    super((Class) Optional.class);
    this.content = content;
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    if (property == null) {
      return this;
    }
    JsonSerializer<?> annotated = findAnnotatedContentSerializer(provider, property);
    if (annotated != null) {
      return new OptionalSerializer((JsonSerializer<Object>) annotated);
    }
    JavaType type = property.getType().containedType(0);
    if (type == null || type.isJavaLangObject()) {
      return this;
    }
    return new OptionalSerializer(provider.findContentValueSerializer(type, property));
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Optional<?> value) {
    return value == null || value.isEmpty();
  }

  @Override
  public void serialize(Optional<?> value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    if (value.isEmpty()) {
      out.writeNull();
    } else if (content != null) {
      content.serialize(value.get(), out, provider);
    } else {
      provider.findValueSerializer(value.get().getClass()).serialize(value.get(), out, provider);
    }
  }
}
