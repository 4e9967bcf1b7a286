package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A month written with a comma before its year, as Indian government releases and the papers that print them write dates
 * ("for the month of December, 2022", "from March, 2022 to December, 2023", "as on 29 November, 2023"): the year is the
 * month's own. Sentences of publishers outside the development set; the expected periods were written down from the
 * guidelines before the rule.
 */
class CommaYearsTest {

  @Test
  void aMonthAndItsYearAcrossACommaAreOneMonth() {
    // https://orissadiary.com/indias-mineral-production-goes-up-by-10-in-december-2022/ (Orissa Diary, the Ministry of Mines'
    // release; the page read without its date)
    String[] orissa = {"Production level of important minerals in December, 2022 were: Coal 833 lakh tonnes, Lignite 35 lakh tonnes, Natural gas (utilized) 2888 million cu. m., Petroleum (crude) 25 lakh tonnes.",
        "Important minerals showing positive growth during December, 2022 over December, 2021 include: Gold (64.2%), Phosphorite (53.9%), Iron Ore (19.5%)."};
    assertEquals("2022-12", PeriodRulesTest.period(null, "833 lakh tonnes", orissa));
    assertEquals("2022-12", PeriodRulesTest.period(null, "64.2%", orissa));
    // https://www.freepressjournal.in/business/indias-mineral-production-rises-98-in-december-2022 (Free Press Journal, PTI,
    // 2023-02-18) and https://www.moneycontrol.com/news/business/commodities/indias-mineral-production-rises-9-8-in-december-2022-10116331.html
    // (Moneycontrol, the same PTI copy): the base "December, 2021" is not the index's month.
    String pti = "The index of mineral production of the mining and quarrying sector for the month of December, 2022 stood at 107.4, "
        + "9.8 per cent higher as compared to December, 2021, as per the provisional figures of Indian Bureau of Mines (IBM).";
    assertEquals("2022-12", PeriodRulesTest.period(LocalDate.of(2023, 2, 18), "9.8 per cent", pti));
    assertEquals("2022-12", PeriodRulesTest.period(null, "9.8 per cent", pti));
  }

  @Test
  void aRangeOfMonthsWithCommaYears() {
    // https://pib.gov.in/PressReleaseIframePage.aspx?PRID=2003930 (Press Information Bureau, Ministry of Power, 2024-02-08)
    assertEquals("2022-03/2023-12", PeriodRulesTest.period(LocalDate.of(2024, 2, 8), "28802 MW",
        "There has been generation capacity addition of 28802 MW during the period from March, 2022 to December, 2023."));
  }
}
