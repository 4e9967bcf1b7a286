package org.claimgraph.figure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Company homes as a page's country: only where the page's companies share one home. A page naming makers of several homes
 * is a market's report ("the top selling new car models were the Hyundai Tucson, Kia Sportage, Toyota Corolla … and Volkswagen
 * ID.4", "Toyota … followed by Ford … and Mitsubishi"): the makers compete in the page's market, whichever it is, and their homes
 * tell nothing of it (an Irish registrations report naming Hyundai and Kia five times is not Korea's). Where such a page names
 * one country ("U.S. sales of hybrid electric vehicles …", then Toyota, Ford, GM and Honda maker by maker), that country is the
 * market. A page about one company, or companies of one home ("BYD sold 500,526 units"), still takes its home.
 */
final class MakerRollCalls {

  private MakerRollCalls() {}

  /** The homes that speak for the page's country: {@code homes} (in text order) where they are one country's, else none. */
  static List<String> votes(List<String> homes) {
    return new HashSet<>(homes).size() > 1 ? List.of() : homes;
  }

  /**
   * The one country a page names ({@code named}) where its companies have several homes ({@code homes}): the market they are
   * counted in. Null where the page names no country or several, or its companies share one home.
   */
  static String market(Set<String> named, List<String> homes) {
    return named.size() == 1 && new HashSet<>(homes).size() > 1 ? named.iterator().next() : null;
  }
}
