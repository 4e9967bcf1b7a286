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
}
