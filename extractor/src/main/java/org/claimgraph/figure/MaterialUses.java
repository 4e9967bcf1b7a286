package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * What a material goes into is no country's: how much of it a thing takes ("6-9kg of manganese is used per ton of steel",
 * "requiring over 8,000 kg of copper per MW", "3,000 kg of copper is required for generating 1 MW", "standard e-car batteries
 * can use 10 kg of lithium") and the share of it a use takes ("90 percent of manganese is used to create steel", "manganese's
 * primary use has been in steelmaking (around 90%)"). The gold gives such figures no place where the page's country was carried
 * to them (resourcescorner, gstimes, ferroalloys, ssyglobal). Only where the sentence names no country, region nor company:
 * "India needs 5 tonnes per MW" stays India's. Words: {@code material-uses.tsv}.
 */
final class MaterialUses {

  private static final List<Map<String, String>> ROWS = Tsv.read("material-uses.tsv");
  private static final Set<String> MASS = Set.of("tonne", "kilotonne", "megatonne", "kg", "gram", "pound", "ounce", "troy-ounce");
  private static final Set<String> NOT_PER = Tsv.formSet(ROWS, "not-per");
  /** "per ton of steel", "for every megawatt", "per 1 MW": the word the mass is counted per. Not "as per" (a source). */
  private static final Pattern PER = Pattern.compile(
      "(?i)(?<!\\bas\\s)\\b(?:" + Tsv.alternation(ROWS, "per") + ")\\s+(?:(?:\\d[\\d,.]*|one|a|an|single)\\s+)*([\\p{L}-]+)");
  /** "of copper is required for generating 1 MW": a mass needed for one of a thing. */
  private static final Pattern NEEDED_FOR_ONE = Pattern.compile(
      "(?i)^\\s*of\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:is|are)\\s+(?:required|needed|used)\\s+(?:for|to)\\s+(?:\\p{L}+\\s+)?"
          + "(?:1|one|a|an|each|every|a\\s+single)\\s+\\S");
  /** "one electric vehicle can require between", "standard e-car batteries can use some": a generic thing's need. */
  private static final Pattern PRODUCT_TAKES = Pattern.compile(
      "(?i)\\b(?:a|an|one|each|every|the\\s+average|an\\s+average|a\\s+typical|typical|standard|a\\s+single)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
          + "(?:" + Tsv.alternation(ROWS, "product") + ")s?\\s+(?:on\\s+average\\s+)?(?:(?:can|will|would|could|may)\\s+)?"
          + "(?:use|uses|contain|contains|require|requires|need|needs)\\s+"
          + "(?:(?:about|around|approximately|roughly|nearly|some|up\\s+to|between|over|more\\s+than|at\\s+least|an\\s+average\\s+of)\\s+)*$");
  /** "of manganese is used to", "of all manganese consumed ... goes into": a share of a material a use takes. */
  private static final Pattern SHARE_USED = Pattern.compile(
      "(?i)^\\s*of\\s+(?:all\\s+|the\\s+)?((?:[\\p{L}-]+\\s+){1,3}?)(?:is|are|was|were)\\s+(?:(?:primarily|mainly|mostly|currently|now)\\s+)?"
          + "(?:used|consumed)\\s+(?:in|for|to|by)\\b");
  /** "the greatest use of manganese", "manganese's primary use". */
  private static final Pattern MAIN_USE = Pattern.compile(
      "(?i)\\b(?:" + Tsv.alternation(ROWS, "main-use") + ")\\s+(?:end[- ])?(?:use|application)s?\\b");

  private MaterialUses() {}

  /**
   * No place for the figure at {@code start}–{@code end} of {@code sentence} where it states a material's use; else {@code place}.
   * The caller checks that the sentence names no country, region nor company of its own.
   */
  static List<String> apply(List<String> place, String sentence, int start, int end, String unit, Lexicon lexicon) {
    if (place.isEmpty() || start < 0 || end > sentence.length() || start > end) return place;
    String after = sentence.substring(end);
    if (MASS.contains(unit) && (perThing(after) || NEEDED_FOR_ONE.matcher(after).find()
        || PRODUCT_TAKES.matcher(sentence.substring(0, start)).find())) {
      return List.of();
    }
    if ("percent".equals(unit) && (usedShare(after, lexicon) || mainUse(sentence.substring(0, start), lexicon))) return List.of();
    return place;
  }

  /** "of manganese is used per ton of steel": a per-word in the figure's clause, counting per a thing, not a time nor a person. */
  private static boolean perThing(String after) {
    int stop = after.length();
    for (char c : new char[] {',', ';', '(', ':'}) {
      int i = after.indexOf(c);
      if (i >= 0 && i < stop) stop = i;
    }
    Matcher m = PER.matcher(after.substring(0, Math.min(stop, 80)));
    if (!m.find()) return false;
    String noun = m.group(1).toLowerCase();
    return !NOT_PER.contains(noun) && !NOT_PER.contains(noun.replaceAll("s$", ""));
  }

  private static boolean usedShare(String after, Lexicon lexicon) {
    Matcher m = SHARE_USED.matcher(after);
    return m.find() && !lexicon.materials().find(m.group(1)).isEmpty();
  }

  /** A main-use phrase before the figure, with a material named before it in the sentence. */
  private static boolean mainUse(String before, Lexicon lexicon) {
    Matcher m = MAIN_USE.matcher(before);
    return m.find() && !lexicon.materials().find(before).isEmpty();
  }
}
