package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * Countries a figure is measured against (lexicon {@code rival-places.tsv}: "surpassing", "ahead of", "compared to") are no
 * places of it (fresh5 wardsauto, fresh6 menafn, fresh13 macedonrangesvotes, fresh15 betman; RivalPlacesTest):
 *
 * <pre>
 * "China’s automotive exports reached 3.11 million units, surpassing Germany"        → 3.11 million: CN
 * "With 328,000 electric vehicles sold, the U.S. is … ahead of France, the UK and Norway" → 328,000: US
 * "lithium production in Australia reached 18,700 tons, compared to 14,100 tons in Chile" → 18,700 tons: AU; 14,100 tons: CL
 * </pre>
 *
 * A country is a rival when a cue stands before it in its clause with no clause break between. A figure before the cue
 * drops the rivals (when another country is left); a figure after it whose own country is a rival named right at it
 * ("14,100 tons in Chile", "China's estimated 44 million tons") keeps that one alone. Pure and stateless.
 */
final class RivalPlaces {

  private static final Pattern CUE = cues();
  /** Between a cue and its country: words, numbers and list commas, no clause break ("ahead of France, the UK and Norway"). */
  private static final Pattern RIVAL_GAP = Pattern.compile("(?i)^(?:(?!\\b(?:which|while|whereas|but|with|after|when)\\b)[^;:()])"
      + "{0,80}$");
  /** The figure's own country right at it: "Chile's estimated " before, " in Chile" after. */
  private static final Pattern OWN_BEFORE = Pattern.compile("^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+)?$");
  private static final Pattern OWN_AFTER = Pattern.compile("(?i)^\\s+in\\s+(?:the\\s+)?$");

  private RivalPlaces() {}

  private static Pattern cues() {
    List<String> cues = Tsv.read("rival-places.tsv").stream().map(r -> Pattern.quote(r.get("cue")).replace(" ", "\\E\\s+\\Q")).toList();
    return Pattern.compile("(?i)\\b(?:" + String.join("|", cues) + ")\\b");
  }

  /**
   * The mentions that may place the figure at {@code [start, end)} of {@code sentence}: {@code mentions} without the rivals
   * a cue after the figure names, or the figure's own rival alone where a cue before it names one at it; else as they are.
   */
  static List<PhraseMatcher.Match<Lexicon.Country>> of(String sentence, int start, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    if (mentions.size() < 2) return mentions;
    Matcher cue = CUE.matcher(sentence);
    List<int[]> cues = new ArrayList<>();
    while (cue.find()) cues.add(new int[] {cue.start(), cue.end()});
    if (cues.isEmpty()) return mentions;
    List<PhraseMatcher.Match<Lexicon.Country>> kept = new ArrayList<>();
    List<PhraseMatcher.Match<Lexicon.Country>> own = new ArrayList<>();
    for (var m : mentions) {
      int[] c = cueOf(sentence, m, cues);
      if (c == null) {
        kept.add(m);
      } else if (c[0] >= end) {
        continue; // a rival after the figure: dropped
      } else if (c[1] <= start && isOwn(sentence, m, start, end)) {
        own.add(m);
      } else {
        kept.add(m);
      }
    }
    if (!own.isEmpty()) return List.copyOf(own);
    return kept.isEmpty() || kept.size() == mentions.size() ? mentions : List.copyOf(kept);
  }

  /** The nearest cue before {@code m} in its clause, or null. */
  private static int[] cueOf(String sentence, PhraseMatcher.Match<Lexicon.Country> m, List<int[]> cues) {
    int[] best = null;
    for (int[] c : cues) if (c[1] <= m.start()) best = c;
    return best != null && RIVAL_GAP.matcher(sentence.substring(best[1], m.start())).matches() ? best : null;
  }

  private static boolean isOwn(String sentence, PhraseMatcher.Match<Lexicon.Country> m, int start, int end) {
    if (m.end() <= start) return OWN_BEFORE.matcher(sentence.substring(m.end(), start)).matches();
    return m.start() >= end && OWN_AFTER.matcher(sentence.substring(end, m.start())).matches();
  }
}
