package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's indirect speech runs on over the rest of its paragraph, over later paragraphs while no data source ran
 * before it, and into a paragraph that opens with him as the subject; a new credit stops it, and after a data source it
 * ends with its paragraph (credit28d). The expected credits were written down before the rule.
 */
class SpeechRunsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 1, 17);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aTagSentenceCreditsTheFiguresOfTheReportAfterIt() {
    // Timerilis, fresh22's f22-m-03: the tag states no figure; the three paragraphs after it are his report
    List<Figure> fs = Texts.figures(DATE,
        "Jakarta, Timerilis.com – The Ministry of Energy and Mineral Resources (ESDM) did not achieve its 2023 production goals for several "
            + "minerals.",
        "Bambang Suswantono, the ESDM’s Director General of Mineral and Coal, reported on Tuesday (1/16/2024). Gold production reached only "
            + "83 tons, below the 106-ton target.",
        "Silver output also decreased, reaching 348.6 tons against a 489-ton goal.");
    assertEquals("Bambang Suswantono", credit(fs, "83 tons"));
    assertEquals("Bambang Suswantono", credit(fs, "348.6 tons"));
  }

  @Test
  void speechRunsOnUntilANewSource() {
    // outside the devset: mining.com (Reuters), "Chinese lithium firm Youngy … resumed production at its spodumene mine"
    List<Figure> fs = Texts.figures(DATE,
        "Chinese lithium firm Youngy Co Ltd’s wholly owned subsidiary resumed production at its spodumene mine on June 10, an official told "
            + "Reuters on Thursday.",
        "Production at the spodumene mine had started in 2010, but was halted in early 2014, the official said. The current lithium mine "
            + "reserves came in at 28.99 million tonnes.",
        "Total lithium resources in 2018 were 62 million tonnes, according to U.S. Geological Survey.");
    assertEquals("an official", credit(fs, "28.99 million tonnes"));
    assertEquals("U.S. Geological Survey", credit(fs, "62 million tonnes"));
    // outside the devset: iran-daily.com/News/259620 ("He revealed …" opens the minister's next paragraph)
    fs = Texts.figures(DATE,
        "Iranian Minister of Industry, Mine and Trade Reza Rahmani said that his country has taken the necessary steps to reap more than "
            + "$21 billion through exporting mineral products by the end of the current Iranian year.",
        "He revealed the compilation of a mine and mineral roadmap for the first time in the country. Iran exported 23 million tons of "
            + "iron ore over the past few years.");
    assertEquals("Reza Rahmani", credit(fs, "23 million tons"));
  }

  @Test
  void afterADataSourceTheSpeechEndsWithItsParagraph() {
    // outside the devset: uk.reuters.com, "Philippines nickel ore output falls 51 pct" (the bureau's data, then the secretary's words)
    List<Figure> fs = Texts.figures(DATE,
        "Of the country's 28 nickel mines, 21 reported zero output during the period, the Mines and Geosciences Bureau said.",
        "Environment Secretary Roy Cimatu told Reuters on Tuesday it was possible to strike a balance between allowing mining and protecting natural resources.",
        "Unprocessed nickel ore shipped in the January to March period totalled 1.71 million dry metric tonnes compared with 3.46 million "
            + "a year ago.");
    assertEquals("the Mines and Geosciences Bureau", credit(fs, "1.71 million dry metric tonnes"));
  }

  @Test
  void aSpeakerWhoseParagraphStatesNoFigureLeavesTheLaterParagraphsToTheWriter() {
    // fresh28's f28-e-02 (Techcartel): the CEO's paragraph states no figure; the station's capacity after it is the writer's
    List<Figure> fs = Texts.figures(DATE,
        "During the launch event, Jit Bhattacharya, the CEO and Founder of BasiGo, emphasized the significance of this milestone in bringing "
            + "electric buses within reach of all Kenyans. He stressed the critical importance of establishing dependable charging infrastructure.",
        "The newly opened charging station currently features three charging units, with the capacity to charge up to six buses simultaneously.");
    assertEquals(null, credit(fs, "up to six buses"));
    // fresh30's f30-m-13 (Geofoorumi): the CEO's outlook, then the company's funding in the writer's voice
    fs = Texts.figures(DATE,
        "– Finland has excellent opportunities to build the leading ecosystem for battery production in Europe, CEO Matti Hietanen says.",
        "Terrafame has obtained EUR 350 million of funding for mining operations and investments from private investors.");
    assertEquals(null, credit(fs, "EUR 350 million"));
  }

  @Test
  void aTagEndingInAColonIntroducesTheParagraphsAfterIt() {
    // the Timerilis report of the first test, its tag a paragraph of its own ending in a colon
    List<Figure> fs = Texts.figures(DATE,
        "Bambang Suswantono, the ESDM’s Director General of Mineral and Coal, reported on Tuesday:",
        "Gold production reached only 83 tons, below the 106-ton target.");
    assertEquals("Bambang Suswantono", credit(fs, "83 tons"));
  }

  @Test
  void theDecision() {
    assertTrue(SpeechRuns.continues(3, 3, true, false, false, "Gold production reached only 83 tons."));
    assertTrue(SpeechRuns.continues(3, 4, false, true, true, "Silver output also decreased."));
    assertFalse(SpeechRuns.continues(3, 4, false, false, true, "Terrafame has obtained EUR 350 million of funding."));
    assertTrue(SpeechRuns.continues(3, 4, true, true, true, "He projected that output would double."));
    assertTrue(SpeechRuns.continues(3, 4, false, false, true, "He projected that output would double."));
    assertFalse(SpeechRuns.continues(3, 4, true, true, true, "Silver output also decreased."));
    assertFalse(SpeechRuns.continues(3, 4, true, true, false, "He projected that output would double."));
    assertTrue(SpeechRuns.introduces("…, the minister told reporters:"));
    assertFalse(SpeechRuns.introduces("…, the minister told reporters."));
  }
}
