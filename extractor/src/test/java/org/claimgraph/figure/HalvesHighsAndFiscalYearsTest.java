package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three period readers of round 8, on sentences of publishers outside the development set (checked by site name against
 * devset/SOURCES*.tsv and devset/). The right answers were written down from GUIDELINES.md ("Periods") before the rules:
 *
 * <ul>
 *   <li>"the first semester of 2022" is the first half of 2022 (2022-01/2022-06), as "the first half of 2025" is
 *       ("Cumulative"); "a single semester" names no half;</li>
 *   <li>the time of a high or low a level or change is compared with ("up nearly 12 per cent from the lows of March", "down 7%
 *       since hitting near 10-year peaks in March") is the base's ("The base of a comparison gets the base's period"), not the
 *       period of the change, which runs to the present ("has nearly doubled … since the beginning of the year");</li>
 *   <li>on a page without a date whose only years are fiscal ones, the months resolve against the fiscal year the text is
 *       about ("No date on the page: months resolve against the years the text states, comparison bases included"): the year
 *       after a fiscal year compared with ("compared to FY22" → FY23), else the fiscal year it reports on, else the one it
 *       plans for.</li>
 * </ul>
 */
class HalvesHighsAndFiscalYearsTest {

  private final PeriodResolver periods = new PeriodResolver();

  private List<PeriodMention> mentions(String sentence, LocalDate date) {
    return periods.find(sentence, new PeriodResolver.Context(date, 0));
  }

  private List<String> periodsOf(String sentence, LocalDate date) {
    return mentions(sentence, date).stream().map(PeriodMention::period).toList();
  }

  /** Whether the mention of {@code text} in {@code sentence} is read as a comparison's base. */
  private boolean base(String sentence, LocalDate date, String text) {
    return mentions(sentence, date).stream().filter(p -> p.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention \"" + text + "\" in " + mentions(sentence, date))).basis();
  }

  /** The figure quoted {@code quote} of {@code sentence}, once the mention of {@code text} is checked to be read as a base. */
  private Figure afterBase(String sentence, LocalDate date, String text, String quote) {
    assertTrue(base(sentence, date, text), text);
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  // --- "semester": a half year ---

  @Test
  void aFirstSemesterOfAYearIsItsFirstHalf() {
    LocalDate sept2022 = LocalDate.of(2022, 9, 21);
    // https://athexgroup.gr/en/node/721421 (Athens Exchange, a listed company's half-year results)
    assertEquals(List.of("2022-01/2022-06"), periodsOf("Performance and Results of the First Semester of 2022", sept2022));
    List<PeriodMention> both = mentions("The financial performance and results for both the Company and the Group during the First "
        + "Semester of 2022, compared to the respective period of the previous year (First Semester of 2021) are summarized below:",
        sept2022);
    List<String> read = both.stream().map(PeriodMention::period).toList();
    assertEquals("2022-01/2022-06", read.get(0));
    assertTrue(read.contains("2021-01/2021-06"), read.toString());
    // https://insiderph.com/ayala-conglomerate-achieves-p243-b-profit-in-the-first-semester-of-2024 (Insider PH, its headline)
    assertEquals(List.of("2024-01/2024-06"), periodsOf("Ayala conglomerate achieves P24.3-B profit in the first semester of 2024",
        LocalDate.of(2024, 8, 14)));
  }

  @Test
  void aFirstSemesterOfTheYearIsThePagesFirstHalf() {
    // https://philippinestoday.net/archives/8708 (Philippines Today, PNA; the stored excerpt has no date: any later in the year)
    List<String> got = periodsOf("The combined profits of listed companies rose 4.4 percent in the first semester of the year, "
        + "propelled mainly by higher revenues of firms in the financials, property and holding firms sectors.", LocalDate.of(2016, 8, 20));
    assertEquals(List.of("2016-01/2016-06"), got);
  }

  @Test
  void aSingleSemesterNamesNoHalf() {
    // Negative, http://williams.com.br/?p=6562 (Williams Brazil, port exports): "a single semester" is no first or second half.
    assertEquals(List.of(), periodsOf("The volume is the highest moved in a single semester in 50 years, since the inauguration in "
        + "1973.", LocalDate.of(2023, 7, 10)).stream().filter(p -> p.contains("/")).toList());
  }

  // --- the time of a high or low compared with ---

  @Test
  void theTimeOfALowComparedWithIsTheBases() {
    LocalDate date = LocalDate.of(2014, 4, 16);
    // https://www.manmonthly.com.au/iron-ore-makes-a-steady-recovery-driving-australian-markets/ (Manufacturers' Monthly)
    String s = "Iron ore is making a good price recovery, up nearly 12 per cent from the lows of March.";
    Figure twelve = afterBase(s, date, "March", "nearly 12 per cent");
    assertNotEquals("2014-03", twelve.period());
    assertEquals("vs-period", twelve.basis());
  }

  @Test
  void theTimeOfAPeakSinceWhichPricesFellIsTheBases() {
    // https://juniorminingnews.com/?cat=360&paged=29 (Junior Mining News, from MINING.COM's cobalt column; date not in the excerpt)
    LocalDate date = LocalDate.of(2018, 5, 10);
    String s = "The price of cobalt is down 7% since hitting near 10-year peaks in March to exchange hands for $89,000 a tonne this week.";
    assertNotEquals("2018-03", afterBase(s, date, "March", "7%").period());
    // https://www.archyworldys.com/cobalt-is-falling-in-demand-for-electric-cars-and-smartphones/ (Archyworldys)
    assertTrue(base("The reference price for cobalt in Europe has fallen by more than 13% since its peak in May, and an even sharper "
        + "fall in Chinese prices suggests that prices can continue to be expected.", LocalDate.of(2022, 8, 5), "May"));
    // https://seekingalpha.com/article/4595721-lithium-the-cycle-continues (Seeking Alpha, 2023-04-22)
    LocalDate april2023 = LocalDate.of(2023, 4, 22);
    String collapsed = "Spot prices for lithium carbonate in China have collapsed by two-thirds since hitting record highs in November of last year.";
    assertTrue(base(collapsed, april2023, "November"));
  }

  @Test
  void aPeakNearALevelDatesThatLevel() {
    // https://artifex.news/tag/electric-car-batteries (Artifex News, from AFP)
    LocalDate date = LocalDate.of(2024, 1, 18);
    String s = "In China, softer EV demand and a supply glut have pushed down spot lithium carbonate prices to about 1,00,000 yuan from "
        + "peaks near 6,00,000 yuan in November 2022.";
    assertEquals("2022-11", afterBase(s, date, "November 2022", "6,00,000 yuan").period());
    assertNotEquals("2022-11", PeriodRulesTest.figure(Texts.figures(date, s), "about 1,00,000 yuan").period());
  }

  @Test
  void aRecordThatIsNoBaseKeepsItsPeriod() {
    // Negative, the Manufacturers' Monthly page above: "record breaking imports" compares nothing; "last year" is the figure's.
    LocalDate date = LocalDate.of(2014, 4, 16);
    String s = "Last year iron ore averaged $135 per tonne, thanks to record breaking imports in China with mills restocking.";
    assertFalse(base(s, date, "Last year"));
    assertEquals("2013", PeriodRulesTest.figure(Texts.figures(date, s), "$135 per tonne").period());
  }

  // --- a page whose only years are fiscal ones ---

  @Test
  void aFiscalYearComparedWithIsTheYearBeforeTheTexts() {
    // https://www.finnewsnetwork.com.au/companyreports/carbonxt-group/20230831/carbonxt-group-%7C%7C%7C-fy23-results-announcement
    // (FNN, Carbonxt's FY23 results): the base FY22 makes the text FY23, not the FY24 sales are deferred into.
    String revenues = "Revenues decreased 15.8% compared to FY22 primarily due to planned downtime during the year at both activated "
        + "carbon plants to install updated equipment which resulted in lower production and sales than typical for the period, as "
        + "well as the Group's largest customer deferring sales into FY24 due to an unplanned outage at its operations.";
    assertEquals(2023, FiscalPresent.year(revenues));
    assertEquals(2023, FiscalPresent.year("Annual gross margin of 30%, down from 34% in FY22 principally due to the plant outages and "
        + "lower sales from the pellet business line due to the deferral of the largest customer mentioned above."));
    String ebitda = "Underlying EBITDA for FY23 was a loss of $2.2m, compared to FY22 EBITDA result that was close to breakeven.";
    assertEquals(2023, FiscalPresent.year(ebitda));
    // Without a date, the page's months resolve against FY23's name year.
    assertEquals(2023, PeriodResolver.context(null, revenues + "\n" + ebitda).fallbackYear());
  }

  @Test
  void aFiscalYearReportedOnOrPlannedForIsTheTexts() {
    // https://investorinsight.com.au/minres-releases-december-2022-quarter-report/ (Investor Insight, Mineral Resources)
    assertEquals(2023, FiscalPresent.year("Iron ore shipments were 4.1M wet metric tonnes (wmt) during the quarter, down 9% qoq, in "
        + "line with the mine plan and FY23 guidance (17.2 – 18.8M wmt)."));
    // https://south32.net/news-media/latest-news/quarterly-report-december-2022 (South32)
    assertEquals(2023, FiscalPresent.year("We achieved a 12 per cent increase in Group copper equivalent production in H1 FY23, as our "
        + "recent investments in copper and low-carbon aluminium capacity delivered strong growth."));
    // https://lykeshares.com/post/core-lithium-reports-strong-production-and-explora/c67e97c4-3981-418d-9908-5705dadc09b4 (Lyke
    // Shares, Core Lithium): a plan's fiscal year, where the text names no other.
    assertEquals(2024, FiscalPresent.year("The company expects spodumene sales of 90,000 to 100,000 tonnes and spodumene production "
        + "of 80,000 to 90,000 tonnes for FY24."));
  }

  @Test
  void aFullYearOnAnUndatedPageIsTheFiscalYearOfItsText() {
    // https://www.finanznachrichten.de/nachrichten-2022-01/55006969-bhp-q2-iron-ore-production-increases-020.htm (dpa-AFX
    // on BHP's half year, read without its date under Australia's July-June years): "Full year" is FY22.
    String s = "Full year copper production is trending towards the low end of the guidance range for the 2022 financial year, which "
        + "reflects lower production guidance at Pampa Norte, and narrowed guidance ranges for Escondida and Olympic Dam.";
    PeriodResolver.Context au = PeriodResolver.context(null, s).withFiscal(FiscalYears.of(List.of("AU"), null, s));
    assertEquals("2021-07/2022-06", periods.find(s, au).get(0).period());
    // Negative, https://upnewsinfo.com/2021/07/19/bhp-fourth-quarter-iron-ore-output-falls-4/ (UpNewsInfo, from Reuters, dated
    // 2021-07-19): on a page with a date, "full-year" is left to the other readers.
    String dated = "BHP Group Ltd on Tuesday reported full-year iron ore production near the top end of its forecast range, thanks to "
        + "record production at two mines in Western Australia.";
    PeriodResolver.Context july2021 = new PeriodResolver.Context(LocalDate.of(2021, 7, 19), 0).withFiscal(FiscalYears.of(List.of("AU"), null, dated));
    assertTrue(periods.find(dated, july2021).stream().noneMatch(p -> p.text().toLowerCase(java.util.Locale.ROOT).startsWith("full")));
  }

  @Test
  void aCalendarYearOnThePageKeepsItsYear() {
    // Negative, https://investorinsight.com.au/mineral-resources-full-year-results-and-presentation/ (Investor Insight): the text
    // states a calendar year, which the fiscal reading leaves alone.
    String text = "Mineral Resources Limited (ASX: MIN) is pleased to announce its financial results for the year ended 30 June 2021 "
        + "(FY21).";
    assertEquals(2021, PeriodResolver.context(null, text).fallbackYear());
  }

  @Test
  void aHyphenatedHighOrLowIsNoLevelComparedWith() {
    // review8c: "low-season", "high-grade" are adjectives, no high or low compared with: the month before stays m/m.
    PeriodMention feb = new PeriodMention(0, 8, "February", "2025-02", true, 2);
    assertEquals("mom", ChangeRules.basisOf(feb, "2025-03", " from low-season levels in "));
    assertEquals("vs-period", ChangeRules.basisOf(feb, "2025-03", " from the lows of "));
  }
}
