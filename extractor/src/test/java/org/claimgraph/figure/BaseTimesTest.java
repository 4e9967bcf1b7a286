package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.claimgraph.figure.PeriodRulesTest.period;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A time written after the level a comparison is made with is that level's (devset/GUIDELINES.md, "Periods": the base of a
 * comparison gets the base's period), also where a bracketed aside or a participle stands between ("from 133,000 t (revised) in
 * 2017", "the 15,805,658 recorded back in 2019"), the base is a noun without a number ("a 10% drop from output in 2021") or a
 * second level of a list ("up from 516,000 in 2019 and 300,000 in 2018"); the figure compared takes its own time, or, stating
 * none, the year after a base year. Sentences of publishers outside the development set (search tool, corpus pages); the
 * periods were written down from the guidelines before the rule.
 */
class BaseTimesTest {

  @Test
  void aFigureComparedWithABaseYearAloneIsOfTheYearAfter() {
    // https://chileeconomico.net/2021/02/24/exports-up-2-6-in-2020-reaching-71-73-bn/ (Chile Económico, 2021-02-24): on its page
    // the year after the base; read alone (no page, no date) the sentence states no time of its own
    String imports = "Imports came in at $59.03 billion, 15.4% lower than in 2019.";
    assertEquals("2020", period(LocalDate.of(2021, 2, 24), "$59.03 billion", imports));
    assertEquals("2020", period(LocalDate.of(2021, 2, 24), "15.4%", imports));
    assertNotEquals("2020", period(null, "15.4%", imports));
    // https://www.business-standard.com/article/international/china-2020-exports-up-despite-coronavirus-surplus-surges-to-535-billion-121011400285_1.html
    // (Business Standard, 2021-01-14): the 0.5 per cent is 2019's own
    String exports = "Exports rose 3.6 per cent over 2019 to USD 2.6 trillion, an improvement over 2019's 0.5 per cent gain, customs data showed Thursday.";
    assertEquals("2020", period(LocalDate.of(2021, 1, 14), "3.6 per cent", exports));
    assertEquals("2020", period(LocalDate.of(2021, 1, 14), "USD 2.6 trillion", exports));
    assertEquals("2019", period(LocalDate.of(2021, 1, 14), "0.5 per cent", exports));
  }

  @Test
  void aBaseLevelWithAnAsideBeforeItsYearKeepsTheYear() {
    // USGS Minerals Yearbook, nickel 2018 (via https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F784792845%2Fved22)
    String scrap = "In 2018, U.S. industry melted 123,000 t of nickel contained in scrap, a 7% decrease from 133,000 t (revised) in 2017 (table 2).";
    assertEquals("2018", period(null, "7%", scrap));
    assertEquals("2018", period(null, "123,000 t", scrap));
    assertEquals("2017", period(null, "133,000 t", scrap));
    String use = "Reported nickel consumption (primary plus secondary) in the United States in 2018 decreased by 3% to 230,000 metric tons (t) compared with 238,000 t (revised) in 2017 (table 1).";
    assertEquals("2018", period(null, "230,000 metric tons", use));
    assertEquals("2017", period(null, "238,000 t", use));
    // https://www.forexlive.com/news/!/europe-car-sales-plunged-by-the-most-on-record-in-2020-20210119 (ForexLive, 2021-01-19)
    String cars = "In terms of raw figures, new-vehicle registrations for the whole of 2020 was 11,961,182 as compared to the 15,805,658 recorded back in 2019.";
    assertEquals("2020", period(LocalDate.of(2021, 1, 19), "11,961,182", cars));
    assertEquals("2019", period(LocalDate.of(2021, 1, 19), "15,805,658", cars));
  }

  @Test
  void listedAndPlainBasesKeepTheirYears() {
    // https://swedishcleantech.se/aktuellt/arkiv/2021-05-18-ev-charging-data-shows-widely-divergent-global-path.html (2021-05-18)
    String chargers = "China had over 800,000 EV charging outlets available for public use installed at the end of 2020, up from 516,000 in 2019 and 300,000 in 2018.";
    assertEquals("2019", period(null, "516,000", chargers));
    assertEquals("2018", period(null, "300,000", chargers));
    // https://www.energy.gov/eere/vehicles/articles/fotw-1200-august-23-2021-sales-new-electric-vehicles-us-were-2020-while (US DOE)
    String sales = "Conventional new light-duty vehicle sales declined to 12.7 million in 2020, down from 15.3 million in 2019.";
    assertEquals("2020", period(null, "12.7 million", sales));
    assertEquals("2019", period(null, "15.3 million", sales));
    // https://stage.batterypoweronline.com/news/global-ev-sales-for-2019-maybe-people-just-want-teslas/ (Battery Power Online, 2020-01-20)
    String plugIns = "Despite the debut of 45 pure electric and plug-in hybrids in the United States last year, only 325,000 plug-in passenger vehicles were sold, down 6.8% from 349,000 in 2018, according to Edmunds.";
    assertEquals("2019", period(LocalDate.of(2020, 1, 20), "325,000 plug-in passenger vehicles", plugIns));
    assertEquals("2019", period(LocalDate.of(2020, 1, 20), "6.8%", plugIns));
    assertEquals("2018", period(LocalDate.of(2020, 1, 20), "349,000", plugIns));
  }

