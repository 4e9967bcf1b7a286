package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A time and the clause "when …" or "during which …" right after it: the clause's figures are of that time, even where the time
 * is the base of a comparison or a look back ("fallen by 93% since 2010, when the average was around US$1,474/kWh"), not the
 * period of the sentence (round 21, issue 10: wrong periods; open splits: e-29-squidbusiness, f-e-05-benzinga,
 * f10-e-03-energystoragenews, f10-m-04-todayonline, f11-e-02-discoveringdad, f6-e-07-erticonetwork). Expected periods
 * written from the guidelines before the change.
 */
class WhenClausesTest {

  @Test
  void aRecordSinceAMonthWhenTheMetalHitALevel() {
    // https://energynews.oedigital.com/mining/2025/10/09/as-china-returns-to-the-market-copper-prices-are-close-to-11000-per-tonne-however-there-remain-supply-concerns
    // (Energy News / OE Digital, 2025-10-09): the record high was May 2024's, not the page's October.
    assertEquals("2024-05", period(LocalDate.of(2025, 10, 9), "$11,104.50",
        "It had earlier reached $10,890.50 - the highest level since May 2024, when the metal hit a record high of $11,104.50."));
  }

  @Test
  void aSurgeSinceAMonthWhenThePriceWasALevel() {
    // https://lithium-news.com/cobalt-hits-9-year-highs-madagascar-disruption-fuels-rally (Lithium News, Reuters copy, January
    // 2018): the price below $10 a lb is December 2015's.
    assertEquals("2015-12", period(LocalDate.of(2018, 1, 22), "below $10 a lb",
        "A major reason behind the cobalt price surge since December 2015, when the price was below $10 a lb, is the fast-growing market for electric vehicles."));
  }

  @Test
  void aMonthComparedWithWhenSalesDropped() {
    // https://driveteslacanada.ca/news/fords-ev-sales-continue-to-be-lone-bright-spot-in-october-sales-report (Drive Tesla Canada,
    // Ford's October 2022 sales): September's drop, written in a clause about September.
    String[] text = {"Ford has reported its October 2022 sales and once again the Detroit-based automaker has seen a drop in its overall vehicle sales of 10% year-over-year (YoY).",
        "That is basically the same result when compared to September, when their sales dropped 9%."};
    assertEquals("2022-09", period(LocalDate.of(2022, 11, 2), "9%", text));
  }

  @Test
  void aMonthWhenSalesJumpedToALevel() {
    // Same page: "just like September when Ford's EV sales jumped +197.3% to 4,694 units" — both figures are September's.
    String[] text = {"Ford has reported its October 2022 sales and once again the Detroit-based automaker has seen a drop in its overall vehicle sales of 10% year-over-year (YoY).",
        "But just like September when Ford’s EV sales jumped +197.3% to 4,694 units, their EV sales in October helped keep their overall figures from seeing an even bigger decline."};
    assertEquals("2022-09", period(LocalDate.of(2022, 11, 2), "4,694 units", text));
  }

  @Test
  void aLevelWrittenBeforeWhenKeepsItsOwnTime() {
    // https://www.metalbulletin.com/Article/3964023/ (Metal Bulletin, live futures report, 2019-11-25): "when" follows a level, not
    // a time; the close at $7,300 is the day's, not June 2018's.
    String sentence = "Copper came closer to its June 2018 high of $7,304 when it reached $7,300 at the 5pm close, a rise of 0.09% from Tuesday’s closing price of $7,293.";
    int june = sentence.indexOf("June 2018") + "June 2018".length();
    assertFalse(WhenClauses.owns(sentence, june, sentence.indexOf("$7,300")));
    assertFalse(WhenClauses.owns(sentence, june, sentence.indexOf("$7,304")));
  }

  @Test
  void aWhenClauseWithoutAFigureChangesNothing() {
    // https://upnewsinfo.com/2021/07/12/china-june-rare-earth-exports-at-4012-tonnes-customs/ (Reuters copy, 2021-07-12): the
    // change is June 2021's; "when shipments were low" states no figure.
    assertEquals("2021-06", period(LocalDate.of(2021, 7, 12), "nearly 40%",
        "China’s rare earth exports fell 3.8% in June from the previous month.",
        "That was down from 4,171 tonnes in May and up nearly 40% from June 2020, when shipments were low as the COVID-19 pandemic hit overseas demand."));
  }

  @Test
  void aSentenceReadAloneTakesTheStatedYear() {
    // f11-e-02-discoveringdad's shape read alone (no page, no date): the share is 2019's.
    assertEquals("2019", period(null, "7%", "This is + 166% compared to 2019, when the share was only 7%."));
  }

  @Test
  void theClauseEndsAtACommaAndAtAnotherTime() {
    String sentence = "Deliveries jumped to a record in the third quarter, when US consumers rushed to buy electric vehicles before $7,500 federal tax credits ceased.";
    int quarter = sentence.indexOf("third quarter") + "third quarter".length();
    assertFalse(WhenClauses.owns(sentence, quarter, sentence.indexOf("$7,500")));
    String listed = "This followed China’s strong export performance in July, when 54,000 NEVs were shipped out, representing a 37.6% rise.";
    int july = listed.indexOf("July") + 4;
    assertTrue(WhenClauses.owns(listed, july, listed.indexOf("54,000")));
    assertFalse(WhenClauses.owns(listed, july, listed.indexOf("37.6%")));
    String condition = "Sales were flat in September, when compared with 9% a year earlier.";
    assertFalse(WhenClauses.owns(condition, condition.indexOf("September") + 9, condition.indexOf("9%")));
  }

  @Test
  void aBaseBeforeAWhenClauseKeepsItsOwnMonth() {
    // f10-m-04-todayonline's shape (open split fresh10, 2023-09-20): the change in the when-clause is July's, and the base before it
    // stays July, not the month before the change.
    String sentence = "Beijing exported no wrought germanium products last month, compared to 8.63 metric tons in July when volumes more than doubled from the prior month as overseas buyers rushed to lock in supply ahead of upcoming curbs.";
    assertEquals("2023-07", period(LocalDate.of(2023, 9, 20), "more than doubled", sentence));
    assertEquals("2023-07", period(LocalDate.of(2023, 9, 20), "8.63 metric tons", sentence));
  }
}
