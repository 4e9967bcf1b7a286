package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * An ownership stake ("intention to acquire a 35% stake in the mine", "will leave Ganfeng with a 65% stake", "Turquoise Hill
 * Resources, the 66 percent stakeholder in the project", "The remaining 28 percent is state-owned", "Gabon's government holds nearly a
 * third of Compagnie Minière de l'Ogooue") says who owns how much of a company or a project: no data of a period (GUIDELINES:
 * ownership stakes without a date keep none). Such a share whose sentence states no time takes none from the text around it (a
 * running year, the lede's, the page's month). A stake the sentence dates ("a 40% stake … in May 2023") keeps its time, and a stake
 * bought or sold in a past-tense clause ("SABIC also took a 15 percent stake") is an event of the period around it: both are left
 * alone. The words are in {@code owned-stakes.tsv}.
 */
final class OwnedStakes {

  private static final List<Map<String, String>> WORDS = Tsv.read("owned-stakes.tsv");
  private static final Set<String> NOUNS = Tsv.formSet(WORDS, "noun");
  private static final Set<String> OTHERS = Tsv.formSet(WORDS, "other");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
  /** "nearly", "a further", "the remaining": words between a holding verb and the share (role qualifier). */
  private static final String QUALIFIER = "(?:(?:" + Tsv.alternation(WORDS, "qualifier") + ")\\s+)*";
  /** "owns", "holds nearly", "controls the remaining": the holding verb right before the share. */
  private static final Pattern HOLD_BEFORE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "hold") + ")\\s+" + QUALIFIER + "$");
  /** "of Compagnie …", "of the shares", "of the fertilizer plant", "in the joint venture": what a held share is of. */
  private static final Pattern HELD_OF = Pattern.compile("^\\s+(?:(?:of|in)\\s+(?:\\p{Lu}|(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?i:"
      + Tsv.alternation(WORDS, "held") + ")\\b))");
  private static final Pattern DEAL = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "deal") + ")\\b");
  /** "rate", "rates": an interest rate is no stake. */
  private static final Pattern RATE = Pattern.compile("(?i)^\\s+rates?\\b");
  /** A clause break: what stands before it is no clause of the share's verb. */
  private static final Pattern BREAK = Pattern.compile("[;:.!?]|,\\s+(?:while|but|and|whereas)\\b");
  /** Words after the share a stake's noun may stand within ("a 35% equity stake", "28 percent is state-owned"). */
  private static final int WORDS_AFTER = 3;
  /** Words after a held share a market's or the world's noun is looked for within. */
  private static final int OTHER_WORDS = 6;
  /** The first word after the share ("a 40% interest rate": the word before "rate"). */
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s+\\p{L}+");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private OwnedStakes() {}

  /**
   * Whether the share at {@code [rs, re)} of {@code sentence} is an ownership stake in a sentence that states no period ({@code
   * stated}: its time expressions, bases excluded) and reports no purchase or sale of it, and so has none.
   */
  static boolean undated(String sentence, int rs, int re, Quantity q, Kind kind, List<PeriodMention> stated) {
    if (kind != Kind.SHARE || !"percent".equals(q.unit())) return false;
    if (stated != null && stated.stream().anyMatch(p -> !p.basis())) return false;
    String before = clause(sentence.substring(0, rs));
    if (DEAL.matcher(before).find()) return false;
    String after = sentence.substring(re);
    if (nounAfter(after)) return true;
    return HOLD_BEFORE.matcher(before).find() && HELD_OF.matcher(after).find() && !otherAfter(after);
  }

  /** The text of {@code before} since its last clause break: the share's own clause. */
  private static String clause(String before) {
    Matcher b = BREAK.matcher(before);
    int from = 0;
    while (b.find()) from = b.end();
    return before.substring(from);
  }

  /** "stake", "stakeholder", "equity stake", "ownership interest", "is state-owned": a stake's noun within a few words after the share. */
  private static boolean nounAfter(String after) {
    if (!after.isEmpty() && !Character.isWhitespace(after.charAt(0)) && after.charAt(0) != '-') return false;
    if (RATE.matcher(FIRST_WORD.matcher(after).replaceFirst("")).find()) return false;
    Matcher w = WORD.matcher(after);
    int words = 0;
    int end = 0;
    while (w.find() && words < WORDS_AFTER) {
      String between = after.substring(end, w.start());
      if (BREAK.matcher(between).find() || DIGIT.matcher(between).find()) return false;
      String word = w.group().toLowerCase(Locale.ROOT);
      if (NOUNS.contains(word) || word.endsWith("-owned")) {
        // "a 40% interest rate" is no stake.
        return !RATE.matcher(after.substring(w.end())).find();
      }
      words++;
      end = w.end();
    }
    return false;
  }

  /** "of the world's output", "of the global market": a market's or the world's noun within a few words after a held share. */
  private static boolean otherAfter(String after) {
    Matcher w = WORD.matcher(after);
    for (int words = 0; w.find() && words < OTHER_WORDS; words++) {
      if (OTHERS.contains(w.group().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }
}
