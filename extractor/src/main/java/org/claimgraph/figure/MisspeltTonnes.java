package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.nlp.Sentence;

/**
 * "tones" is read as tonnes (units.tsv: "412 million tones", the South Asian and Zambian misspelling), but a small count of
 * tones is colours or sounds ("offered in five colours and two tones", "7 tones of ambient lighting"): a mass written
 * "tones" under 100 is no figure. Real tonnages written so are large ("13,000 tones", "412 million tones"), or name what they
 * weigh ("1.5 tones of gold and 2.8 tones of silver", a smelter's output: fresh20), or are written with a decimal fraction.
 */
final class MisspeltTonnes {

  private static final Pattern TONES = Pattern.compile("(?i)\\btones$");
  private static final double LEAST = 100;
  /** "of gold", "of blister copper": a mass of something, whatever its size. */
  private static final Pattern OF_SOMETHING = Pattern.compile("^\\s+of\\s+\\p{L}");

  private MisspeltTonnes() {}

  /** {@code found} (each sentence's quantities) without its small counts of "tones". */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    SentenceQuantities.rewrite(sentences, found, MisspeltTonnes::apply);
  }

  static List<Quantity> apply(String text, int offset, List<Quantity> qs) {
    List<Quantity> out = new ArrayList<>(qs.size());
    for (Quantity q : qs) {
      int start = q.start() - offset;
      int end = q.end() - offset;
      boolean tones = "tonne".equals(q.unit()) && q.value() < LEAST && start >= 0 && end <= text.length()
          && TONES.matcher(text.substring(start, end)).find() && !text.substring(start, end).matches("(?s).*\\d[.,]\\d.*")
          && !OF_SOMETHING.matcher(text.substring(end)).find();
      if (!tones) out.add(q);
    }
    return out.size() == qs.size() ? qs : List.copyOf(out);
  }
}
