package org.claimgraph.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Debug dumps of the context each figure's attributes were chosen from, for choosing context policies by leave-one-set-out
 * cross-validation against the development set's gold (`tools/context-policy-cv.py`, `tools/credit-context-cv.py`): one JSON
 * line per figure. {@link #PERIODS} ({@code -Dclaimgraph.dumpPeriods=FILE}): the period chosen and every period the text
 * around it offers; {@link #CREDITS} ({@code -Dclaimgraph.dumpCredits=FILE}): the credit chosen, the rule that chose it and
 * every credit the text around it offers. Off by default: the property is read once, and off a dump costs one check per
 * figure. They serve the analysis, not the product.
 */
enum ContextDump {
  PERIODS("claimgraph.dumpPeriods"),
  CREDITS("claimgraph.dumpCredits"),
  YEARS("claimgraph.dumpYears");

  /** A figure dated earlier on the page: its period, measure, paragraph and sentence index. */
  record Dated(String period, String measure, int paragraph, int sentence) {}

  private final String property;
  private final Path file;

  ContextDump(String property) {
    this.property = property;
    String name = System.getProperty(property);
    this.file = name == null || name.isBlank() ? null : Path.of(name);
  }

  /** Whether this dump is on. */
  boolean on() {
    return file != null;
  }

  /** A map that keeps its fields in insertion order, for {@link #write}. */
  static Map<String, Object> fields() {
    return new LinkedHashMap<>();
  }

  /** Appends one JSON object made of {@code fields} (strings, numbers, booleans, lists, nulls). */
  void write(Map<String, Object> fields) {
    String line = line(fields);
    synchronized (this) {
      try {
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(file + " (-D" + property + "): context dump not written", e);
      }
    }
  }

  /** One JSON object, on one line ending in a newline, of {@code fields} in their order. */
  static String line(Map<String, Object> fields) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (b.length() > 1) b.append(", ");
      b.append(json(e.getKey())).append(": ").append(value(e.getValue()));
    }
    return b.append("}\n").toString();
  }

  private static String value(Object v) {
    if (v == null) return "null";
    if (v instanceof Number || v instanceof Boolean) return v.toString();
    if (v instanceof Map<?, ?> map) {
      StringBuilder b = new StringBuilder("{");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (b.length() > 1) b.append(", ");
        b.append(json(e.getKey().toString())).append(": ").append(value(e.getValue()));
      }
      return b.append('}').toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      for (Object o : list) {
        if (b.length() > 1) b.append(", ");
        b.append(value(o));
      }
      return b.append(']').toString();
    }
    return json(v.toString());
  }

  private static String json(String s) {
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
