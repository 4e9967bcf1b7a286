package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "In the month", "during the month", "for the month": the month the text reports its data for, as "year-to-date" runs to it
 * (GUIDELINES.md, "Periods"): a month the sentence names, else the month of the text's data before it, else on a dated page the
 * month before the page's. Not "the same month" (a comparison's base) nor "the month before". Sentences of publishers outside
 * the development set; the readings were written down before the rule.
 */
class TheMonthTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void theMonthIsTheMonthTheTextReports() {
    // https://www.motorfinanceonline.com/news/smmt-electric-vehicle-registrations-july19/feed (Motor Finance Online): July 2019's
    // registrations, published on 5 August 2019 (the page shows no date; SMMT released July's figures that day).
    String luxury = "Luxury saloons and specialist sports cars experienced a rise in registrations in the month with volumes driven by "
        + "increased demand for dual purpose vehicles, up 12.8% to take nearly a quarter (24.4%) of the market.";
    assertEquals("2019-07", period(LocalDate.of(2019, 8, 5), "12.8%", luxury));
    assertEquals("2019-07", period(LocalDate.of(2019, 8, 5), "24.4%", luxury));
    // https://cardealermagazine.co.uk/nearly-a-quarter-of-new-car-registrations-in-june-were-battery-electric-vehicles/316586
    // (Car Dealer Magazine, SMMT's June 2024 figures, published 4 July 2024)
    String june = "The new car registration figures, out today, showed that the market was up 6.7% to 191,316 vehicles in the month – the highest level since 2019.";
    assertEquals("2024-06", period(LocalDate.of(2024, 7, 4), "191,316 vehicles",
        "June saw battery-electric vehicles account for nearly a quarter (24.8%) of new car registrations, according to the latest figures from the SMMT.", june));
    // https://cyprus-mail.com/2024/11/11/uk-new-car-sales-dropped-by-6-per-cent-in-october/ (Cyprus Mail, 2024-11-11)
    assertEquals("2024-10", period(LocalDate.of(2024, 11, 11), "20.7 per cent",
        "BEVs saw a record growth of 24.5 per cent in October, with a raft of new models driving the strongest gain this year, and reaching a market share of 20.7 per cent for the month."));
    // https://www.motorfinanceonline.com/news/smmt-results-show-1-6-fall-in-august-registrations/ (Motor Finance Online, SMMT's
    // August 2019 figures, published 4 September 2019): "the month of August" is August.
    assertEquals("2019-08", period(LocalDate.of(2019, 9, 4), "1.7%",
        "Registrations from both the private and fleet sectors declined in the month of August, down 1.7% and 3.5% respectively."));
  }

  @Test
  void theSameMonthIsABase() {
    // negative: "the same month" a year back stays the comparison's base; "the month before" is no month the text reports.
    assertEquals("2023-08", period(LocalDate.of(2024, 9, 5), "21,726", "Sales rose to 29,372 in August, up from 21,726 in the same month a year earlier."));
    assertEquals(null, period(null, "12%", "Sales had fallen 12% in the month before the subsidy cut."));
  }
}
