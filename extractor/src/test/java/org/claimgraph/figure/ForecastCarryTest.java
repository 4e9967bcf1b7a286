package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A forecast's year, later than the page's present, carried into a later sentence that reports a datum in the past tense gives
 * way to the present year; a sentence that continues the forecast, or reports nothing in the past, keeps it (ForecastCarry).
 * Passages of publishers outside the development set (search tool, corpus pages), read as the pages give them (no date on the
 * page where the page shows none); the periods were written down before the rule was run on them.
 */
class ForecastCarryTest {

  @Test
  void aReportAfterAForecastIsOfThePresentYear() {
    // https://kaohooninternational.com/markets/551517 (Kaohoon International, no date on the page; Rho Motion's forecast of
    // January 2025): the text reports 2024 as gone by ("In 2024, 3 million EVs were sold") and forecasts 2025; China's record
    // 40% jump is 2024's, not the forecast year's
    String[] page = {
        "Sales of electric and plug-in hybrid vehicles could surge by at least 17% to over 20 million cars in 2025, according to a Tuesday forecast from Rho Motion.",
        "Rho Motion estimated that EV sales in China will surpass the 17% forecast for 2025, boosting its market dominance reinforced by the subsidies. China’s EV sales soared by a record 40% to 11 million.",
        "The firm also put 15% sales growth in its forecast for the European market. In 2024, 3 million EVs were sold in Europe."};
    assertEquals("2024", period(null, "40%", page));
    assertEquals("2024", period(null, "11 million", page));
    assertEquals("2025", period(null, "over 20 million cars", page));
    assertEquals("2024", period(null, "3 million EVs", page));
  }

  @Test
  void aSentenceContinuingTheForecastKeepsItsYear() {
    // https://www.teslarati.com/global-ev-sales-20-million-research/ (Teslarati, read without its date): "would mark" continues
    // the 2025 forecast
    String[] page = {
        "One automotive research firm has predicted that global electric vehicle (EV) sales will surpass 20 million in 2025, marking another year of growth in the sector.",
        "If reached, the milestone would mark an 18 percent increase in EV sales globally year over year, as led by key markets in China with 12.9 million units, 3.5 million across Europe and the United Kingdom, and around 2.1 million in the U.S. and Canada.",
        "“If 2024 was the year of elections, 2025 is the year of legislation,” said Iola Hughes, Rho Motion’s Head of Research."};
    assertEquals("2025", period(null, "12.9 million units", page));
    // https://econotimes.com/Global-EV-Sales-to-Surge-17-in-2025-Amid-Subsidy-Extensions-and-Emission-Targets-1700313 (EconoTimes,
    // no date on the page): the fines for missing 2025's targets report nothing in the past and keep the forecast's year
    String[] fines = {
        "Europe, the second-largest EV market, will see 15% sales growth in 2025, up from 3 million EVs sold in 2024, as stricter CO2 regulations and affordable models gain traction. However, growth may be slower compared to 2023. Carmakers face potential EU emission fines of 10 billion euros, a drop from earlier estimates of 15 billion euros due to emission pooling and industry advancements."};
    assertEquals("2025", period(null, "10 billion euros", fines));
  }

  @Test
  void aTargetYearDatesNoPriceOfToday() {
    // https://www.greencarreports.com (Green Car Reports via evdriven.com, BNEF's survey of December 2017): today's pack price is
    // not of the 2025 target
    String[] page = {
        "But the real shocker is the report's claim of future battery pack prices: BNEF believes they will cost less than $100 per kilowatt-hour by 2025, just seven years hence.",
        "Today's average lithium-ion battery-pack price of $209 per kilowatt-hour represents the lowest in history, a 24-percent decrease from a year ago and an 80-percent drop since 2010."};
    assertNotEquals("2025", period(null, "$209 per kilowatt-hour", page));
    // https://ghanaflare.com/ghana-gold-output-could-rise-6-25-to-5-1-million-ounces-in-2025 (Ghanaflare, no date on the page): a
    // report stating its own year keeps it, the forecast keeps its own
    String[] ghana = {
        "Ghana, known for its rich gold reserves, is set to see a significant increase in gold production in 2025. The Chamber of Mines has forecasted a 6.25% rise in gold output, with the country expected to produce approximately 5.1 million ounces of gold, up from last year’s record output of 4.8 million ounces.",
        "Ghana’s impressive performance in 2024, when total gold output rose by 19.3%, solidified its position as Africa’s leading gold producer, surpassing countries like South Africa and Mali."};
    assertEquals("2024", period(null, "19.3%", ghana));
  }

  @Test
  void readAloneNothingIsCarried() {
    // The Kaohoon sentence alone: no page, no forecast before it, no period from nowhere
    assertNull(period(null, "40%", "China’s EV sales soared by a record 40% to 11 million."));
  }
}
