package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a page without a date that reports its newest year as a year gone by ("Chinese lithium carbonate output grew 67 per cent
 * in 2022") and also speaks of a running year ("The lithium price has fallen a quarter this year"), the running year is the
 * next one: "this year" is 2023 and "last year" 2022 (GUIDELINES, "Periods": without a date, against the years the text
 * states). Not when the running year's sentence names that year itself ("so far in 2018"), nor when the newest year is only
 * planned or reported in the present perfect. Sentences of publishers outside the development set, read without their dates;
 * the expected periods were written down before the rule.
 */
class RunningYearAfterTest {

  private final PeriodResolver periods = new PeriodResolver();

  private static int present(String text) {
    return PeriodResolver.context(null, text).fallbackYear();
  }

  private List<String> periodsOf(String page, String sentence) {
    return periods.find(sentence, PeriodResolver.context(null, page)).stream().map(PeriodMention::period).toList();
  }

  @Test
  void aRunningYearAfterAYearReportedAsGoneByIsTheNextYear() {
    // https://www.investorschronicle.co.uk/news/2023/03/03/lithium-and-cobalt-prices-knock-miners/ (Investors' Chronicle, 2023-03-03)
    String ic = "The lithium price has fallen a quarter this year, reversing some of the gains from 2022 when the metal was bid up "
        + "in a race to secure supply by the major carmakers.\nLithium production soared in the past year, according to industry "
        + "specialist SMM, which said Chinese lithium carbonate output grew 67 per cent in 2022 to 350,148 tonnes.";
    assertEquals(2023, present(ic));
    assertEquals(List.of("2023"), periodsOf(ic, "The lithium price has fallen a quarter this year, reversing some of the gains "
        + "from 2022 when the metal was bid up in a race to secure supply by the major carmakers.").subList(0, 1));
    // https://www.axios.com/electric-vehicles-worldwide-sales-2fea9c70-411f-47d3-9ec6-487c7075482c.html (Axios, June 2020)
    String axios = "Electric vehicles had a \"banner year\" in 2019 with worldwide sales topping 2 million, but they still represent "
        + "just roughly 1% of cars on the road globally, per an International Energy Agency report released Monday.\nYes, but: The "
        + "coronavirus pandemic is creating sales headwinds this year, though electric vehicles are affected less than traditional "
        + "cars.";
    assertEquals(2020, present(axios));
    assertEquals(List.of("2020"), periodsOf(axios, "Yes, but: The coronavirus pandemic is creating sales headwinds this year, though "
        + "electric vehicles are affected less than traditional cars."));
    // https://interfax.com/newsroom/top-stories/88104/ (Interfax, 2023-02-20): the plan "in 2023" is not the text's present
    // by itself; the running year after the reported 2022 is.
    String interfax = "Belarus expects to boost exports 6.5% to Russia in 2023, the country's Deputy Economic Minister Dmitry "
        + "Yaroshevich said on the Belarus 1 TV channel.\n\"Last year, 64% of our exports went to Russia and China, and we are "
        + "retaining these markets this year.\"\nYaroshevich stressed that Belarus showed good export results in 2022, with a share "
        + "of 64% going to Russia and China.";
    assertEquals(2023, present(interfax));
    assertEquals(List.of("2022", "2023"), periodsOf(interfax, "\"Last year, 64% of our exports went to Russia and China, and we are "
        + "retaining these markets this year.\""));
  }

  @Test
  void notWhenTheRunningYearIsTheReportedYearItself() {
    // Negative (constructed): "so far in 2018" names the reported year as the running one, so the text's year stays 2018.
    String sameYear = "China produced 60,000 tonnes of rare earths in 2018, the ministry said.\nImports rose 20% so far in 2018 "
        + "to 30,000 tonnes.";
    assertEquals(2018, present(sameYear));
    // Negative (constructed): the present perfect reports the present year ("quotas have been released in 2018"), and
    // "this year" is it.
    String perfect = "The first batch of rare earth mining quotas have been released in 2018.\nThe total is the same as this "
        + "year's first batch of 100,000 tons.";
    assertEquals(2018, present(perfect));
  }

  @Test
  void aPartOfTheYearRunSoFarAfterAYearReportedAsGoneByIsOfTheNextYear() {
    // http://miningnewspro.com/News/217946/Record-the-best-performance-of-Chilean-copper-production-in-May (Mining News Pro,
    // undated; fresh14): "the first five months of the year" are compared with "the same period last year", whose shortfall
    // the text puts "in 2017": the running year is 2018.
    String mnp = "Mining News Pro - According to statistics released by the Chilean state government, copper production in the "
        + "first six months of the year grew by more than 13.5 percent year-on-year.\nAccording to Mining News Pro - Chile`s total "
        + "copper production in the first five months of the year was 2.36 million tons, up 13.5% from the same period last year, "
        + "according to the report. This increase was largely due to the 44-day production gap of the Escondido mine in 2017.";
    assertEquals(2018, present(mnp));
    assertEquals(List.of("2018-01/2018-05"), periodsOf(mnp, "According to Mining News Pro - Chile`s total copper production in "
        + "the first five months of the year was 2.36 million tons, up 13.5% from the same period last year, according to the "
        + "report.").subList(0, 1));
  }

  @Test
  void notWhenThePartOfTheYearIsNamedWithItsYear() {
    // https://wibiz.org/2019/09/05/wisconsin-exports-down-673-million-through-july (WisBusiness, 2019-09-05), read without its
    // date: the months run so far are named "the first seven months of 2019", so 2019 is the running year, not one gone by.
    String wibiz = "The total value of Wisconsin exports dropped $673.2 million during the first seven months of the year, "
        + "according to new data from the U.S. Census Bureau.\nAt almost $12.7 billion, the first seven months of 2019 are "
        + "Wisconsin's worst start to the year for exports since 2016.";
    assertEquals(2019, present(wibiz));
  }
}
