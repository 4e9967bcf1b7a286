package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vehicle's own price, stating no place, is the page's country's like the sales around it; a commodity's price stays a market's
 * and takes none (devset/GUIDELINES.md "Places": the subject carries over; prices of LME, European and world markets take no
 * place). Counted first over the open splits: every gold price of a vehicle in money or a percent change (not per kWh or tonne)
 * on a page with a country of its own has that country (fresh10 cbtnews, fresh12 digitaltrends, fresh15 nmgninja, fresh11
 * yacarros, fresh12 erbak, fresh16 afr); cbtnews, digitaltrends and nmgninja were read with no place. Sentences of publishers
 * outside the devset (search tool, pages), the expected places written before the rule.
 */
class VehiclePricesTest {

  /** About Auto News, 2021: https://aboutautonews.com/electric-cars/us-new-car-average-transaction-price-increased-but-not-evs/ */
  private static final String ABOUT_AUTO_NEWS_TITLE = "US: New Car Average Transaction Price Increased, But Not EVs";
  private static final String[] ABOUT_AUTO_NEWS = {
      "Kelley Blue Book recently released a very interesting report about the average transaction prices for a light vehicle in the U.S. for the month of May 2021.",
      "The average transaction price for electric cars in May amounted to $52,486, which is $6,377 or 10.8% less than a year ago ($58,863)."};
  /** Benzinga, 2023-10-12: https://www.benzinga.com/news/23/10/35233183/average-ev-price-14k-cheaper-than-a-year-ago-in-us-report */
  private static final String BENZINGA_TITLE = "Average EV Price $14K Cheaper Than A Year Ago In US: Report";
  private static final String[] BENZINGA = {
      "The average cost of an electric vehicle (EV) in the U.S. has dropped by $14,000 compared to last year, according to a recent report by Kelley Blue Book.",
      "As reported by Electrek, the report reveals that the average transaction price for an EV in September was $50,683, a significant decrease from over $65,000 a year ago."};
  /** electricdrives.tv, 2023: https://electricdrives.tv/ev-average-sale-price-drops-nearly-20-how-deep-can-discounts-go/ */
  private static final String[] ELECTRIC_DRIVES = {
      "A new report from Kelley Blue Book, which looks at the average transaction price (ATP) for new vehicles within the USA, has noted that the ATP of electric vehicles has dropped significantly since this time last year.",
      "For July 2023, the ATP of an electric car was $53,469.",
      "A Kelley Blue Book report that tracks average sale prices of each car manufacturer has noted that the average transaction price of an EV has dropped a whopping 20% over the last 12 months.",
      "It looks like for Tesla at least, that strategy might be paying off for now, as the report also noted that Tesla sold a record 59,813 cars in the month of July within the US."};
  /** AutoSpies, 2024-06-08: https://www.autospies.com/news/Lower-Production-Costs-May-Soon-Make-EVs-Cheaper-Than-ICE-Counterparts-122300/ */
  private static final String[] AUTOSPIES = {
      "One of the main sticking points to the wider adoption of electric vehicles in the United States and beyond is the high cost of a new EV.",
      "According to Kelley Blue Book, the average transaction price of a new combustion car in the U.S. in June was $48,644, while new EVs had an average MSRP of $56,371."};
  /** A constructed negative: a metal's price on a page about Congo's exports stays no country's (LME). */
  private static final String[] COBALT = {
      "Congo produces most of the world's cobalt, and Congo's export ban has cut supply.",
      "The ban in Congo was extended in June.",
      "The price of cobalt, used in electric vehicle batteries, has nearly doubled to $48,750 a tonne on the London Metal Exchange."};

  private static List<String> place(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).place();
  }

  @Test
  void aVehiclesPriceIsThePagesCountrys() {
    // $52,486: average EV transaction price, 2021-05, [US]; 10.8%: its change, yoy, down, [US]; $50,683: average EV transaction
    // price, 2023-09, [US]; $53,469: average EV transaction price, 2023-07, [US]; 20%: its change over 12 months, down, [US];
    // $56,371: average new EV MSRP, 2024-06, [US] (the sentence names the U.S.).
    List<Figure> aan = Texts.figuresUnder(LocalDate.of(2021, 6, 10), ABOUT_AUTO_NEWS_TITLE, ABOUT_AUTO_NEWS);
    assertEquals(List.of("US"), place(aan, "$52,486"));
    assertEquals(List.of("US"), place(aan, "10.8%"));
    assertEquals(List.of("US"), place(Texts.figuresUnder(LocalDate.of(2023, 10, 12), BENZINGA_TITLE, BENZINGA), "$50,683"));
    List<Figure> ed = Texts.figures(LocalDate.of(2023, 8, 20), ELECTRIC_DRIVES);
    assertEquals(List.of("US"), place(ed, "$53,469"));
    assertEquals(List.of("US"), place(ed, "20%"));
    assertEquals(List.of("US"), place(Texts.figures(LocalDate.of(2024, 6, 8), AUTOSPIES), "$56,371"));
  }

  @Test
  void aMetalsPriceStaysNoCountrys() {
    // Negative: $48,750 a tonne: cobalt price on the LME, no place, on a page about Congo.
    assertEquals(List.of(), place(Texts.figures(LocalDate.of(2025, 10, 1), COBALT), "$48,750 a tonne"));
  }

  @Test
  void aSentenceReadAloneHasNoPlaceAndNoPeriodFromNothing() {
    Figure f = PeriodRulesTest.figure(Texts.figures(null, BENZINGA[1]), "$50,683");
    assertEquals(List.of(), f.place());
  }
}
