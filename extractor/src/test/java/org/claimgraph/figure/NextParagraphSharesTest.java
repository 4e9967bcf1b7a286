package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A share that refers back to the paragraph before it or reports a datum in the past tense ("This represented a market share of
 * 19.4%", "This growth raised the market share of electric cars to 22.6%", "market share declined to 43.4 percent"), in the
 * paragraph right after the one that set the period the text reports, is that period's, on a page with a date. Chosen by
 * leave-one-set-out over the open development splits. Pages of publishers outside the development set, one paragraph a line; the
 * expected periods were written down from the text before the rule. The first three tests fail without the rule (the share was
 * undated); the others are shares next to it that must keep the period they had.
 */
class NextParagraphSharesTest {

  @Test
  void aShareThatRefersBackToMarchsRecordIsMarchs() {
    // https://www.independent.co.uk/business/new-car-market-rose-12-4-in-march-b2727328.html (PA on The Independent, SMMT's March
    // 2025 figures of 4 April 2025): "This represented" the record monthly total of March, one paragraph before.
    assertEquals("2025-03", periodOf(LocalDate.of(2025, 4, 4), "This represented", "19.4%",
        "Registrations of new cars rose by 12.4% last month, figures show.",
        "Industry body the Society of Motor Manufacturers and Traders said 357,103 new cars were registered in the UK in March.",
        "That compares with 317,786 during the same month last year.",
        "March is a key month for the automotive industry as new registration plates are introduced, which traditionally leads to "
            + "higher demand.",
        "Uptake of pure battery electric new cars reached a record monthly total of 69,313 units.",
        "This represented a market share of 19.4%."));
  }

  @Test
  void theZeroEmissionShareAfterMarchsDeliveriesIsMarchsAndItsBaseAYearBack() {
    // https://www.thetimes.co.uk/article/car-sales-crash-but-electric-has-best-month-ever-nl78v6rg0 (The Times, 5 April 2022): "That
    // means" March's deliveries; the share "a year ago" is March 2021's.
    List<Figure> figures = Texts.figures(LocalDate.of(2022, 4, 5),
        "A record 39,315 fully electric cars were delivered to British motorists last month with the new “22” plate, 76 per cent more "
            + "than in March 2021.",
        "That means that one in six — a little over 16 per cent — of new cars coming on to the road are zero-emission, up from below 8 "
            + "per cent, or one in 13, a year ago.",
        "Tesla has best ridden the wave of record sales of fully electric vehicles to claim the top two slots in the table of Britain’s "
            + "bestselling cars.");
    assertEquals(List.of("2022-03", "2021-03"), Stream.of("a little over 16 per cent", "below 8 per cent")
        .map(quote -> Texts.periodOf(figures, "That means", quote)).toList());
  }

  @Test
  void aShareRaisedByTheGrowthBeforeItIsAugusts() {
    // https://www.energylivenews.com/2024/09/05/uk-electric-car-sales-jump-with-summer-deals/ (Energy Live News, 5 September 2024):
    // "This growth" is August's.
    assertEquals("2024-08", periodOf(LocalDate.of(2024, 9, 5), "This growth", "22.6%",
        "Battery electric car sales increased by 10.8% in August due to summer discounts and new models.",
        "This growth raised the market share of electric cars to 22.6%.",
        "Sales of petrol and diesel cars dropped by 10.1% and 7.3%, respectively, but these cars still made up 56.8% of new car "
            + "registrations."));
  }

  @Test
  void theZeroEmissionShareOfAugustsMarketKeepsItsMonth() {
    // https://www.motorfinanceonline.com/news/smmt-results-show-1-6-fall-in-august-registrations/ (Motor Finance, with SMMT's
    // August 2019 figures, published on 4 September 2019).
    assertEquals("2019-08", periodOf(LocalDate.of(2019, 9, 4), "zero emission", "3.4%",
        "According to results from the Society of Motor Manufacturers and Traders, the UK new car market fell by 1.6% in August by "
            + "year-on-year comparison, to 92,573 registrations.",
        "There was more positive news for zero emission vehicle uptake, with registrations up nearly fivefold to take a record 3.4% "
            + "market share, as hybrids also register growth."));
  }

  @Test
  void theBevShareInAMonthKeepsItsMonth() {
    // https://www.vertumotors.com/news/registrations-fall-in-august-but-bev-share-improves (Vertu Motors, with SMMT's August 2025
    // figures of 4 September 2025).
    assertEquals("2025-08", periodOf(LocalDate.of(2025, 9, 4), "BEVs gained", "26.5%",
        "In total, 82,908 new cars were registered last month compared to 84,575 in 2024, although a rise in year-on-year EV "
            + "registrations provided the highest monthly market share this year for battery electric vehicles (BEV).",
        "BEVs gained 26.5% market share in a month where the government's Electric Car Grant came into effect, with registrations "
            + "improving 14.9% year-on-year."));
  }

  @Test
  void aShareAfterAForecastParagraphKeepsTheMonthNotTheForecastYear() {
    // https://www.belfasttelegraph.co.uk/news/uk/one-new-battery-ev-registered-every-60-seconds-as-new-car-market-surges-in-july/a1733384308.html
    // (PA on the Belfast Telegraph, 4 August 2023): the paragraph before is a forecast for next year; the share is July's.
    assertEquals("2023-07", periodOf(LocalDate.of(2023, 8, 4), "Electrified vehicles", "35.4%",
        "In total, 143,921 new vehicles were registered in July.",
        "New battery electric vehicles (BEVs) took a 16% market share in July.",
        "The SMMT anticipates the figure will rise to nearly 23% across the whole of next year.",
        "Electrified vehicles, including hybrids, plug-in hybrids and battery electric vehicles, accounted for 35.4% of the market in "
            + "total."));
  }

  @Test
  void theFleetShareInItsOwnSentenceKeepsSeptember() {
    // https://www.shropshirestar.com/news/motors/2023/10/05/new-car-registrations-grow-for-14th-consecutive-month-in-september/
    // (Shropshire Star, 5 October 2023): the volume before the share in its sentence already dates it.
    assertEquals("2023-09", periodOf(LocalDate.of(2023, 10, 5), "fleet sector", "52.5 per cent",
        "Registrations for new cars during September swelled by 21 per cent according to new figures released today by the Society of "
            + "Motor Manufacturers and Traders (SMMT).",
        "It also represents the best September since 2020, though the market is still down by close to 21 per cent compared with "
            + "pre-pandemic levels.",
        "The fleet sector was behind much of the growth, with this area of the market rising 40.8 per cent to 143,256 units to take up "
            + "a market share of 52.5 per cent."));
  }

  /** The period of the figure {@code quote} in the paragraph containing {@code part}, on a page of {@code date}. */
  private static String periodOf(LocalDate date, String part, String quote, String... paragraphs) {
    return Texts.periodOf(Texts.figures(date, paragraphs), part, quote);
  }
}
