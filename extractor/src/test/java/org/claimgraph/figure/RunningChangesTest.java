package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change whose sentence states no period, a paragraph or two after the period the text reports ("In terms of prices, gold
 * prices went up by 3.17 percent" after the half year's output), is a movement over that period: it continues it, whatever its
 * verb or measure. Chosen by leave-one-set-out over the open development splits (period14's report); the pages are of
 * publishers outside the development set, one paragraph a line, and the expected periods were written down from the text
 * before the rule.
 */
class RunningChangesTest {

  @Test
  void priceChangesContinueTheHalfYearOfTheOutput() {
    // https://www.zawya.com/en/world/china-and-asia-pacific/philippines-metallic-production-up-8-in-h1-o4jcw8dz (Zawya, 6 September
    // 2023): the Mines and Geosciences Bureau's first half, then the prices' changes, each in a paragraph of its own.
    List<Figure> fs = Texts.figures(LocalDate.of(2023, 9, 6),
        "Robust gold and nickel output pushed the value of the country's metallic mineral production up by eight percent in the first six months of the year.",
        "Latest data from the Mines and Geosciences Bureau (MGB) showed metal production in the first semester increased by 8.06 percent to P123.07 billion.",
        "Nickel was the top contributor to the total production value, with P57.32 billion, equivalent to 46.57 percent.",
        "In terms of prices, gold prices went up by 3.17 percent to $1,933.95 per troy ounce from P1,874.47 per troy ounce.",
        "Silver prices also inched up by 1.18 percent to $23.57 per troy ounce from $23.30 per troy ounce.",
        "On the other hand, nickel and copper prices went down by 15.27 percent and 10.73 percent, respectively during the period.");
    assertEquals("2023-01/2023-06", Texts.periodOf(fs, "gold prices", "3.17 percent"));
    assertEquals("2023-01/2023-06", Texts.periodOf(fs, "Silver prices", "1.18 percent"));
    assertEquals("2023-01/2023-06", Texts.periodOf(fs, "nickel and copper", "15.27 percent"));
    assertEquals("2023-01/2023-06", Texts.periodOf(fs, "nickel and copper", "10.73 percent"));
  }

  @Test
  void aListOfCarmakersChangesContinuesTheMonthOfTheMarket() {
    // https://www.motorwayamerica.com/news/november-sales-come-strong-14-percent-over-2010 (Motorway America, 2 December 2011):
    // the market's November, then the other carmakers' changes without a measure.
    List<Figure> fs = Texts.figures(LocalDate.of(2011, 12, 2),
        "U.S. auto sales surged in November pushing the seasonally adjusted annual sales rate to 13.6 million.",
        "Other results: Mini, up 71 percent; Subaru, down 15 percent; BMW Group, up 15 percent; Volvo, up 19 percent; "
            + "Mitsubishi, down 13 percent; and Mazda, up 20 percent.");
    assertEquals("2011-11", Texts.periodOf(fs, "Mini", "71 percent"));
    assertEquals("2011-11", Texts.periodOf(fs, "Mini", "13 percent"));
  }

  @Test
  void aCarmakersChangeAfterAQuoteKeepsTheMonth() {
    // http://www.egmcartech.com/2010/11/03/bmw-hyundai-kia-subaru-honda-nissan-shine-in-oct-sales-gains-toyota-falls-4/ (egmCarTech,
    // 3 November 2010, after Automotive News): October's demand, an analyst's quote, then the carmakers' changes (dated on main by
    // the same-measure carry already; kept as a guard that the rule does not undo it).
    List<Figure> fs = Texts.figures(LocalDate.of(2010, 11, 3),
        "In a sign that consumers are gaining confidence, most automakers posted solid gains in U.S. sales, bringing the industry to its "
            + "strongest performance in over a year. Industry demand jumped 13% in October from the year previous.",
        "\u201cConsumers who have a job are feeling a little bit better and not fearing every Friday anymore,\u201d said Rebecca Lindland, "
            + "an analyst at researcher IHS Automotive.",
        "Ford posted a 15% increase in October sales, and Chrysler, Nissan, Honda, and Hyundai-Kia all outpaced Ford. Toyota was the only "
            + "major automaker to fall, as they decreased by 4%.",
        "General Motors sales were up 4 percent, beating analyst predictions.");
    assertEquals("2010-10", Texts.periodOf(fs, "General Motors", "4 percent"));
  }
}
