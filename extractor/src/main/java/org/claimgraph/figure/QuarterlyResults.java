package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * "quarterly revenue", "its quarterly shipments soared", "quarterly rare-earths oxide (REO) production": a result the
 * sentence calls a quarter's without naming the quarter (lexicon {@code quarterly-results.tsv}). On a dated page it is the
 * last quarter completed at the page's date, as "during the quarter" is: results are reported after their quarter. Not a
 * past record ("surpassing our previous quarterly records", "prior quarterly deliveries").
 */
final class QuarterlyResults {

  private QuarterlyResults() {}

  /** "quarterly", up to three words or one bracketed code before the result's noun. */
  static final Pattern MENTION;

  static {
    List<String> nouns = new ArrayList<>();
    for (var row : Tsv.read("quarterly-results.tsv")) nouns.add(Pattern.quote(row.get("noun")));
    MENTION = Pattern.compile("(?i)(?<!\\b(?:previous|prior|past|earlier)\\s)\\bquarterly\\s+(?:(?:[\\p{L}-]+|\\([\\p{Lu}\\d]{1,8}\\))\\s+){0,3}?(?:"
        + String.join("|", nouns) + ")\\b");
  }
}
