package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Regexes;

/**
 * A comparison base written as a bare level, with no time of its own (base11, round 11): "Revenue rose 2 percent to $9.14 billion
 * from $9.01 billion", "cobalt stood at 1,409 metric tonnes up 581 percent from 207 metric tonnes", "LG Energy Solution's share
 * fell to 10% from 12.1%". Its sentence states no basis, so the change has none (GUIDELINES, fresh3 call); the base is of the span
 * the text last compared with ("… compared with a loss of $1.32 billion in the same quarter the year before"): a year, a quarter
 * or a month before the level it is compared with. Where the text has compared nothing before, or only over a span ("since
 * February"), its period is unknown: null, never the newer level's. A revision ("trimmed its forecast … to 1.5 million from 1.6
 * million", nouns of revised-figures.tsv) compares two levels of one span: they keep the periods they are read with.
 */
final class BareBases {

  private static final String ABOUT = "(?:(?:about|around|nearly|almost|roughly|approximately|some|just|only)\\s+)?";
  /** "from", "down from about": the base follows right after (not "from a record", "from last year's"). */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+" + ABOUT + "$");
  /** After "from": a bare number, with the currency written before it ("$9.01 billion", "Rs 113 crore", "US$ 2.57 million"). */
  private static final Pattern NUMBER_AFTER = Pattern.compile(
      "^\\s*" + ABOUT + "(?:[A-Z]{0,3}\\$\\s?|Rs\\.?\\s?|RMB\\s?|[€£¥₹])?(\\d[\\d.,]*)");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  /** Where a base's clause ends: at the newer level ("from 73.6% to 72.7%"), a clause break, the sentence's end. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)\\sto\\s|[;:]|\\.(?:\\s|$)|,\\s+(?:while|but|whereas|and)\\b|\\s[-–—]\\s");
  /** Words that name a time or point back to one: "(4,522 st) in 2018", "a year earlier", "previously forecast", "a record". */
  private static final String TIME_WORDS = String.join("|", "(?:19|20)\\d{2}", "quarters?", "half", "years?", "months?", "weeks?", "days?",
      "ago", "earlier", "before", "previous(?:ly)?", "prior", "period", "fiscal", "FY\\d*", "Q[1-4]", "H[12]", "season", "last", "since",
      "yesterday", "today", "then", "initial(?:ly)?", "original(?:ly)?", "record", "high", "low", "peak");
  private static final Pattern TIME = Pattern.compile("(?i)\\b(?:" + TIME_WORDS + ")\\b|(?<!\\p{L})(?-i:" + PeriodResolver.MONTH + ")(?!\\p{L})");
  private static final Pattern REVISED = Pattern.compile(
      "(?i)\\b(?:" + String.join("|", Tsv.read("revised-figures.tsv").stream().map(r -> r.get("noun")).toList()) + ")\\b");

  private BareBases() {}

  /** Whether the figure at {@code [start, end)} of {@code sentence} is a bare base: "from" right before it, no time after it in its clause. */
  static boolean bare(String sentence, int start, int end) {
    return FROM_BEFORE.matcher(sentence.substring(Math.max(0, start - 30), start)).find() && timeless(sentence.substring(end));
  }

  /** Whether the text {@code after} a change's "from" is a bare level: "from 207 metric tonnes.", not "from 2023" or "from 376 t in November". */
  static boolean bareAfterFrom(String after) {
    Matcher n = NUMBER_AFTER.matcher(after);
    if (!n.find()) return false;
    if (YEAR.matcher(n.group(1)).matches() && n.group().strip().equals(n.group(1))) return false;
    return timeless(after.substring(n.end()));
  }

  /** Whether {@code sentence} revises a figure (a forecast, target, quota, subsidy …): its bare base is of the same span. */
  static boolean revision(String sentence) {
    return REVISED.matcher(sentence).find();
  }

  /**
   * The period of a bare base compared with a figure of period {@code reference}, the text having last compared over {@code span}
   * (yoy, qoq, mom): that span back from the reference; null when either is unknown or the span does not fit the reference (a
   * month back from a year).
   */
  static String periodOf(String reference, String span) {
    if (reference == null || span == null) return null;
    return switch (span) {
      case "yoy" -> ComparisonLinks.shift(reference, -12);
      case ChangeRules.QUARTER_BASIS -> Regexes.matches(reference, "\\d{4}-\\d{2}/\\d{4}-\\d{2}") ? ComparisonLinks.shift(reference, -3) : null;
      case "mom" -> reference.length() == 7 ? ComparisonLinks.shift(reference, -1) : null;
      default -> null;
    };
  }

  /** Whether the clause at the start of {@code after} names no time. */
  private static boolean timeless(String after) {
    Matcher end = CLAUSE_END.matcher(after);
    String clause = end.find() ? after.substring(0, end.start()) : after;
    return !TIME.matcher(clause).find();
  }
}
