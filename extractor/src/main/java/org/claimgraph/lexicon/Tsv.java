package org.claimgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a tab-separated table with a header row; '#' lines are comments. */
public final class Tsv {
  private Tsv() {}

  /** The rows of resource {@code name} (beside this class), as column → value maps. */
  public static List<Map<String, String>> read(String name) {
    try (InputStream in = Tsv.class.getResourceAsStream("/org/claimgraph/lexicon/" + name)) {
      if (in == null) throw new IllegalStateException("missing lexicon table " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = null;
      List<Map<String, String>> rows = new ArrayList<>();
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        if (cells.length > header.length) {
          throw new IllegalStateException(name + ":" + lineNo + ": " + cells.length + " columns, expected " + header.length);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon table " + name, e);
    }
  }

  /**
   * The "form" of every row whose "role" is {@code role}, as regex text where a space matches any run of whitespace ("plans to"
   * → {@code plans\s+to}); the forms are regex text already, not quoted.
   */
  public static List<String> forms(List<Map<String, String>> rows, String role) {
    return rows.stream().filter(r -> r.get("role").equals(role)).map(r -> r.get("form").replace(" ", "\\s+")).toList();
  }

  /** The "form" of every row whose "role" is {@code role}, as written: words to look up, not regex text. */
  public static Set<String> formSet(List<Map<String, String>> rows, String role) {
    return rows.stream().filter(r -> r.get("role").equals(role)).map(r -> r.get("form")).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The {@code column} of every row as literal words, quoted, a space matching any run of whitespace, longest first so that
   * a phrase wins over its own prefix ("is owned by" before "owned by"); one alternation without a group around it.
   */
  public static String literalAlternation(List<Map<String, String>> rows, String column) {
    return rows.stream().map(r -> r.get(column)).sorted((a, b) -> b.length() - a.length())
        .map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }

  /** {@link #forms} joined as one alternation (without a group around it). */
  public static String alternation(List<Map<String, String>> rows, String role) {
    return String.join("|", forms(rows, role));
  }
}
