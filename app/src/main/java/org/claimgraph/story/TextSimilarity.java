package org.claimgraph.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles of an article's text, for near-duplicate tests that survive paraphrase and
 * dropped paragraphs: content words (stop words out, numbers kept as written), lower-cased.
 *
 * <pre>{@code
 * Set<String> a = TextSimilarity.bigrams("Exports rose 6.1% in September");
 * TextSimilarity.containment(a, TextSimilarity.bigrams("exports rose 6.1% last September")); // 0.5
 * }</pre>
 */
public final class TextSimilarity {
  private TextSimilarity() {}

  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d[\\d,.]*\\d|\\d");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "to", "and", "for", "from", "on", "at",
      "by", "with", "as", "was", "were", "is", "are", "that", "this", "its", "it", "be", "has", "have", "had", "s");

  /** The content words of a text, in order. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) if (!STOP.contains(m.group())) out.add(m.group());
    return out;
  }

  /** The k-word shingles of a text ("rose 6.1 september" for k = 3). */
  public static Set<String> shingles(String text, int k) {
    List<String> w = words(text);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + k <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + k)));
    return out;
  }

  /** The word pairs of a text: the unit of the paraphrase-tolerant similarity. */
  public static Set<String> bigrams(String text) {
    return shingles(text, 2);
  }

  /** |a ∩ b| / min(|a|, |b|): how much of the shorter text the longer one contains; 0 if either is empty. */
  public static double containment(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String s : small) if (large.contains(s)) shared++;
    return shared / (double) small.size();
  }
}
