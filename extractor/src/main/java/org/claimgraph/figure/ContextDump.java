package org.claimgraph.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * A debug dump of each figure's context, for choosing context policies by cross-validation against the gold: with
 * {@code -Dclaimgraph.dumpContext=FILE} every figure appends one JSON line (its document, quote, sentence and paragraph, the
 * credit chosen and the rule that chose it, and every credit the text around it offers). Off by default: {@link #ON} is
 * read once and nothing else runs when it is false.
 */
final class ContextDump {

  private static final String FILE = System.getProperty("claimgraph.dumpContext");
  static final boolean ON = FILE != null && !FILE.isBlank();

  private ContextDump() {}

  /** Appends one JSON object made of {@code fields} (strings, numbers, booleans, lists of strings, nulls). */
  static synchronized void write(Map<String, Object> fields) {
    StringBuilder b = new StringBuilder("{");
    for (var e : fields.entrySet()) {
      if (b.length() > 1) b.append(", ");
      b.append(json(e.getKey())).append(": ").append(value(e.getValue()));
    }
    b.append("}\n");
    try {
      Files.writeString(Path.of(FILE), b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String value(Object v) {
    if (v == null) return "null";
    if (v instanceof Number || v instanceof Boolean) return v.toString();
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
