package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The world a sentence names as a yardstick, not as the scope of its figures: a rank against the world ("reserves estimated to
 * be as big as 22 million tons–the second largest in the world after China"), a scale or standard of the world ("The planned
 * production capacity is high, even on an international scale: 170,000 tons", "still modest by global standards, it represents
 * a thirteenfold increase"), and an aside about the world's market that states no number ("55,000 mt/year of battery grade
 * lithium carbonate — for which global demand is growing in the electric vehicles and electronics sectors — as well as …").
 * Such a sentence on a national page names no world the page's country would yield to (PlaceResolver#nationalCarry). Words in
 * {@code world-yardsticks.tsv}.
 */
final class WorldYardsticks {

  /** Any word of the world the lexicon or WorldPages reads: the cheap guard, so a sentence without one is returned as it is. */
  private static final Pattern WORLD_HINT = Pattern.compile("(?i)world|global|international|planet|globe");
  /** The world an aside names as a market or a demand ("for which global demand is growing"). */
  private static final Pattern ASIDE_WORLD = Pattern.compile("(?i)\\b(?:world|worldwide|global|globally|international)\\b");
  private static final Pattern RANK;
  private static final Pattern YARDSTICK;
  /** A paired-dash or bracketed aside with no digit in it (its words are tested for the world apart). */
  private static final Pattern ASIDE = Pattern.compile("\\s[–—]\\s([^–—\\d]+?)\\s[–—]\\s|\\(([^()\\d]+)\\)");
  private static final Pattern WORDS = Pattern.compile("\\p{L}+");

  static {
    // The forms are plain words, so they serve as regex text as they are (a space matching any run of whitespace).
    var rows = Tsv.read("world-yardsticks.tsv");
    RANK = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(rows, "rank") + ")\\b(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:" + Tsv.alternation(rows, "tail") + ")\\b");
    YARDSTICK = Pattern.compile("(?i)\\b(?:on|at|by)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:" + Tsv.alternation(rows, "world") + ")\\s+(?:"
        + Tsv.alternation(rows, "measure") + ")\\b");
  }

  private WorldYardsticks() {}

  /** {@code text} with its yardsticks of the world blanked out (same length, so offsets hold); itself when it names no world. */
  static String without(String text) {
    if (!WORLD_HINT.matcher(text).find()) return text;
    StringBuilder out = new StringBuilder(text);
    blank(out, RANK.matcher(text));
    blank(out, YARDSTICK.matcher(text));
    Matcher aside = ASIDE.matcher(text);
    while (aside.find()) {
      int g = aside.group(1) != null ? 1 : 2;
      String words = aside.group(g);
      if (ASIDE_WORLD.matcher(words).find() && WORDS.matcher(words).results().count() >= 3) {
        for (int i = aside.start(g); i < aside.end(g); i++) out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder out, Matcher m) {
    while (m.find()) for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
  }
}
