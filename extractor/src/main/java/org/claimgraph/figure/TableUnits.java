package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.nlp.Sentence;

/**
 * A table turned into text states its unit once, and its cells are bare numbers that carry it (GUIDELINES.md, fresh25
 * "Tables turned into text": "the header's unit"). Two shapes, both of tables kept as a page prints them:
 *
 * <pre>
 * "Year | Indonesia Production (Mt) | Global Production (Mt) | Indonesia's Share (%) |"  a header cell's bracketed unit
 * "2010 | 0.23 | 1.6 | 14 |"                                                             → 0.23 megatonne, 14 percent
 *
 * "Production from mines (tonnes U)"                                                     a caption line's bracketed unit
 * "Kazakhstan | 23,607 | 24,689 |"                                                       → every cell in tonnes
 *
 * "Table 1: Production from mines in tonnes of Uranium 2018 [...]. Country Kazakhstan Tonnes (t) 21 705 Canada 7 001 …"
 *                                                           a run-in table: its caption's "in tonnes" → the bare numbers after it
 * </pre>
 *
 * Only bare numbers the finder read as a plain count take the unit (a cell "16 mines" keeps its noun); a unit is what the
 * finder itself reads in "1 Mt", "1 tonnes", "1%" (the lexicon's unit forms), so no list of units lives here.
 */
final class TableUnits {

