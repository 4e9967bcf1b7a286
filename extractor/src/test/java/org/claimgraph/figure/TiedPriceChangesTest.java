package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change tied to the price it moved to (or follows) has that price's place, also where the price has none (an LME price) and
 * the page's country would otherwise be carried onto the change ({@link TiedPriceChanges}). Outside sentences from the search
 * tool's pages; devset shapes: f4-m-11 (indiabullion), f15-m-02 (worldal), f17-m-02 (ftmercati), f23-m-10 (londonpolitica).
 */
class TiedPriceChangesTest {

  private static final String CHINA_LEAD =
      "Meanwhile, an uneven economic recovery in China also weighed on demand for metals in the world's biggest metals consumer, "
          + "and China's imports of copper fell in March.";

  @Test
  void anLmePriceChangeTakesNoPlaceOnAPageAboutChina() {
    // kitco.com (Reuters, 2023-04-24, "METALS-Base metals fall on worries over higher interest rates in US").
    String lme = "LME aluminium shed 0.3% to $2,389.50 a tonne, nickel dropped 1.5% to $24,110 a tonne, zinc declined 0.6% to "
        + "$2,703.50 a tonne, lead decreased 0.7% to $2,145 a tonne and tin lost 0.9% to $26,355 a tonne.";
    assertEquals(List.of(), Texts.place(LocalDate.of(2023, 4, 24), "0.3%", CHINA_LEAD, lme));
    assertEquals(List.of(), Texts.place(LocalDate.of(2023, 4, 24), "1.5%", CHINA_LEAD, lme));
    // upnewsinfo.com (Reuters copy, 2021-10-01, "London copper eases on stronger dollar").
    assertEquals(List.of(), Texts.place(LocalDate.of(2021, 10, 1), "0.1%", CHINA_LEAD,
        "LME aluminum eased 0.1% to $2,855 a tonne, nickel declined 0.3% to $17,890 a tonne, zinc rose 0.4% to $3,000.50 a tonne."));
  }

  @Test
  void aChangeAfterItsPriceAndARestatedChangeFollowThePrice() {
    // agoracom.com (a copy of an AAP metals report, 2007): the change after the price it closed at (f17-m-02's bulleted LME list:
    // "Copper: $9,951.50 per tonne, up by 0.54%"); f15-m-02's restated change ("fell $400, or 1.3 percent, to $29,650 a metric ton").
    assertEquals(List.of(), Texts.place(LocalDate.of(2007, 6, 26), "1.4 per cent", CHINA_LEAD,
        "Copper for three-months delivery on the London Metal Exchange ended at $US7870 per tonne, down 1.4 per cent from the last quote "
            + "of $US7980 on Monday."));
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 3, 10), "1.3 percent", CHINA_LEAD,
        "Nickel for delivery in three months fell $400, or 1.3 percent, to $29,650 a metric ton."));
  }

  @Test
  void aMetalsChangeToADollarPriceTakesNoPlace() {
    // ferchepote57.blogspot.com (a copy of a WSJ LME report, 2014-06) and republicofmining.com (a Bloomberg nickel report):
    // the metal's name alone before the change, on pages led by China's demand.
    assertEquals(List.of(), Texts.place(LocalDate.of(2014, 6, 13), "0.3%", CHINA_LEAD,
        "Aluminum rose 0.3% to $1,893.75 a ton, while nickel traded flat on the day at $18,550 a ton."));
    assertEquals(List.of(), Texts.place(LocalDate.of(2015, 9, 7), "1.2 percent", CHINA_LEAD,
        "Copper climbed 1.2 percent to $4,384 a ton, while lead and zinc also gained."));
  }

  @Test
  void aMetalsChangeOnAPageHeadedByChinaTakesNoPlace() {
    // gulfnews.com (Reuters, 2022-09-27, "Copper falls as Chinese yuan weakens further against dollar"): a page about China's
    // demand, whose headline makes China its country; the LME changes stay without a place, like their prices.
    List<Figure> figures = Texts.figuresUnder(LocalDate.of(2022, 9, 27), "China's copper demand worries weigh on metals",
        "China's copper imports fell in August, customs data showed, and China's smelters cut output.",
        "Aluminium edged up 0.1% to $2,178 a tonne, zinc declined 0.1% to $2,954 a tonne and tin rose 0.8% to $18,600 a tonne.");
    assertEquals(List.of(), PeriodRulesTest.figure(figures, "0.8%").place());
    assertEquals(List.of(), PeriodRulesTest.figure(figures, "$18,600 a tonne").place());
  }

  @Test
  void aYuanPriceChangeKeepsChina() {
    // kitco.com (Reuters, 2023-04-24): a Shanghai price is China's market, and so is its change.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2023, 4, 24), "3.4%", CHINA_LEAD,
        "SHFE nickel tumbled 3.4% to 181,600 yuan a tonne, aluminium declined 0.8% to 18,850 yuan a tonne."));
  }

  @Test
  void aChangeNotTiedToAPriceKeepsThePagesCountry() {
    // Negative: no price in the clause; the page's country still carries onto the flow.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2023, 4, 24), "12%", CHINA_LEAD,
        "China's exports of steel rose 12% in March from a year earlier."));
  }
}
