package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * A record and its source a few words apart, which the cues of attribution-cues.tsv (the words side by side: "data from",
 * "data compiled by") miss (cue18, round 18): "data coming from the Malaysian Automotive Association", "the registration
 * statistics for October from the Information Council for Road Traffic", "figures coming to us via the European Automobile
 * Manufacturers Association", "the official figures now published by the Federal Motor Transport Authority", "The
 * announcement was made by the Regulatory and Control Authority for Strategic Mineral Markets". Between the record and the
 * link word only how and when it came: a participle of record-links.tsv, a time, "for" and a period; never a subject of its
 * own ("figures for exports from Indonesia" is no record of Indonesia's). The source is the capitalized name after the link
 * (a description before it left out: "the quasi-official China Customs Statistics Information Centre"); a place is none.
 */
final class RecordLinks {

  /** The cue of the credits read here. */
  static final String CUE = "record from";

  /** A source found: the name and where it lies in the sentence. */
  record Linked(String source, int start, int end) {}

  private static final List<Map<String, String>> WORDS = Tsv.read("record-links.tsv");

  private static String words(String role) {
    return String.join("|", WORDS.stream().filter(r -> role.equals(r.get("role"))).map(r -> r.get("words")).toList());
  }

  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  /** When the record came: "on Tuesday", "last week", "earlier this month", "now", "recently". */
  private static final String WHEN = "(?:(?:on\\s+)?" + WEEKDAY + "|today|yesterday|(?:last|this|earlier\\s+this)\\s+(?:week|month|year)"
      + "|now|just|newly|recently|earlier|late|jointly)";
  /** "for October", "for the month", "for the first half", "for 2023", "for Q3": the record's period. */
  private static final String FOR_PERIOD = "for\\s+(?:the\\s+)?(?:(?:first|second|third|fourth|last|past|latest|previous|same|whole|full)\\s+)?"
      + "(?:" + PeriodResolver.MONTH + "(?:\\s+\\d{4})?|\\d{4}|quarter|half|month|year|week|period|Q[1-4]|H[12])";
  /** The record, how and when it came (at least one of them), the link word. */
  private static final Pattern LINKED = Pattern.compile(
      "(?i:\\b(?:" + words("record") + "))\\s+"
          + "(?=\\S+\\s+(?:\\S+\\s+){0,5}(?i:" + words("link") + ")\\s)"
          + "(?:(?:is|are|was|were|being|been|has\\s+been|have\\s+been)\\s+)?(?:" + WHEN + "\\s+)?"
          + "(?:(?:(?i:" + words("verb") + "))(?:\\s+to\\s+us)?\\s+(?:" + WHEN + "\\s+)?(?:" + FOR_PERIOD + "\\s+)?"
          + "|" + FOR_PERIOD + "\\s+|" + WHEN + "\\s+)"
          + "(?i:" + words("link") + ")\\s+");
  /** A word of a name; a comma inside a body's name is masked (CommaNames). */
  private static final String WORD = "\\p{Lu}[\\p{L}\\d&.'’" + CommaNames.MASK + "-]*";
  /**
   * After the link: a description ending in a lower-case word that joins nothing ("EV research firm", "quasi-official",
   * "Hong Kong-based"), then the name, with its "the" as the other cues keep it ("the Ministry of Economy, Trade and Industry").
   */
  private static final Pattern SOURCE = Pattern.compile(
      "\\G(?:(?:[Tt]he\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}(?!(?:of|for|and|on|de|the|in|at|to|with)\\s)(?:\\p{Ll}[\\p{L}-]*|\\p{L}+-\\p{Ll}[\\p{L}-]*)\\s+)?"
          + "((?:the\\s+)?" + WORD + "(?:\\s+(?:" + WORD + "|of|for|and|on|de|&)){0,8})");
  /** The cues of attribution-cues.tsv: "data released by" is read there. */
  private static final Set<String> CUES = Set.copyOf(Lexicon.get().cues().stream().map(Lexicon.Cue::cue).toList());

  private RecordLinks() {}

  /** The sources {@code sentence} names this way, in text order. */
  static List<Linked> find(String sentence) {
    List<Linked> out = new ArrayList<>();
    Matcher m = LINKED.matcher(sentence);
    while (m.find()) {
      if (CUES.contains(Regexes.replaceAll(m.group().strip().toLowerCase(Locale.ROOT), "\\s+", " "))) continue;
      Matcher s = SOURCE.matcher(sentence);
      if (!s.find(m.end())) continue;
      // "… Road Traffic and": a name ends in a name's word, not in a joining one.
      String name = Regexes.replaceFirst(Regexes.replaceFirst(s.group(1), "(?:\\s+(?:of|for|and|on|de|&))+$", ""), "(?<=\\p{Ll}{2})\\.$", "");
      if (Credits.isPlace(name) || !Credits.couldName(name)) continue;
      out.add(new Linked(name, s.start(1), s.start(1) + name.length()));
    }
    return out;
  }
}
