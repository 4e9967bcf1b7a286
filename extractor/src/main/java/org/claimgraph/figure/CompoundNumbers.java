package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

/**
 * Reads a number written in two scaled parts, as pages translated from Russian or Kazakh write them: "about 1 million 300
 * thousand tons" (Kazinform, KazTAG) is 1,300,000 tons, not "1 million" and "300 thousand tons". The second part counts at
 * most three digits of a smaller scale, so that it fits below the first: "2 billion 50 million" is one number, "1 million
 * 2 million" is none.
 */
final class CompoundNumbers {

  private static final Pattern SECOND_PART = Pattern.compile("^[ \\u00A0](\\d{1,3})[ \\u00A0](thousand|million|billion)(?![\\p{L}])");

  private CompoundNumbers() {}

  /** The second part after a number scaled by {@code scaleWord} ("million"), or null. */
  static Matcher after(String rest, String scaleWord, Lexicon lexicon) {
    if (scaleWord.length() < 4) return null; // "$5m 300 thousand" is no compound: only written scale words
    Matcher m = SECOND_PART.matcher(rest);
    if (!m.find()) return null;
    double first = lexicon.scale(scaleWord);
    double second = lexicon.scale(m.group(2));
    return Integer.parseInt(m.group(1)) * second < first ? m : null;
  }

  /** The value the second part adds. */
  static double value(Matcher secondPart, Lexicon lexicon) {
    return Integer.parseInt(secondPart.group(1)) * lexicon.scale(secondPart.group(2));
  }
}
