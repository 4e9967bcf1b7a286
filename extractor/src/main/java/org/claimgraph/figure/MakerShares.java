package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A carmaker's share of one country's car market is that market's, not the maker's home's: "BMW topped the list with a market
 * share of 21 percent" on a page about Türkiye's registrations is TR, "Toyota …, accounting for 17% of new cars licensed, ahead of
 * Hyundai (13%)" on an Irish page IE (devset/GUIDELINES.md "Places": the subject carries over; the gold gives the market's
 * country to 19 such shares on 8 publishers, the maker's home only to shares of the world's market). Makes: {@code
 * vehicle-makes.tsv}, as written. Not where the sentence names a country or the world, nor where the page has no country of its
 * own; a maker's sales, revenue or output stay as they are.
 */
final class MakerShares {

  private static final Pattern MAKES = Pattern.compile(
      "\\b(?:" + String.join("|", Tsv.read("vehicle-makes.tsv").stream().map(r -> Pattern.quote(r.get("make"))).toList()) + ")\\b");
  private static final Pattern WORLD = Pattern.compile("(?i)\\b(?:global|globally|world|world's|world’s|worldwide|international)\\b");
  /** The name a share is bracketed after: "LG (" in "BYD (16%), LG (14%)". */
  private static final Pattern BRACKETED_OWNER = Pattern.compile("(\\p{Lu}[\\p{L}\\d&.-]*(?: \\p{Lu}[\\p{L}\\d&.-]*)*) \\($");

  private MakerShares() {}

  /**
   * The place of a share at {@code start} in {@code sentence}: {@code main} where {@code place} is the home of a maker named
   * before it (one of {@code homes}, the sentence's company homes), the sentence names no country nor the world, and a name the
   * share is bracketed after ("LG (14%)") is a maker's; else {@code place}.
   */
  static List<String> ofMarket(List<String> place, Kind kind, String sentence, int start, String main, boolean namesCountry,
      List<String> homes) {
    if (kind != Kind.SHARE || main == null || namesCountry || place.size() != 1 || place.contains(main) || !homes.contains(place.get(0))) {
      return place;
    }
    String before = sentence.substring(0, start);
    if (WORLD.matcher(sentence).find() || !MAKES.matcher(before).find()) return place;
    // A share in brackets right after a name is that name's ("BYD (16%), LG (14%)"): a battery maker's share is not a
    // carmaker's, whatever makes the sentence names before it.
    Matcher owner = BRACKETED_OWNER.matcher(before);
    if (owner.find() && !MAKES.matcher(owner.group(1)).matches()) return place;
    return List.of(main);
  }
}
