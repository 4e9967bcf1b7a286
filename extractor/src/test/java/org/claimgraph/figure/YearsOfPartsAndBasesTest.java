package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year of partial periods and of "last year" (GUIDELINES.md, "Periods": without a date, months resolve against the years
 * the text states, comparison bases included), on sentences of publishers outside the development set. The expected periods
 * were written down from the guidelines before the rules:
 *
 * <ul>
 *   <li>a half or quarter written with a slash before its year ("H1/2022", "Q2/2025") is that half or quarter of that year,
 *       not the page's half plus a separate bare year;</li>
 *   <li>a month of an earlier year that a figure is compared with ("compared to June 2020", "compared to 737 in October
 *       2022") is the same month a year back when the clause reports that month without a year or no month at all, so an
 *       undated page is about the year after it; not when the clause reports another month ("December's numbers were down
 *       1.9% from November 2021");</li>
 *   <li>on an undated page that reports its newest year as a year gone by ("Volkswagen … sold 231,600 battery electric
 *       vehicles in 2020"), "last year" is that year; a page that speaks of a running year with figures ("this year") or
 *       whose newest year is a base keeps "last year" the year before its own.</li>
 * </ul>
 */
class YearsOfPartsAndBasesTest {

  private final PeriodResolver periods = new PeriodResolver();

  private List<String> periodsOf(String sentence, PeriodResolver.Context ctx) {
    return periods.find(sentence, ctx).stream().map(PeriodMention::period).toList();
  }

  private static int present(String text) {
    return PeriodResolver.context(null, text).fallbackYear();
  }

  /** The period "last year" takes in {@code sentence} on the undated page {@code page}. */
  private List<String> lastYear(String page, String sentence) {
    return periodsOf(sentence, PeriodResolver.context(null, page));
  }

  @Test
  void aHalfWithASlashBeforeItsYearIsThatHalf() {
    // https://theinvestor.vn/vietnam-reaches-642-economic-growth-in-h1-second-best-since-2020-d10942.html
    // (The Investor, 2024-06-29)
    PeriodResolver.Context june2024 = new PeriodResolver.Context(LocalDate.of(2024, 6, 29), 0);
    List<String> h22 = periodsOf("It is only lower than the 6.58% recorded in H1/2022, which featured a post-pandemic reopening in "
        + "March 2022.", june2024);
    assertTrue(h22.contains("2022-01/2022-06"), h22.toString());
    assertFalse(h22.contains("2024-01/2024-06"), h22.toString());
    List<String> halves = periodsOf("The growth figures were 1.74% in H1/2020, 5.71% in H1/2021, and 3.84% in H1/2023.", june2024);
    assertEquals(List.of("2020-01/2020-06", "2021-01/2021-06", "2023-01/2023-06"), halves);
    assertEquals(List.of("2024-01/2024-06"), periodsOf("In H1/2024, the agriculture-forestry-fisheries sector posted 3.38% growth, "
        + "while the industry-construction sector recorded growth of 7.51%, and the service sector with 6.64%.", june2024));
    // Negative, same page (its title): a half without its year stays the page's half.
    assertEquals(List.of("2024-01/2024-06"), periodsOf("Vietnam reaches 6.42% economic growth in H1, second best since 2020",
        june2024).subList(0, 1));
    // https://fnacdarty.com/en/2023-half-year-results (Fnac Darty, July 2023): the space form is read as before.
    List<String> fnac = periodsOf("H1 2023 revenue of €3,344 million, down -2.5% on a reported basis and -2.3% on a like-for-like "
        + "basis* compared to H1 2022", new PeriodResolver.Context(LocalDate.of(2023, 7, 27), 0));
    assertTrue(fnac.contains("2023-01/2023-06") && fnac.contains("2022-01/2022-06"), fnac.toString());
  }

  @Test
  void aMonthOfAnEarlierYearComparedWithIsTheSameMonthAYearBack() {
    // https://demokracija.eu/slovenia/retail-turnover-in-june-higher-than-pre-pandemic-levels/ (STA, July 2021)
    assertEquals(2021, present("Retail turnover in the first half of this year was 10.8% higher than in the same period last year "
        + "and 0.2% higher than in the first six months of the pre-pandemic year of 2019.\nTurnover in June was 12.8% higher "
        + "compared to June 2020 and 6.6% higher than in June 2019, according to the Statistics Office."));
    // https://headtopics.com/ie/new-car-registrations-fall-17-in-october-48251305 (SIMI via Irish news, 2023-11-01)
    assertEquals(2023, present("Some 607 new electric vehicles were registered in October compared to 737 in October 2022, a "
        + "decrease of 17.6 per cent."));
    // https://www.theportugalnews.com/news/2023-06-01/retail-sales-increased-28-in-april/78166?cat=ireland (2023-06-01)
    assertEquals(2023, present("Compared to April 2022, this is an increase of 7.5%, with a growth of 0.5% compared to March."));
    // https://uk.motor1.com/news/608353/new-car-market-august-2022/ (Motor1 UK, September 2022)
    assertEquals(2022, present("A total of 68,858 new cars were registered in the UK last month, an increase of 1.2 percent "
        + "compared with August 2021."));
    // Negative: https://www.newsbreak.com/news/2486012076568/retail-sales-in-u-s-declined-1-9-in-december (January 2022): a
    // month-on-month base of the month before the one reported stays in its year (the December of 2020 is a year back).
    assertEquals(2021, present("Retail sales in December were $626.8 billion, marking an increase of 16.9% from December 2020. "
        + "December’s numbers were down 1.9% from November 2021, which was likely a result of more people completing their holiday "
        + "shopping earlier in the season to avoid stock-outs from supply chain issues."));
  }

  @Test
  void lastYearOnAnUndatedPageThatReportsItsYearAsGoneBy() {
    // https://shepherdgazette.com/volkswagen-and-audi-are-beginning-to-problem-tesla/ (Shepherd Gazette, 2021-01-13)
    String vw = "Volkswagen VLKAF Tesla TSLA sold 231,600 battery electric vehicles in 2020, according to figures published by the "
        + "company on Wednesday.\nSales of hybrid vehicles, which are powered by electricity and conventional fuels, also increased. "
        + "Volkswagen sold 190,500 plug-in hybrids last year, a jump of 175% over 2019.";
    assertTrue(lastYear(vw, "Volkswagen sold 190,500 plug-in hybrids last year, a jump of 175% over 2019.").contains("2020"));
    // https://grist.org/beacon/10-of-new-cars-sold-last-year-were-evs/ (Grist, 2023-01-30)
    String grist = "Nearly 1 out of every 10 new cars sold globally last year was an electric vehicle, according to a recent analysis "
        + "from the research groups LMC Automotive and EV-Volumes.com.\nIn the United States, less than 6 percent of new cars sold "
        + "in 2022 were fully electric vehicles, putting the country significantly behind Europe and China.";
    assertEquals(List.of("2022"), lastYear(grist, "Nearly 1 out of every 10 new cars sold globally last year was an electric "
        + "vehicle, according to a recent analysis from the research groups LMC Automotive and EV-Volumes.com."));
    // https://driveteslacanada.ca/news/global-ev-sales-rise-more-than-40-as-overall-car-sales-plummet (Drive Tesla Canada, 2021)
    String dtc = "Thanks to Tesla, which sold 500,000 vehicles, EVs and plug-in hybrid electric vehicles (PHEV) accounted to 4.2% of "
        + "the global car market last year.\nSurprisingly the market with the largest growth in EV sales was the UK. Nearly 1.4M EV "
        + "and PHEV were registered in 2020, 137% more than in 2019.";
    assertEquals(List.of("2020"), lastYear(dtc, "Thanks to Tesla, which sold 500,000 vehicles, EVs and plug-in hybrid electric "
        + "vehicles (PHEV) accounted to 4.2% of the global car market last year."));
    // Negative: https://www.yourmoney.com/news/motorists-drive-up-car-sales-by-14-in-october/ (YourMoney, November 2023): the
    // page's newest year is a base ("from 14.8% in 2022", the text is about 2023), so "last year" stays the year before, 2022.
    String ym = "Currently, BEVs make up 15.6% of all new car registrations – a small rise from 14.8% in 2022.\nSince last year there "
        + "have been an expansion of the ultra-low emission zones (ULEZ) areas in London, which could have led to a bigger increase "
        + "in sales.";
    assertEquals(2023, present(ym));
    assertEquals(0, PresentYear.reportedYear(ym, 2023));
  }
}
