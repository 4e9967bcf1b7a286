package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A change whose own words name no basis takes the one span its sentence compares over, when the sentence names exactly one
 * and its words are not another figure's (GUIDELINES.md, "Kind, basis, direction": a basis stated once for the figures of one
 * sentence holds for all of them):
 *
 * <pre>
 * "Compared to the same period last year, this is an increase as well (plus nine percent)."           → nine percent y/y
 * "around 60 percent more of these vehicles were newly put on the road in July than in the same month last year" → y/y
 * "doubled to 3,000 tonnes in July, and imports rose to 1,200 tonnes, up from 900 tonnes a year earlier" → doubled: none
 *     ("a year earlier" is the 900 tonnes', a base of the imports)
 * </pre>
 *
 * ChangeRules and CoordinatedBases read a basis only next to a number or across a coordinating word; this reads the whole
 * sentence, so it runs once the sentence's bases are settled and only where every change of the sentence that has a basis has
 * that one. A sentence that names two spans (a year ago and last month) or a span to date ("so far this year") leaves a change
 * without one as it is. Pure: works on one sentence's figures.
 */
final class SentenceNamedBases {

  /** Between a figure and the words right after it that date it: "900 tonnes a year earlier", "23.4% in the same period …". */
  private static final Pattern ATTACHED = Pattern.compile("(?i)^[)\\s]*(?:(?:in|on|during|for|of)\\s+)?$");

  private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\b");

  private SentenceNamedBases() {}

  /** {@code figures}: one sentence's, in text order; {@code base}: the sentence's offset in the article. */
  static List<Figure> carry(List<Figure> figures, String sentence, int base) {
    // cheap guard: the sentence's words are read only when a change is still without a basis
    if (figures.stream().noneMatch(f -> f.kind() == Kind.CHANGE && f.basis() == null)) return figures;
    String named = ChangeRules.onlyNamedSpan(sentence);
    if (named == null) return figures;
    // a change of the sentence with another basis (a span, a different reference): the sentence compares more than one way
    if (figures.stream().anyMatch(f -> f.kind() == Kind.CHANGE && f.basis() != null && !f.basis().equals(named))) return figures;
    // "recovering from last year's component shortage": a time that qualifies a noun compares nothing
    List<int[]> cues = ChangeRules.namedSpanCues(sentence, named).stream()
        .filter(c -> !POSSESSIVE.matcher(sentence.substring(c[1])).lookingAt()).toList();
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      if (f.kind() == Kind.CHANGE && f.basis() == null && cues.stream().anyMatch(c -> reaches(c, f, figures, sentence, base))) {
        out.set(i, f.withLevels(f.fromLevel(), f.toLevel(), named));
      }
    }
    return out;
  }

  /**
   * Whether the words at {@code cue} hold for {@code change}: they are no other figure's, neither around one ("from 900 tonnes
   * last year") nor right after one ("900 tonnes a year earlier", "60% YoY"), unless that figure is the change's own level.
   */
  private static boolean reaches(int[] cue, Figure change, List<Figure> figures, String sentence, int base) {
    for (Figure f : figures) {
      int s = f.evidence().start() - base;
      int e = f.evidence().end() - base;
      if (s < 0 || e > sentence.length()) continue;
      boolean inside = s >= cue[0] && e <= cue[1];
      boolean attached = e <= cue[0] && ATTACHED.matcher(sentence.substring(e, cue[0])).matches();
      if ((inside || attached) && !f.equals(change) && !isLevelOf(f, change)) return false;
    }
    return true;
  }

  /**
   * Whether {@code level} is a level {@code change} runs from or to. Not a share beside a percent change ("rose 24.4% to 56,387
   * units, achieving a 20.5% share …, up from 16.6% a year ago"): a share moves by points, the 16.6% is the share's base.
   */
  private static boolean isLevelOf(Figure level, Figure change) {
    if (level.kind() == Kind.SHARE && "percent".equals(change.quantity().unit())) return false;
    Figure.Ref ref = Figure.Ref.of(level);
    return ref.equals(change.fromLevel()) || ref.equals(change.toLevel());
  }
}
