package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A motor power that classes vehicles, not a figure: tariff bands and specifications written as "EVs of up to 100 kW
 * capacity", "vehicles with a capacity of 51 kW to 100 kW", "4,728 units with up to 50 kilowatts", "vehicles with
 * 100-200 kW motors", "990 units of 100kW EVs", "imports above 100kW" (Nepal's customs news of several publishers;
 * devset/GUIDELINES.md: specifications are not figures). The count of vehicles in such a band stays a figure.
 *
 * <p>A power is a class bound when a rated noun of rated-nouns.tsv stands just before it (with a preposition, a
 * bound and "a capacity of" between) or when "capacity", "motor" or a rated noun follows it. "chargers delivering
 * speeds of over 100kW" and "power output requirements rising from 400 kW" stay figures: no rated noun.
 *
 * <p>Pure and stateless.
 */
final class PowerRatings {

  private static final Set<String> POWER_UNITS = Set.of("kilowatt", "horsepower");
  private static final String NOUNS = nouns();
  private static final String BOUND = "(?:up\\s+to|more\\s+than|less\\s+than|greater\\s+than|higher\\s+than|lower\\s+than"
      + "|above|below|over|under|exceeding|between|from|ranging\\s+from|of|with|at)";
  /**
   * "EVs of up to", "vehicles with a capacity of", "units with power capacities ranging from", "EVs with a motor power of";
   * the upper bound of a range read as two powers ("vehicles from 51 kW to 100 kW") has the lower one before it.
   */
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:" + NOUNS + ")\\s+(?:(?:" + BOUND + ")\\s+)?"
      + "(?:(?:a|an|the)\\s+)?(?:(?:electric\\s+)?(?:motor\\s+|engine\\s+)?(?:power\\s+)?(?:capacit(?:y|ies)|power|rating|output)\\s+)?"
      + "(?:(?:" + BOUND + ")\\s+){0,2}(?:[\\d.,]+\\s*(?:kW|KW|kilowatts?)\\s+(?:to|and|-|–)\\s+)?$");
  /** "50 kW capacity", "100-200 kW motors", "100kW EVs", "300 KW motor capacity". */
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:electric\\s+)?(?:capacity\\b|(?:" + NOUNS + ")\\b)");

  private PowerRatings() {}

  /** Whether the power {@code q} (its text at {@code start}..{@code end} of {@code sentence}) classes vehicles. */
  static boolean isClassBound(Quantity q, String sentence, int start, int end) {
    if (!POWER_UNITS.contains(q.unit())) return false;
    return NOUN_BEFORE.matcher(sentence.substring(Math.max(0, start - 80), start)).find()
        || AFTER.matcher(sentence.substring(end)).lookingAt();
  }

  private static String nouns() {
    List<String> out = new ArrayList<>();
    for (var row : Tsv.read("rated-nouns.tsv")) out.add(Pattern.quote(row.get("form")));
    return String.join("|", out);
  }
}
