package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change compared with the level or period right before its own (the previous year, quarter or month) is
 * y/y, q/q or m/m, however the comparison is worded; a span the change names ("between 2010 and 2019") stays
 * vs-period. Real sentences of publishers outside the development set (the search tool's stored pages),
 * annotated by devset/GUIDELINES.md ("Kind, basis, direction") before the rule was written.
 */
class NextPeriodBasisTest {

  private static Figure figure(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(date, paragraphs), quote);
  }

  @Test
  void aChangeFromTheLevelOfTheYearBeforeIsYearOnYear() {
    // Statistics Mauritius, https://statsmauritius.govmu.org/Pages/Statistics/ESI/Agriculture/Agriculture/Agri_Fish_Yr21.aspx
    LocalDate mar2022 = LocalDate.of(2022, 3, 15);
    String area = "A total area of 7,922 hectares under food crops was harvested in 2021, representing an increase of 7.8% over the figure of 7,352 hectares in 2020.";
    assertEquals("yoy", figure(mar2022, "7.8%", area).basis());
    assertEquals("2021", figure(mar2022, "7.8%", area).period());
    assertEquals("yoy", figure(mar2022, "0.2%",
        "In 2021, beef production from live cattle was 1,823 tonnes, 0.2% lower than the production of 1,826 tonnes in 2020.").basis());
    assertEquals("yoy", figure(mar2022, "1.9%",
        "The production of sugar cane increased by 1.9% from 2,620,874 tonnes in 2020 to 2,669,667 tonnes in 2021.").basis());
    // Tridge, https://www.tridge.com/insights/increased-macadamia-production-in-south-africa
    assertEquals("yoy", figure(LocalDate.of(2023, 5, 10), "12.8%",
        "South African macadamia production for the 2023 season is forecasted to yield a record-breaking production of 77,649 mt of dry in-shell nuts, "
            + "representing a 12.8% increase from 68,840 mt in the 2022 season.").basis());
    // Philippines News Gazette (PNA), https://www.philippinesnewsgazette.com/ph-palay-output-hits-record-high-of-20-06-million-metric-tons/
    assertEquals("yoy", figure(LocalDate.of(2024, 1, 30), "1.5 percent",
        "MANILA: The Department of Agriculture (DA) on Tuesday reported that palay production in 2023 reached 20.06 million metric tons (MT), the highest harvest ever in the country. "
            + "According to the Philippine Statistics Authority's latest data, last year's palay output was 1.5 percent higher than the 2022 volume of 19.76 million MT.").basis());
    // Statistics Iceland, https://statice.is/publications/news-archive/agriculture/meat-production-stocks-and-trade-2022/
    assertEquals("yoy", figure(LocalDate.of(2023, 6, 1), "2%", "Total meat production the year 2022 was 30,428 tonnes, 2% less than in 2021.").basis());
  }

  @Test
  void aChangeFromThePreviousQuartersLevelIsQuarterOnQuarter() {
    // RTTNews via finanznachrichten.de (dpa-AFX), https://www.finanznachrichten.de/nachrichten-2023-10/60396675-antofagasta-q3-copper-gold-production-increase-backs-outlook-020.htm
    assertEquals("qoq", figure(LocalDate.of(2023, 10, 18), "16%",
        "Antofagasta PLC Wednesday said its copper production in the third quarter increased 16% to 173,600 tonnes from 149,600 tonnes in the previous quarter, "
            + "primarily reflecting higher output at both Los Pelambres and Centinela.").basis());
  }

  @Test
  void aReferenceYearReadAgainstThePeriodSettledLater() {
    // Starfeu (fresh3): the quota "for the year" of an article about 2024's quotas
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 8, 20),
        "The year-to-date quota for smelting and separation now totals 254,000 tons, which is a 4.2% increase compared to 2023.");
    assertEquals("yoy", PeriodRulesTest.figure(fs, "4.2%").basis());
  }

  @Test
  void aSpanTheChangeNamesStaysVsPeriod() {
    // Incorrys, https://incorrys.com/global-copper-mine-production
    assertEquals("vs-period", figure(LocalDate.of(2024, 2, 26), "over 25%",
        "Global copper production increased over 25% between 2010 and 2019 from 16 million tonnes to just over 20 million tonnes.").basis());
  }
}
