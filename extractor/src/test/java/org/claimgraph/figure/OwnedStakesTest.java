package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ownership stake stating no time has no period (GUIDELINES: ownership stakes without a date keep none): fresh27's f27-m-09
 * (africamining) "a 35% stake in the mine" and "a 65% stake", f27-m-10 (newscentral) "for a 50% stake", f22-m-08 (mongoliaeconomy)
 * "the 66 percent stakeholder", f26-m-03 (britcham) "The remaining 28 percent is state-owned", f18-m-12 (trade.gov) "holds nearly a
 * third of Compagnie Minière de l'Ogooue": all gold null, all given a carried period before the rule. Sentences of publishers
 * outside the development set (search tool, corpus pages), the expected readings written down before the rule was run on them.
 */
class OwnedStakesTest {

  /** A sentence, the share quoted in it, and whether the rule reads it as an undated ownership stake. */
  private record Case(String sentence, String quote, boolean stake) {}

  private static boolean undated(String sentence, String quote) {
    int at = sentence.indexOf(quote);
    return OwnedStakes.undated(sentence, at, at + quote.length(), new Quantity(1, null, "percent", null, ' ', at, at + quote.length()),
        Kind.SHARE, new PeriodResolver().find(sentence, new PeriodResolver.Context(LocalDate.of(2008, 6, 2), 2008)));
  }

  private static final List<Case> CASES = List.of(
      // Development set (fresh27, fresh22, fresh26, fresh18).
      new Case("Recently, the government announced its intention to acquire a 35% stake in the mine.", "35%", true),
      new Case("Once finalised, this move will leave Ganfeng with a 65% stake, while Mali strengthens its role as a key stakeholder.",
          "65%", true),
      new Case("Under the deal, Ganfeng was going to invest $130-million for a 50% stake.", "50%", true),
      new Case("\"Concentrate sales continue to accelerate and are matching current production,\" said Turquoise Hill Resources, the 66 "
          + "percent stakeholder in the project.", "66 percent", true),
      new Case("The remaining 28 percent is state-owned and operated by Codelco.", "28 percent", true),
      new Case("Gabon’s government holds nearly a third of Compagnie Minière de l’Ogooue (COMILOG), a subsidiary of the French "
          + "multinational mining company Eramet, that operates the country’s manganese mines.", "a third", true),
      // http://worldal.com/news/china/2011-05-06/130464659435053.shtml (worldal.com, Shanghai Securities News): a stake to hold.
      new Case("The joint venture will hold a 95% stake in the iron mine.", "95%", true),
      // https://global.chinadaily.com.cn/bizchina/2006-04/26/content_577175.htm (China Daily, 2006-04-26): a controlling share.
      new Case("The Beijing-based investment firm will own a controlling 63 per cent of the fertilizer plant, with remaining shares going "
          + "to local companies.", "63 per cent", true),
      // Left alone: a stake bought in a past-tense clause is an event of its period (f26-m-11 valuecii "took a 15 percent stake", gold
      // 2013); a stake the sentence dates keeps its time (https://energynewsbulletin.net/biofuels/news/1067514/mission-mega-capital-raising,
      // Energy News Bulletin: "Earlier this month … acquiring a 51% stake"); a market share held is no stake
      // (https://www.miningmx.com/news/markets/20621-zimbabwe-owns-51-of-non-compliant-mines/ is a stake, but "holds 65 percent of the
      // global charging infrastructure", f9-e-04, is the world's); an interest rate is no stake.
      new Case("Saudi Basic Industries Corporation, or SABIC, also took a 15 percent stake in this business.", "15 percent", false),
      new Case("Earlier this month, the company announced it would become involved in growing its own feedstock, after acquiring a 51% "
          + "stake in Indian plantation company, Agro Diesel.", "51%", false),
      new Case("China led this growth, accounting for two-thirds of the new installations and now holding 65 percent of the global "
          + "charging infrastructure.", "65 percent", false),
      new Case("The bank raised its benchmark to a 40% interest rate to defend the currency.", "40%", false),
      new Case("China accounts for 70% of global mining and 90% of refined output.", "70%", false));

  @Test
  void ownershipStakesAreReadAsSuchAndNothingElse() {
    for (Case c : CASES) assertEquals(c.stake(), undated(c.sentence(), c.quote()), c.quote() + " in: " + c.sentence());
  }

  @Test
  void aStakeTakesNoPeriodFromTheTextBefore() {
    // https://global.chinadaily.com.cn/bizchina/2006-04/26/content_577175.htm (China Daily, 2006-04-26): the 63 per cent has no
    // period, not the year of the output stated two sentences before.
    assertNull(PeriodRulesTest.period(LocalDate.of(2006, 4, 26), "63 per cent",
        "Located in the resource-rich Tarim Basin, the construction of the first-phase of the project will start today, and is expected "
            + "to produce 1.2 million tons of potash by 2009.",
        "The Beijing-based investment firm will own a controlling 63 per cent of the fertilizer plant, with remaining shares going to "
            + "local companies."));
  }
}