  /** A line of a table: cells between bars ("Kazakhstan | 23,607", the reader's HTML rows, or "2010 | 0.23 | 1.6 |"). */
  private static final Pattern ROW = Pattern.compile("^[^\\n|]*\\|[^\\n]*$", Pattern.MULTILINE);
  /** "---|---|---|": the header's rule. */
  private static final Pattern RULE = Pattern.compile("^[\\s|:\\-]+$");
  /** A bracketed unit at the end of a header cell or caption: "Indonesia Production (Mt)", "Production from mines (tonnes U)". */
  private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{1,20})\\)\\s*$");
  /** A run-in table's caption: "Table 1: Production from mines in tonnes of Uranium 2018". */
  private static final Pattern CAPTION = Pattern.compile("^(?:Table|TABLE)\\s+\\d+[.:]\\s.*?\\bin\\s+(\\p{L}+)\\b");
  /** A cell or a run-in table's number that is nothing but a number: "0.23", "21 705", "1,180". */
  private static final Pattern BARE = Pattern.compile("[+\\-−]?\\d[\\d.,\\s\\u00A0]*");

  private TableUnits() {}

  /**
   * {@code found} with the bare counts of {@code text}'s tables given their stated unit; {@code unitOf} is the unit the
   * finder reads in a written unit ("Mt" → megatonne), null for none.
   */
  static void fill(String text, List<Sentence> sentences, Map<Sentence, List<Quantity>> found, Function<String, String> unitOf) {
    Map<Integer, String> cellUnits = pipeCells(text, unitOf);
    List<Span> runIn = runInSpans(text, sentences, unitOf);
    for (Sentence s : sentences) {
      List<Quantity> qs = found.get(s);
      if (qs == null || qs.isEmpty()) continue;
      List<Quantity> out = new ArrayList<>(qs);
      boolean changed = false;
      for (int i = 0; i < out.size(); i++) {
        Quantity q = out.get(i);
        if (!"count".equals(q.unit()) || q.start() < 0 || q.end() > text.length()) continue;
        if (!BARE.matcher(text.substring(q.start(), q.end()).strip()).matches()) continue;
        String unit = cellUnits.get(q.start());
        for (Span span : runIn) {
          if (unit == null && q.start() >= span.start() && q.end() <= span.end()) unit = span.unit();
        }
        if (unit != null) {
          out.set(i, q.withUnit(unit));
          changed = true;
        }
      }
      if (changed) found.put(s, List.copyOf(out));
    }
  }

  /** The unit of each pipe-table cell that has one, by the article offset where the cell's text starts. */
  private static Map<Integer, String> pipeCells(String text, Function<String, String> unitOf) {
    Map<Integer, String> units = new HashMap<>();
    Matcher row = ROW.matcher(text);
    Table table = null;
    int lastEnd = -2;
    while (row.find()) {
      String line = row.group();
      boolean continues = lastEnd >= 0 && row.start() <= lastEnd + 2 && text.substring(lastEnd, row.start()).isBlank();
      lastEnd = row.end();
      if (RULE.matcher(line).matches()) continue;
      if (!continues || table == null) {
        if (table != null) table.assign(units);
        // A table's first line is its header; a bracketed unit on the line just before it is the whole table's.
        List<String> columns = new ArrayList<>();
        for (String cell : line.split("\\|", -1)) columns.add(bracketedUnit(cell, unitOf));
        table = new Table(columns, bracketedUnit(previousLine(text, row.start()), unitOf), new ArrayList<>());
        continue;
      }
      table.rows().add(new Row(row.start(), line.split("\\|", -1)));
    }
    if (table != null) table.assign(units);
    return units;
  }

  /** A body row of a pipe table: where its line starts and its cells. */
  private record Row(int start, String[] cells) {}

  /** A pipe table: its header cells' units (null where none), the unit of the caption line above it (or null), its body rows. */
  private record Table(List<String> columns, String tableUnit, List<Row> rows) {

    /** Puts the unit of each of the table's cells that has one into {@code units}, by the cell's offset. */
    void assign(Map<Integer, String> units) {
      boolean[] rank = new boolean[columns.size()];
      for (int c = 0; c < rank.length; c++) rank[c] = columns.get(c) == null && ranks(c);
      for (Row r : rows) {
        int from = r.start();
        // The reader drops a table's empty cells: a row of another width than its header is read by the caption's unit alone.
        boolean aligned = r.cells().length == columns.size();
        for (int c = 0; c < r.cells().length; c++) {
          String unit = aligned && columns.get(c) != null ? columns.get(c) : tableUnit;
          String cell = r.cells()[c];
          int lead = cell.length() - cell.stripLeading().length();
          if (unit != null && !cell.isBlank() && !(aligned && rank[c])) units.put(from + lead, unit);
          from += cell.length() + 1;
        }
      }
    }

    /**
     * Whether column {@code c} numbers the rows 1, 2, 3 … (a "Rank" or "No." column, headed or not): a rank, which the caption's
     * unit ("Production from mines (tonnes U)") does not measure.
     */
    private boolean ranks(int c) {
      int next = 1;
      for (Row r : rows) {
        if (r.cells().length != columns.size()) continue;
        String cell = r.cells()[c].strip();
        if (!cell.equals(Integer.toString(next))) return false;
        next++;
      }
      return next > 2;
    }
  }

  /** Where a run-in table's numbers are (after its caption sentence, to its paragraph's end) and the caption's unit. */
  private record Span(int start, int end, String unit) {}

  /** The run-in tables of {@code text}: a sentence opening "Table 1:" whose caption says "in tonnes". */
  private static List<Span> runInSpans(String text, List<Sentence> sentences, Function<String, String> unitOf) {
    List<Span> spans = new ArrayList<>();
    for (Sentence s : sentences) {
      Matcher m = CAPTION.matcher(s.text());
      String unit = m.find() ? unitOf.apply(m.group(1)) : null;
      if (unit == null) continue;
      int paragraphEnd = text.indexOf('\n', s.end());
      spans.add(new Span(s.end(), paragraphEnd < 0 ? text.length() : paragraphEnd, unit));
    }
    return spans;
  }

  /** The unit a header cell or caption states in brackets at its end, or null. */
  private static String bracketedUnit(String cell, Function<String, String> unitOf) {
    Matcher m = BRACKETED.matcher(cell.strip());
    if (!m.find()) return null;
    String written = m.group(1).strip();
    String unit = unitOf.apply(written);
    // "(tonnes U)": the unit, then what it is of.
    if (unit == null && written.contains(" ")) unit = unitOf.apply(written.substring(0, written.indexOf(' ')));
    return unit;
  }

  /** The last non-blank line before {@code lineStart} (a table's caption), or "" when it is a table line. */
  private static String previousLine(String text, int lineStart) {
    int end = lineStart;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end <= 0) return "";
    int start = text.lastIndexOf('\n', end - 1) + 1;
    String line = text.substring(start, end);
    return line.contains("|") ? "" : line;
  }
}
