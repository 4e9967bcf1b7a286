package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A news outlet that reports what a named source says is not the source (credit11, round 11; first runs of fresh2
 * "The White House said … worth $18bn, according to The Guardian", fresh5 "said the country’s minister of industry Agus
 * Gumiwang Kartasasmita according to CNN Indonesia", fresh10 "the LMC Automotive research group says … 19% …, the Wall
 * Street Journal reports"). The outlet is known by any form of the lexicon, with or without its article ("The Guardian",
 * "the Wall Street Journal", "WSJ"); where the sentence names nobody else, the outlet stays the credit. Real sentences of
 * publishers outside the devset (the search tool's stored pages, URLs in the comments), the expected credit written down
 * before the rule.
 */
class CreditOutletsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void anOutletAloneStaysTheCredit() {
    // https://shawnryder.com/biden-set-to-hit-china-evs-with-tariffs-report-says
    assertEquals("The Wall Street Journal", creditOf("100 percent",
        "The tariff rate on electric vehicles is expected to quadruple from roughly 25 percent to 100 percent, The Wall Street "
            + "Journal reported Friday, citing people familiar with the plans."));
    // https://news.bloomberglaw.com/international-trade/biden-poised-to-impose-tariffs-on-china-evs-strategic-sectors
    assertEquals("the Wall Street Journal", creditOf("100%",
        "The tariff rate on electric vehicles is expected to quadruple from roughly 25% to 100%, the Wall Street Journal reported "
            + "Friday, citing people familiar with the plans."));
    // https://www.livemint.com/industry/... (tesla-cuts-prices-of-its-evs-in-us-europe-by-20-to-boost-demand-report)
    assertEquals("the New York Times", creditOf("more than 43,000 electric vehicles",
        "Hyundai and its affiliate Kia together sold more than 43,000 electric vehicles in the United States in 2022, up from a "
            + "just few hundred in 2021, according to the New York Times."));
  }

  @Test
  void aNamedSpeakerBeforeTheOutletThatReportsHim() {
    // http://www.moneycontrol.com/news/business/coal-indias-201718-production-seen-at-660-mn-tonnes-coal-secy_8221161.html (Reuters)
    assertEquals("Susheel Kumar", creditOf("575 million tonnes",
        "The miner is expected to achieve its 2016/17 production target of 575 million tonnes and aims to raise output to 1 billion "
            + "tonnes by 2020, Susheel Kumar told television news channel CNBC-TV18 in an interview."));
    // https://wwd.com/fashion-news/designer-luxury/mexican-designer-lorena-saravia-expansion-10381036/
    assertEquals("Christian Papayanopulos", creditOf("eight million pesos",
        "MEXICO CITY — Mexican designer brand Lorena Saravia hopes to double sales to eight million pesos, or $500,000 at current "
            + "exchange, this year when it hopes to be carried in 15 doors, the chain’s lead investor Christian Papayanopulos told WWD."));
  }

  @Test
  void aBodyTheArticleCreditsBeforeTheWire() {
    // https://miningmonthly.com/archive/news/1288106/wet-weather-dampens-mozambique-production-forecast (Bloomberg's report)
    // "The ministry" is the ministry the page named (credit29a, AnnouncedOwners.namedBefore), without its country.
    assertEquals("Finance Ministry", creditOf("7 million tons",
        "The Mozambique Finance Ministry released a statement Monday announcing the reduction, according to Bloomberg.",
        "The ministry said the country expected to produce 7 million tons of coal this year, compared with an earlier estimate of 8.9Mt."));
  }
}
