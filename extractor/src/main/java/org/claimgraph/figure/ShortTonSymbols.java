package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.nlp.Sentence;

/**
 * "st" (units.tsv: short-ton) is read only as the bracketed restatement of a mass in metric tons, as mining trade papers
 * write it ("came in at 360 t (397 st)", SME's Mining Engineering): elsewhere "st" after a number is a spaced ordinal ("the
 * 21 st century", "on 1 st March"), and after kilograms it is the British stone ("95 kg (15 st)"), no short ton. Spelled-out
 * "short tons" needs no bracket.
 */
final class ShortTonSymbols {

  private static final Pattern ST = Pattern.compile("\\bst$");
  /** The closing bracket of "(397 st)". */
  private static final Pattern CLOSED = Pattern.compile("^\\s*\\)");
  /** The opening bracket of "(397 st)", right after the quantity it restates. */
  private static final Pattern OPENED = Pattern.compile("\\(\\s*$");
  /** A metric ton in kilograms: a short ton restates tonnes (or kilo-, megatonnes), a stone restates kilograms. */
  private static final double TONNE_KG = 1000;

  private ShortTonSymbols() {}

  /** {@code found} (each sentence's quantities) without its "st" quantities that restate no metric tons in brackets. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    SentenceQuantities.rewrite(sentences, found, ShortTonSymbols::apply);
  }

  static List<Quantity> apply(String text, int offset, List<Quantity> qs) {
    List<Quantity> out = new ArrayList<>(qs.size());
    for (Quantity q : qs) {
      int start = q.start() - offset;
      int end = q.end() - offset;
      boolean symbol = "short-ton".equals(q.unit()) && start >= 0 && end <= text.length()
          && ST.matcher(text.substring(start, end)).find();
      if (!symbol || restatesTonnes(text, offset, qs, start, end)) out.add(q);
    }
    return out.size() == qs.size() ? qs : List.copyOf(out);
  }

  /** Whether the "st" quantity at start..end is bracketed right after a quantity in metric tons ("360 t (397 st)"). */
  private static boolean restatesTonnes(String text, int offset, List<Quantity> qs, int start, int end) {
    if (!CLOSED.matcher(text.substring(end)).find()) return false;
    java.util.regex.Matcher open = OPENED.matcher(text.substring(0, start));
    if (!open.find()) return false;
    String before = text.substring(0, open.start()).stripTrailing();
    for (Quantity p : qs) {
      if (p.end() - offset != before.length()) continue;
      UnitTable.Entry e = UnitTable.get().entry(p.unit());
      if (e != null && "Mass".equals(e.kind()) && e.factor() >= TONNE_KG) return true;
    }
    return false;
  }
}
