package org.claimgraph.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.lexicon.Regexes;

/**
 * The singular code of a counted noun after a number, from the plural rule and the exceptions in
 * {@code counted-nouns.tsv}.
 *
 * <pre>
 * singular("jobs")          → "job"          (the plural rule)
 * singular("people")        → "person"       (irregular)
 * singular("movies")        → "movie"        (a noun in -ie)
 * singular("types")         → null           (announces an enumeration; not counted)
 * compound("data centers")  → "data-center"  (the head alone is unclear)
 * after(lexicon, " large wildfires were", …) → "wildfire" (the noun after a number)
 * </pre>
 */
final class CountedNouns {

  static final Set<String> MODIFIER_STOP = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "on", "at",
      "by", "for", "from", "with", "than", "as", "per", "is", "was", "were", "are", "be", "been", "that", "which",
      "who", "it", "this", "these", "those", "its", "their", "his", "her", "our", "more", "less", "had", "have",
      "has", "will", "would", "could", "can", "may", "not", "no", "into", "over", "under", "after", "before", "since",
      "while", "when", "where", "year", "month", "week", "day", "times", "percent", "but", "so", "if", "said", "says");
  static final Pattern NEXT_WORD = Pattern.compile("^ ([\\p{L}][\\p{L}-]*)");
  private static final CountedNouns INSTANCE = new CountedNouns();

  private final Map<String, String> nouns = new HashMap<>();
  private final Map<String, String> why = new HashMap<>();

  private CountedNouns() {
    for (Map<String, String> row : Tsv.read("counted-nouns.tsv")) {
      nouns.put(row.get("form"), row.get("noun"));
      why.put(row.get("form"), row.get("why"));
    }
  }

  static CountedNouns get() {
    return INSTANCE;
  }

  /**
   * The singular code of {@code word} (lower case), or null when it is not a counted plural noun;
   * {@code singular}: the number is 1, so only irregular forms count.
   */
  String singular(String word, boolean singular) {
    String kind = why.get(word);
    if ("irregular".equals(kind)) return nouns.get(word);
    if ("not-counted".equals(kind) || word.length() < 4 || word.contains("-")) return null;
    if (singular) return null;
    if (!word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("'s")) return null;
    if ("plural-ie".equals(kind)) return nouns.get(word);
    if (word.endsWith("uses") && !word.endsWith("ouses") && !word.endsWith("causes")) return word.substring(0, word.length() - 2);
    if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
    if (Regexes.matches(word, ".*(?:ches|shes|xes|sses|zes)$")) return word.substring(0, word.length() - 2);
    return word.substring(0, word.length() - 1);
  }

  /** The code of a two-word counted noun ("data centers" → data-center), or null. */
  String compound(String twoWords) {
    return "compound".equals(why.get(twoWords)) ? nouns.get(twoWords) : null;
  }

  /**
   * The counted noun after a number, singular: "jobs" → job, "people" → person, "large wildfires"
   * → wildfire (up to three lower-case modifiers between, two after a number word); null when none. Sets {@code span[0]} to
   * the characters consumed.
   */
  String after(Lexicon lexicon, String rest, int[] span, boolean singular) {
    return after(lexicon, rest, span, singular, false);
  }

  private static final Pattern WORD_AFTER =
      Pattern.compile("\\G[ \\u00A0](\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{Lu}\\p{N}]+-\\p{N}+|[\\p{L}][\\p{L}-]*)");
  private static final Pattern TWO_WORDS = Pattern.compile("^ ([\\p{L}][\\p{L}-]*) ([\\p{L}][\\p{L}-]*)");
  /** One lower-case word before a compound: " public", " fast". */
  private static final Pattern MODIFIER = Pattern.compile("^ \\p{Ll}[\\p{Ll}-]*(?= )");

  /** A counted compound and where it ends in the text it starts. */
  record Compound(String unit, int end) {}

  /**
   * The counted compound written by the two words that open {@code rest} (" charging points"), or after one lower-case
   * modifier (" public charging stations" of "7,432 electric vehicle public charging stations", value9), or null.
   */
  Compound compoundAfter(String rest) {
    Compound first = twoWordCompound(rest);
    if (first != null) return first;
    Matcher modifier = MODIFIER.matcher(rest);
    Compound after = modifier.find() ? twoWordCompound(rest.substring(modifier.end())) : null;
    return after == null ? null : new Compound(after.unit(), modifier.end() + after.end());
  }

  /** The written unit word ends as a singular ("EV", "vehicle", "car"), as a modifier does; "units", "EVs" do not. */
  private static final Pattern SINGULAR_END = Pattern.compile("[\\p{L}&&[^s]]$");
  /** One lower-case word closing the noun: " manufacturers", " models". */
  private static final Pattern HEAD = Pattern.compile("^ (\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}'’-])");

  /**
   * The plural noun a counted unit word modifies, which the number counts: " manufacturers" after "12 major vehicle",
   * " models" after "122 EV"; null where {@code unitWord} reads as a plural or the noun counts events of the unit
   * ("5,000 EV sales", "car registrations": why {@code event} in counted-nouns.tsv), or where {@code one} (the number
   * is 1: "one car makes").
   */
  Compound headAfter(Lexicon lexicon, String unitWord, String rest, boolean one) {
    if (one || !SINGULAR_END.matcher(unitWord).find()) return null;
    Matcher head = HEAD.matcher(rest);
    if (!head.find()) return null;
    String word = head.group(1);
    if ("event".equals(why.get(word)) || MODIFIER_STOP.contains(word) || lexicon.unit(word) != null) return null;
    String noun = singular(word, false);
    return noun == null ? null : new Compound(noun, head.end());
  }

  /**
   * The short form a page puts in brackets after a modifier it will use again ("10,000 electric vehicle (EV) charging
   * stations", "740 electric vehicle (EV) charging stations"): an aside, not the end of the noun, so the head after it is
   * still read. The length of " (EV)" in {@code rest}, or 0.
   */
  private static final Pattern ACRONYM_ASIDE = Pattern.compile("^ \\(\\p{Lu}[\\p{Lu}\\p{N}]{1,5}\\)(?= \\p{Ll})");

  static int acronymAside(String rest) {
    Matcher m = ACRONYM_ASIDE.matcher(rest);
    return m.find() ? m.end() : 0;
  }

  /** "last month", "past year", "next quarter": a word of {@code why} time-deictic before a time unit names a period. */
  private boolean timeAfterDeictic(Lexicon lexicon, String word, String nextWord) {
    if (!"time-deictic".equals(why.get(word.toLowerCase(Locale.ROOT)))) return false;
    Lexicon.Unit unit = lexicon.unit(nextWord);
    return unit != null && "Time".equals(UnitTable.get().kind(unit.unit()));
  }

  private Compound twoWordCompound(String rest) {
    Matcher two = TWO_WORDS.matcher(rest);
    if (!two.find()) return null;
    String unit = compound((two.group(1) + " " + two.group(2)).toLowerCase(Locale.ROOT));
    return unit == null ? null : new Compound(unit, two.end());
  }

  /** Lower-case modifiers joined by commas and a closing "and"/"or" before one more lower-case word. */
  private static final Pattern COORDINATED =
      Pattern.compile("^((?: \\p{Ll}[\\p{Ll}-]*,)* \\p{Ll}[\\p{Ll}-]*,? (?:and|or))(?= \\p{Ll})");

  /**
   * Where the last of a list of coordinated modifiers starts in {@code rest}, or 0: "17,000 direct, indirect and induced
   * jobs", "5,000 direct and indirect jobs", "2,068 electric and hybrid vehicles" count the noun after the list. Each
   * listed word must be a modifier, not a counted plural ("20 cars and trucks" counts cars), a unit or a stop word.
   */
  private int coordinatedModifiers(Lexicon lexicon, String rest) {
    Matcher m = COORDINATED.matcher(rest);
    if (!m.find()) return 0;
    String[] words = m.group(1).trim().split("[ ,]+");
    for (int i = 0; i < words.length - 1; i++) {
      String word = words[i];
      if (MODIFIER_STOP.contains(word) || lexicon.unit(word) != null || why.containsKey(word) || singular(word, false) != null) return 0;
    }
    return m.end();
  }

  /** {@code afterWord}: the number is a word, and "Three Gorges" is a name, not three gorges. */
  String after(Lexicon lexicon, String rest, int[] span, boolean singular, boolean afterWord) {
    Matcher w = WORD_AFTER.matcher(rest);
    int pos = afterWord ? 0 : coordinatedModifiers(lexicon, rest);
    // "1,849 high power public chargers": up to three modifiers after digits; a number word, more often a rhetorical
    // count ("eight large Chinese tungsten producers"), keeps two
    int words = afterWord ? 3 : 4;
    for (int i = 0; i < words && w.find(pos); i++) {
      String word = w.group(1);
      if (word.endsWith("-")) return null; // "1,500 new on- street chargers": a word broken by the page, no noun read across it
      Matcher next = NEXT_WORD.matcher(rest.substring(w.end()));
      if (next.find(0) && timeAfterDeictic(lexicon, word, next.group(1))) return null; // "23,158 last month": when, not what
      next.reset();
      String compound = next.find() ? compound((word + " " + next.group(1)).toLowerCase(Locale.ROOT)) : null;
      if (compound != null) {
        span[0] = w.end() + next.end(); // "two data centers" → data-center
        return compound;
      }
      Lexicon.Unit lu = lexicon.unit(word);
      if (i > 0 && lu != null && lu.multiplier() == 1 && !lu.unit().equals("count")) {
        // "19,487 public electric vehicle charging devices": a unit word modifying the compound after it
        int from = w.end() + acronymAside(rest.substring(w.end()));
        Compound after = compoundAfter(rest.substring(from));
        if (after == null && UnitTable.get().isCounted(lu.unit())) after = headAfter(lexicon, word, rest.substring(from), singular);
        if (after != null) {
          span[0] = from + after.end();
          return after.unit();
        }
        span[0] = w.end(); // "31.07 million ore tonnes", "8 consecutive weeks", "44,700 new electric cars"
        return lu.unit();
      }
      if (MODIFIER_STOP.contains(word) || lu != null) return null;
      if (!Character.isLowerCase(word.charAt(0)) || !word.equals(word.toLowerCase(Locale.ROOT))) {
        // "14,000 Americans", "441 Tests", "33.8 million iPhones": a capitalized plural is the counted noun
        String lower = word.toLowerCase(Locale.ROOT);
        if (!afterWord && !lower.endsWith("s") && singular(lower, singular) != null) {
          span[0] = w.end(); // "22 More Children": an irregular plural in a headline
          return singular(lower, singular);
        }
        if (!afterWord && Regexes.matches(word, "\\p{L}[\\p{Ll}\\p{Lu}]*\\p{Ll}s") && !Regexes.matches(rest.substring(w.end()), "^ \\p{Ll}+s\\b.*")) {
          String noun = singular(lower, singular);
          if (noun != null) {
            span[0] = w.end();
            return noun;
          }
        }
        if (Regexes.matches(word, "\\p{Lu}[\\p{Ll}]+|\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}{2,5}|\\p{Lu}[\\p{Lu}\\p{N}]+-\\p{N}+")) {
          pos = w.end(); // "13 million American homes", "80,000 U.S. homes"
          continue;
        }
        return null;
      }
      String noun = singular(word, singular);
      if (noun != null) {
        if (rest.substring(w.end()).startsWith(":")) return null; // "three strategic challenges:"
        span[0] = w.end();
        return noun;
      }
      pos = w.end(); // a modifier: "fully electric vehicles", "large wildfires"
    }
    return null;
  }

}
