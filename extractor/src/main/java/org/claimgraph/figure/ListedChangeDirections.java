package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction of a percent change whose own clause names no word of change: the nearest word of change
 * ({@code change-words.tsv}) anywhere in its sentence. These are the later steps of a list written under one verb, which
 * {@link UnmarkedPercents} or a clause cut leaves a change without a direction:
 *
 * <pre>
 * "This follows falls of 14.2 per cent in October, 17.2 per cent in September"   → 17.2 per cent down
 * "Thus, copper grew 18.08% (1.35 million mt); gold 0.84% (3.70 million oz)"     → 0.84% up
 * "a respectable 8% increase while Vietnam is at … 39%, Indonesia at 24%"        → 24% up
 * </pre>
 *
 * The gold never has a percent change without a direction; a sentence with no word of change leaves it without one.
 */
final class ListedChangeDirections {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Words of change that say how much or make a share, not which way ({@code listed-change-skips.tsv}). */
  private static final Set<String> SKIPS = Tsv.read("listed-change-skips.tsv").stream().map(row -> row.get("form"))
      .collect(Collectors.toUnmodifiableSet());
  private static final Pattern BRACKET_BEFORE = Pattern.compile("\\(\\s*$");

  private ListedChangeDirections() {}

  /** The sentence's figures, each undirected percent change given the direction of the nearest word of change. */
  static List<Figure> settle(List<Figure> figures, String sentence) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      String direction = f.kind() == Kind.CHANGE && f.direction() == null && isPercent(f) ? nearest(f, sentence) : null;
      out.add(direction == null ? f : f.withDirection(direction));
    }
    return out;
  }

  private static boolean isPercent(Figure f) {
    String unit = f.quantity().unit();
    return unit.equals("percent") || unit.equals("percentage-point");
  }

  /** "up" or "down" for the word of change nearest the figure's quote (the one before it on a tie), else null. */
  private static String nearest(Figure f, String sentence) {
    int start = f.evidence().start() - f.evidence().sentenceStart();
    int end = f.evidence().end() - f.evidence().sentenceStart();
    if (start < 0 || end > sentence.length()) return null;
    // "with China taking the largest part (45%)": a bracketed rate is BracketedRates' to settle, often a share of a list
    if (BRACKET_BEFORE.matcher(sentence.substring(0, start)).find()) return null;
    Matcher m = WORD.matcher(sentence);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String previous = "";
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String before = previous;
      previous = word;
      if (m.end() > start && m.start() < end) continue; // a word of the quote itself
      String direction = ChangeRules.directionWord(word);
      if (direction == null || SKIPS.contains(word) || SKIPS.contains(before + " " + word)) continue;
      int distance = m.end() <= start ? start - m.end() : m.start() - end;
      if (distance < bestDistance) {
        best = direction;
        bestDistance = distance;
      }
    }
    return best;
  }
}
