package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A joint figure of several places is no one country's: "Mozambique, Madagascar, and Tanzania together hold 69 million
 * tonnes", "Zambia and the Democratic Republic of Congo whose combined output remained flat at 13%", "sales exceeding 2.5mn
 * each in China and in Europe", "EV sales in the US and Canada increased 16.8%", "these four countries accounted for 64%"
 * take no place (devset/GUIDELINES.md: joint figures of several countries take no place and name them in the measure). A
 * figure's place is dropped where it is exactly the countries of one list of two or more places ("X and Y", "X, Y, and Z";
 * a region counts as a place of the list) or a plural "these four countries" is its subject; not in a sentence on trade,
 * whose lists are exporters and partners ("imports from Chile and Argentina"), nor for one country's states ("Western
 * Australia and Queensland" is Australia's).
 */
final class JointPlaces {

  /**
   * What may stand between two places of one list: a bracketed short form, a comma, "and", "the", "in" ("the DRC (DRC) and
   * Zambia"); not a bracketed number, which gives each place its own ("Canada (22 percent) and Australia (9 percent)").
   */
  private static final Pattern LIST_GAP = Pattern.compile(
      "^(?:\\s*\\([^()\\d]{1,12}\\))?\\s*(?:,\\s*(?:and\\s+|&\\s*)?|and\\s+|&\\s*)(?:the\\s+)?(?:in\\s+)?$");
  /** A sentence on trade (lexicon {@code trade-words.tsv}): its lists of countries are the flow's sides, which the place keeps. */
  private static final Pattern TRADE = trade();
  /** "these four countries", "the two nations", "both countries" as the subject of the figure after them. */
  private static final Pattern COUNTED_SUBJECT = Pattern.compile(
      "(?i)\\b(?:(?:these|those|the|all)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)|both)\\s+(?:countries|nations)\\b(?=[^\\d]*$)");

  private JointPlaces() {}

  private static Pattern trade() {
    List<String> words = new ArrayList<>();
    for (var row : Tsv.read("trade-words.tsv")) words.add(Pattern.quote(row.get("word")).replace(" ", "\\E\\s+\\Q"));
    return Pattern.compile("(?i)\\b(?:" + String.join("|", words) + ")");
  }

  /**
   * The place of the figure at {@code [start, end)} of {@code sentence}: none where it is a joint figure of the places the
   * sentence lists, else {@code place} as it is.
   */
  static List<String> apply(List<String> place, String sentence, int start, List<PhraseMatcher.Match<Lexicon.Country>> countries,
      List<PhraseMatcher.Match<Lexicon.Region>> regions) {
    if (place.isEmpty() || TRADE.matcher(sentence).find()) return place;
    if (COUNTED_SUBJECT.matcher(sentence.substring(0, start)).find()) return List.of();
    Set<String> own = new LinkedHashSet<>(place);
    for (List<Item> list : lists(sentence, countries, regions)) {
      Set<String> codes = new LinkedHashSet<>();
      Set<String> keys = new LinkedHashSet<>();
      for (Item i : list) {
        keys.add(i.key());
        if (i.country()) codes.add(i.key());
      }
      if (keys.size() >= 2 && (codes.equals(own) || subjectOf(list, own, sentence, start))) return List.of();
    }
    return place;
  }

  /** Words only, a verb first ("produced", "together hold"): not a bracket or a comma giving the last place its own number. */
  private static final Pattern WORDS_BETWEEN = Pattern.compile("^\\s+\\p{L}[^\\d(),;]*$");
  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

  /**
   * Whether the list is the subject of the figure whose place was read from its last member alone: "Australia, Chile, and
   * Argentina produced 91%" (the verb marks "Argentina" as the producer), with nothing between but words: no number, no
   * bracket ("the United States (38,000 tons) and Myanmar (30,000 tons)"), not "respectively" ("Peru and Chile account for 40
   * percent …, with 13 and 27.5 percent, respectively").
   */
  private static boolean subjectOf(List<Item> list, Set<String> own, String sentence, int start) {
    Item last = list.get(list.size() - 1);
    if (own.size() != 1 || !last.country() || !own.contains(last.key()) || last.end() > start) return false;
    String between = sentence.substring(last.end(), start);
    return WORDS_BETWEEN.matcher(between).matches() && !RESPECTIVELY.matcher(sentence).find();
  }

  /** One place of a list: a country's code (a state counts as its country), or a region's id. */
  private record Item(int start, int end, String key, boolean country) {}

  /** The runs of places the sentence writes side by side with commas and "and", each of two or more places. */
  private static List<List<Item>> lists(String sentence, List<PhraseMatcher.Match<Lexicon.Country>> countries,
      List<PhraseMatcher.Match<Lexicon.Region>> regions) {
    List<Item> items = new ArrayList<>();
    for (var m : countries) items.add(new Item(m.start(), m.end(), m.value().code(), true));
    for (var r : regions) {
      if (items.stream().noneMatch(i -> i.start() < r.end() && r.start() < i.end())) items.add(new Item(r.start(), r.end(), "region:" + r.value().id(), false));
    }
    items.sort(java.util.Comparator.comparingInt(Item::start));
    List<List<Item>> out = new ArrayList<>();
    List<Item> run = new ArrayList<>();
    for (Item i : items) {
      if (!run.isEmpty()) {
        Item last = run.get(run.size() - 1);
        if (i.start() < last.end()) continue;
        if (!LIST_GAP.matcher(sentence.substring(last.end(), i.start())).matches()) {
          if (run.size() >= 2) out.add(run);
          run = new ArrayList<>();
        }
      }
      run.add(i);
    }
    if (run.size() >= 2) out.add(run);
    // A list joins its last place with "and": commas alone set an apposition ("the UK, Europe’s second largest auto market").
    out.removeIf(list -> !AND.matcher(sentence.substring(list.get(0).end(), list.get(list.size() - 1).start())).find());
    return out;
  }

  private static final Pattern AND = Pattern.compile("(?i)\\band\\b|&");
}
