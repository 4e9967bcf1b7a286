package org.claimgraph.figure;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The country an amount of money speaks for when the page's country is counted (FigureExtractor's main country): its
 * currency's one market ("340,000 yuan / ton" → CN, currency-markets.tsv), except for a sign whose currency depends on the
 * page's country (local-signs.tsv: "Rs", "rupees"). Such a sign is read as units.tsv's default (INR) before the page's
 * country is known, and that reading must not vote for India on a Sri Lankan, Pakistani or Nepali page ("Sri Lanka to cut
 * taxes on electric vehicles" with "50,000 rupees"; "Rs. 2.66 billion loss" on srilankabiz.lk): where the page names, or is
 * the country-code site of, exactly one country of the sign's rows, the amount votes for that country; where it names
 * several of them, for none; where none, for the default's market. The page's fiscal signs come first ("crore" keeps an
 * Indian page's "Rs" Indian however often it names Nepal), as {@link SignCountries} reads them.
 */
final class SignVotes {

  private SignVotes() {}

  /**
   * The country {@code quote}, an amount in {@code unit}, votes for, or null for none.
   *
   * @param pageCountries the countries the page's headline and text name, and its country-code site's country
   * @param signed        the country the page's fiscal signs show ({@link FiscalYears#signed}: "crore", "lakh", ".np"), or
   *                      null; read only when the quote has a sign of local-signs.tsv
   */
  static String of(String quote, String unit, Collection<String> pageCountries, Supplier<String> signed) {
    String market = PlaceResolver.currencyMarket(unit);
    if (market == null) return null;
    String sign = LocalSigns.signOf(quote);
    if (sign == null) return market;
    // "Rs 500 crore" on an Indian page naming Nepal once: the page's signs read the sign first, as SignCountries does.
    String bySigns = signed.get();
    if (market.equals(bySigns)) return market;
    if (bySigns != null && LocalSigns.countriesOf(sign).contains(bySigns)) return bySigns;
    Set<String> named = new TreeSet<>(LocalSigns.countriesOf(sign));
    named.retainAll(pageCountries);
    if (named.isEmpty()) return market;
    return named.size() == 1 ? named.iterator().next() : null;
  }

  /** {@code read} read at most once (the page's fiscal signs scan its whole text; most pages have no local sign at all). */
  static Supplier<String> once(Supplier<String> read) {
    return new Supplier<>() {
      private boolean done;
      private String value;

      @Override
      public String get() {
        if (!done) {
          value = read.get();
          done = true;
        }
        return value;
      }
    };
  }
}