  @Test
  void notTheYearAfterWhereTheTextSaysOtherwise() {
    // written for the test: a clause on the base year itself ("2019, when …") is that year's, not the next
    assertNotEquals("2020", period(null, "7%", "Sales rose 12% compared with 2019, when the market share was only 7%."));
    // written for the test: on a page of June 2021, the year after a 2021 base would be later than the page
    assertNotEquals("2022", period(LocalDate.of(2021, 6, 1), "$20,000 a tonne", "Lithium prices rose to $20,000 a tonne, up from $15,000 a tonne in 2021."));
    // written for the test: the "than" of a hedge compares nothing ("more than", "less than")
    assertEquals("2023", period(null, "more than 400,000 tonnes", "The miner produced more than 400,000 tonnes in 2023, up 12% on 2022."));
    assertEquals("2023", period(null, "less than 50 tonnes", "Firms that shipped less than 50 tonnes in 2023 are exempt from the quota."));
    // written for the test: a year looked back to, a span compared with, the first year of a span: no year after
    assertNotEquals("2020", period(null, "more than two million registrations", "Dealers expect more than two million registrations for the first time since 2019."));
    assertNotEquals("2023", period(null, "41.2 percent", "The company's market share fell to 41.2 percent, down 3.1 percentage points from the same period of 2022."));
    assertNotEquals("2019", period(null, "12%", "Demand for cobalt from batteries is set to grow by 12% annually from 2018-2030."));
    // https://uk.amegroup.com/Website/FeatureArticleDetail.aspx?faId=971 (AME, devset/alone a-021), read alone: "over 2022" after a
    // total is that year's, not a base ("to total 464kt LCE over 2022" gave 2023)
    String lithium = "AME forecasts the Australian lithium production to total 464kt LCE over 2022, up 62% from 2021.";
    assertNotEquals("2023", period(null, "464kt", lithium));
    assertNotEquals("2023", period(null, "62%", lithium));
    // written for the test: revenue from sales in a year is that year's (no change before "from")
    assertEquals("2023", period(null, "$5 billion", "Revenue from sales in 2023 was $5 billion."));
  }
  @Test
  void aPossessiveTimeAfterAComparisonIsTheBasesAndTheChangeKeepsTheLevelsTime() {
    // devset fresh22 f22-e-01 (bizcommunity.com): "2023's tally" is what the doubling is compared with; the doubling is 2024's
    String phevs = "However, our calculations suggest plug-in hybrids were still outsold by EVs locally over the whole of 2024, with PHEVs"
        + " ending the year on 728 units (again, more than doubling 2023’s tally of 336 units).";
    assertEquals("2024", period(null, "728 units", phevs));
    assertEquals("2024", period(null, "more than doubling", phevs));
    assertEquals("2023", period(null, "336 units", phevs));
    // https://www.business-standard.com/… (Business Standard, 2021-01-14), outside the devset: "over 2019's" stays the base's
    String exports = "Exports rose 3.6 per cent over 2019 to USD 2.6 trillion, an improvement over 2019's 0.5 per cent gain, customs data showed Thursday.";
    assertEquals("2020", period(LocalDate.of(2021, 1, 14), "3.6 per cent", exports));
    assertEquals("2019", period(LocalDate.of(2021, 1, 14), "0.5 per cent", exports));
    // Negative: a possessive year opening the clause is the figures' own ("2023's sales rose 12% to 5,000 units").
    assertEquals("2023", period(null, "12%", "2023's sales rose 12% to 5,000 units."));
  }

