package org.claimgraph.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A record's credit does not run on over an outlook (credit23c). A statistics office or a record ("the Australian Bureau of
 * Statistics", "the ministry of heavy industries data") credited for what happened runs on over the data sentences after it,
 * but a later sentence with no credit of its own that only looks ahead states no datum of that record: "The government aims
 * to support the remaining 200,000 vehicles", "… a share of the US$180b per year in global mining investment over the next two
 * years needed to meet …" (fresh4, fresh17: gold credits nobody). A ministry, an authority, an association, an analyst or a
 * company keeps its credit over what it plans or forecasts; the record words are those of {@code record-credits.tsv}.
 * Its first version (credit23a: all record keepers, by the credit as written) dropped associations' forecasts ("SMMT figures",
 * T&E's data): this one reads the name a credit resolves to, and records only.
 */
final class RecordOutlooks {

  /** "over the next two decades", "in the coming years", "needed to meet": ahead, in words PresentYear does not read. */
  private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:over|in|within|during)\\s+the\\s+(?:next|coming)\\b|\\bneeded\\s+to\\b");
  /** "declined more than expected", "as projected": a comparison with a forecast reports what happened. */
  private static final Pattern THAN_FORECAST = Pattern.compile(
      "(?i)\\b(?:than|as)\\s+(?:had\\s+been\\s+|was\\s+)?(?:expected|anticipated|forecast|projected|predicted|estimated)\\b");
  /** A verb reporting what happened ("rose", "totalled", "was"): the sentence reports data, whatever else it expects. */
  private static final Pattern PAST_REPORT = Pattern.compile(
      "(?i)\\b(?:came|rose|fell|grew|jumped|dropped|declined|increased|decreased|reached|totall?ed|stood|recorded|reported|was|were"
          + "|had|hit|surged|soared|slipped|exported|imported|produced|sold)\\b");
  private static final Set<String> WORDS = Tsv.read("record-credits.tsv").stream().map(r -> r.get("word")).collect(Collectors.toSet());

  private RecordOutlooks() {}

  /**
   * Whether a running credit named {@code name} (as it resolves: "SMMT figures" is "the Society of Motor Manufacturers and
   * Traders", whose forecasts stay its own) stops before {@code sentence}: a record's, over an outlook.
   */
  static boolean stops(String name, String sentence) {
    return namesRecord(name) && outlook(sentence);
  }

  /**
   * Whether {@code sentence} only looks ahead: a future, plan or forecast word or a time ahead (not a comparison with a
   * forecast), and no report of what happened ("Exports rose 5% and are expected to …" reports).
   */
  static boolean outlook(String sentence) {
    String s = THAN_FORECAST.matcher(sentence).replaceAll(" ");
    return (PresentYear.forecasts(s) || AHEAD.matcher(s).find()) && !PAST_REPORT.matcher(s).find();
  }

  /** Whether a credit's name names a record: a word of record-credits.tsv ("Statistics Canada", "customs data"). */
  static boolean namesRecord(String name) {
    if (name == null) return false;
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (WORDS.contains(w)) return true;
    return false;
  }
}
