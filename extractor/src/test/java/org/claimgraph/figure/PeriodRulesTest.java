package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Periods of cumulative, rolling and back-referring expressions, and of months when the page has
 * no date, on sentences of the development set's publishers (devset/tune) and others.
 */
class PeriodRulesTest {

  private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 20);
  private static final LocalDate NOV_2025 = LocalDate.of(2025, 11, 12);

  static Figure figure(List<Figure> figures, String quote) {
    return figures.stream().filter(x -> x.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "\" in " + figures));
  }

  static String period(LocalDate date, String quote, String... paragraphs) {
    return figure(Texts.figures(date, paragraphs), quote).period();
  }

  @Test
  void firstQuartersOfAYearAreAnInterval() {
    // The Telegraph India (PTI): the first three quarters
    assertEquals("2025-01/2025-09", period(OCT_2025, "39,817 tons",
        "In the first three quarters of 2025, rare earth magnet exports totalled 39,817 tons, a fall of 7.5% from the corresponding period in 2024."));
  }

  @Test
  void aRangeFollowedByThisYearIsThatYearsRange() {
    // SteelOrbis
    assertEquals("2025-01/2025-10", period(NOV_2025, "2.014 million units",
        "In particular, in the January-October period this year, China’s new energy vehicle exports totaled 2.014 million units, up 90.4 percent year on year."));
  }

  @Test
  void nMonthAdjectiveIsCumulative() {
    // Samarium
    assertEquals("2025-01/2025-09", period(OCT_2025, "39,817 tonnes",
        "On a year-on-year basis shipments rose about 17.5%, but nine-month exports totaled 39,817 tonnes, down 7.5% from the same period last year."));
  }

  @Test
  void withoutADateABaseYearDatesTheTextAfterIt() {
    // Observer News (no date on the page): "compared to the same period in 2024" makes "this year" 2025
    String[] text = {"China's export volume of rare earth magnets in September fell by 6.1% compared to August, reaching 5,774 tons.",
        "In the first nine months of this year, China's total rare earth magnet exports reached 39,817 tons, down 7.5% compared to the same period in 2024."};
    assertEquals("2025-09", period(null, "5,774 tons", text));
    assertEquals("2025-01/2025-09", period(null, "39,817 tons", text));
  }

  @Test
  void theSamePeriodRefersBack() {
    // WAM: "during the same period" is the period of the sentence before, across paragraphs
    assertEquals("2025-01/2025-10", period(NOV_2025, "5.62 million units",
        "In the first ten months of 2025, NEV sales rose 32.7 percent year-on-year to 12.94 million units, CAAM data showed.",
        "CAAM data also showed that China’s automobile exports rose by 15.7 percent year-on-year to 5.62 million units during the same period."));
  }

  @Test
  void aYearOnYearChangeWithoutPeriodTakesTheNewestMonthBefore() {
    // Samarium: the newer of two months stated in the sentence before carries over
    assertEquals("2025-09", period(OCT_2025, "about 17.5%",
        "Customs data show the September decline followed a seven-month high of 6,146 tonnes in August. On a year-on-year basis shipments rose about 17.5%."));
  }

  @Test
  void aMonthRightAfterANumberIsItsOwn() {
    // Asia City: "619 tons in July but fell again to 589 tons in August"
    String s = "After the U.S. responded, China's exports to the U.S. recovered to 619 tons in July but fell again to 589 tons in August.";
    assertEquals("2025-07", period(OCT_2025, "619 tons", s));
    assertEquals("2025-08", period(OCT_2025, "589 tons", s));
  }

  @Test
  void theSameMeasureKeepsItsPeriodInTheNextParagraph() {
    // Asia City: "By destination country, …" continues the month's exports
    assertEquals("2025-09", period(OCT_2025, "1,288 tons",
        "China's rare earth magnet exports fell 6.1% in September to 5,774 tons.",
        "By destination country, exports to Germany—the largest recipient—grew by 27.9% to 1,288 tons."));
  }

  @Test
  void dayRangesAreDays() {
    // CnEVPost (CPCA weekly data), article of 2025-08-13; "so far this year" runs to the data's month
    String[] text = {"From August 1 to 10, China's passenger NEV retail sales came in at 262,000 units, up 6 percent year-on-year.",
        "So far this year, China's cumulative retail sales of passenger NEVs reached 6.717 million units, up 28 percent year-on-year."};
    LocalDate aug = LocalDate.of(2025, 8, 13);
    assertEquals("2025-08-01/2025-08-10", period(aug, "262,000 units", text));
    assertEquals("2025-01/2025-08", period(aug, "6.717 million units", text));
    // Metals Wire: a price change between two days of two months is the newer month's
    assertEquals("2024-09", period(LocalDate.of(2024, 9, 20), "$25,250 per metric ton",
        "The price of antimony ingots jumped by nearly 20% between August 15 and September 18, reaching $25,250 per metric ton."));
  }

  @Test
  void quartersNamedByTheirLastMonth() {
    // BNN Bloomberg; Australian Mining ("during the quarter" in a quarterly report of October)
    assertEquals("2024-07/2024-09", period(LocalDate.of(2024, 11, 1), "201.1 billion yuan",
        "The carmaker’s revenue soared 24% to 201.1 billion yuan for the three months that ended in September."));
    assertEquals("2024-07/2024-09", period(LocalDate.of(2024, 10, 25), "2722 tonnes",
        "Lynas produced 2722 tonnes (t) of REO during the quarter, with the company’s inventory of NdPr products remaining stable."));
  }

  @Test
  void aTargetYearDoesNotDateAnUndatedPage() {
    // an undated page that names a 2030 target: its months are of the year it reports (2024)
    assertEquals("2024-09", period(null, "1.2 million",
        "Sales reached 1.2 million in September, up from 2023.", "The bloc wants 30 million EVs on the road by 2030."));
  }

  @Test
  void aSentenceWithoutFiguresDatesTheNextOnes() {
    // Okaz
    assertEquals("2025-01/2025-10", period(LocalDate.of(2025, 11, 12), "13.02 million units",
        "The new energy vehicle sector in China recorded strong growth in production and sales during the first 10 months of 2025, "
            + "according to data released yesterday by the China Association of Automobile Manufacturers.",
        "The data showed that the production volume of new energy vehicles increased by 33.1% year-on-year, approaching 13.02 million units during the mentioned period."));
  }

  @Test
  void aPriceOnADayIsThatMonths() {
    // S&P Global (Platts)
    assertEquals("2025-12", period(LocalDate.of(2025, 12, 10), "$54,674.58/mt",
        "The Platts-assessed cobalt hydroxide CIF China price surged 69.9% to $54,674.58/mt on Dec. 9 from $32,187.45/mt on Sept. 21."));
    assertEquals("2025-12", period(LocalDate.of(2025, 12, 10), "69.9%",
        "The Platts-assessed cobalt hydroxide CIF China price surged 69.9% to $54,674.58/mt on Dec. 9 from $32,187.45/mt on Sept. 21."));
  }

  @Test
  void aChangeSinceAMonthRunsToTheArticlesMonth() {
    // TradingKey (Reuters)
    assertEquals("2025-05", period(LocalDate.of(2025, 5, 20), "18%", "Prices have gained 18% since February."));
  }

  @Test
  void aChangeFromTheCorrespondingPeriodIsOfItsOwnPeriod() {
    // The Telegraph India (PTI); Reuters: the base period "in 2024" is not the change's
    assertEquals("2025-01/2025-09", period(OCT_2025, "7.5%",
        "In the first three quarters of 2025, rare earth magnet exports totalled 39,817 tons, a fall of 7.5% from the corresponding period in 2024."));
    assertEquals("2025-01/2025-07", period(LocalDate.of(2025, 8, 20), "13%",
        "For the first seven months of the year, China’s rare earth exports totaled 38,563.6 tons, up 13% from the corresponding period in 2024."));
  }

  @Test
  void aBaseTakesTheYearOfTheSamePeriodItNames() {
    // SeeMining (no date on the page): "during this period" is January–February 2024; the base the same months of 2023
    String[] text = {"China exported 2,400 tonnes of graphite in January and February 2024.",
        "According to data from China’s customs, exports of flake graphite totaled 3,236 tonnes during this period, marking a steep "
            + "77.66% decrease from 14,483 tonnes recorded in the same timeframe in 2023."};
    assertEquals("2024-01/2024-02", period(null, "3,236 tonnes", text));
    assertEquals("2023-01/2023-02", period(null, "14,483 tonnes", text));
  }

  @Test
  void aBaseLastYearOfALevelDatedByTheSentenceBefore() {
    // Auto Magazine: the share "now" is September's; its base "the same month last year" is a year earlier
    assertEquals("2023-09", period(LocalDate.of(2024, 10, 23), "34%", "Electric car sales rose 9.8% in September. "
        + "Gasoline cars now account for 29.8% of the market, down from 34% recorded in the same month last year."));
  }

  @Test
  void aChangeOnAMonthIsComparedWithIt() {
    // The Driven: "up 19.86 per cent on September" is October's change over September
    Figure f = figure(Texts.figures(LocalDate.of(2024, 11, 2),
        "Passenger electrified model sales hit 500,526 for October, up 66.24 per cent year-on-year, and up 19.86 per cent on September."),
        "19.86 per cent");
    assertEquals("2024-10", f.period());
    assertEquals("mom", f.basis());
  }

  @Test
  void undatedPagesTakeTheYearAfterAComparisonsMonth() {
    // Squid Business (Reuters rewrite, no date): "the biggest fall since December 2022" is about 2023
    String[] text = {"Sales of Tesla’s China-made electric vehicles skidded 17.8% in November from the same month a year earlier, to 82,432 cars.",
        "That marked the biggest fall since December 2022 when Tesla’s sales of China-made EVs fell 21% on the year."};
    assertEquals("2023-11", period(null, "82,432 cars", text));
    // Electronics For You: "month-on-month since August 2024" stays in 2024
    assertEquals("2024-09", period(null, "54.5 GWh",
        "Power battery installation volume reached 54.5 GWh in September, an escalation of 15.5 percent month-on-month since August 2024."));
  }

  @Test
  void forecastYearsDoNotDateAnUndatedPage() {
    // Summa Money (no date): 2026 is what the forecast is for; the text reports 2025
    String[] text = {"Cobalt will likely rule higher in 2026 as the DRC has introduced a quota regime to curb exports from October 15.",
        "“In 2026, we forecast cobalt prices to average $25/lb as the DRC replaces the export ban in place between February and October 2025,” said BMI.",
        "Exports until the end of the year have been capped at 18,125 tonnes with shipments in October set at 3,625 tonnes."};
    assertEquals("2025-10", period(null, "3,625 tonnes", text));
  }

  @Test
  void reportedDataContinueThePeriodAcrossParagraphs() {
    // SCMP: one sentence per paragraph; "last month" on an undated page is the month the text reports
    String[] text = {"Global sales of electric and plug-in hybrid vehicles surged 24 per cent in June 2025 from a year earlier.",
        "A total of 1.8 million battery-powered electric vehicles (BEVs) and plug-in hybrids were sold last month, the London-based firm said.",
        "Sales in China jumped 28 per cent to 1.11 million units, according to the report."};
    assertEquals("2025-06", period(null, "1.8 million battery-powered electric vehicles", text));
    assertEquals("2025-06", period(null, "1.11 million units", text));
  }

  @Test
  void halvesAndQuartersOfThisYear() {
    // SCMP
    assertEquals("2025-01/2025-06", period(LocalDate.of(2025, 7, 15), "9.1 million electric vehicles",
        "In the first half of this year, 9.1 million electric vehicles (EVs) were sold globally, a 28 per cent increase from a year earlier."));
  }

  @Test
  void anAnnouncementsMonthIsNoPeriodOfData() {
    // Metals Wire (no date): "announced last month" dates the announcement, not the share
    String[] text = {"China exported 4,075 metric tons of antimony-related products in August 2024.",
        "China, which accounts for 48% of the world’s antimony production, announced last month that exporters would need licenses."};
    assertEquals(null, period(null, "48%", text));
  }

  @Test
  void aSpanBetweenTwoYearsIsTheNewerYearsChange() {
    // Daily Finland (Xinhua); Zvenia
    Figure tripled = figure(Texts.figures(null,
        "The European Union (EU)'s imports of electric and hybrid electric cars more than tripled between 2018 and 2019, showed the figures released by Eurostat."),
        "more than tripled");
    assertEquals("2019", tripled.period());
    assertEquals("yoy", tripled.basis());
    Figure points = figure(Texts.figures(LocalDate.of(2025, 6, 1),
        "Domestic production has lost market share in nickel refining, in which the country dropped 16 percentage points between 2019 and 2025."),
        "16 percentage points");
    assertEquals("2025", points.period());
    assertEquals("vs-period", points.basis());
  }

  @Test
  void aCapForTwoYearsCoversBoth() {
    // S&P Global
    assertEquals("2026/2027", period(LocalDate.of(2025, 12, 10), "96,600 metric tons",
        "The new system limits annual exports to 96,600 metric tons for 2026 and 2027, according to Market Intelligence data."));
  }

  @Test
  void aPeriodAfterAClauseBreakIsTheNextClauses() {
    // Samarium: the y/y change is September's, the cumulative total the nine months'
    String[] text = {"China's exports of rare earth magnets fell 6.1% in September to 5,774 tonnes.",
        "On a year-on-year basis shipments rose about 17.5%, but nine-month exports totaled 39,817 tonnes, down 7.5% from the same period last year."};
    assertEquals("2025-09", period(OCT_2025, "about 17.5%", text));
    assertEquals("2025-01/2025-09", period(OCT_2025, "39,817 tonnes", text));
  }

  @Test
  void aShareTakesThePeriodOfTheLevelBeforeIt() {
    // SCMP
    assertEquals("2025-06", period(LocalDate.of(2025, 7, 15), "60 per cent", "Global EV sales rose 24 per cent in June.",
        "Sales in China jumped 28 per cent in June to 1.11 million units, or 60 per cent of the worldwide total."));
  }

  @Test
  void theSamePeriodWithoutAComparisonIsNoBasis() {
    // WAM: "during the same period" refers back; a change from a named month is m/m (Electronics For You)
    Figure f = figure(Texts.figures(NOV_2025, "In the first ten months of 2025, NEV production rose 33.1 percent year-on-year.",
        "Sales during the same period increased by 32.7 percent to more than 12.94 million units."), "32.7 percent");
    assertEquals(null, f.basis());
    Figure pp = figure(Texts.figures(LocalDate.of(2024, 10, 12),
        "BYD grabbed the second spot by installing 13.18 GWh, with a 24.2 percent share, a 0.77 percentage point decrease from 24.97 percent in August."),
        "0.77 percentage point");
    assertEquals("mom", pp.basis());
  }

  @Test
  void throughAMonthRunsFromJanuary() {
    // BNN Bloomberg
    assertEquals("2024-01/2024-09", period(LocalDate.of(2024, 11, 1), "around 2.74 million vehicles",
        "BYD is also on track to meet its revised annual sales target, having sold around 2.74 million vehicles through September."));
  }

  @Test
  void aPeriodWrittenRightAfterTheNumberIsItsOwn() {
    // CnEVPost
    assertEquals("2025-01/2025-08", period(LocalDate.of(2025, 8, 13), "50.89 percent",
        "The penetration rate of NEVs in retail sales was 57.9 percent from August 1 to 10, and 50.89 percent year-to-date."));
  }

  @Test
  void aChangeBetweenTwoMonthsIsTheNewerMonths() {
    // electrive
    Figure f = figure(Texts.figures(LocalDate.of(2025, 12, 9), "The latter led to a 124 per cent price increase between January and October."),
        "124 per cent");
    assertEquals("2025-10", f.period());
    assertEquals("vs-period", f.basis());
  }

  @Test
  void withoutADateABaseFiguresYearDatesTheTextAfterIt() {
    // NDTV Profit (page date dropped): "up from 9 million in 2023" makes the September quarter 2024's
    assertEquals("2024-07/2024-09", period(null, "28.7%",
        "Apple held the top spot with a 28.7% value share in the September quarter.",
        "Its shipments are also expected to cross the 12 million mark, up from 9 million in 2023."));
  }

  @Test
  void aMonthWithThisOrLastYearIsThatYearsMonth() {
    // TTJ (date 2013-02-20): "In January this year"
    assertEquals("2013-01", period(LocalDate.of(2013, 2, 20), "37.3%",
        "In January this year, the figures show Europe accounted for 37.3% of the export volume."));
    // Pledge Times (date 2021-04-29): "from March last year" is the base, a year before this March
    Figure f = figure(Texts.figures(LocalDate.of(2021, 4, 29),
        "Also imports rose sharply and increased by 11 per cent from March last year."), "11 per cent");
    assertEquals("2021-03 yoy", f.period() + " " + f.basis());
  }

  @Test
  void aBareMonthDoesNotTakeTheYearOfABase() {
    // Edmunds (2012-12-04): the year of the base "November 2011" is not October's
    Figure rise = figure(Texts.figures(LocalDate.of(2012, 12, 4),
        "November car sales totaled 1.142 million vehicles, a 15-percent increase from November 2011 and a 5-percent rise from October."),
        "5-percent");
    assertEquals("mom", rise.basis());
    // F&I Magazine (2014-12-02): "October's 16.46" after "the 16.29 million-unit read in November 2013" is October 2014
    assertEquals("2014-10", period(LocalDate.of(2014, 12, 2), "16.46",
        "November's SAAR was 17.20 million units, up significantly from the 16.29 million-unit read in November 2013 and October's 16.46 SAAR, according to figures from Autodata Corp."));
  }

  @Test
  void aTimeRightAfterABaseFigureIsTheBasesNotTheTexts() {
    // Tradearabia: "up from 77.8 per cent in Q1 and 58.8 per cent last year" dates the bases, not the sentence after
    List<Figure> fs = Texts.figures(LocalDate.of(2018, 7, 17),
        "Consumption continued to play a more prominent role in driving growth, with final consumption contributing to 78.5 per cent of the economic expansion in January-June, up from 77.8 per cent in Q1 and 58.8 per cent last year.");
    assertEquals("2018-01/2018-03", figure(fs, "77.8 per cent").period());
    assertEquals("2017", figure(fs, "58.8 per cent").period());
    assertEquals("2018-01/2018-06", figure(fs, "78.5 per cent").period());
    // Free Press Journal: "from 11.52 per cent in September last year" is the base's month
    assertEquals("2024-09", period(LocalDate.of(2025, 10, 13), "11.52 per cent",
        "The company improved its market share to 13.75 per cent during the month from 11.52 per cent in September last year, when it sold 32,586 units in the domestic passenger vehicle segment."));
  }

  @Test
  void aPeriodAfterTheFiguresDatesThemNotThePreviousSentencesSpan() {
    // Xinhua (People's Daily, 2022-11-10): "last month" after both totals and both changes dates all
    // four, not the "first 10 months" of the paragraph before.
    LocalDate nov2022 = LocalDate.of(2022, 11, 10);
    String[] text = {
        "In the first 10 months of this year, the automobile output reached 22.24 million units, up 7.9 percent year on year.",
        "Auto production in the world's largest automobile market reached 2.6 million units and automobile sales exceeded 2.5 million units last month, rising 11.1 percent and 6.9 percent year on year respectively, data from the China Association of Automobile Manufacturers showed."};
    assertEquals("2022-01/2022-10", period(nov2022, "22.24 million units", text));
    assertEquals("2022-10", period(nov2022, "2.6 million units", text));
    assertEquals("2022-10", period(nov2022, "2.5 million units", text));
    // SteelOrbis (2024-10-16): "In September, …" names the month before the figures; the cumulative
    // sentence after it keeps its own span.
    LocalDate oct2024 = LocalDate.of(2024, 10, 16);
    String[] cv = {
        "In the first nine months of the year, production and sales of passenger vehicles in China amounted to 18.643 million units and 18.679 million units, up 2.6 percent and 3.0 percent year on year.",
        "In September, production and sales of commercial vehicles amounted to 294,000 units and 284,000 units, rising by 8.7 percent and 4.4 percent month on month, while decreasing by 16.8 percent and 23.5 percent year on year, respectively."};
    assertEquals("2024-01/2024-09", period(oct2024, "18.679 million units", cv));
    assertEquals("2024-09", period(oct2024, "284,000 units", cv));
  }

  @Test
  void aBasesPeriodAfterItsChangeNounIsTheBasesAndAResultsLedeDatesTheFigures() {
    // Reuters via Squid (2025-10-20): "up from a 8.3% gain in the second quarter" dates the 8.3% only;
    // the revenue change takes the quarter of the figureless lede and of the sentence before.
    LocalDate oct2025 = LocalDate.of(2025, 10, 20);
    String[] text = {
        "Chinese electric vehicle battery giant CATL saw net profit growth accelerate in the third quarter, even as it faced increased competition from smaller rivals.",
        "Net profit rose 41.2% to 18.5 billion yuan ($2.6 billion) in the July-September period from a year earlier, picking up from a 33.7% increase in the second quarter, according to a stock filing on Monday.",
        "Revenue rose 12.9% year on year to 104.2 billion yuan, up from a 8.3% gain in the second quarter."};
    assertEquals("2025-07/2025-09", period(oct2025, "41.2%", text));
    assertEquals("2025-04/2025-06", period(oct2025, "33.7%", text));
    assertEquals("2025-07/2025-09", period(oct2025, "12.9%", text));
    assertEquals("2025-07/2025-09", period(oct2025, "104.2 billion yuan", text));
    assertEquals("2025-04/2025-06", period(oct2025, "8.3%", text));
    // AFP via Rappler (2012-11-10): "than the 9.9 percent increase in September" is the base's month.
    LocalDate nov2012 = LocalDate.of(2012, 11, 10);
    String[] afp = {
        "China's export growth accelerated in October, the government said Saturday, adding to evidence the world's second-largest economy is bouncing back as the ruling Communist Party chooses new leaders.",
        "Exports rose 11.6 percent in October from a year earlier to $175.6 billion, the national customs bureau said, stronger than the 9.9 percent increase in September."};
    assertEquals("2012-10", period(nov2012, "11.6 percent", afp));
    assertEquals("2012-09", period(nov2012, "9.9 percent", afp));
  }

  @Test
  void aChangeAfterWhichAnotherCameIsDatedByItsOwnPeriodNotTheBases() {
    // Reuters via OANN (2020-12-07): "after 11.4% growth in October" and "from a 4.7% expansion in
    // October" date those bases only; the November figures keep November.
    LocalDate dec2020 = LocalDate.of(2020, 12, 7);
    String text = "China’s exports in November rose 21.1% from a year earlier, after 11.4% growth in October, while imports grew 4.5% last month, from a 4.7% expansion in October, customs data showed on Monday.";
    assertEquals("2020-11", period(dec2020, "21.1%", text));
    assertEquals("2020-10", period(dec2020, "11.4%", text));
    assertEquals("2020-11", period(dec2020, "4.5%", text));
    assertEquals("2020-10", period(dec2020, "4.7%", text));
  }
  @Test
  void withoutADateABaseEndingItsYearPutsTheTextInTheNextYear() {
    // Mining Weekly (First Quantum, April 2023; the page read without its date): the fourth quarter 2022 is the base
    String[] text = {"The miner reported production of 138 753 t in the March quarter, a 33% decrease from the fourth quarter’s output.",
        "First-quarter copper C1 cash costs of $2.24/lb exceeded the yearly guidance range and were $0.38/lb higher than in the fourth quarter 2022."};
    assertEquals("2023-01/2023-03", period(null, "138 753 t", text));
    // … a base earlier in its year does not move the text past it (Min-Met: "a 13% increase from Q2 2024")
    assertEquals("2024-07/2024-09", period(null, "116,088 tonnes",
        "Total copper production for the third quarter was 116,088 tonnes, a 13% increase from Q2 2024 due to higher production at the Zambian operations."));
  }

  @Test
  void theLedesPeriodDatesTheFiguresReportedWithoutOne() {
    // just-auto (ACEA data): the lede's September dates the markets' changes after it, not a forecast
    String[] text = {"New car registrations in the EU fell by 6.1% in September 2024, with major markets showing mixed results, according to the"
        + " European Automobile Manufacturers’ Association (ACEA).",
        "In contrast, Spain saw a rebound with a 6.3% increase.",
        "The association expects registrations of 10.5 million cars."};
    assertEquals("2024-09", period(null, "6.3%", text));
    assertEquals(null, period(null, "10.5 million cars", text));
  }
  @Test
  void aStandingFactInThePresentIsNotTheLedesPeriod() {
    // Reuters via Nasdaq (2023-11-06) lede, then a USGS-type standing fact
    String[] text = {"China, the world's largest rare earth exporter, shipped 4,291 metric tons of rare earths in October, up 9% from September,"
        + " customs data showed on Tuesday.",
        "China produces over 90% of the world’s processed rare earths and rare-earth magnets."};
    assertEquals(null, period(LocalDate.of(2023, 11, 7), "over 90%", text));
  }

  @Test
  void aRankingOfSharesContinuesItsPeriod() {
    // CnEVPost-style SNE Research ranking (EV News Channel, 2023-11-08)
    String[] text = {"The company ranked second in the January-September period with a 15.8 percent share, up from 13.3 percent in the same"
        + " period last year and down from 15.9 percent in the January-August period.",
        "Japan’s Panasonic was fourth with a 7 percent share, South Korea’s SK On was fifth with a 5.1 percent share, and China’s CALB"
        + " was sixth with a 4.6 percent share."};
    assertEquals("2023-01/2023-09", period(LocalDate.of(2023, 11, 8), "7 percent", text));
  }
  @Test
  void aLevelAsOfADayIsThatMonthsAndAChangeFromTheYearsStartRunsFromJanuary() {
    // CM Group (China Commodity Marketplace): "As of end-February 2021"
    assertEquals("2021-02", period(LocalDate.of(2021, 3, 1), "RMB93,000~95,000/t", "As of end-February 2021, mainstream wolframite (65% WO3) prices climbed"
        + " to RMB94,000~96,000/t, scheelite (65% WO3) prices were RMB93,000~95,000/t and tungsten concentrates (50~55% WO3) were RMB91,000~93,000/t."));
    // US EIA, Short-Term Energy Outlook: a level on a day, then its change since January
    assertEquals("2026-01/2026-03", period(LocalDate.of(2026, 3, 10), "about 50%",
        "Brent settled at $94 per barrel (b) on March 9, up about 50% from the beginning of the year and the highest since September 2023."));
  }
  @Test
  void aYearWrittenAfterTheMaterialOfABaseIsTheBases() {
    // Carbon Credit Markets (McKinsey figures): "500,000 metric tons of lithium carbonate equivalent (LCE) in 2021"
    String text = "Despite expectations that lithium demand will increase from approximately 500,000 metric tons of lithium carbonate"
        + " equivalent (LCE) in 2021 to about three million to four million metric tons in 2030, McKinsey believes the lithium industry"
        + " will be able to provide enough products to meet the growing demand for lithium-ion battery industry.";
    assertEquals("2021", period(LocalDate.of(2023, 5, 1), "approximately 500,000 metric tons", text));
  }
  @Test
  void aYearTheLedeStatesItsDataInDatesTheFiguresAfterIt() {
    // UrduPoint (WAM, 2025-04-14): "EU rare earth imports drop 30% in 2024"
    String[] text = {"The European Union recorded a significant decline in rare earth imports in 2024, reaching 12,900 tonnes, a decrease of"
        + " 29.3 percent compared to the previous year.",
        "According to Eurostat, the EU's exports of rare earth elements saw a slight decline of only 0.8 percent, totalling 5,500 tonnes."};
    assertEquals("2024", period(LocalDate.of(2025, 4, 14), "0.8 percent", text));
  }
  @Test
  void aLevelOnAWeekdayIsOfThatWeeksMonth() {
    // UrduPoint (Sputnik, Monday 2021-10-11); Opalesque (2016-11-09, coal on Tuesday)
    assertEquals("2021-10", period(LocalDate.of(2021, 10, 11), "$3,000 a tonne",
        "The price of aluminum exceeded $3,000 a tonne on Monday for the first time since July 22, 2008."));
    assertEquals("2016-11", period(LocalDate.of(2016, 11, 9), "$307.2 a tonne",
        "Premium hard Australian coking coal rose 6 per cent to $307.2 a tonne on Tuesday, extending gains since April to 250 per cent,"
            + " according to a price assessment from the Steel Index."));
  }
  @Test
  void withoutADateABaseWithItsMaterialDatesTheTextAfterIt() {
    // Carbon Credit Markets, read without a date: the base "from approximately 500,000 metric tons of lithium carbonate
    // equivalent (LCE) in 2021" puts the text after 2021 (the clause up to the base)
    assertEquals(2022, PeriodResolver.context(null, "Despite expectations that lithium demand will increase from approximately 500,000 metric"
        + " tons of lithium carbonate equivalent (LCE) in 2021").fallbackYear());
  }

  @Test
  void aHalfOrQuarterWrittenAsAnAdjectiveIsThatPeriodNotAGuidance() {
    // The Metalnomist (2025-09-01): "First-half exports"; Reuters via CNA (2025-07-30): "first-quarter profit" dates the base only,
    // "last quarter" the quarter before the page's
    assertEquals("2025-01/2025-06", period(LocalDate.of(2025, 9, 1), "267t", "First-half exports fell 84pc to 267t from 1,720t last year."));
    assertEquals("2024-01/2024-06", period(LocalDate.of(2025, 9, 1), "1,720t", "First-half exports fell 84pc to 267t from 1,720t last year."));
    String cna = "Net profit jumped 34 per cent from a year earlier to 16.5 billion yuan last quarter, accelerating from a 32.9 per cent rise in"
        + " first-quarter profit, while revenue was up 8.3 per cent year-on-year to 94.2 billion yuan, against a 6.2 per cent increase in Q1,"
        + " according to a stock filing on Wednesday.";
    LocalDate jul30 = LocalDate.of(2025, 7, 30);
    assertEquals("2025-04/2025-06", period(jul30, "16.5 billion yuan", cna));
    assertEquals("2025-01/2025-03", period(jul30, "32.9 per cent", cna));
    assertEquals("2025-04/2025-06", period(jul30, "8.3 per cent", cna));
    assertEquals("2025-01/2025-03", period(jul30, "6.2 per cent", cna));
    // BNN Bloomberg (2024-11-01): "fourth-quarter guidance" is no period of the sales after it
    assertEquals(null, period(LocalDate.of(2024, 11, 1), "51,443 units", "Li Auto Inc., whose Hong Kong-listed stock plunged almost 10% Friday"
        + " after softer fourth-quarter guidance, sold 51,443 units, still up 27% from October 2023 but shy of a monthly record."));
  }

  @Test
  void withoutADateAWholeYearComparedWithPutsTheTextInTheNextYear() {
    // Wheels Within Wales (SMMT figures, no date): "more than registered in the whole of 2024"; "the second highest recorded
    // this year" is a superlative's scope, not the period of the share
    String[] text = {"The UK new car market remained stable in October as registrations rose 0.5% to reach 144,948 units, with petrol and diesel"
        + " models declining. As a result, BEVs took a 25.4% market share, the second highest recorded this year, although still short of the 28% target set by the ZEV Mandate.",
        "While October’s growth was more modest, year to date the overall BEV market is now up 28.9%, at 386,244 units – more than registered"
            + " in the whole of 2024 – with two months still to go before the year ends."};
    assertEquals("2025-10", period(null, "144,948 units", text));
    assertEquals("2025-10", period(null, "25.4%", text));
    assertEquals("2025-01/2025-10", period(null, "386,244 units", text));
  }

  @Test
  void aWindowForTheRemainderOfTheYearRunsFromTheTextsMonth() {
    // Ecofin Agency (no date): the quota "for the remainder of 2025" runs from the month of the text's latest day (16th October)
    String[] text = {"The world’s top cobalt producer CMOC has received an export quota of 6,500 tons for the remainder of 2025 in the Democratic"
        + " Republic of Congo.",
        "Congo, which supplied approximately 70% of global cobalt demand in 2024, will replace an export ban imposed in February with quota"
            + " restrictions from 16th October."};
    assertEquals("2025-10/2025-12", period(null, "6,500 tons", text));
    // The Driven (2023-05): "by the end of 2025" is a target's date, no window
    assertEquals("2025", period(LocalDate.of(2023, 5, 10), "80 per cent", "The founder and CEO of Chinese car manufacturing Li Auto says electric"
        + " vehicles sales could hit a staggering 80 per cent of all new cars sold in China by the end of 2025."));
  }

  @Test
  void aStateAtTheTimeOfWritingIsThePagesMonthOrTheTextsYear() {
    // 4NowNews (2024-08-27): present perfect without a period of its own
    assertEquals("2024-08", period(LocalDate.of(2024, 8, 27), "halved", "Market participants note that although gallium supplies from China"
        + " are still significant, they have halved compared to last summer."));
    // Mirage News (no date; the EVC's 2024 report): "There are now 122 EV models"
    assertEquals("2024", period(null, "more than 220", "EVs now represent nearly one in ten new light vehicle sales (9.5 per cent), a 150 per"
        + " cent increase on 2022, according to the Electric Vehicle Council's State of EVs report released today.",
        "There are now 122 EV models, and more than 220 variants – a 50 per cent increase in variants compared to 2023."));
    // Financial Gambits: a share of world output "currently" is a standing fact, without period
    assertEquals(null, period(null, "70%", "China currently dominates the global rare earths market, accounting for 70% of mining and 90% of"
        + " refined output worldwide.", "It reported 5,000 tons in 2024."));
  }

  @Test
  void monthsEndedOrUpToAMonthAreCumulative() {
    // Yicai Global (2023-07-26): "the five months ended May 31", its base the same months of last year
    String yicai = "CATL’s market share rose to 36 percent in the five months ended May 31, up from 34.3 percent in the same period of last"
        + " year, according to SNE Research.";
    assertEquals("2023-01/2023-05", period(LocalDate.of(2023, 7, 26), "36 percent", yicai));
    assertEquals("2022-01/2022-05", period(LocalDate.of(2023, 7, 26), "34.3 percent", yicai));
    // Teller Report (2020-11-02): "up to and including October"; a change compared to "the first ten months last year" is this year's ten months
    String[] teller = {"Compared to a year earlier, 12 percent more fully electric cars were registered up to and including October.",
        "The number of (plug-in) hybrid cars increased by 73 percent compared to the first ten months last year."};
    assertEquals("2020-01/2020-10", period(LocalDate.of(2020, 11, 2), "12 percent", teller));
    assertEquals("2020-01/2020-10", period(LocalDate.of(2020, 11, 2), "73 percent", teller));
  }

  @Test
  void theYearBeforeIsTheYearBeforeTheSentencesYear() {
    // NAI500 (2019-08-30); Project Blue (2025): the year before the one the sentence states, as a year
    assertEquals("2017", period(LocalDate.of(2019, 8, 30), "0.8 kt",
        "To put that into perspective, the country exported 51.8 kt all of 2018, and merely 0.8 kt the year before."));
    assertEquals("2023", period(LocalDate.of(2025, 1, 10), "0.3Mt", "As a result, in the first 11 months of 2024, Indonesian imports of"
        + " Filippino ore ballooned to 10.0Mt, up from 0.3Mt in the previous year."));
    // Best Practice (no date): what a factor compares with is not the factor's period
    assertEquals("2020", period(null, "almost double", "Sarah Kiely said that the 14,254 electric vehicles registered in 2020 is almost double"
        + " the previous year."));
    // The Metalnomist (2025-09-01): "A year earlier, …" opening a sentence is the period before, a year back
    assertEquals("2024-06", period(LocalDate.of(2025, 9, 1), "153t", "In June, exports plunged to 20t, all to South Korea. A year earlier,"
        + " flows reached 153t."));
  }

  @Test
  void aBaseInThePreviousQuarterIsTheQuarterBefore() {
    // Karachi Chronicle (Reuters rewrite), read with a date of July 2025 (on a January page a second quarter is last year's:
    // aQuarterReportedEarlyInTheNextYearIsLastYears)
    assertEquals("2025-01/2025-03", period(LocalDate.of(2025, 7, 25), "2,722 tons", "The total amount of rare earth oxides in the second"
        + " quarter was 2,617 tons, compared to 2,722 tons reported in the previous quarter."));
  }

  @Test
  void anAnnualTargetIsTheYearsNotTheMonthsSoFar() {
    // BNN Bloomberg (2024-11-01): the target is 2024's, the sales so far January to September
    String s = "BYD is also on track to meet its revised annual sales target of 4 million vehicles, having sold around 2.74 million vehicles"
        + " through September.";
    assertEquals("2024", period(LocalDate.of(2024, 11, 1), "4 million vehicles", s));
    assertEquals("2024-01/2024-09", period(LocalDate.of(2024, 11, 1), "around 2.74 million vehicles", s));
  }

  @Test
  void aMonthAloneOrARemarkOnTheSpansLastMonthIsAnAside() {
    // Business Insider (Rho Motion, 2025-05-16): after "In April alone, …" the text goes on about January–April
    LocalDate may16 = LocalDate.of(2025, 5, 16);
    String[] bi = {"Global EV sales jumped 29% to 5.6 million in the first four months of the year compared with the same period in 2024,"
        + " according to data released Wednesday by EV research firm Rho Motion.", "In April alone, 1.5 million EVs were sold worldwide.",
        "However, EV sales in North America — the US, China, and Mexico — rose by just 5%, or 600,000 vehicles."};
    assertEquals("2025-04", period(may16, "1.5 million EVs", bi));
    assertEquals("2025-01/2025-04", period(may16, "600,000 vehicles", bi));
    // Okaz (2025-11-12): a remark on October between January–October figures and "the mentioned period"
    assertEquals("2025-01/2025-10", period(LocalDate.of(2025, 11, 12), "5.62 million units",
        "In the first ten months of 2025, China's auto sales rose 12.4% to 27.69 million units, CAAM data showed.",
        "The association noted that the automobile market in China maintained a strong growth trend during October, as vehicle exports showed resilience.",
        "The data also revealed that China's automobile exports rose by 15.7% year-on-year to reach 5.62 million units during the mentioned period."));
    // Chosun Biz (2025-10-30): orders "this year alone" run from January to the page's month
    assertEquals("2025-01/2025-10", period(LocalDate.of(2025, 10, 30), "more than 160 GWh",
        "For the cylindrical 46 series, the company secured more than 160 GWh in orders this year alone."));
  }

  @Test
  void aShareOfWorldSupplyInThePresentHasNoPeriod() {
    // plawiuk (Reuters, 2025-12-09): not the October of the quota; the sentence's other figure keeps its year
    String s = "Congo suspended all cobalt exports in February, but then introduced a quota system in October, aiming to boost state revenues"
        + " and tighten oversight in a country that produces more than 70% of the metal globally, estimated at more than 280,000 metric tons this year.";
    assertEquals(null, period(LocalDate.of(2025, 12, 9), "more than 70%", s));
    assertEquals("2025", period(LocalDate.of(2025, 12, 9), "more than 280,000 metric tons", s));
    // Yicai Global: a market share of a period is dated (not a share of world supply)
    assertEquals("2023-01/2023-05", period(LocalDate.of(2023, 7, 26), "36 percent",
        "CATL’s market share rose to 36 percent in the five months ended May 31, according to SNE Research."));
  }

  @Test
  void aQuarterWithATwoDigitYearDatesAnUndatedPage() {
    // Argus Media (no date; headline "MP Materials keeps RE output steady in 1Q23"; the only year of the text is a target's)
    String[] text = {"MP Materials keeps RE output steady in 1Q23", "",
        "MP produced 10,671t of REO contained in concentrate in the first quarter, down by 1pc from a year earlier.",
        "Commercial oxide production is scheduled to start before the end of 2023."};
    assertEquals("2023-01/2023-03", period(null, "10,671t", text));
    assertEquals("2023-01/2023-03", period(LocalDate.of(2023, 5, 10), "$95.7mn", "Revenue in Q1'23 rose 5% to $95.7mn."));
  }

  @Test
  void aPolicyEventsMonthDoesNotDateTheNextFigures() {
    // Ecofin Agency (no date): "imposed a suspension … in February 2025" is when a ban began; the quota's window carries on
    String[] text = {"CMOC, the world’s largest cobalt producer, received a 6,500-ton export quota from the Democratic Republic of Congo (DRC)"
        + " valid until the end of 2025.",
        "The DRC government imposed a suspension on cobalt exports in February 2025, citing a sharp decline in global prices. The embargo"
            + " will expire on October 15, after which a quota-based export system will take effect on October 16.",
        "The quota granted to CMOC combines volumes from its Congolese operations — 4,250 tons from the Kisanfu mine and 2,250 tons from Tenke Fungurume."};
    assertEquals("2025-10/2025-12", period(null, "4,250 tons", text));
    // Vroomhead: a sentence about sales "in November" still dates "during the period" after it
    assertEquals("2023-11", period(LocalDate.of(2023, 12, 5), "301,378 electric and petrol-electric hybrid passenger vehicles", "Chinese brand BYD achieved milestone sales and delivery numbers in November.",
        "It sold 301,378 electric and petrol-electric hybrid passenger vehicles during the period- a 31% YoY growth."));
  }

  @Test
  void theNumberRegisteredInAMonthIsWhatAChangeComparesWith() {
    // China Economic Net (2022-11-11): "over the number registered in September" is the base; the change is October's
    assertEquals("2022-10", period(LocalDate.of(2022, 11, 11), "12.3-percent", "In October, China's auto exports hit 337,000 units.",
        "The figure also represented a 12.3-percent increase over the number registered in September, said the association."));
  }

  @Test
  void aQuarterReportedEarlyInTheNextYearIsLastYears() {
    // https://www.capitalfm.co.ke/business/2024/01/tesla-revenue-rises-3pc-to-25-17-billion (Xinhua, dateline Jan. 24, 2024)
    LocalDate jan2024 = LocalDate.of(2024, 1, 24);
    assertEquals("2023-10/2023-12", period(jan2024, "approximately 495,000 vehicles",
        "In the fourth quarter, Tesla produced approximately 495,000 vehicles and delivered over 484,000 vehicles."));
    // http://www.commercialappeal.com/business/in-business-sharp-corp-reports-operating-profit (Merck's 2012 results, February 2013)
    assertEquals("2012-10/2012-12", period(LocalDate.of(2013, 2, 1), "7 percent",
        "Merck & Co. said Friday its fourth-quarter profit fell 7 percent as generic competition slashed sales of its blockbuster allergy drug Singulair and the drugmaker took sizeable restructuring and acquisition charges."));
    // https://en.yna.co.kr/view/AEN20231011002951320 (Yonhap, 2023-10-11): the quarter just ended stays this year's.
    assertEquals("2023-07/2023-09", period(LocalDate.of(2023, 10, 11), "8.22 trillion won",
        "Sales rose 7.5 percent to 8.22 trillion won in the third quarter from 7.65 trillion won a year earlier."));
    // http://www.ciol.com/motorola-posts-usd174-net-profit/ (Motorola, January 2003): a forecast's quarter is the coming one.
    assertEquals("2003-01/2003-03", period(LocalDate.of(2003, 1, 22), "$6 billion to $6.2 billion",
        "Motorola said it expects first-quarter sales in the range of $6 billion to $6.2 billion, and"));
  }

  @Test
  void aDecemberComparedWithAJanuaryIsTheYearBefore() {
    // https://www.fastmarkets.com/insights/brazilian-distributors-flat-steel-sales-up-3-in-january (2013-02-21)
    assertEquals("2012-12", period(LocalDate.of(2013, 2, 21), "312,500 tonnes",
        "On a monthly basis, January sales rose by 18% from 312,500 tonnes in December, while purchases increased by 15.4% from 323,100 tonnes."));
    // https://www.fastmarkets.com/insights/brazils-flat-steel-imports-fall-57-in-january (no date; its year read as 2016 here)
    PeriodResolver.Context undated = new PeriodResolver.Context(null, 2016);
    assertEquals(List.of("2016-01", "2015-12"), new PeriodResolver().find(
        "On a monthly basis, Brazil’s flat steel imports in January dropped by 3.8%, from 85,959 tonnes in December.", undated)
        .stream().map(PeriodMention::period).toList());
    // https://freightwaves.com/news/u-s-steel-exports-see-mixed-results-in-january (no date)
    assertEquals(List.of("2016-01", "2015-12"), new PeriodResolver().find(
        "The United States exported 782,172 net tons of steel in January, a 7.8 percent increase from December, but a 15.5 percent decline year-over-year.",
        undated).stream().map(PeriodMention::period).toList());
    // https://www.forexlive.com/news/!/australia-preliminary-trade-figures-for-january-20210223 (no date in the text)
    assertEquals(List.of("2016-01", "2015-12"), new PeriodResolver().find(
        "Exports have been holding up but dropped in January from December, via the Australian Bureau of Statistics:", undated)
        .stream().map(PeriodMention::period).toList());
    // Fastmarkets (devset f-m-03's shape, "from … in November to zero in December"): the month after the base's is no base.
    assertEquals(List.of("2016-11", "2016-12"), new PeriodResolver().find(
        "Flake graphite volumes to Japan fell from 6,138 tonnes in November to zero in December, while exports to the United States fell from 511 tonnes in November to zero in December.",
        undated).stream().map(PeriodMention::period).distinct().toList());
    // https://digitaldealer.com/dealer-gm/2014-u-s-vehicle-sales-rise-to-16-5-million-units: an earlier month compared with stays in the year.
    assertEquals(List.of("2016-12", "2016-11"), new PeriodResolver().find(
        "December’s seasonally adjusted annual rate did fall from November’s 17.2 million-unit rate — the highest rate of the year — to 16.92 million.",
        undated).stream().map(PeriodMention::period).toList());
  }
}
