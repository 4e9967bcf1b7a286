package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent of a participle right after a figure credits that figure alone (sentcredit12, round 12; {@link PassiveAgents}):
 * "… to 800,000 tonnes from 786,731 tonnes announced by Bank of Zambia last month" (fresh7: the 786,731 is the bank's, the
 * 800,000 stays the speaker's), "the loss of 40 cents forecast by analysts" (fresh7: nobody's; the company's loss stays
 * the company's); a participle apart from any figure credits its sentence ("The latest State of Electric Vehicles report,
 * released by the Electric Vehicle Council (EVC), showed …", fresh6; "A survey conducted by the CCCEU indicates …",
 * heldout). Before, the first two took the speaker's or the company's credit and the others none. Outside sentences,
 * expected credit written before the rule.
 */
class PassiveAgentsTest {

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(LocalDate.of(2014, 7, 23), paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void theAgentOfAFiguresParticipleCreditsIt() {
    // https://www.dispatch.com/content/stories/business/2014/07/23/apple-posts-7-7b-profit-strong-iphone-sales.html (The
    // Columbus Dispatch, wire reports): the estimate is the one FactSet compiled. Before: null.
    assertEquals("FactSet", creditOf("$1.23 per share",
        "The earnings per share in this year’s quarter exceeded the average estimate of $1.23 per share among analysts surveyed by FactSet."));
  }

  @Test
  void theAgentIsAttachedToTheFigureRightBeforeItsParticipleOnly() {
    // http://www.miningweekly.com/article/zambia-revises-2017-copper-output-upwards-to-800-000-t-2018-03-20 (Mining Weekly, a
    // Reuters story): the central bank announced the 786 731 t, not the revised 800 000 t.
    String s = "LUSAKA – Zambia has revised its 2017 copper production figure upwards to 800 000 t from 786 731 t announced by the "
        + "central bank last month, a senior ministry of mines official said on Tuesday.";
    int revised = s.indexOf("800 000 t");
    int announced = s.indexOf("786 731 t");
    List<int[]> figures = List.of(new int[] {revised, revised + 9}, new int[] {announced, announced + 9});
    assertEquals(announced, PassiveAgents.attachedTo(s, "announced by", s.indexOf("central bank") - 4, figures));
    // A participle after a comma or "as" is the sentence's credit, attached to no figure ("…, as forecasted by …").
    String apart = "Electric vehicles, which registered nearly zero in state-wide new car-sales as recently as three years ago, are now "
        + "taking a noticeable market share, according to the latest quarterly report released by the California New Car Dealers Association.";
    assertEquals(-1, PassiveAgents.attachedTo(apart, "released by", apart.indexOf("the California"), List.of(new int[] {0, 5})));
  }
}
