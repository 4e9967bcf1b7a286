package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counts, shares and changes "since" a month: that month to the figure's month (SinceMonths). */
class SinceMonthsTest {

  @Test
  void aCountSinceAMonthRunsToThePagesMonth() {
    // devset f17-e-02 (farmersweekly.co.nz, October 2023): the gold 2021-07/2023-10 and 2023-07/2023-10.
    assertEquals("2021-07/2023-10", period(LocalDate.of(2023, 10, 10), "nearly 33%",
        "Average emissions from newly-registered vehicles have dropped by nearly 33% since July 2021."));
    // devset f17-e-04 (afma, undated there; dated here September 2023): 2023-07/2023-09.
    assertEquals("2023-07/2023-09", period(LocalDate.of(2023, 9, 20), "over 53%",
        "Transport Minister David Parker reiterated the success, noting that EV and hybrid registrations now constitute over 53% of all "
            + "new vehicle registrations since July, compared to 39% between April 2022 and June 2023."));
    // Outside the devset: Business Green via http://consultev.blogspot.com/2012/09/uk-ev-sales-double.html (September 2012), the
    // grant scheme's count from its start to the page's month.
    assertEquals("2011-01/2012-09", period(LocalDate.of(2012, 9, 10), "more than 1,700 electric cars",
        "Business Green report that more than 1,700 electric cars have now been registered under a government grant scheme since it "
            + "began in January 2011, new figures have revealed."));
    // Outside the devset: https://www.catmag.co.uk/news/chip-shortage-causes-drop-in-registrations/ (SMMT's September 2021
    // figures): the total sold since January to September's; September's own count, before another number, keeps its month.
    String catmag = "New registrations dropped by a third in September, the biggest monthly YoY fall since biannual plate changes were "
        + "introduced in 1999. A total of 215,312 units were registered in September, whilst 1,316,614 new cars have been sold since "
        + "January 2021.";
    assertEquals("2021-01/2021-09", period(LocalDate.of(2021, 10, 5), "1,316,614 new cars", catmag));
    assertEquals("2021-09", period(LocalDate.of(2021, 10, 5), "215,312 units", catmag));
  }

  @Test
  void aRecordsReferenceOrAPriceKeepsItsMonth() {
    // devset m-15 (tradingkey): a price's move keeps its month.
    assertEquals("2025-05", period(LocalDate.of(2025, 5, 20), "18%", "In May, prices have gained 18% since February."));
    // a record's reference month: "the lowest monthly share since April 2025".
    assertEquals("2026-01", period(LocalDate.of(2026, 2, 5), "20.6%",
        "In January, BEVs accounted for just 20.6% of the total market, marking the lowest monthly share since April 2025."));
  }

  @Test
  void aMonthBetweenTheFigureAndSinceDatesTheFigure() {
    // review27b: the "since" clause speaks of another run; the figure is September's ("Exports in August rose 9.5% …", the shape of
    // Reuters' trade reports, thehindu.com 2020-09-10, with a "since" clause after the month).
    assertEquals("2025-09", period(LocalDate.of(2025, 10, 20), "12%",
        "Sales rose 12% in September and have risen every month since March."));
    assertEquals("2025-09", period(LocalDate.of(2025, 10, 20), "15%",
        "Registrations rose 15% in September, having fallen every month since June."));
    // still a span where no month stands between: the farmersweekly shape
    assertEquals("2021-07/2025-10", period(LocalDate.of(2025, 10, 20), "nearly 33%",
        "Average emissions from newly-registered vehicles have dropped by nearly 33% since July 2021."));
  }

  @Test
  void theFlowVerbsAreLexiconRows() {
    // review27b: the verbs that make an amount a flow counted up are since-spans.tsv rows (role flow), not a list in code.
    java.util.List<String> flows = org.claimgraph.lexicon.Tsv.forms(org.claimgraph.lexicon.Tsv.read("since-spans.tsv"), "flow");
    org.junit.jupiter.api.Assertions.assertTrue(flows.containsAll(java.util.List.of("sold", "registered", "delivered")), flows.toString());
    // (the catmag case above, "1,316,614 new cars have been sold since January 2021", needs the row "sold")
  }
}
