package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A basis written once after a list of percent changes, each step with a period of its own, holds for every step of the
 * list (GUIDELINES.md, "Kind, basis, direction": a basis stated once for coordinated figures of one sentence holds for all):
 *
 * <pre>
 * "Sales fell by 16% in June, 37% in July, and a staggering 69% in August, compared to the same period the previous year."
 *     → 16%, 37% and 69% y/y
 * "… rose 4.1% in Q1, 5.3% in Q2 and 6.0% in Q3 from a year earlier"  → all three y/y
 * </pre>
 *
 * ChangeRules reads a basis only within a window after each number, and the steps a list verb carries are made changes
 * after it (KindRules, UnmarkedPercents) without one; this reads the words after the list's last step. A step that names
 * its own reference ("5% in June from May, …") or a basis of its own ends the list, so a basis never crosses it. Pure:
 * works on one sentence's figures, in text order.
 */
final class TrailingListBases {

  /**
   * Between two steps: the first step's own period or place, a comma or "and", a qualifier ("a staggering"); no digits (no
   * other figure), no word that names a reference or a basis, no clause break.
   */
  private static final Pattern STEP_GAP = Pattern.compile(
      "(?i)^(?![^;:]*\\b(?:from|than|compar(?:ed|ison)|versus|vs|since|between|against|over|relative|earlier|ago|before|previous|prior"
          + "|last|year[- ]on[- ]year|month[- ]on[- ]month|yoy|mom|y/y|m/m|respectively|while|whereas|but|which)\\b)[^\\d;:()%]{0,60}$");
  /** The gap must hold a list separator: a comma or "and" ("16% in June, 37% in July"). */
  private static final Pattern SEPARATOR = Pattern.compile("(?i),|\\band\\b");

  private TrailingListBases() {}

  /** {@code figures}: one sentence's, in text order; {@code base}: the sentence's offset in the article. */
  static List<Figure> carry(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    int i = 0;
    while (i < out.size()) {
      int j = i;
      // the longest run of percent changes of one unit from i, each gap a plain list gap
      while (j + 1 < out.size() && step(out.get(i), out.get(j + 1)) && gap(out.get(j), out.get(j + 1), sentence, base)) j++;
      if (j > i && step(out.get(i), out.get(i))) fill(out, i, j, sentence, base);
      i = j + 1;
    }
    return out;
  }

  private static void fill(List<Figure> out, int from, int to, String sentence, int base) {
    Figure last = out.get(to);
    int end = last.evidence().end() - base;
    if (end < 0 || end > sentence.length()) return;
    String trailing = ChangeRules.statedBasis(sentence, end);
    if (trailing == null) return;
    // a step with a basis of its own other than the list's: not one list
    for (int k = from; k <= to; k++) {
      String b = out.get(k).basis();
      if (b != null && !b.equals(trailing)) return;
    }
    for (int k = from; k <= to; k++) {
      Figure f = out.get(k);
      if (f.basis() == null) out.set(k, f.withLevels(f.fromLevel(), f.toLevel(), trailing));
    }
  }

  /** Whether {@code f} is a percent change of the unit of {@code first}, the list's first step. */
  private static boolean step(Figure first, Figure f) {
    String unit = f.quantity().unit();
    return f.kind() == Kind.CHANGE && first.kind() == Kind.CHANGE && unit.equals(first.quantity().unit())
        && (unit.equals("percent") || unit.equals("percentage-point"));
  }

  private static boolean gap(Figure a, Figure b, String sentence, int base) {
    int s = a.evidence().end() - base;
    int e = b.evidence().start() - base;
    if (s < 0 || e > sentence.length() || s > e) return false;
    String between = sentence.substring(s, e);
    return STEP_GAP.matcher(between).matches() && SEPARATOR.matcher(between).find();
  }
}
