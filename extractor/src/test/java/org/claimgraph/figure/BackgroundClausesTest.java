package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time named in a background clause — a cause, a past event, the point a change runs from — is no period of the sentence's
 * figures (GUIDELINES.md, "Periods": a figure gets its own period, a comparison's base the base's), and so sets no running period
 * for the sentences after it. The readings were written down from the sentences before the rule.
 */
class BackgroundClausesTest {

  private final PeriodResolver periods = new PeriodResolver();

  private List<PeriodMention> mentions(LocalDate date, int year, String sentence) {
    return periods.find(sentence, new PeriodResolver.Context(date, year));
  }

  /** The periods a figure of the sentence may take as its own (not a comparison's base). */
  private List<String> ownPeriods(LocalDate date, int year, String sentence) {
    return mentions(date, year, sentence).stream().filter(p -> !p.basis()).map(PeriodMention::period).toList();
  }

  @Test
  void aCausesTimeDatesNoFigure() {
    // https://jis.gov.jm/record-production-for-bauxitealumina-last-year/ (Jamaica Information Service, fresh23 f23-m-14): the
    // 3.63 million tonnes are 2002's, the page's year; the bad weather's months are when production was disrupted.
    assertEquals(List.of(), ownPeriods(null, 2002, "The report said that despite disruptions in production due to bad weather in May, "
        + "June and August, as well as damage to Alumina Partners of Jamaica’s (ALPART) cable belt, alumina production rose to 3.63 million "
        + "tonnes, which is a 2.5 percent increase over the 3.54 million tonnes produced during the previous year."));
    // http://cphibiz.com/news/show.php?itemid=13621 (Platts via CPHI, 2017): the Appin mine was suspended in late June; the
    // figures of the paragraph are the September quarter's.
    assertTrue(mentions(LocalDate.of(2017, 10, 19), 0, "Production in Australia was impacted due to the suspension of the Appin mine in "
        + "late June, because of high gas levels, and it remained suspended during the September quarter.").stream()
        .noneMatch(p -> p.period().equals("2017-06")));
    // https://www.e-mj.com/breaking-news/escondidas-copper-production-ramps-up/ (E&MJ, 2017): the 23% rise is the third quarter's;
    // September is when the project started.
    assertEquals(List.of(), mentions(LocalDate.of(2017, 10, 20), 0, "According to the company, the increase was due to the start of the "
        + "operation of the Los Colorados Extension project during September, plus higher average ore grade and higher amounts of ore "
        + "processed.").stream().map(PeriodMention::period).toList());
    // https://www.vfchemical.com (fresh12 f12-m-03): cobalt output "rose to 85,856 tonnes" in 2020, the sentence's fronted year;
    // 2019 is when it plummeted.
    assertEquals(List.of("2020"), ownPeriods(null, 2021, "In 2020, the country recorded a record 1.587 million tonnes of copper "
        + "production, while cobalt production rose to 85,856 tonnes after plummeting in 2019 due to low prices."));
  }

  @Test
  void aChangeSinceAnEventsTimeStartsThere() {
    // http://idahobusinessreview.com/2017/01/19/idaho-company-sees-record-silver-production-at-alaska-mine/ (Idaho Business Review,
    // 2017-01-19): the silver output is 2016's; 2008 is when Hecla took the mine over, where the comparison runs from.
    List<PeriodMention> hecla = mentions(LocalDate.of(2017, 1, 19), 0, "A metal mine in southeast Alaska has reached its highest level of "
        + "silver production since an Idaho-based company took full ownership of the property in 2008.");
    assertEquals(List.of("2008"), hecla.stream().map(PeriodMention::period).toList());
    assertTrue(hecla.get(0).basis());
    // The Jamaica Information Service's page again: the 4 million tonnes are 2002's; July 1999 is the explosion's.
    assertEquals(List.of(), ownPeriods(null, 2002, "This marks the first time that crude bauxite production has reached the 4 million "
        + "tonne mark since the explosion in July 1999 at Kaiser’s Gramercy refinery in the United States."));
    // https://www.irishtimes.com (fresh9 f9-e-06): the 69 per cent is the quarter's, 2010 is when Tesla went public.
    assertTrue(ownPeriods(LocalDate.of(2017, 4, 3), 0, "Tesla delivered 25,000 vehicles in the first quarter ended March 31st, its "
        + "highest since the carmaker went public in 2010, and a 69 per cent increase from a year earlier.").stream().noneMatch("2010"::equals));
  }

