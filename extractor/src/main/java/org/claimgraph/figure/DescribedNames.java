package org.claimgraph.figure;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * The name inside a description of the source written around it (credit26a): lower-case words before and after a capitalized
 * name say what kind of body or work it is, and are no part of whom a reader credits.
 *
 * <pre>
 * "the state-run Petra news agency"                  → "Petra"        (what it is, before and after the name)
 * "the Energyprom analytical website"                → "Energyprom"   (a kind of outlet after the name)
 * "the Nikkei business daily"                        → "Nikkei"
 * "a Newsroom analysis of pre-election sales trends" → "Newsroom"     (its own work on no other source's record)
 * "a Platts analysis of customs data"                → as written     (a chain: the analysis of a record)
 * "the Energy agency", "the Tesla company"           → as written     (a one-word name with no description but its kind)
 * "the Chinese news agency"                          → as written     (a place is no name)
 * </pre>
 *
 * The kinds are those of body-nouns.tsv ("agency", "firm", "newspaper", "website"); up to two lower-case words may stand
 * between the name and its kind ("news agency", "analytical website", "business daily").
 */
final class DescribedNames {

  /** A capitalized word; a hyphen only before another capital ("Samruk-Kazyna", not "US-based"). */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\d&.'’]*(?:-\\p{Lu}[\\p{L}\\d&.'’]*)*";
  private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}";
  private static final String LOWER = "\\p{Ll}[\\p{L}-]*";

  /** "[the] [up to three lower-case words] Name [up to two lower-case words] kind". */
  private static final Pattern NAME_THEN_KIND = Pattern.compile(
      "^(?:(?:[Tt]he|[Aa]n?)\\s+)?(?<before>(?:" + LOWER + "\\s+){0,3})(?<name>" + NAME + ")\\s+(?<between>(?:" + LOWER + "\\s+){0,2})"
          + "(?:" + Credits.BODY_NOUNS + ")$");
  /** "a Newsroom analysis of pre-election sales trends": the named body's own work on what it names. */
  private static final Pattern OWN_WORK_OF = Pattern.compile(
      "^(?:[Tt]he|[Aa]n?)\\s+(?:(?:new|recent|latest)\\s+)?(?<name>" + NAME + ")\\s+"
          + "(?:analysis|review|tally|study|survey|calculations?|assessment|count)\\s+of\\s+(?<what>[^,;()]+)$");
  /** What a record is: an analysis of it is a chain that keeps both ends. */
  private static final Pattern RECORD = Pattern.compile(
      "(?i)\\b(?:data|figures|statistics|numbers|records|filings|reports?|registrations\\s+data|surveys?)\\b");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  /** Words that name no body on their own (not-names.tsv): "a local Urdu daily", "the EV research firm". */
  private static final Set<String> NOT_NAMES = Set.copyOf(Tsv.read("not-names.tsv").stream().map(r -> r.get("word")).toList());
  /** A month or a quarter or half: "the January survey of dealers", "the Q3 survey of dealers". */
  private static final Pattern TIME_WORD = Pattern.compile("(?:" + PeriodResolver.MONTH_NAMES + "|[QH][1-4])");

  private DescribedNames() {}

  /** The name the description gives (see the class comment), or the phrase as it is. */
  static String cut(String phrase, Lexicon lexicon) {
    String s = phrase.strip();
    Matcher m = NAME_THEN_KIND.matcher(s);
    if (m.matches() && named(m.group("name"), lexicon)) {
      // A one-word name needs a word that describes it besides its kind: "the Energy agency" may be a name cut short.
      boolean described = !m.group("before").isBlank() || !m.group("between").isBlank();
      if (m.group("name").contains(" ") || described) return m.group("name");
    }
    m = OWN_WORK_OF.matcher(s);
    if (m.matches() && named(m.group("name"), lexicon) && !RECORD.matcher(m.group("what")).find()
        && m.group("what").chars().noneMatch(Character::isUpperCase)) {
      return m.group("name");
    }
    return s;
  }

  /** A name that is no place ("Chinese", "the EU"). */
  private static boolean named(String name, Lexicon lexicon) {
    // "the European Commission's statistics office": an owner's possessive is no name of the body it owns.
    if (POSSESSIVE.matcher(name).find()) return false;
    if (place(name, lexicon)) return false;
    // "the Chinese EV research firm", "the ruling Communist Party newspaper": words that name no body, places among them.
    for (String word : name.split("\\s+")) {
      if (!NOT_NAMES.contains(word) && !TIME_WORD.matcher(word).matches() && !place(word, lexicon)) return true;
    }
    return false;
  }

  private static boolean place(String words, Lexicon lexicon) {
    return lexicon.countries().whole(words) != null || lexicon.regions().whole(words) != null;
  }
}
