package org.claimgraph.cli;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.util.Collection;

/** Small helpers for one-object-per-line JSON output, keys in insertion order. */
final class Json {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  /** Adds a string or JSON null. */
  static JsonObjectBuilder put(JsonObjectBuilder b, String key, String value) {
    return value == null ? b.addNull(key) : b.add(key, value);
  }

  static JsonArrayBuilder strings(Collection<String> values) {
    JsonArrayBuilder a = PROVIDER.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }

  /** The object on one line. */
  static String line(JsonObject o) {
    StringWriter w = new StringWriter();
    PROVIDER.createWriter(w).write(o);
    return w.toString();
  }
}
