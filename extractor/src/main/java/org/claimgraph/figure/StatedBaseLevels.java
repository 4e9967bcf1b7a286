package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A change compared with a base level that is written with its own time: "a 77 percent increase from the P15.07 billion recorded
 * in the first half of last year", "an increase of 146% over the 32,239 in the first half of 2023", "increased by 106 per cent …,
 * compared with only 1,600 vehicles in the January-April period of 2018". The time is the base's, so the change compares its own
 * period with it (ChangeRules.basisOf: the same months a year before are yoy, anything else vs-period), as "from a year earlier"
 * would; read only for a comparison word that cannot open a span or a cause ("from" and "over" do, but not before a number).
 * Pure and stateless.
 */
final class StatedBaseLevels {

  private StatedBaseLevels() {}

  /**
   * Between the change and the time: a comparison word, a determiner or a hedge, the level (a number with its currency or unit,
   * up to three words: "P15.07 billion", "1,600 vehicles", "$161.6 million"), an optional participle ("recorded", "sold") and the
   * preposition of the time. No clause break, no second percent (a percent after the comparison is a share compared with).
   */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)^[^;:%]{0,40}?\\b(?:from|over|than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|against)\\s+"
          + "(?:(?:the|a|an|only|just|some|about|around|nearly|almost|roughly|approximately|an\\s+estimated)\\s+)*"
          + "(?:[A-Z]{1,3}\\s?)?[$€£¥₹₱]?\\d[\\d.,]*(?:\\s*(?:[\\p{L}$€£¥/]+\\.?)){0,3}?\\s+"
          + "(?:(?:recorded|registered|reported|sold|posted|seen|achieved|exported|imported|produced|shipped|delivered|generated)\\s+)?"
          + "(?:in|for|during)\\s+(?:the\\s+)?$");

  /** Whether the words {@code between} a change and a time end in a base level of that time. */
  static boolean between(String between) {
    return BETWEEN.matcher(between).matches();
  }
}
