package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A sentence that opens by breaking down the figure before it ("Of these, 24,859 were plug-ins", "Among them, CATL's installed
 * capacity increased by 31.1% … to 107GWh", "Of the total, 516 are pure electric EVS", lexicon {@code breakdown-openers.tsv})
 * refers back to that figure: its parts are of the whole's period, even in a paragraph of their own and in the present tense
 * (GUIDELINES: a figure continues the period of the figure it breaks down). Not a sentence whose own "of" names a counted set
 * ("Of the 64 OEMs registered under FAME II so far, at least 17 …"): that states a whole of its own.
 */
final class Breakdowns {

  private Breakdowns() {}

  private static final Pattern OPENER;

  static {
    StringBuilder b = new StringBuilder();
    for (var row : Tsv.read("breakdown-openers.tsv")) {
      if (b.length() > 0) b.append('|');
      b.append(Pattern.quote(row.get("phrase").toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
    }
    // "Of these vehicles, 7,329 …": one noun may follow a demonstrative; then a comma or the rest of the clause.
    OPENER = Pattern.compile("(?i)^[\"“]?(?:" + b + ")(?:(?<=these|those)\\s+\\p{L}+)?(?![\\p{L}\\p{N}])(?!\\s+\\p{N})");
  }

  /** Whether {@code sentence} opens by breaking down a figure stated before it. */
  static boolean opens(String sentence) {
    return OPENER.matcher(sentence.strip()).find();
  }
}
