package org.ksmodel.json.internal;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import org.ksmodel.dataset.Dataset;

/**
 * The serializers and deserializers of the Jackson module: one pair per type of the wire format,
 * all going through the facade's codecs (one table of wire names), and the dataset document.
 */
public final class ModuleBindings {
  private ModuleBindings() {}

  /** Adds a serializer and a deserializer for every type the codecs know, and for datasets. */
  public static void addTo(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    for (Class<?> type : Codecs.types()) {
      add(serializers, deserializers, type);
    }
    serializers.addSerializer(
        Dataset.class, new ModuleSerializer<>(Dataset.class, Documents::writeDataset));
    deserializers.addDeserializer(
        Dataset.class, new ModuleDeserializer<>(Dataset.class, Documents::readDatasetAt));
  }

  private static <T> void add(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type) {
    Codec<T> codec = Codecs.of(type);
    serializers.addSerializer(type, new ModuleSerializer<>(type, codec::write));
    deserializers.addDeserializer(
        type, new ModuleDeserializer<>(type, in -> Documents.readValueAt(in, codec)));
  }
}
