package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A level standing at the end of a year is that year's December; what the year added, a change over it and a forecast for its end
 * keep the year (YearEndStocks). Expected periods written from the text (GUIDELINES fresh22 call 6, fresh25 "a count 'as of' a date
 * is a stock at that date").
 */
class YearEndStocksTest {

  @Test
  void aFrontedYearEndStockIsItsDecember() {
    // f5a.pl (devset f25-e-11, no date): the fleet and the charging network at the end of 2022 are 2022-12; the year's new
    // registrations and their growth stay 2022.
    String text = "At the end of 2022, the fleet of passenger and commercial BEVs in Poland numbered around 34,000 vehicles, and the "
        + "number of newly registered passenger BEVs was 11,300 vehicles (an increase by 84% YOY). At the end of 2022, there were "
        + "approximately 2,600 public charging stations (more than 5,000 points) in Poland. The number of newly installed charging "
        + "points was over 1,200 (an increase by 8% YOY).";
    var figures = Texts.figures(LocalDate.of(2023, 3, 1), text);
    assertEquals("2022-12", Texts.periodOf(figures, "", "around 34,000 vehicles"));
    assertEquals("2022", Texts.periodOf(figures, "", "11,300 vehicles"));
    assertEquals("2022", Texts.periodOf(figures, "", "84%"));
    assertEquals("2022-12", Texts.periodOf(figures, "", "approximately 2,600 public charging stations"));
    // The next sentence's new points run on with the year, not the stock's December.
    assertEquals("2022", Texts.periodOf(figures, "", "over 1,200"));
  }

  @Test
  void aStockStoodAtByTheEndOfAYearIsItsDecember() {
    // theeastafrican.co.ke (devset f22-e-10): "by the end of 2023 stood at 3,753" → 2023-12.
    assertEquals("2023-12", period(LocalDate.of(2024, 2, 10),
        "The total number of EVs registered in the country by the end of 2023 stood at 3,753.", "3,753"));
  }

  @Test
  void chargingPointsAtTheEndOfAYearButNotThoseBuiltInIt() {
    // https://pakobserver.net/chinas-ev-charging-points-saw-rapid-expansion-in-2022/ (Xinhua, January 2023): the network at the
    // end of 2022 is 2022-12; the points built in 2022 are the year's.
    String text = "The country had 5.21 million charging points at the end of 2022, including over 2.59 million built in 2022, said "
        + "Tian Yulong, chief engineer of the Ministry of Industry and Information Technology.";
    var figures = Texts.figures(LocalDate.of(2023, 1, 18), text);
    assertEquals("2022-12", Texts.periodOf(figures, "", "5.21 million charging points"));
    assertEquals("2022", Texts.periodOf(figures, "", "over 2.59 million"));
  }

  @Test
  void aFleetShareByTheEndOfAYear() {
    // https://focus.hidubai.com/eu-registers-1-5-million-new-battery-only-electric-cars-in-2023 (Eurostat via WAM): the share of the
    // fleet by the end of 2023 is 2023-12.
    assertEquals("2023-12", period(LocalDate.of(2024, 10, 20), "By the end of 2023, battery-only electric cars comprised 1.7% of the "
        + "total passenger car fleet in the EU, with notable differences across member countries.", "1.7%"));
  }

  @Test
  void aShareOfNewSalesAtTheEndOfAYearStaysTheYear() {
    // https://www.reportwire.in/?p=502035: a share of new-car sales is a flow of the year, not a level at its end.
    assertEquals("2023", period(LocalDate.of(2025, 6, 1),
        "Sweden’s fleet holds 550,000 vehicles, and 39.8% of new-car sales were electric at the end of 2023.", "39.8%"));
  }

  @Test
  void aForecastForTheEndOfAYearStaysTheYear() {
    // GUIDELINES fresh22 call 8: "the fleet projected by the end of 2025" → 2025 (a target takes its year).
    assertEquals("2025", period(LocalDate.of(2025, 2, 1),
        "The projection is that up to 35,835 will be in circulation by the end of 2025.", "up to 35,835"));
  }

  @Test
  void aTargetForTheEndOfAYearStaysTheYear() {
    // thesun.my (devset f23-e-05): "targeting to establish 10,000 … charging stations nationwide by the end of 2025" → 2025.
    assertEquals("2025", period(LocalDate.of(2025, 5, 10), "The government is targeting to establish 10,000 electric vehicle (EV) "
        + "charging stations nationwide by the end of 2025, according to Deputy Prime Minister Datuk Seri Fadillah Yusof.",
        "10,000 electric vehicle (EV) charging stations"));
  }

  @Test
  void aYearEndNotYetComeIsATargetsYear() {
    // review31a: https://www.energetskiportal.com/which-eu-countries-have-met-the-targets-for-public-chargers/ (Energetski portal,
    // 2024): on a page written after the year's end the chargers stood there (2023-12); the same words on a page of June 2023 can
    // only be a goal or a forecast, whatever the verb (no "aims", "will" or "plans" here), and keep the year.
    String portal = "Data collated by the European Federation for Transport & Environment showed that at the end of 2023, there were more "
        + "than 630,000 chargers in total.";
    assertEquals("2023-12", period(LocalDate.of(2024, 9, 1), portal, "more than 630,000 chargers"));
    assertEquals("2023", period(LocalDate.of(2023, 6, 20), portal, "more than 630,000 chargers"));
    // An undated page: the level at the year's end, as before.
    assertEquals("2023-12", period(null, portal, "more than 630,000 chargers"));
  }

  private static String period(LocalDate date, String text, String quote) {
    return Texts.periodOf(Texts.figures(date, text), "", quote);
  }
}
