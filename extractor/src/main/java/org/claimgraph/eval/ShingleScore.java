package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Token-shingle precision, recall and F1 of an extracted body text against a hand-made one, the
 * measure article-extraction benchmarks use: both texts become lower-case word tokens (each Han,
 * kana or Hangul character a token of its own), the tokens overlapping shingles of
 * {@link #SHINGLE} tokens, and the two multisets of shingles are compared.
 *
 * <pre>{@code
 * ShingleScore s = ShingleScore.of("gold text …", "extracted text …");
 * s.precision(); s.recall(); s.f1();
 * }</pre>
 *
 * <p>An empty extraction scores 0 on all three (not "undefined"), so a page the extractor
 * loses counts against it.
 *
 * @param precision share of the extracted shingles found in the gold text
 * @param recall    share of the gold shingles found in the extraction
 * @param f1        their harmonic mean
 */
public record ShingleScore(double precision, double recall, double f1) {

  /** Tokens per shingle. */
  public static final int SHINGLE = 4;

  /** Scores {@code extracted} against {@code gold}. */
  public static ShingleScore of(String gold, String extracted) {
    Map<String, Integer> g = shingles(gold);
    Map<String, Integer> x = shingles(extracted == null ? "" : extracted);
    int gn = g.values().stream().mapToInt(Integer::intValue).sum();
    int xn = x.values().stream().mapToInt(Integer::intValue).sum();
    if (gn == 0 || xn == 0) return new ShingleScore(0, 0, 0);
    int common = 0;
    for (Map.Entry<String, Integer> e : x.entrySet()) common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    double p = (double) common / xn;
    double r = (double) common / gn;
    return new ShingleScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** The mean of each measure over {@code scores} (macro average); zeros for none. */
  public static ShingleScore mean(List<ShingleScore> scores) {
    if (scores.isEmpty()) return new ShingleScore(0, 0, 0);
    return new ShingleScore(scores.stream().mapToDouble(ShingleScore::precision).average().orElse(0),
        scores.stream().mapToDouble(ShingleScore::recall).average().orElse(0),
        scores.stream().mapToDouble(ShingleScore::f1).average().orElse(0));
  }

  /** Lower-case tokens: runs of letters or digits, each ideographic or kana character alone. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      boolean cjk = Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
          || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
          || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
      if (Character.isLetterOrDigit(c) && !cjk) {
        word.appendCodePoint(c);
        return;
      }
      if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
      if (cjk) out.add(new String(Character.toChars(c)));
    });
    if (word.length() > 0) out.add(word.toString());
    return out;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) return out;
    if (t.size() < SHINGLE) {
      out.merge(String.join(" ", t), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + SHINGLE <= t.size(); i++) out.merge(String.join(" ", t.subList(i, i + SHINGLE)), 1, Integer::sum);
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", precision, recall, f1);
  }
}
