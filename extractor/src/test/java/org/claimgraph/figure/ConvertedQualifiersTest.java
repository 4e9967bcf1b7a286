package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Qualifiers (round 19, smoke19, issue 10). An amount converted in brackets right after a qualified amount is as
 * approximate as it ("about £4000 ($7695)" → "$7695" about: open splits carscoops, paultan, richelleshop, commercialsolarguy,
 * faroolive, aljazeeranewstoday, lithiumtoday, industryweek, vir); "an estimated" is no qualifier (devset/GUIDELINES.md,
 * fresh9 and fresh12: santiagochronicle, clbrief, ssyglobal, oxfordbusinessgroup, rohdis). Expected values were written
 * before the code; outside sentences carry their URLs.
 */
class ConvertedQualifiersTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static Figure figure(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
  }

  private static String qualifier(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).quantity().qualifier();
  }

  @Test
  void aConversionInBracketsIsAsApproximateAsTheAmountItConverts() {
    // https://yicaiglobal.com/news/chinas-yahua-soars-as-tesla-orders-up-to-usd118-billion-of-battery-materials : expected
    // CNY56.2 billion and CNY81.7 billion (a range), "CNY271,400" around (CNY/tonne), "USD37,800" around (USD/tonne)
    List<Figure> yahua = Texts.figures(DATE, "Although the value of the contract was not stated, the deal could be worth between "
        + "CNY56.2 billion (USD7.8 billion) and CNY81.7 billion based on last week’s market price of around CNY271,400 (USD37,800) per ton.");
    assertEquals("around", qualifier(yahua, "USD37,800"));
    assertNull(qualifier(yahua, "USD7.8 billion"));
    // http://maumimi.blogspot.com/2010/11/this-week.html : expected "10,000 yuan" more than, "$1,500" more than
    assertEquals("more than", figure("\"Prices fell recently for some rare earth metals and the largest drop was more than 10,000 yuan "
        + "($1,500) a ton\", the newspaper reported citing an unnamed source in the rare earth business in East China's Jiangxi "
        + "province.", "$1,500").quantity().qualifier());
    // https://www.moneycontrol.com/news/business/economy/india-needs-rs-33750-crore-to-achieve-pli-target-of-setting-up-50-gwh-of-lithium-ion-cell-battery-mfg-plants-study-10134281.html/amp
    // : expected Rs 33,750 crore up to (INR), USD 4.5 billion up to (USD), 50 GWh no qualifier
    List<Figure> ceew = Texts.figures(DATE, "\"India needs investments worth up to Rs 33,750 crore (USD 4.5 billion*) to achieve the "
        + "government PLI target of setting up 50 GWh of lithium-ion cell and battery manufacturing plants,\" CEEW said in the study report.");
    assertEquals("up to", qualifier(ceew, "USD 4.5 billion"));
    assertNull(qualifier(ceew, "50 GWh"));
    // https://www.constructionworld.in/energy-infrastructure/power-and-renewable-energy/india-needs-rs-337.50-bn-to-set-up-li-ion-cell--battery-plants/39377
    // : expected USD 4.5 billion up to
    assertEquals("up to", figure("According to the study report, India requires investments of up to Rs 33,750 crore (USD 4.5 billion*) "
        + "to meet the government PLI aim of establishing 50 GWh of lithium-ion cell and battery production units.", "USD 4.5 billion")
        .quantity().qualifier());
    // https://www.livemint.com/news/india/india-needs-to-invest-33-750-cr-on-lithium-ion-battery-production-plants-report-11676973835024.html
    // : expected "$ 4.5 billion" up to
    assertEquals("up to", figure("New Delhi: India needs investments worth up to ₹33,750 crore ($ 4.5 billion) to achieve the "
        + "government PLI target of setting up 50 GWh of lithium-ion cell and battery manufacturing plants, according to an "
        + "independent study released by the Council on Energy, Environment and Water (CEEW).", "$ 4.5 billion").quantity().qualifier());
  }

  @Test
  void openSplitShapesAndTheirLimits() {
    // aljazeeranewstoday (fresh8): the conversion of an approximate difference.
    assertEquals("about", figure("Volkswagen’s mass-market EV, the ID3, is about £4000 ($7695) more expensive than an equivalent Golf.",
        "$7695").quantity().qualifier());
    // carscoops (fresh5): a range "up to" converted.
    assertEquals("up to", figure("With a range of up to 295 kilometers (183 miles) on a single charge, it now holds the title for "
        + "longest-range electric minicar in the market.", "183 miles").quantity().qualifier());
    // An exact amount converted stays exact; a share in brackets after an approximate count is no conversion.
    assertNull(figure("The company invested 4 trillion won ($3.1 billion) in the plant.", "$3.1 billion").quantity().qualifier());
    assertNull(figure("Exports reached about 3,700 tonnes (28.4 percent of the total) in May.", "28.4 percent").quantity().qualifier());
    // A bracket that is no conversion: a year.
    assertEquals("nearly", figure("Output reached nearly 40,000 tonnes (2024 data) in the region.", "nearly 40,000 tonnes").quantity().qualifier());
  }

  @Test
  void anEstimatedIsNoQualifier() {
    // The quote keeps the words ("an estimated 14 million vehicles"), as the clause around them reads them; the qualifier is none.
    // https://datawrapper.dwcdn.net/SyMXb/1/ : expected 14 million vehicles, qualifier null, 2023; 12% and 58% shares
    List<Figure> ev = Texts.figures(DATE, "In 2023, there will be an estimated 14 million vehicles sold, with just 12% coming from the "
        + "U.S. and 58% coming from China.");
    assertNull(qualifier(ev, "an estimated 14 million vehicles"));
    // https://publication.miningdigital.com/mining-digital-magazine-november-2024/0476782001730734587/p68 : expected
    // 100,000 metric tonnes and 12,500,000 EV batteries, no qualifier
    assertNull(figure("Every 100,000 metric tonnes of lithium is enough to manufacture an estimated 12,500,000 EV batteries.",
        "an estimated 12,500,000 EV batteries").quantity().qualifier());
    // https://ti22strategies.com/blog/why-china-controls-critical-materials-processing-and-what : expected 90% share CN 2026,
    // no qualifier; 80% "more than"
    List<Figure> ti = Texts.figures(DATE, "By 2026, China will command an estimated 90% of global REE processing capacity, 85% of "
        + "graphite refining and more than 80% of lithium, cobalt and nickel chemical production—vastly outpacing its 60–70% share of "
        + "raw mining output.");
    assertNull(qualifier(ti, "an estimated 90%"));
    assertEquals("more than", qualifier(ti, "more than 80%"));
    // https://www.newsbreak.com/news/2388513249659/global-nickel-output-to-grow-by-6-8-in-2021-backed-by-indonesia-and-the-philippines
    // (devset/alone a-020): expected 4.2% change down 2020, no qualifier
    assertNull(figure("Global nickel mine production is expected to grow by 6.8% to reach 2,427.4 thousand tonnes (kt) in 2021, after "
        + "registering an estimated 4.2% decline to 2,272kt in 2020, owing to the Covid-19 related lockdowns and restrictions.", "an estimated 4.2%")
        .quantity().qualifier());
    // https://www.scmp.com/economy/global-economy/article/3238603/china-ups-export-curbs-key-ev-battery-component-safeguarding-graphite-amid-us-tensions
    // (devset/alone a-034): expected 65 per cent share CN 2022, no qualifier
    assertNull(figure("China is the primary source and producer of natural graphite, producing an estimated 65 per cent of total world "
        + "supplies in 2022, according to the US Geological Survey.", "an estimated 65 per cent").quantity().qualifier());
  }

  @Test
  void aSentenceReadAlone() {
    // No page and no date: the conversion still takes its amount's qualifier, and nothing dates either.
    List<Figure> alone = Texts.figures(null, "Volkswagen’s mass-market EV, the ID3, is about £4000 ($7695) more expensive than an "
        + "equivalent Golf.");
    assertEquals("about", qualifier(alone, "$7695"));
    assertNull(PeriodRulesTest.figure(alone, "$7695").period());
  }
}
