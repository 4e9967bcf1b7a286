package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Average yearly rates of change (value9; fresh8 "expects lithium supply to grow an average of 34 percent a year against an
 * annual demand growth rate of 25 percent", gold: changes, up, yoy): "an average of" between the verb and the number keeps it
 * a change, and a rate "a year", "per year" or named an annual (… growth) rate compares each year with the one before (yoy, as
 * "annually" already does; fresh2 "grow by 19% annually" yoy). Outside sentences: EC&M (EIA's International Energy Outlook),
 * IndustryWeek (EIA), Incorrys, Reuters on energynow.com; the negatives keep "a year ago" and an annual rate of sales apart.
 */
class AnnualRatesTest {

  private static final LocalDate DATE = LocalDate.of(2023, 2, 20);

  private static Figure figure(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // ecmag.com (World Energy Use Projected to Grow 44 Percent Between 2006 and 2030)
      "From 2006 to 2030, world renewable energy use for electricity generation will grow by an average of 2.9 percent per year, according to the report.|2.9 percent|up|yoy",
      // industryweek.com (Global Energy Use Seen Rising 57% Through 2030)
      "Coal consumption, which grows an average annual rate of 2.2%, is the fastest-growing energy source worldwide.|2.2%|up|yoy",
      // incorrys.com (North American Power Demand to 2030)
      "Canada represents 14% of the total North American power demand and is expected to grow at a 0.4% average annual rate through 2030.|0.4%|up|yoy",
      // energynow.com (Reuters, IEA electricity report)
      "China alone is expected to add demand equivalent to the total electricity consumption of the European Union today, with average growth of 4.9% annually to 2030.|4.9%|up|yoy",
      // the fresh8 shape written again with other words
      "The consultancy expects nickel demand to rise an average of 7 percent a year against an annual supply growth rate of 5 percent.|7 percent|up|yoy",
      "The consultancy expects nickel demand to rise an average of 7 percent a year against an annual supply growth rate of 5 percent.|5 percent|up|yoy"})
  void averageYearlyRatesAreYearOnYearChanges(String sentence, String quote, String direction, String basis) {
    Figure f = figure(sentence, quote);
    assertEquals(Kind.CHANGE, f.kind(), f.toString());
    assertEquals(direction, f.direction(), f.toString());
    assertEquals(basis, f.basis(), f.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // negatives written for the test: the base of a year before, and a change to an annual rate of sales
      "Margins rose to 12% from 9% a year ago.|9%|AMOUNT|",
      "Sales rose 4% in March to a seasonally adjusted annual rate of 16.1 million vehicles.|4%|CHANGE|"})
  void otherYearsStayApart(String sentence, String quote, Kind kind, String basis) {
    Figure f = figure(sentence, quote);
    assertEquals(kind, f.kind(), f.toString());
    if (basis != null) assertEquals(basis, f.basis(), f.toString());
    else assertEquals(false, "yoy".equals(f.basis()) && kind == Kind.CHANGE, f.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // review9c: a quarter's growth written "at an annual rate" is that quarter's pace scaled to a year (against the quarter
      // before), not a change from the year before; the basis is not yoy. US GDP reports, quoted in metals market news.
      // breitbart.com/economy/2017/07/28/gdp-rises-annual-pace
      "Gross domestic product expanded at a 2.6 percent annual rate in the Commerce Department’s first estimate for the second quarter of 2017.|2.6 percent",
      // ttnews.com/articles/second-quarter-gdp-grows-24
      "The U.S. gross domestic product rose at a 2.4% annual rate in the second quarter, the Commerce Department said Friday.|2.4%",
      // foxbusiness.com/economy/us-economy-grew-3-second-quarter-line-expectations
      "The U.S. economy grew at a 3% annual rate in the second quarter, in line with economists' expectations, according to new data from the Commerce Department's Bureau of Economic Analysis.|3%",
      // professionalroofing.net/News/Details/403 (The Washington Post)
      "The economy expanded at a 2.5 percent annual rate from April through June, which is significantly higher than the government's initial estimate of 1.7 percent.|2.5 percent",
      // business-standard.com (PTI): us-economy-grew-2-3-per-cent-in-second-quarter
      "Gross domestic product expanded at an annual rate of 2.3 percent in the April-June period, slightly below the 2.5 percent consensus estimate.|2.3 percent",
      // nbcnews.com/id/6745481 (The Associated Press)
      "The economy revved up its engine in the third quarter and advanced at an annual rate of 4 percent— even faster than previously thought.|4 percent"})
  void aQuartersPaceAtAnAnnualRateIsNoYearOnYearChange(String sentence, String quote) {
    Figure f = figure(sentence, quote);
    assertEquals(false, "yoy".equals(f.basis()), f.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // review9c: "grow at an average annual rate of" (the "at" before the rate) is a change, as "grows an average annual rate of"
      // esmagazine.com/articles/87580-new-eia-forecasts-include-higher-energy-demand-in-2020 (EIA Annual Energy Outlook)
      "Although the U.S. economy is currently experiencing a slowdown, the economy is expected to recover by mid-2002 and increase at an average annual rate of 3.0% through 2020, very similar to last year's forecast.|3.0%",
      "Commercial floorspace is projected to grow at an average annual rate of 1.7% between 2000 and 2020, compared to the rate of 1.2% projected last year, consistent with recent historical trends.|1.7%",
      // breitbart.com/economy/2017/07/28/gdp-rises-annual-pace
      "Since 2013, real GDP has grown at an average annual rate of 2.3 percent.|2.3 percent",
      // th4.ilovetranslation.com (an energy demand outlook): the words in the other order
      "In the next 20 years, the GDP will grow at an annual average rate of 4.2% and the population will grow at an annual average rate of 0.3%.|4.2%",
      "In the next 20 years, the GDP will grow at an annual average rate of 4.2% and the population will grow at an annual average rate of 0.3%.|0.3%"})
  void aGrowthAtAnAverageRateIsAChange(String sentence, String quote) {
    Figure f = PeriodRulesTest.figure(Texts.figures(LocalDate.of(2002, 1, 15), sentence), quote);
    assertEquals(Kind.CHANGE, f.kind(), f.toString());
    assertEquals("up", f.direction(), f.toString());
  }
}
