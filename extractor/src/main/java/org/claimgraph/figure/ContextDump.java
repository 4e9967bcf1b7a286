package org.claimgraph.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A debug dump of the context each figure's period was chosen from: one JSON line per figure (its document, quote,
 * sentence and paragraph, the period chosen and every period the text around it offers). Written only when the system
 * property {@code claimgraph.dumpContext} names a file ({@code -Dclaimgraph.dumpContext=/tmp/context.jsonl}); off, it
 * costs one static check per figure. It serves the analysis of context policies across the development sets, not the
 * product.
 */
final class ContextDump {

  /** The file lines are appended to, or null when the dump is off. */
  static final Path FILE = fileOf(System.getProperty("claimgraph.dumpContext"));

  private ContextDump() {}

  /** A figure dated earlier on the page: its period, measure, paragraph and sentence index. */
  record Dated(String period, String measure, int paragraph, int sentence) {}

  /** Whether the dump is on. */
  static boolean on() {
    return FILE != null;
  }

  /** Appends one figure's line: its fields in the order given. */
  static synchronized void write(Map<String, Object> fields) {
    StringBuilder line = new StringBuilder("{");
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (line.length() > 1) line.append(", ");
      line.append(quoted(e.getKey())).append(": ").append(json(e.getValue()));
    }
    line.append("}\n");
    try {
      Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(FILE + ": context dump not written", e);
    }
  }

  /** A map that keeps its fields in insertion order, for {@link #write}. */
  static Map<String, Object> fields() {
    return new LinkedHashMap<>();
  }

  private static Path fileOf(String name) {
    return name == null || name.isBlank() ? null : Path.of(name);
  }

  private static String json(Object v) {
    if (v == null) return "null";
    if (v instanceof Boolean || v instanceof Number) return v.toString();
    return quoted(v.toString());
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
