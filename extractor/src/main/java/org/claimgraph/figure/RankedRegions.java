package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A region named as the scope of a rank describes its subject, not where a figure is counted (devset/GUIDELINES.md, "Places":
 * a figure takes its subject's country; a region's own figure has none):
 *
 * <pre>
 * "Zimbabwe is the largest lithium producer in Africa and exported 1.128 million tonnes"      → ZW, not Africa's (TRT World)
 * "Zimbabwe is Africa's leading producer of lithium, having exported 1.128 million metric tons" → ZW (AllAfrica)
 * "Ethiopia is Africa’s sixth-largest economy, with a GDP of $120.37 billion in 2023"          → ET
 * "the first gigafactory in the Middle East and Africa region, with the creation of 17,000 direct jobs" → the page's MA
 * </pre>
 *
 * Not a region the figure is counted in ("sales in Europe rose 5%", "the first half in Europe": a time is no rank).
 */
final class RankedRegions {

  private static final String RANKS = String.join("|", Tsv.read("rank-words.tsv").stream().map(r -> r.get("word")).toList());
  private static final String ORDINAL = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))";
  /** "the largest lithium producer in (the) …", "the sixth-largest economy of …"; not "the first half in …". */
  private static final Pattern RANK_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:" + ORDINAL + "[\\s-]+)?(?:\\p{L}+-)?(?:" + RANKS + ")\\b"
      + "(?!\\s+(?:half|quarter|months?|weeks?|days?|years?|time|place)\\b)(?<words>(?:\\s+[\\p{L}-]+){0,4}?)\\s+(?:in|of|across)\\s+(?:the\\s+)?(?:whole\\s+|entire\\s+)?$");
  /** "Africa's leading producer", "Africa’s sixth-largest economy". */
  private static final Pattern RANK_AFTER = Pattern.compile("(?i)^['’]s\\s+(?:" + ORDINAL + "[\\s-]+)?(?:\\p{L}+-)?(?:" + RANKS + ")\\b"
      + "(?<words>(?:\\s+[\\p{L}-]+){0,4})");
  /** "one of the largest producers in Africa", "among Africa's top producers": a plural rank that still ranks the subject. */
  private static final Pattern ONE_OF = Pattern.compile("(?i)\\b(?:one\\s+of|among)\\s+$");
  /** Where a rank's head noun ends: "producer of lithium" → producer. */
  private static final java.util.Set<String> HEAD_END = java.util.Set.of("of", "in", "for", "across", "and", "with", "by", "to", "at",
      "is", "are", "was", "were", "has", "have", "had", "rose", "fell");
  /** "the Middle East and Africa region": a region joined to a ranked one shares its rank. */
  private static final Pattern JOINED = Pattern.compile("^\\s*(?:&|and|,)\\s*$");

  private RankedRegions() {}

  /** {@code regions} (of {@code sentence}, in text order) without those named as a rank's scope. */
  static List<PhraseMatcher.Match<Lexicon.Region>> without(String sentence, List<PhraseMatcher.Match<Lexicon.Region>> regions) {
    List<PhraseMatcher.Match<Lexicon.Region>> out = new ArrayList<>();
    PhraseMatcher.Match<Lexicon.Region> previous = null;
    boolean previousRanked = false;
    for (var r : regions) {
      String window = sentence.substring(Math.max(0, r.start() - 90), r.start());
      Matcher before = RANK_BEFORE.matcher(window);
      Matcher after = RANK_AFTER.matcher(sentence.substring(r.end()));
      boolean ranked = before.find() && ranksOne(before.group("words"), window.substring(0, before.start()))
          || after.find() && ranksOne(after.group("words"), sentence.substring(0, Math.max(0, r.start())))
          || previousRanked && previous.end() <= r.start() && JOINED.matcher(sentence.substring(previous.end(), r.start())).matches();
      if (!ranked) out.add(r);
      previous = r;
      previousRanked = ranked;
    }
    return out;
  }

  /**
   * Whether a rank's head ranks one subject ("the largest lithium producer", "the largest exporter of cars"): a plural head ranks
   * a set counted in the region ("Sales in the main markets of Europe rose 12%", "the top ten markets in Europe sold 250,000",
   * "the first three months in Europe"): the region is then the figure's scope; unless "one of"/"among" stands before it.
   */
  private static boolean ranksOne(String words, String before) {
    String head = null;
    for (String w : words.strip().split("\\s+")) {
      if (w.isEmpty()) continue;
      if (HEAD_END.contains(w.toLowerCase(java.util.Locale.ROOT))) break;
      head = w.toLowerCase(java.util.Locale.ROOT);
    }
    if (head == null || !head.endsWith("s") || head.endsWith("ss") || head.endsWith("us") || head.endsWith("is")) return true;
    return ONE_OF.matcher(before.replaceFirst("(?i)(?:the\\s+|\\p{L}+['’]s\\s+)?$", "")).find();
  }
}
