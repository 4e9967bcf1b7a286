package org.claimgraph.figure;

import java.util.Locale;

/**
 * Cheap facts about a sentence, found once, that let a reader skip a pattern which cannot match it: an ASCII digit (what
 * {@code \d} and a year need), a month's name in any case (what {@link PeriodResolver#MONTH} needs, also under
 * {@code (?i)}), and its words in lower case for literal ones ("quarter", "fiscal"). A cue only ever says "may match":
 * it is true of every sentence a pattern can match, so skipping on a false cue changes no reading, only its cost.
 */
record SentenceCues(boolean digit, boolean month, String lower) {

  private static final String[] MONTH_STEMS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  static SentenceCues of(String sentence) {
    // Case-insensitive ASCII matching folds only ASCII letters, which lower-casing folds the same way.
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean digit = false;
    for (int i = 0; i < sentence.length() && !digit; i++) {
      char c = sentence.charAt(i);
      digit = c >= '0' && c <= '9';
    }
    return new SentenceCues(digit, hasMonthStem(lower), lower);
  }

  /** Whether the lower-cased sentence contains {@code word} (lower case) anywhere, not only as a whole word. */
  boolean has(String word) {
    return lower.contains(word);
  }

  private static boolean hasMonthStem(String lower) {
    for (String stem : MONTH_STEMS) {
      if (lower.contains(stem)) return true;
    }
    return false;
  }
}
