package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record credited bare, with no article, owner or qualifier, inside a data story (credit31a, round 31): "…, as per data."
 * (Carspiritpk, after "According to Automotive Distributors and Mobility Association (ODMD) data, …"), "According to statistics,
 * Armenia's manufacturing industry …" (Arka, after "according to the National Statistical Service (NSS)" and a World Bank
 * paragraph). Such a phrase names no new source: it points back at the page's source of that kind of record, as "the data"
 * does (GUIDELINES attribution rule 2: a data story's credit carries until another source). The record refers to, in order: the
 * latest data credit whose words hold the record's word ("statistics" → "National Statistical Service", "data" → "ODMD data"),
 * else the data credit running from this paragraph or the one before. With neither it still names nobody (UnnamedRecords: a
 * lead's record whose source the next paragraph names). A qualified record ("official figures", "government data") is left as it
 * was: the page may mean another body's.
 */
final class BareRecords {

  private static final Pattern BARE = Pattern.compile(
      "(?i)(?:(?:the\\s+)?(?<statistical>statistical)\\s+(?:data|information|figures)|(?<record>data|statistics|figures|numbers))"
          + "(?:\\s+(?:released|published|compiled|show|shows|showed))?");

  private BareRecords() {}

  /** The word stem a source's own words share with the record ("statistic" for "statistics"), or null when not a bare record. */
  static String stem(String written) {
    if (written == null) return null;
    Matcher m = BARE.matcher(written.strip());
    if (!m.matches()) return null;
    if (m.group("statistical") != null) return "statistic";
    String r = m.group("record").toLowerCase(Locale.ROOT);
    return r.equals("data") ? r : r.substring(0, r.length() - 1);
  }

  /**
   * Whether {@code words} (a credit's source or its words as written) hold the stem at a word's start. Called for every credit a
   * bare record looks back over, so it scans the words rather than compiling a pattern per call.
   */
  static boolean holds(String words, String stem) {
    if (words == null || stem.isEmpty()) return false;
    String lower = words.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
      if (at == 0 || !Character.isLetter(lower.codePointBefore(at))) return true;
    }
    return false;
  }
}
