package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change compared with a named base year (YearBases, round 19, smoke19): a change on the year before when its own period
 * is a month or months of the next year (open splits: texreport, globalspark, smmt). A change with no period of its own is left
 * as read: on a page the base may lie years back (miragenews, ChangeRulesTest). Expected bases were written before the code;
 * outside sentences carry their URLs.
 */
class YearBasesTest {

  private static String basis(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote).basis();
  }

  @Test
  void outsideSentences() {
    // https://sustainabilitymath.org/tag/lithium/ : expected 65% change up (no basis: a level follows), 550 GWh 2022, 330 GWh 2021,
    // 55% change up yoy 2022
    assertEquals("yoy", basis(null, "Automotive lithium-ion (Li-ion) battery demand increased by about 65% to 550 GWh in 2022, from "
        + "about 330 GWh in 2021, primarily as a result of growth in electric passenger car sales, with new registrations increasing by "
        + "55% in 2022 relative to 2021.", "55%"));
    // https://defence.pk/pdf/threads/iea-electric-car-sales-jumped-to-more-than-10-million-last-year-with-china-accounting-for-roughly-60-of-the-market.765966/
    // : expected 60% change up yoy 2022
    assertEquals("yoy", basis(null, "The Paris-based organization says more than 26 million electric cars were on the world’s roads "
        + "in 2022, which represents a 60% increase relative to 2021.", "60%"));
    // https://www.onlygoodnewsdaily.com/post/10-percent-of-global-car-sales-were-electric-in-2022 : expected 68 percent yoy 2022
    assertEquals("yoy", basis(null, "Globally, the total number of EVs sold in 2022 jumped 68 percent over 2021 numbers.", "68 percent"));
    // https://republicofmining.com/2020/02/10/chiles-copper-output-down-in-2019-on-declining-grades-by-cecilia-jamasmie-mining-com-february-10-2020/
    // : expected 4.4% change down yoy 2019
    assertEquals("yoy", basis(LocalDate.of(2020, 2, 10), "Another mine that experienced a sharp drop in production was BHP’s "
        + "Escondida, the world’s largest copper mine, which ended 2019 with a production of 1,188 million tonnes, or 4.4% less than "
        + "in 2018.", "4.4%"));
    // https://www.cnet.com/roadshow/news/electric-car-battery-pack-prices-outlook/ (devset/alone a-062): expected 13% change
    // down yoy; a change with no period of its own is left as read (see aSpanOfYearsStaysASpan), so this one stays vs-period
    assertEquals("vs-period", basis(null, "According to Bloomberg NEF's data, prices fell 13% from 2019 levels.", "13%"));
  }

  @Test
  void aSpanOfYearsStaysASpan() {
    // ChangeRulesTest: "Prices are 3 times higher than in 2020" on a 2025 page is no change on 2019's next year.
    assertEquals("vs-period", basis(LocalDate.of(2025, 10, 20), "Prices are 3 times higher than in 2020.", "3 times"));
    // A change of January–May 2025 against 2021 spans four years.
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 7, 30), "In the first five months of 2025, new EV retail registrations rose 40% "
        + "from 2021.");
    assertEquals("vs-period", PeriodRulesTest.figure(fs, "40%").basis());
  }

  @Test
  void openSplitShapes() {
    // A month of the year after the base year.
    assertEquals("yoy", basis(null, "Exports in March 2024 were 1,200 tonnes, down 12% from 2023.", "12%"));
    // texreport (fresh4): December's imports against 2011 (December 2012)
    assertEquals("yoy", basis(LocalDate.of(2013, 1, 28), "Imports in December were 4,704 tons, down 34.8% from 2011, largely dropping "
        + "from the increase in the preceding month.", "34.8%"));
  }
}
