package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * Whether a percent that its own clause leaves unmarked is still a share on a page whose last percent was a change: a level
 * the subject reaches ("New registrations of electric vehicles reached 6.1 per cent in June") or
 * a part of a whole the sentence opens on ("Of those, 74.1 per cent (56,048 units) were battery-electric vehicles", "Of
 * roughly 47,000 units sold, 23.5% were in Mexico City"), or a part in a ranking ("sold mainly in Mexico City (23.5%),
 * followed by the State of Mexico (13.4%)") with no word of change before it in its sentence. A percent reached by a change
 * ("the rate of increase … had reached 70%") or ranked after one ("grew 30%, followed by France (20%)") is left to go on with
 * the change. Cues in {@code reached-shares.tsv}.
 */
final class ReachedShares {

  private static final List<Map<String, String>> ROWS = Tsv.read("reached-shares.tsv");
  private static final String QUALIFIER =
      "(?:(?:at\\s+least|about|around|nearly|almost|over|more\\s+than|just|only|some|roughly|approximately|as\\s+(?:much|high)\\s+as)\\s+)?";
  /** A reaching verb right before the percent, with at most a qualifier between. */
  private static final Pattern REACHED = Pattern.compile("(?i)\\b(?:" + cues("verb") + ")\\s+" + QUALIFIER + "$");
  /** The sentence opens on the whole: "Of those,", "Of the total 2-wheelers sold in the country in January,". */
  private static final Pattern WHOLE_FIRST = Pattern.compile("(?i)^\\s*of\\s+(?:" + cues("whole") + ")\\b[^.;:]*,");
  /** The sentence opens on a counted whole: "Of roughly 47,000 units sold,", "Of the 1.2 million cars registered," (not a year). */
  private static final Pattern COUNTED_WHOLE_FIRST = Pattern.compile(
      "(?i)^\\s*of\\s+(?:the\\s+)?" + QUALIFIER + "(?!(?:19|20)\\d{2}\\b)\\d[\\d,.]*\\s+(?:(?:thousand|million|billion)\\s+)?\\p{L}[^.;:\\d%]*,\\s*" + QUALIFIER + "$");
  /** A ranking of parts: "…, followed by the State of Mexico (13.4%)", "trailed by Japan with 2.9 percent". */
  private static final Pattern RANKING = Pattern.compile("(?i)\\b(?:" + cues("ranking") + ")\\b");
  /** Where the clause of a verb starts: after the last comma, semicolon, colon or dash before it. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:–—(]");

  private ReachedShares() {}

  /** Whether the percent starting at {@code at} of {@code sentence} is a share by the cues above. */
  static boolean marks(String sentence, int at) {
    if (at < 0 || at > sentence.length()) return false;
    String left = sentence.substring(0, at);
    Matcher verb = REACHED.matcher(left);
    if (verb.find()) {
      String before = left.substring(0, verb.start());
      int from = 0;
      for (Matcher b = CLAUSE_BREAK.matcher(before); b.find(); ) from = b.end();
      return !ChangeRules.ANY_WORD.matcher(before.substring(from)).find();
    }
    if (WHOLE_FIRST.matcher(left).find() || COUNTED_WHOLE_FIRST.matcher(left).find()) return true;
    // a ranking marks the parts only where no word of change before the percent made the list one of changes
    return RANKING.matcher(sentence).find() && !ChangeRules.ANY_WORD.matcher(left).find();
  }

  private static String cues(String role) {
    return ROWS.stream().filter(row -> row.get("role").equals(role))
        .map(row -> Pattern.quote(row.get("cue")).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }
}
