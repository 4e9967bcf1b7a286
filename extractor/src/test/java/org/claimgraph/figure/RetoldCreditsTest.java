package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Credits of rewrites and wire copy (round 9, the fresh8 study): the inverted credit of an outlet that retells a source
 * ("…, reports BBC"), which frames a rewrite but does not take over from the source it retells; and a wire's dateline run
 * into the subject of the first sentence ("New Delhi, Feb 13 (PTI) Hindalco Industries on Tuesday reported …"). Sentences
 * of publishers outside the development set, the page in a comment, the reading annotated before the rule was written.
 */
class RetoldCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 8, 1);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  private static String sourceOf(String sentence) {
    List<Attribution> found = new AttributionFinder(Lexicon.get()).find(sentence, 0);
    return found.isEmpty() ? null : found.get(found.size() - 1).source();
  }

  @Test
  void anInvertedReportsCreditsTheOutletThatRetells() {
    // https://qz.com/ev-electric-car-sales-record-us-1851672969
    assertEquals("Reuters", sourceOf("Global sales of electric cars were up by almost a third in September, reports Reuters."));
    // https://www.business-standard.com/article/companies/hyundai-sells-1-88-mn-vehicles-in-first-six-months-q2-profit-jumps-56-122072100466_1.html
    assertEquals("Yonhap agency", sourceOf("The second-quarter bottom line was buoyed by increased sales of Hyundai's independent brand Genesis "
        + "models, decreased incentives and the won's weakness against the dollar, reports Yonhap agency."));
    // "X reports" keeps its subject; "reports" as a noun credits nobody
    assertEquals("Reuters", sourceOf("Reuters reports that nickel output rose 8% in May."));
    assertEquals(null, credit(Texts.figures(DATE, "Exports rose 8% in May, according to reports."), "8%"));
  }

  @Test
  void anOutletNamedByItsDomainKeepsTheWholeName() {
    // sentences written for the test (no stored page has the shape): the dot inside a domain ends no name, the sentence's
    // closing dot does
    assertEquals("Mining.com", sourceOf("Lithium carbonate prices in China rose 8% in May, reports Mining.com."));
    assertEquals("Fastmarkets.com", sourceOf("Cobalt hydroxide payables fell to 55%, said Fastmarkets.com."));
    assertEquals("Reuters", sourceOf("Output rose 8%, reports Reuters. The mine closed in June."));
  }

  @Test
  void theOutletRetellingACompanyLeavesTheCompanyItsFigures() {
    // https://en.trend.az/world/other/3093825.html: the company said it, the outlets retell it
    List<Figure> fs = Texts.figures(DATE,
        "South Korea’s Hyundai Motor Co (005380.KS) on Monday said second-quarter net profit climbed 31.2%, as a weaker local currency "
            + "helped lift U.S. income, while new models boosted domestic sales, reports Trend referring to Reuters.",
        "April-June profit reached 919.3 billion won ($780.44 million), from 700.6 billion won in the same period a year earlier.",
        "Operating profit rose 30.2% to 1.24 trillion won while revenue went up 9.1% to 26.97 trillion won, the automaker said in a stock exchange filing.");
    assertTrue(credit(fs, "31.2%").contains("Hyundai"), credit(fs, "31.2%"));
    // the company as the sentences name it ("South Korea’s Hyundai Motor Co", "the automaker" → Hyundai), never the outlets
    assertTrue(credit(fs, "919.3 billion won").contains("Hyundai"), credit(fs, "919.3 billion won"));
    assertTrue(credit(fs, "26.97 trillion won").contains("Hyundai"), credit(fs, "26.97 trillion won"));
  }

  @Test
  void anOutletRetellingOneSentenceOfARunningSourceCreditsThatSentenceOnly() {
    // Asian Independent (f5-e-08's shape): the filing runs on around the outlet's sentence
    List<Figure> fs = Texts.figures(DATE,
        "Net profit came to 187.7 billion won ($131.3 million), swinging from a loss of 205.8 billion won a year earlier, the company said in a regulatory filing.",
        "Operating income reached 521.9 billion won for the July-September period. Sales rose 89.9 percent to 7.64 trillion won, the largest "
            + "quarterly number, reports Yonhap news agency.",
        "The company also revised up its revenue forecast for this year to 25 trillion won.");
    assertEquals("Yonhap", credit(fs, "7.64 trillion won"));
    assertNotEquals("Yonhap", credit(fs, "25 trillion won"));
    assertEquals(credit(fs, "187.7 billion won"), credit(fs, "25 trillion won"));
  }

  @Test
  void aRewriteFramedByAnOutletInItsSecondParagraphIsTheOutlets() {
    // Newshour (f8-e-06's shape): "…, reports BBC" in the lead's second paragraph frames the whole rewrite
    List<Figure> fs = Texts.figures(DATE,
        "Tesla delivered more of its Model 3 cars in the most recent quarter, helping to boost revenues. Elon Musk’s electric car company had "
            + "revenues of $4bn in the three months to June, rising 43% from the same period last year.",
        "The growth came as Tesla delivered more than 40,000 cars in the quarter. However, the firm still lost more than $717m in the quarter, reports BBC.",
        "Tesla has been spending heavily to get the Model 3 into the hands of customers.",
        "Shares rose more than 9% in after-hours trading in New York.");
    assertEquals("BBC", credit(fs, "$4bn"));
    assertEquals("BBC", credit(fs, "more than 40,000 cars"));
    assertEquals("BBC", credit(fs, "more than $717m"));
    assertEquals("BBC", credit(fs, "more than 9%"));
  }

  @Test
  void aWireDatelineIsNoPartOfTheSubjectAfterIt() {
    // https://www.latestly.com/agency-news/latest-news-hindalco-industries-posts-71-pc-jump-in-q3-net-profit-to-rs-2331cr-5757464.html
    List<Figure> fs = Texts.figures(DATE,
        "New Delhi, Feb 13 (PTI) Aditya Birla Group firm Hindalco Industries on Tuesday reported a 71.1 per cent rise in consolidated net "
            + "profit to Rs 2,331 crore for the quarter ended on December 31, 2023, on the back of strong performance across aluminium and copper business segments.",
        "The company had posted a net profit of Rs 1,362 crore in the October-December quarter of the previous financial year, Hindalco Industries said in a filing to BSE.");
    assertEquals("Hindalco Industries", credit(fs, "Rs 2,331 crore"));
    assertEquals("Hindalco Industries", credit(fs, "Rs 1,362 crore"));
    // https://www.newsdrum.in/business/hindalco-industries-q1-net-profit-grows-30-pc-to-over-rs-4000-cr-9652444
    assertEquals("Hindalco Industries", credit(Texts.figures(DATE,
        "New Delhi, Aug 12 (PTI) Hindalco Industries has reported a 30 per cent rise in consolidated net profit to Rs 4,004 crore in the June "
            + "quarter of FY26, driven by operational efficiencies, cost control, and an enhanced product mix."), "Rs 4,004 crore"));
    // https://glamsham.com/world/technology/s-korean-battery-exports-fall-1-6-amid-slowing-ev-demand: the credit is elsewhere, the dateline stays out
    List<Figure> korea = Texts.figures(DATE,
        "Seoul, Feb 4 (IANS) South Korea’s exports of battery products fell 1.6 per cent in 2023 from a year earlier after posting growth for "
            + "the previous seven years amid a slowdown in electric vehicle sales, the trade ministry said on Sunday.",
        "The country’s rechargeable battery shipments fell to $9.83 billion, marking the first on-year decline since 2015, according to the Ministry of Trade, Industry and Energy.");
    assertTrue(credit(korea, "1.6 per cent").toLowerCase(java.util.Locale.ROOT).contains("ministry"), credit(korea, "1.6 per cent"));
    assertEquals("the Ministry of Trade, Industry and Energy", credit(korea, "$9.83 billion"));
  }

  @Test
  void aCompanyFilingAfterAWireDatelineIsTheCompanys() {
    // The Hawk (f8-m-02's shape): IANS is the wire, its filing is Graphite India's
    List<Figure> fs = Texts.figuresUnder(DATE, "Graphite India's Q1 net profit falls 44 pc, revenue down 9 pc",
        "Mumbai, Aug 1 (IANS) Kolkata-based Graphite India Limited on Friday reported a 43.6 per cent year-on-year decline in its net profit to Rs 133 crore.",
        "Revenue also slipped 8.7 per cent to Rs 665 crore from Rs 728 crore a year ago, according to its stock exchange filing.",
        "EBITDA margin contracted to 6.5 per cent, down from 15.5 per cent in the corresponding quarter previous year, the company stated in its regulatory filing.");
    assertEquals("Graphite India", credit(fs, "Rs 133 crore"));
    assertEquals("Graphite India", credit(fs, "Rs 665 crore"));
    assertEquals("Graphite India", credit(fs, "6.5 per cent"));
  }

  @Test
  void aForecasterWhoSeesAFigureIsItsSource() {
    // https://republicofmining.com/2022/06/03/lithium-mining-stocks-plunge-after-goldman-sees-sharp-correction-by-frik-els-mining-com-june-1-2022/
    assertEquals("Goldman", credit(Texts.figures(DATE,
        "In this context, Goldman sees prices on a downward trajectory over the course of the next two years, with a sharp correction in "
            + "lithium from today’s levels to an average of just under $55,000 this year."), "just under $55,000"));
    // https://www.marketscreener.com/quote/stock/CONTEMPORARY-AMPEREX-TECH-44486738/news/New-Indonesian-nickel-supply-douses-expectations-for-fresh-price-rally-41043661/
    List<Figure> nickel = Texts.figures(DATE,
        "\"The rise in Indonesian nickel supply is unrelenting with new announcements of capacity additions continuing to be made in the "
            + "battery-related space,\" said Macquarie analyst Jim Lennon.",
        "Lennon sees demand expanding 5.2% this year versus supply growth of 17.5% and forecasts nickel surpluses of 137,000 tonnes and "
            + "149,000 tonnes this year and next respectively.");
    // the analyst (his full name is the quote's speaker reader's to give: "said Macquarie analyst Jim Lennon")
    assertTrue(credit(nickel, "5.2%").endsWith("Lennon"), credit(nickel, "5.2%"));
    // https://republicofmining.com/2020/04/02/bofa-sees-nickel-taking-big-covid-19-hit-by-henry-lazenby-mining-journal-april-2020/
    assertEquals("BofA", sourceOf("BofA also sees inter-country dynamics between China and Indonesia not changing in the foreseeable future."));
    // https://azovpromstal.com/news/one/id/4838?lng=en
    assertEquals("Targetta", sourceOf("Targetta sees a copper shortage in the long term as new projects are unlikely to come into play."));
    // https://seekingalpha.com/news/3297581-morgan-stanley-talks-tesla-car-population-explosion: "he", for the resolver to name
    assertEquals("he", sourceOf("Looking even further out, he sees a 10X car population explosion by 2023 from 2017 and calls out about 32M "
        + "Tesla units on the road way out in 2040."));
    // Autonews (f8-m-06's shape): the forecaster's outlook, and "it expects" after it, are the forecaster's
    List<Figure> lithium = Texts.figures(DATE,
        "Rystad Energy sees the global market deficit of lithium shrinking to around 22,000 to 33,000 ton of lithium carbonate equivalent this year, from 83,700 tons in 2022.",
        "Given growing supply, Goldman Sachs sees spot prices of lithium carbonate sinking to $36,000 a ton in the next 12 months, from an average of $55,000 this year.",
        "Out to 2025 it expects lithium supply to grow an average of 34 percent a year against an annual demand growth rate of 25 percent.");
    assertEquals("Rystad Energy", credit(lithium, "83,700 tons"));
    assertEquals("Goldman Sachs", credit(lithium, "$36,000 a ton"));
    assertEquals("Goldman Sachs", credit(lithium, "34 percent"));
    // a place, "this", a month that "sees" something are no forecasters
    assertEquals(null, credit(Texts.figures(DATE, "China sees exports of lithium batteries rise 12% in May."), "12%"));
    assertEquals(null, credit(Texts.figures(DATE, "This sees the rate of installation increase by 35% on the 2023 average of 1,400 per month."), "35%"));
    // review9c: a month, a quarter, a metal or a market that "sees" a move undergoes it, in headlines and market reports
    // ("May sees 7.2% rise in retail sales", bbj.hu/economy/may-sees-72-rise-in-retail-sales_151647, written out again)
    assertEquals(null, credit(Texts.figures(DATE, "September sees EV sales jump 20% as new models arrive."), "20%"));
    assertEquals(null, credit(Texts.figures(DATE, "The third quarter sees lithium output rise 5% from the second."), "5%"));
    assertEquals(null, credit(Texts.figures(DATE, "Copper sees its biggest weekly gain in a year, rising 6% to $9,800 a tonne."), "6%"));
    assertEquals(null, credit(Texts.figures(DATE, "The lithium market sees a surplus of 80,000 tonnes this year."), "80,000 tonnes"));
    // a company named by its metal is still a forecaster
    assertEquals("Ganfeng Lithium", sourceOf("Ganfeng Lithium sees profit falling 50% this year."));
  }

  @Test
  void wiresAndBroadcastersAreNewsOutlets() {
    assertTrue(Lexicon.get().newsOutlets().contains("IANS"));
    assertTrue(Lexicon.get().newsOutlets().contains("BBC"));
  }
}