  @Test
  void aPossessiveTimeAfterAPlainOnOrOverIsTheFiguresOwn() {
    // review28a, negative, written for the test: "on" and "over" compare only after a change or a percent (YEAR_COMPARED); a
    // possessive year after "Based on", "Drawing on" is the time of the figures that follow, not a base's.
    assertEquals("2023", period(LocalDate.of(2024, 6, 1), "5,000 units",
        "Based on 2023's figures, electric car sales rose 12% to 5,000 units."));
    assertEquals("2023", period(LocalDate.of(2024, 6, 1), "40%", "Drawing on 2023's survey, 40% of buyers want an EV."));
    // …while a change before "on" still opens a base: "a 20% rise on 2022's figure".
    assertEquals("2022", period(LocalDate.of(2024, 6, 1), "4,000 units",
        "Sales reached 5,000 units in 2023, a 25% rise on 2022's 4,000 units."));
  }

  @Test
  void overAfterAPercentComparesWithTheLevelAfterIt() {
    // devset fresh22 f22-e-11 (biddetail.com, ABVE data): "60% over the 93,927 sold in 2023" — the growth is 2024's, the base 2023's
    String growth = "The numbers confirm the forecast of the Brazilian Electric Vehicle Association (ABVE) that 2024 will end with a new record"
        + " of more than 150,000 electrified vehicles sold in the year, which would mean a growth of about 60% over the 93,927 sold in 2023.";
    assertEquals("2024", period(null, "about 60%", growth));
    assertEquals("2023", period(null, "93,927", growth));
    // Negative: "over" as a hedge on the new level ("rose 5% to over 2,000 tonnes in 2023") leaves 2023 the change's own.
    assertEquals("2023", period(null, "5%", "Exports rose 5% to over 2,000 tonnes in 2023."));
  }

  @Test
  void onAnUndatedPageAFigureComparedWithABaseYearIsOfTheYearAfterNotThePagesPresent() {
    // devset fresh20 f20-e-11 (qazmonitor.com, no date): the page's text is about 2022, but a figure compared with 2020 is 2021's
    String[] kazakhstan = {
        "According to Heycar, electric car sales grew worldwide by 40% in 2022. Every one out of ten cars sold had an electric motor.",
        "Instead, the global market for hybrid cars grew drastically in 2021, according to the analysts at the Bureau of Transportation Statistics.",
        "More than 799,000 gasoline-powered passenger cars were sold, a 75.6% increase over 2020. Plug-in hybrid electric vehicles sold"
            + " 173,500 units, 2.5 times more than 2020."};
    assertEquals("2021", period(null, "75.6%", kazakhstan));
    assertEquals("2021", period(null, "173,500 units", kazakhstan));
    assertEquals("2021", period(null, "2.5 times", kazakhstan));
    // devset fresh13 f13-e-02 (lubesngreases.com, no date): a page about 2023 looking back at 2022's deliveries
    String[] deliveries = {
        "Even as the global light vehicle market slows, EV sales are expected to reach 14 million units in 2023, up 34%.",
        "Global deliveries of EVs totaled 10.5 million units, a 55% increase from 2021."};
    assertEquals("2022", period(null, "55%", deliveries));
    // https://www.techglobaltimes.com/2023/01/04/gm-is-barely-on-track-to-retake-the-us-sales-crown-from-toyota-in-2022/ (outside
    // the devset, read without its date): the increase from 2021 is 2022's
    String[] gm = {
        "GM surpassed Toyota in 2022 U.S. vehicle sales to record 2.2 million units.",
        "GM believes the 2.5% overall increase from 2021 was a combination of strong demand and additional manufacturing capacity."};
    assertEquals("2022", period(null, "2.5%", gm));
    // Negative: read alone (a page of one sentence, no date) the sentence states no time of its own.
    assertNotEquals("2021", period(null, "75.6%", "More than 799,000 gasoline-powered passenger cars were sold, a 75.6% increase over 2020."));
    // Negative, devset fresh f-e-11 (miragenews.com, no date): a sentence stating the present keeps it; "now … a 150 per cent
    // increase on 2022" is a two-year comparison on a page about 2024, not 2023's.
    String[] australia = {
        "Electric Vehicle Council, Chief Scientist, Dr Jake Whitehead said: 2024 has been a year of steady growth for electric vehicle sales in Australia.",
        "EVs now represent nearly one in ten new light vehicle sales (9.5 per cent), a 150 per cent increase on 2022, according to the"
            + " Electric Vehicle Council's State of EVs report released today."};
    assertNotEquals("2023", period(null, "150 per cent", australia));
    // Negative: a figure that states its own time keeps it ("in 2023, up 12% on 2021": a two-year comparison).
    assertEquals("2023", period(null, "5,000 units", "Sales fell in 2022.", "Sales reached 5,000 units in 2023, up 12% on 2021."));
  }
}
