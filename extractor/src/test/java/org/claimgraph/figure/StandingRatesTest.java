package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tariff, duty and tax rates and driving ranges have no period, whatever day their sentence names (guidelines: "Tariff
 * rates are amount … with no period"; the gold's "range of over 2,000 km" has none). Sentences of publishers outside
 * the development set; the answers were written down from the guidelines before the rule.
 */
class StandingRatesTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aTariffRateHasNoPeriodWhateverDayItWasImposedOn() {
    // https://www.stlpr.org/npr/2025-03-26/trump-announces-new-25-tariff-on-all-cars-made-outside-the-u-s (NPR): null, not
    // the month of "on Wednesday"
    assertNull(period(LocalDate.of(2025, 3, 26), "25%",
        "President Trump signed an executive order imposing 25% tariffs on imported cars on Wednesday."));
    // https://startuptalky.com/author/nitin/page/53 (StartupTalky): null
    assertNull(period(LocalDate.of(2025, 3, 27), "25%",
        "On March 26, President Donald Trump announced broad plans to impose a 25% tariff on all imported vehicles and light trucks into the United States, with the declaration that the decision would be permanent."));
    // https://instatradecenter.com/forex_humor/forex_image/105881 (InstaForex): null
    assertNull(period(LocalDate.of(2024, 10, 30), "up to 35.3%",
        "On October 29, the European Commission reportedly decided to impose additional tariffs of up to 35.3% on Chinese-made electric cars, making the import of these vehicles much more difficult."));
    // https://politico.eu/?p=4911063 (POLITICO Europe): null
    assertNull(period(LocalDate.of(2024, 6, 12), "up to 38.1 percent",
        "BRUSSELS — The European Commission shocked China on Wednesday by imposing duties of up to 38.1 percent on electric vehicle imports from July 4 — a level that was much higher than expected — potentially triggering a trade war at a time of great political uncertainty in Europe."));
    // https://eudailytimes.com/chinese-made-electric-vehicles-to-be-slapped-with-additional-eu-import-tariffs-up-to-38/ (EU Daily Times): null
    assertNull(period(LocalDate.of(2024, 6, 12), "10 per cent",
        "The rate will be added to the existing 10 per cent import tariff on the vehicles, bringing the total level to 31 per cent from July 4 for vehicles that were not among those sampled in the probe, after which the European Commission will have four months to affix permanent duties."));
  }

  @Test
  void aTariffRateAfterMonthlyTradeDataDoesNotTakeTheirMonth() {
    // https://preview.deepnewz.com/tariffs/trump-tariffs-trigger-sharpest-u-s-export-drop-since-2020-fa132e59 (DeepNewz): the
    // exports are May's; the universal levy has no period
    String deepnewz = "U.S. goods exports fell to $179.2 billion in May, a month-on-month drop of $9.7 billion, or 5.2%, according to Commerce Department data. "
        + "Economists traced the slump to the broad tariffs President Donald Trump introduced in early April, including a still-effective universal 10% levy and a series of sector-specific duties.";
    assertEquals("2025-05", period(LocalDate.of(2025, 7, 3), "$179.2 billion", deepnewz));
    assertNull(period(LocalDate.of(2025, 7, 3), "10%", deepnewz));
    // https://world-economist.com/us-goods-exports-tumble-by-most-since-2020-as-trumps-tariffs-disrupt-trade (FT, as copied by
    // World Economist): null for the 10 per cent tariff after May's exports
    assertNull(period(LocalDate.of(2025, 7, 3), "10 per cent",
        "Exports tallied $179.2bn in May, a $9.7bn — or 5.2 per cent — drop from the previous month’s figure, according to Census Bureau data released on Thursday. "
            + "That marked a reversal from an increase of 3.5 per cent in April. "
            + "Economists said the figures were among the latest to show the distortion in trade caused by the anticipation, and execution, of the US president’s announcement on April 2 to slap tariffs on trading partners. "
            + "Some of Trump’s steepest levies were paused, but others, including a universal 10 per cent tariff, have gone into effect."));
    // https://elitetradergroup.blogspot.com/2025/06/japan-exports.html (Elite Trader Group, source Japan's Ministry of Finance):
    // May's exports, then three rates without period
    String[] japan = {
        "Japan's exports fell 1.7% yoy to a four-month low of JPY 8,134.99 billion in May 2025, reversing a 2.0% gain in April and marking the first decline since last September.",
        "Shipments to the U.S. slumped 11.1%, the second straight monthly drop, due to weaker demand for cars, auto parts, and chip-making machinery.",
        "Tokyo continues to seek an exemption from the 25% U.S. auto tariffs, while Trump doubled duties on steel and aluminum to 50% in early June.",
        "A 24% reciprocal tariff is set to take effect on July 9 unless a deal is reached, posing a risk to Japan's fragile recovery, which is already struggling due to weak private consumption."};
    assertNull(period(LocalDate.of(2025, 6, 18), "25%", japan));
    assertNull(period(LocalDate.of(2025, 6, 18), "50%", japan));
    assertNull(period(LocalDate.of(2025, 6, 18), "24%", japan));
  }

  @Test
  void aDrivingRangeHasNoPeriod() {
    // https://www.menosfios.com/en/volvo-lanca-o-seu-primeiro-carro-totalmente-electrico/ (Menos Fios): null
    assertNull(period(LocalDate.of(2019, 10, 17), "over 400 kilometers",
        "The all-electric four-wheel drive power train offers a range of over 400 kilometers on a single charge, based on the standard WLTP Europe or 200 miles in the US, although the automaker has not yet obtained a rating EPA."));
    // https://www.domain-b.com/companies/companies_t/Tata_Motors/20161115_electric_car.html (domain-B): null
    assertNull(period(LocalDate.of(2016, 11, 15), "500 km",
        "Jaguar Land Rover, Britain's biggest car manufacturer, has unveiled a battery-powered electric car with a range of 500 km, which could take the luxury car maker to the new renewable energy- based luxury car segment."));
    // https://dtnext.in/amp/news/business/tesla-launches-new-model-3-with-606-km-driving-range-for-35783-733530 (DT Next / IANS):
    // null, not the month of "on Friday"
    String[] dtnext = {
        "HONGKONG: Elon Musk-run Tesla on Friday started taking orders for an upgraded Model 3 in China with a longer driving range that costs 259,900 yuan ($35,783), 12 per cent more expensive than the previous entry-level electric vehicle.",
        "The new basic edition of the Model 3 can go as far as 606 kms on a single charge, 9 per cent longer than the earlier version’s 556 kms, reports South China Morning Post.",
        "The long-range edition of the new Model 3, which can go 713 kms on a single charge, is selling for 295,900 yuan in the country."};
    assertNull(period(LocalDate.of(2023, 9, 1), "713 kms", dtnext));
    // https://autobuzz.my/2017/08/17/hyundai-produce-long-range-electric-vehicles-500-km-per-charge/ (Autobuzz.my / Reuters): null,
    // not the launch year
    assertNull(period(LocalDate.of(2017, 8, 17), "500 km",
        "Hyundai Motor Co has announced that it would be launching a long-range electric vehicle with a 500 km driving range per charge after 2021, as reported by Reuters."));
  }

  @Test
  void aChangeAfterATariffAndADistanceTravelledKeepTheirPeriods() {
    // negative, https://etvbharat.com/amp/english/business/markets/exports-fall-10-dot-21-percent-in-july-trade-deficit-narrows-to-usd-4-dot-83-billion/na20200814202649761
    // (ETV Bharat / PTI, 2020-08-14): a change of exports is data of its month, not a rate
    assertEquals("2020-07", period(LocalDate.of(2020, 8, 14), "10.21 per cent",
        "New Delhi: Contracting for the fifth straight month, India's exports slipped 10.21 per cent to USD 23.64 billion in July, on account of decline in the shipments of petroleum, leather and gems and jewellery items, according to the government data released on Friday."));
    // negative, https://www.financialexpress.com/economy/from-bad-to-worse-exports-contracts-6-1-pct-in-august-imports-collapse/1705726/
    // (Financial Express): a percentage after a country's trade is a change of its month
    assertEquals("2019-08", period(LocalDate.of(2019, 9, 14), "6.1%",
        "Merchandise exports shrank 6.1% y-o-y in August to $26.1 billion, the second contraction this fiscal, indicating not just external headwinds but also sluggishness in domestic manufacturing."));
  }

  /** Whether the percent quoted in {@code sentence} reads as a standing rate (an amount). */
  private static boolean rate(String sentence, String quote) {
    int at = sentence.indexOf(quote);
    // "1 percent" after "11 percent": the quote standing alone, not the end of a longer number.
    while (at > 0 && Character.isDigit(sentence.charAt(at - 1))) at = sentence.indexOf(quote, at + 1);
    return StandingRates.undated(sentence, at, at + quote.length(), "percent", Kind.AMOUNT);
  }

  @Test
  void aRateSetCutOrRaisedHasNoPeriod() {
    // https://www.thehindu.com/business/india-mulls-sharp-cuts-on-ev-levies-after-tesla-push/article35825337.ece (The Hindu /
    // Reuters): both ends of the cut are rates, null
    String hindu = "For imported electric vehicles (EVs) with a value of less than $40,000 including the car’s cost, insurance and freight, "
        + "the government is discussing slashing the tax rate to 40% from 60% presently, the officials told Reuters.";
    assertEquals(true, rate(hindu, "40%"));
    assertEquals(true, rate(hindu, "60%"));
    assertEquals(true, rate("India is considering slashing import duties on electric cars to as low as 40%, two senior government officials "
        + "told Reuters, days after Tesla Inc’s appeals for a cut polarised the country’s auto industry.", "40%"));
    // https://business-standard.com/amp/article/economy-policy/mineral-royalty-rates-raised-114082100065_1.html (Business Standard)
    String bs = "The Cabinet proposal had sought to raise the royalty rate on iron ore and chromite to 15 per cent from 10 per cent now.";
    assertEquals(true, rate(bs, "15 per cent"));
    assertEquals(true, rate(bs, "10 per cent"));
    // https://iriefm.net/lower-house-passes-order-to-further-reduce-import-duty-on-electric-vehicles-from-30-to-10 (Irie FM)
    assertEquals(true, rate("The Lower House yesterday (July 19) passed an order brought by the Finance Minister to further reduce the import "
        + "duty on electric vehicles from 30 to 10 per cent.", "10 per cent"));
    // Development set (the gold: amounts, no period): f22-e-10 (The EastAfrican), f22-m-08 (Mongolia Economy), f25-e-03 (TechNode
    // Global), f21-e-12 (EV Mobility Africa), f20-e-04 (Fiscal Nepal), f19-e-10 (My Money Times).
    String eastafrican = "The increase in registered EVs may be attributed to government initiatives such as the introduction of the e-mobility "
        + "tariff, reduction of excise duty on EVs from 20 per cent to 10 per cent, and exemption of fully electric cars from Value Added Tax (VAT).";
    assertEquals(true, rate(eastafrican, "20 per cent"));
    assertEquals(true, rate(eastafrican, "10 per cent"));
    String mongolia = "Gold exports have grown as a result of legislation passed by Mongolia's parliament to reduce royalties to a flat 2.5 "
        + "percent from 5-10 percent.";
    assertEquals(true, rate(mongolia, "2.5 percent"));
    assertEquals(true, rate(mongolia, "5-10 percent"));
    String technode = "It is noted that at the start of 2024, the Indonesian government extended the sales tax discount (lowering tax from 11 "
        + "percent to 1 percent) on fully electric vehicles until end Dec 2024 for cars with a minimum 40 percent local content.";
    assertEquals(true, rate(technode, "11 percent"));
    assertEquals(true, rate(technode, "1 percent"));
    assertEquals(true, rate("According to a statement shared by the ministry, the import tax for electric vehicles has been reduced, ministry’s "
        + "new regulation reduces the tax rate on completely imported electric vehicles to 15%, while only 5% on semi assembled vehicles.", "15%"));
    assertEquals(true, rate("For the EVs between 100-200 kW, both the customs duty and excise duty are slapped at the rate of 30 percent each.",
        "30 percent"));
    // … and not a rise of the rates, a share, nor a figure of another clause: https://www.dnaindia.com/jaipur/report-royalty-of-42-minerals-increased-by-25-30-2556126
    // (DNA India); f25-e-03's local content.
    // f13-m-04 (Japan Metal Bulletin): the rate the sentence dates right after it is January's (the gold: 2006-01), the one before null.
    String jmb = "The price jumped up after Chinese government reduced the export tax rebate from 8% to 5% in January.";
    assertEquals(true, rate(jmb, "8%"));
    assertEquals(false, rate(jmb, "5%"));
    assertEquals(false, rate("Royalty rates for 42 miner minerals have been increased by 25 to 30%.", "30%"));
    assertEquals(false, rate(technode, "40 percent"));
    // A measure the rate is not (review31a: a real sentence in place of a made-up one): https://en.vietstock.vn/2017/02/mining-revenue-rises-on-improved-collection-982-253200.htm
    // (Vietstock): "tax revenue" is collected money, and its rise no rate.
    assertEquals(false, rate("The Ministry of Mines and Energy collected $20.3 million in non-tax revenue last year, a 20 percent increase over "
        + "the previous year, it said yesterday.", "20 percent"));
  }

  @Test
  void theRateWordsAreTheLexicons() {
    // review31a: the nouns, clause stops and hedges are data (standing-rates.tsv), one row each, as period31b's regexes read them.
    var rows = org.claimgraph.lexicon.Tsv.read("standing-rates.tsv");
    assertEquals(java.util.Set.of("tariffs?", "levy", "levies", "dut(?:y|ies)", "surcharges?", "rebates?", "tax(?:es)?", "vat", "customs rates?",
        "royalt(?:y|ies)"), org.claimgraph.lexicon.Tsv.formSet(rows, "noun"));
    assertEquals(java.util.Set.of("revenues?", "receipts", "collections?", "income", "sales", "share", "which", "while", "but", "and the"),
        org.claimgraph.lexicon.Tsv.formSet(rows, "stop"));
    assertEquals(9, org.claimgraph.lexicon.Tsv.formSet(rows, "lead").size());
    assertEquals(5, org.claimgraph.lexicon.Tsv.formSet(rows, "set-lead").size());
    // A hedge of a rate set ("as low as") reads as before.
    assertEquals(true, rate("India is considering slashing import duties on electric cars to as low as 40%, two senior government officials "
        + "told Reuters.", "40%"));
  }
}
