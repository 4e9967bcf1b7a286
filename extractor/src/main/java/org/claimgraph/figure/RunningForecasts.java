package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A forecast's year compared in its own sentence with "last year" is the running year of a page without a date: "he expects
 * copper production to reach 3.0 million tons in 2024, up from 2.76 million tons last year" is written in 2024 (a forecast for
 * a later year compares with this year: "2024 output could hit 2.7-2.8 million metric tons, up from 2.6-2.7 million tons
 * forecast for this year"). Such a year is taken over the text's reported years only when it is at most two years after the
 * newest of them ("will reach 3 Mt in 2030, up from 1 Mt last year" is no present).
 */
final class RunningForecasts {

  private RunningForecasts() {}

  /** "up from 2.76 million tons last year", "11% more than last year", "growth from last year's": a comparison with last year. */
  private static final Pattern LAST_YEAR_BASE = Pattern.compile(
      "(?i)\\b(?:from|than|over|compar(?:ed|ison)\\s+(?:to|with)|against|versus)\\b(?:[^.;!?]|\\.(?=\\d)){0,60}?\\blast\\s+year\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“])|\\n");

  /** Whether the forecast's year at {@code [start, end)} is compared, after it in its sentence, with "last year". */
  static boolean comparedWithLastYear(String text, int start, int end) {
    var e = SENTENCE_END.matcher(text);
    int stop = e.find(end) ? e.start() : text.length();
    return LAST_YEAR_BASE.matcher(text.substring(end, stop)).find();
  }

  /** The present year given the text's newest reported year {@code latest} and its newest running forecast's year {@code running} (0: none). */
  static int year(int latest, int running) {
    return latest > 0 && running > latest && running <= latest + 2 ? running : latest;
  }
}
