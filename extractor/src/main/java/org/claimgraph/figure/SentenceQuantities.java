package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import org.claimgraph.nlp.Sentence;

/** Passes over each sentence's quantities that read the sentence alone (YearRates, MisspeltTonnes). */
final class SentenceQuantities {

  /** A pass over one sentence: its quantities, or the same list where nothing changes. */
  interface Pass {
    List<Quantity> apply(String text, int offset, List<Quantity> qs);
  }

  private SentenceQuantities() {}

  /** {@code found} with {@code pass} applied to each sentence's quantities. */
  static void rewrite(List<Sentence> sentences, Map<Sentence, List<Quantity>> found, Pass pass) {
    for (Sentence s : sentences) {
      List<Quantity> qs = found.get(s);
      if (qs == null || qs.isEmpty()) continue;
      List<Quantity> out = pass.apply(s.text(), s.start(), qs);
      if (out != qs) found.put(s, out);
    }
  }
}
