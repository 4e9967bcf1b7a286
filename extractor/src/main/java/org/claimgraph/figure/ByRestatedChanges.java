package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A change stated "by" a percent and restated right after it as an amount, in brackets or after "or", is a change in both: the
 * amount is what was added or lost, not the level reached (devset/GUIDELINES.md, fresh24 bases: f24-m-10/-11; fresh12 todayaz):
 *
 * <pre>
 * "the quantity of exported copper increased by 32% (137,000 tons), and the value by 19% ($101 million)" → 137,000 tons and
 *     $101 million changes, up, with the percents' basis
 * "plans to decrease uranium production by 8 percent or 2,000 tons in 2017"                            → 2,000 tons a change, down
 * "registrations were up 24% (27,148) when compared to July 2022"                                       → 27,148 the level (no "by")
 * </pre>
 *
 * Without "by" a bracketed amount after a change is most often the level it moved to (f19-e-01, f8-m-04), so "by" is what makes
 * the pair one change stated twice. Pure: works on the figures of one sentence.
 */
final class ByRestatedChanges {

  /** Right before the percent: "increased by ", "the value by ", "decrease uranium production by about ". */
  private static final Pattern BY_BEFORE = Pattern.compile(
      "(?i)\\bby\\s+(?:about\\s+|nearly\\s+|almost\\s+|around\\s+|some\\s+|roughly\\s+|approximately\\s+|more\\s+than\\s+|over\\s+)?$");
  /** Between the percent and the amount: " (", " or ", ", or about ". */
  private static final Pattern RESTATING = Pattern.compile(
      "(?i)^\\s*(?:\\(\\s*|,?\\s+or\\s+)(?:about\\s+|nearly\\s+|almost\\s+|around\\s+|some\\s+|roughly\\s+|approximately\\s+)?$");

  private ByRestatedChanges() {}

  /** The sentence's figures with every amount restating a "by" change made that change; the others as they are. */
  static List<Figure> settle(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure p = out.get(i - 1);
      Figure f = out.get(i);
      if (f.kind() != Kind.AMOUNT || isRatio(f.quantity().unit()) || p.kind() != Kind.CHANGE || p.direction() == null
          || !p.quantity().unit().equals("percent") || p.evidence().end() > f.evidence().start()) {
        continue;
      }
      String between = sentence.substring(p.evidence().end() - base, f.evidence().start() - base);
      int ps = p.evidence().start() - base;
      if (!RESTATING.matcher(between).matches() || !BY_BEFORE.matcher(sentence.substring(Math.max(0, ps - 40), ps)).find()) continue;
      out.set(i, new Figure(f.quantity(), Kind.CHANGE, p.basis(), p.direction(), f.period(), f.measure(), f.place(),
          f.attribution(), f.evidence(), null, null));
    }
    return out;
  }

  private static boolean isRatio(String unit) {
    return unit.equals("percent") || unit.equals("percentage-point") || unit.equals("factor");
  }
}