  @Test
  void aTimeOutsideTheClauseOrReportedInItStays() {
    // A fronted time is the figure's, and a comma ends a fronted cause: "Despite weak demand, sales in May …".
    assertEquals(List.of("2025-05"), ownPeriods(LocalDate.of(2025, 6, 10), 0, "In May, exports rose 5%."));
    assertEquals(List.of("2025-05"), ownPeriods(LocalDate.of(2025, 6, 10), 0, "Despite weak demand, sales in May rose 5%."));
    // https://www.stockmarketwire.com/article/7219251/ (StockMarketWire, 2021-10-19): the quarter is the falls'.
    assertEquals(List.of("2021-07/2021-09"), ownPeriods(LocalDate.of(2021, 10, 19), 0, "BHP maintains guidance despite fall in iron ore, "
        + "copper production in September quarter"));
    // A number inside the clause owns the time after it: "after falling 3% in April" is an earlier figure's.
    assertTrue(mentions(LocalDate.of(2025, 7, 10), 0, "Exports rose in June after falling 3% in April.").stream()
        .anyMatch(p -> p.period().equals("2025-04")));
    // "due to start operations in 2014" is a schedule, not a cause (https://www.arabnews.com, fresh4 f4-m-08).
    assertEquals(List.of("2014"), ownPeriods(LocalDate.of(2012, 6, 1), 0, "First Quantum launched the start of construction of a $1 "
        + "billion copper mine, which is due to start operations in 2014 with peak production estimated at 300,000 tons."));
    // A clause conceding or citing the data reported keeps their time (https://wardsauto.com/industry-news/japan-minor-ev-player-
    // despite-record-sales-2023, fresh5 f5-e-04), and so does one whose time a number follows (https://www.mining.com, tune m-32).
    assertEquals(List.of("2023"), ownPeriods(null, 2024, "Japan a Minor EV Player Despite Record Sales in 2023"));
    assertEquals(List.of("2023"), ownPeriods(LocalDate.of(2023, 8, 20), 0, "The higher exports came after China raised its first batch of "
        + "quotas for mining output and smelting in 2023 by 19% and 18%, respectively."));
    // A cleft's cue fronts the cause of the clause after "that" (https://www.dawn.com, fresh20 f20-m-08).
    assertEquals(List.of("2004-10"), ownPeriods(LocalDate.of(2005, 9, 1), 0, "It was due to the strong demand from China that Chile’s "
        + "copper export income doubled in October 2004 from the same month last year to $1.433 billion.").subList(0, 1));
    // A cue after an article is an adjective (Katadata Databoks' list intro, as in ListIntrosTest).
    assertEquals(List.of("2022"), ownPeriods(null, 2023, "The following is a list of the world's largest cobalt producing countries in 2022:"));
    // "since January" alone is the span's start as before this rule.
    assertTrue(mentions(LocalDate.of(2025, 6, 10), 0, "Sales since January total 5,000.").stream().allMatch(PeriodMention::basis));
  }

  // review29a: the verbs that stop a cue's clause are the lexicon's (background-report-verbs.tsv), each of them read: "its highest
  // since the plant opened in 2010" is a base, "since the plant produced in 2010" reports a figure whose time it is.
  @Test
  void theLexiconsReportVerbsStopTheClause() {
    assertEquals(EventTimes.Role.SINCE, BackgroundClauses.of("Output hit its highest level since the plant opened in ", "."));
    List<String> verbs = org.claimgraph.lexicon.Tsv.read("background-report-verbs.tsv").stream().map(r -> r.get("verb")).toList();
    assertTrue(verbs.size() > 30, verbs.toString());
    for (String v : verbs) {
      assertEquals(EventTimes.Role.NONE, BackgroundClauses.of("Output hit its highest level since the plant " + v + " in ", "."), v);
    }
  }
}
