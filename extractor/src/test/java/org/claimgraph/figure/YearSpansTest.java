package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A level or share its clause sets in a span of years ("between 2016 and 2019", "from 2010 to 2022") is the span (guidelines:
 * "a span 'between 2021 and 2030' is the span"; fresh23 call 6); a change over the span keeps the newer year.
 */
class YearSpansTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aShareOrLevelWithinASpanOfYearsIsTheSpan() {
    // https://www.webjosh.com/article/china-contributes-substantially-to-u-s-biggest-imports-1739846302-10083 (The Hindu,
    // outside the devset): shares and a total over 2018–2023
    String hindu = "Of the more than 75 countries with which the U.S. maintains trade relations, China accounted for 18% of all of its "
        + "imported services between 2018 and 2023, which is the highest share, followed by Mexico (14%) and Canada (13%).";
    assertEquals("2018/2023", period(LocalDate.of(2025, 2, 17), "18%", hindu));
    assertEquals("2018/2023", period(LocalDate.of(2025, 2, 17), "$17,000 billion",
        "The U.S. imported goods worth $17,000 billion between 2018 and 2023."));
    // f23-m-07 (Datamar News): a fronted span holds for the list of shares after it
    String datamar = "The study underlined that the country is the main supplier of lithium to the USA, and based on official data, it "
        + "specified that between 2016 and 2019, 55% of the lithium imported by the USA came from Argentina, followed by Chile (36%) and China (5%).";
    assertEquals("2016/2019", period(LocalDate.of(2023, 6, 1), "36%", datamar));
    // f19-e-09 (BusinessMirror): "From 2010 to 2022, … reached 14,357 units"
    assertEquals("2010/2022", period(LocalDate.of(2023, 5, 1), "14,357 units",
        "From 2010 to 2022, EVAP noted that local electric vehicles sold reached 14,357 units."));
  }

  @Test
  void aChangeOverTheSpanOrALevelOutsideItsClauseKeepsItsYear() {
    // https://egs-schuetzen.com/lithium-production-by-country-1995-2020/ (Visual Capitalist text, outside the devset): the levels
    // a change runs between keep the span's ends, while an average over a span is the span
    String lithium = "Lithium production increased steadily between 1995 and 2010, from 9,500 tonnes to 28,000 tons.";
    assertEquals("2010", period(LocalDate.of(2021, 6, 1), "28,000 tons", lithium));
    assertEquals("1955/1980", period(LocalDate.of(2021, 6, 1), "5,000 tons",
        "Countries began producing significant quantities of lithium after World War II, with an average annual production of 5,000 tons between 1955 and 1980."));
    // e-26 (Daily Finland): a change over the span keeps the newer year
    assertEquals("2019", period(LocalDate.of(2020, 6, 1), "more than tripled",
        "The European Union (EU)'s imports of electric and hybrid electric cars more than tripled between 2018 and 2019, showed the figures released Tuesday by Eurostat."));
    // f20-e-10 (Astana Times): the levels a change runs from and to keep the span's ends
    assertEquals("2022", period(LocalDate.of(2023, 6, 1), "over 10 million",
        "Within five years, between 2017 and 2022, sales of electric vehicles surged from approximately one million to over 10 million."));
    // f17-m-03 (TechI3): what a span added is a movement up to its newer year
    assertEquals("2024", period(LocalDate.of(2025, 3, 1), "1.5 million tonnes",
        "Between 2020 and 2024, Indonesia added 1.5 million tonnes of new supply to the market."));
    // f21-m-03 (Tungsten): a span in the next sentence is not the figure's
    assertEquals("2019", period(LocalDate.of(2021, 3, 1), "$1.34B",
        "In 2019, rare-earth metal compounds were the world's 840th most traded product, with a total trade of $1.34B. Between 2018 and 2019 the exports of Rare-Earth Metal Compounds grew by 0.22%."));
    // A year of its own between the span and the figure: "in 2023" holds.
    assertEquals("2023", period(LocalDate.of(2024, 3, 1), "1,200 units",
        "Sales grew steadily between 2019 and 2022, and in 2023 the company sold 1,200 units."));
  }

  @Test
  void theLevelAChangeReachedOverTheSpanIsItsEnd() {
    // The shape of an outside chart description (ielts text on trips a year: "before plunging precipitously between 2015 and
    // 2020 to conclude at just 240 journeys") and of report summaries ("increased more than 12-fold between 2020 and 2024 to
    // 124 GW"): the level after "to" is where the change arrived, the span's end year (found by the end-of-round read of
    // the sentences read alone: the level had taken the whole span)
    assertEquals("2020", period(LocalDate.of(2021, 3, 1), "82,000 tonnes",
        "Global lithium output rose more than fourfold between 2015 and 2020 to 82,000 tonnes, the survey said."));
    // a total over the span with no word of change before its "to" stays the span
    assertEquals("2015/2020", period(LocalDate.of(2021, 3, 1), "82,000 tonnes",
        "Exports between 2015 and 2020 amounted to 82,000 tonnes, the survey said."));
  }
}
