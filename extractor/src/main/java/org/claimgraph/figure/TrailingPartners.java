package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * A list whose items each name their own partner after the number: "42 electric cars were imported from Germany, 16 from the
 * UAE, 11 from South Korea" (azernews), "63% of all exports go to Chinese organizations, 31% goes to Türkiye, and 4% to
 * Latvia" (vestikavkaza). Each item pairs with its own partner and the list's other side (the importer or exporter the
 * sentence or page names), not with the whole list (devset/GUIDELINES.md "Places": exporter first, destination second; imports
 * set the direction). Only where two or more figures of the sentence each have such a partner of the same direction: a single
 * "exported 5,000 tonnes to Japan" is left to the general reading.
 */
final class TrailingPartners {

  /** An item's partner: "from Germany", "were imported from Germany", "goes to Türkiye", "of all exports go to Chinese". */
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)^(?:\\s+[\\p{L}-]+){0,4}?\\s+(from|to)\\s+(?:the\\s+)?$");

  /** The partner of one figure and which side of the flow it is. */
  record Partner(String code, boolean origin) {}

  private TrailingPartners() {}

  /**
   * The partner named right after the figure ending at {@code end}, before {@code next} (the next figure's start or the
   * sentence's end), or null.
   */
  static Partner of(String sentence, int end, int next, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    for (var m : mentions) {
      if (m.start() < end) continue;
      if (m.end() > next) return null;
      if (m.start() - end > 40) return null;
      var between = BETWEEN.matcher(sentence.substring(end, m.start()));
      if (!between.matches()) return null;
      return new Partner(m.value().code(), "from".equalsIgnoreCase(between.group(1)));
    }
    return null;
  }

  /**
   * The partners of every figure of a sentence ({@code starts}/{@code ends} in sentence offsets, in order), null for those
   * without one; all null unless two or more figures have distinct partners of the same direction.
   */
  static List<Partner> listed(String sentence, int[] starts, int[] ends, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    List<Partner> out = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      int next = i + 1 < starts.length ? starts[i + 1] : sentence.length();
      out.add(of(sentence, ends[i], next, mentions));
    }
    Set<String> from = new LinkedHashSet<>();
    Set<String> to = new LinkedHashSet<>();
    for (Partner p : out) if (p != null) (p.origin() ? from : to).add(p.code());
    boolean fromList = from.size() >= 2;
    boolean toList = to.size() >= 2;
    List<Partner> kept = new ArrayList<>();
    for (Partner p : out) kept.add(p != null && (p.origin() ? fromList : toList) ? p : null);
    return kept;
  }

  /** The preposition right before a country: "from Germany", "to the UAE". */
  private static final Pattern MARKED = Pattern.compile("(?i)\\b(from|to)\\s+(?:the\\s+)?$");

  /**
   * The place of a listed item: its own partner with the sides of {@code place} that are no item's partner, origin first ("from
   * Germany" → DE then the importer; "to Latvia" → the exporter then LV). A country named with the item's preposition is another
   * item's partner even where its number is no figure ("…, 11 from South Korea").
   */
  static List<String> apply(List<String> place, Partner own, List<Partner> all, String sentence,
      List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    if (own == null) return place;
    Set<String> partners = new LinkedHashSet<>();
    for (Partner p : all) if (p != null) partners.add(p.code());
    String word = own.origin() ? "from" : "to";
    for (var m : mentions) {
      var marked = MARKED.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start()));
      if (marked.find() && marked.group(1).equalsIgnoreCase(word)) partners.add(m.value().code());
    }
    List<String> out = new ArrayList<>();
    if (own.origin()) out.add(own.code());
    for (String c : place) if (!partners.contains(c) && !out.contains(c)) out.add(c);
    if (!own.origin() && !out.contains(own.code())) out.add(own.code());
    return List.copyOf(out);
  }
}
