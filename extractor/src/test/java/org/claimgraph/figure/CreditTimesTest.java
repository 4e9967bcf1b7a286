package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a credit was given is no part of whom it names (credit11, round 11; first runs of fresh "Australia’s Linus Rare
 * Earths on Friday", fresh6 "statistics released by the CCFA earlier this month", fresh10 the speaker "Thursday" of
 * "…,” EU trade chief Valdis Dombrovskis said on Thursday"): a day, a month or a relative time ("last month", "earlier this
 * week") between a record and its publisher, after the publisher's name, or after a verb of saying. Real sentences of
 * publishers outside the devset (the search tool's stored pages, URLs in the comments), the expected credit written down
 * before the rule.
 */
class CreditTimesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 1, 16);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aTimeBetweenTheRecordAndItsPublisher() {
    // https://news.metal.com/newscontent/3049080/update-1-chile-aug-copper-output-up-13-pct-yryr (Reuters)
    assertEquals("the National Statistics Institute", creditOf("454,178 tonnes",
        "In July, Chile's copper output rose 6.3 percent to 454,178 tonnes from the same month in 2009, according to data released "
            + "last month by the National Statistics Institute."));
    // https://www.foxbusiness.com/markets/trump-administration-considers-tariff-on-cars-report: the lead's outlet is the
    // article's credit for the figure whose sentence names nobody ("is said to be").
    assertEquals("The Wall Street Journal", creditOf("up to 25%",
        "The Trump administration is working on a plan to pursue tariffs on imported vehicles, according to a report Wednesday from "
            + "The Wall Street Journal.",
        "The administration is said to be weighing tariffs of up to 25%."));
  }

  @Test
  void whatAlreadyReadsTheSameStays() {
    // https://fleetservicessummit.co.uk/briefing/tag/car-sales/
    assertEquals("the Society of Motor Manufacturers and Traders", creditOf("-19.2%",
        "UK car production declined -19.2% in the first six months of the year, according to figures published today by the Society "
            + "of Motor Manufacturers and Traders (SMMT), with 95,792 fewer vehicles built compared with the same period in 2021."));
    // https://metals-wire.net/commodities/chinas-lithium-carbonate-output-surges-amid-market-volatility/
    assertEquals("the Ministry of Industry and Information Technology", creditOf("670,000 metric tons",
        "China's production of battery-grade lithium carbonate reached 670,000 metric tons in 2024, marking a 45% increase from the "
            + "previous year, according to data released by the Ministry of Industry and Information Technology (MIIT) on Thursday."));
    // https://www.newssniffer.co.uk/articles/1803054/diff/0/1 (nytimes.com/2019/07/02/business/tesla-electric-vehicle-sales.html)
    assertEquals("Tesla", creditOf("95,200 autos",
        "Tesla delivered a record number of vehicles in the most recent quarter, the company said Tuesday.",
        "The electric-car maker said it delivered 95,200 autos, bettering the mark it had set in last year’s final quarter."));
    // https://mining.com/web/peru-copper-output-up-nearly-2-in-october-as-antapaccay-surges
    assertEquals("the Andean country’s mines and energy ministry", creditOf("240,097 metric tons",
        "Peru’s copper production rose 1.9% in October compared with the same month last year, totaling 240,097 metric tons for the "
            + "month, the Andean country’s mines and energy ministry said on Monday."));
  }

  @Test
  void aDayAfterTheVerbOfAQuoteIsNoSpeaker() {
    // https://www.thestar.com.my/news/world/2025/04/23/trump-says-145-tariffs-on-china-039very-high039-expects-it-to-come-down-but-039it-won039t-be-zero039
    assertEquals("Trump", creditOf("145 per cent",
        "\"That's true. 145 per cent is very high. And it won't be that high, not going to be that high. It got up to that. We were "
            + "talking about fentanyl, where, you know, various elements built it up to 145. No, it won't be anywhere near that high,\" "
            + "Trump told reporters on Tuesday. \"It'll come down substantially, but it won't be zero.\""));
    // https://investors.catenaa.com/news/trump-says-tariffs-would-not-fall-below-15 (as before)
    assertEquals("Trump", creditOf("between 15% and 50%",
        "“We’ll have a straight, simple tariff of anywhere between 15% and 50%,” Trump said Wednesday at an AI summit in Washington."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "data released last month by the National Statistics Institute|the National Statistics Institute",
      "a report Wednesday from The Wall Street Journal|The Wall Street Journal",
      // what stays: a record of a named body with no time, a report of no publisher
      "data released by the National Statistics Institute|the National Statistics Institute",
      "a report last week|a report"})
  void theRecordsPublisher(String written, String named) {
    assertEquals(named, Credits.normalize(written, Lexicon.get()));
  }
}
