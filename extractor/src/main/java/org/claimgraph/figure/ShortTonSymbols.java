package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.nlp.Sentence;

/**
 * "st" (units.tsv: short-ton) is read only as the bracketed restatement of a metric mass, as mining trade papers write it
 * ("came in at 360 t (397 st)", SME's Mining Engineering): elsewhere "st" after a number is a spaced ordinal ("the 21 st
 * century", "on 1 st March"), no mass. Spelled-out "short tons" needs no bracket.
 */
final class ShortTonSymbols {

  private static final Pattern ST = Pattern.compile("\\bst$");
  /** The closing bracket of "(397 st)". */
  private static final Pattern CLOSED = Pattern.compile("^\\s*\\)");

  private ShortTonSymbols() {}

  /** {@code found} (each sentence's quantities) without its "st" quantities outside brackets. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    SentenceQuantities.rewrite(sentences, found, ShortTonSymbols::apply);
  }

  static List<Quantity> apply(String text, int offset, List<Quantity> qs) {
    List<Quantity> out = new ArrayList<>(qs.size());
    for (Quantity q : qs) {
      int start = q.start() - offset;
      int end = q.end() - offset;
      boolean loose = "short-ton".equals(q.unit()) && start >= 0 && end <= text.length()
          && ST.matcher(text.substring(start, end)).find() && !CLOSED.matcher(text.substring(end)).find();
      if (!loose) out.add(q);
    }
    return out.size() == qs.size() ? qs : List.copyOf(out);
  }
}
