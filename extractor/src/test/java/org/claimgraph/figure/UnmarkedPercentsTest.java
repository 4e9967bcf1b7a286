package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percent whose clause marks no kind is an amount where its sentence speaks of a rate set or earned (a tariff, a margin, a
 * discount), else goes on with the page's previous percent when that is a share or a change, else is a share: the default
 * chosen by counting the devset's gold (UnmarkedPercents, percent-nouns.tsv). Sentences of
 * publishers outside the development set, each answer decided by GUIDELINES.md ("Shares": "followed by Vietnam and Japan
 * with 14% and 10%" are shares; tariffs and margins are amounts, as earlier gold) before the rule was written.
 */
class UnmarkedPercentsTest {

  private static Kind kind(String quote, String sentence) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2024, 6, 17), sentence), quote).kind();
  }

  @Test
  void listedPercentsOfMakersAreShares() {
    // koreaherald.com/view.php?ud=20161104000593 (Yonhap): the domestic market's makers after Hyundai-Kia's share
    String kh = "GM Korea, the South Korean unit of General Motors Co., came in second with 11.3 percent, followed by Renault Samsung "
        + "Motors Co., the local unit of French automaker Renault S.A., with 9 percent and Ssangyong Motor Co. with 6.4 percent.";
    for (String q : List.of("11.3 percent", "9 percent", "6.4 percent")) assertEquals(Kind.SHARE, kind(q, kh), q);
    // evcarlatest.com/catl-battery-champion-with-54-sales-growth/: battery makers' shares in brackets
    String ev1 = "BYD (16%), LG (14%), Panasonic (8%), SK Innovation (5%), and Samsung SDI (5%), in that order, took the next five "
        + "percent of the market from CATL.";
    for (String q : List.of("16%", "14%", "8%")) assertEquals(Kind.SHARE, kind(q, ev1), q);
    String ev2 = "During that time span, these three companies accounted for roughly 45% of the total battery capacity sold "
        + "(Tesla 21%, BYD 16%, and VW 8%).";
    for (String q : List.of("21%", "16%", "8%")) assertEquals(Kind.SHARE, kind(q, ev2), q);
    // en.shiftdelete.net/electric-car-power-struggle-chinese-gain-strength: the first share is named, the next ones are not
    String sd = "Other emerging Chinese companies include CALB (44.3 GWh, 4.7% market share), Gotion High-tech (38.7 GWh, 4.1%), "
        + "EVE Energy (24.6 GWh, 2.6%), and SVOLT (23.7 GWh, 2.5%).";
    for (String q : List.of("4.1%", "2.6%", "2.5%")) assertEquals(Kind.SHARE, kind(q, sd), q);
  }

  @Test
  void theSecondOfTwoFuelsIsAShare() {
    // thetimes.co.uk/article/hybrid-car-sales-catching-up-with-pure-electrics-fzmmw9p9w
    assertEquals(Kind.SHARE, kind("7.7 per cent",
        "Petrol remains the dominant fuel type, with 57 per cent of the market; diesel now has only 7.7 per cent."));
  }

  @Test
  void aPercentAfterAChangeGoesOnWithTheChange() {
    // firstonline.info/en/export-italia-batte-germania-e-francia/: Germany's "progress" after Italy's rise is a rise
    List<Figure> fs = Texts.figures(LocalDate.of(2017, 8, 20),
        "Sales beyond national borders increased by 8% in the first six months of the year.",
        "Germany records the progress of the first six months of 2017 at 6%, while for Paris the leap is only four percentage points.");
    assertEquals(Kind.CHANGE, PeriodRulesTest.figure(fs, "8%").kind());
    assertEquals(Kind.CHANGE, PeriodRulesTest.figure(fs, "6%").kind());
  }

  @Test
  void aLevelAndItsBaseAfterAChangeAreNoChanges() {
    // review7: the carried change made both the level and its stated base changes; they are a share and its base.
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 6, 17), "Registrations fell 8% last month.",
        "Battery electric models took 22% in the month, compared with 17% in the same month last year.");
    assertEquals(Kind.CHANGE, PeriodRulesTest.figure(fs, "8%").kind());
    assertEquals(Kind.SHARE, PeriodRulesTest.figure(fs, "22%").kind());
    assertEquals(Kind.SHARE, PeriodRulesTest.figure(fs, "17%").kind());
  }

  @Test
  void ratesSetOrEarnedStayAmounts() {
    // gurufocus.com/term/operating-margin/BOM:504176: a margin
    assertEquals(Kind.AMOUNT, kind("45.37%", "Therefore, High Energy Batteries (India)'s Operating Margin % for the quarter that "
        + "ended in Mar. 2024 was 45.37%."));
    // evcentral.com.au/ev-and-phev-sales-across-australian-states-and-territories: a discount
    assertEquals(Kind.AMOUNT, kind("20 percent", "A 20 percent annual discount on registration fees is applied to all pure electric vehicles "
        + "and EV purchases are also stamp duty exempt."));
    // a tariff; a rate of use is a share whatever "rate" says
    assertEquals(Kind.AMOUNT, kind("25 per cent", "At the same time, the US imposed a 25 per cent tariff on some Chinese products."));
    assertEquals(Kind.SHARE, kind("80%", "The CEO now expects the penetration rate to hit 80%."));
  }

  /**
   * A probability, a return on equity, a goods and services tax: rates, not shares of a whole (fresh11 sherwood "a 41% chance",
   * alphanews "a return on equity of more than 10%", fresh9 ndtvprofit "a lower GST slab of 5%" are amounts in the gold).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // 8v.com/info/crypto-news/breaking/elon-musk-will-likely-remain-tesla-ceo-and-tweet-non-stop-prediction-markets/ (CoinDesk)
      "12%|On Kalshi, the regulated U.S. prediction market platform, “yes” shares in “Elon Musk out as Tesla CEO this year?” are "
          + "trading at 12 cents, meaning bettors are giving a 12% chance of a change in leadership by Dec. 31.",
      "52%|At the same time, Tesla deliveries look to be stable, the market believes, and there’s a 52% chance the company will "
          + "ship over 400,000 vehicles this quarter.",
      // predictionpulse.io/market/polymarket/polymarket-will-tesla-tsla-close-at-385-390-on-the-final-day-of-trading-of-the-week-of-mar-9-mar-13
      "8.15%|The prediction market shows an 8.15% chance for Tesla to close within the $385-$390 range, with a strong consensus "
          + "against it at 91.85%.",
      // ttm.financial/m/news/2595788955 (The Yomiuri Shimbun)
      "over 9%|Japanese megabank Mizuho Financial Group Inc. aims to increase its return on equity (ROE) to around 11.5% to 12% from "
          + "the current level of over 9% by fiscal 2028, which ends March 2029, according to President and Group CEO Masahiro Kihara.",
      "over 10%|Mizuho laid out the target of achieving over 10% ROE by fiscal 2027 in its medium-term financial goals, which the "
          + "group announced in May this year.",
      // ainj.co.jp/corporate/english/ir-management.html
      "8.7%|ROE in the fiscal year ended April 30, 2024 was 8.7% and has consistently exceeded the cost of equity, indicating the "
          + "Company is generating a return on capital."})
  void oddsAndReturnsNamedByTheirNounAreAmounts(String quote, String sentence) {
    assertEquals(Kind.AMOUNT, kind(quote, sentence));
  }

  @Test
  void aTaxNamedByItsAcronymIsAnAmount() {
    // news18.com/news/business/gst-council-meeting-decides-to-reduce-rate-on-electric-vehicles-from-12-to-5-2248103.html
    List<Figure> gst = Texts.figures(LocalDate.of(2019, 7, 27), "The GST Council on Saturday slashed GST on electric vehicles (EVs) to "
        + "five per cent from 12%.", "It also reduced the GST on EV chargers from 18% to five per cent.");
    for (String q : List.of("12%", "18%")) assertEquals(Kind.AMOUNT, PeriodRulesTest.figure(gst, q).kind(), q);
  }

  @Test
  void theLexiconReadsLongestNounsFirst() {
    assertEquals(true, UnmarkedPercents.namesARate("The operating margin stood at 7.7%."));
    assertEquals(false, UnmarkedPercents.namesARate("The penetration rate of NEVs was 57.9 percent."));
    assertEquals(true, UnmarkedPercents.namesARate("The penetration rate rose as interest rates fell."));
  }
}
