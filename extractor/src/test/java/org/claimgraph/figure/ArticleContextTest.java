package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Context that carries across sentences: exporter, data source, period, measure. */
class ArticleContextTest {

  @Test
  void aFlowKeepsItsExporterAndSourceAcrossParagraphs() {
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 6, 3),
        "China's graphite exports rose 25% in May from April to 9,300 tonnes, customs data showed.",
        "Shipments to the United States remained low at 300 tonnes, down 60% from a year earlier.");
    Figure us = fs.stream().filter(f -> f.evidence().quote().equals("300 tonnes")).findFirst().orElseThrow();
    assertEquals(List.of("CN", "US"), us.place());
    assertEquals("graphite exports", us.measure());
    assertEquals("customs data", us.attribution().source());
    Figure may = fs.stream().filter(f -> f.evidence().quote().equals("25%")).findFirst().orElseThrow();
    assertEquals("mom", may.basis());
    assertEquals("2025-05", may.period());
  }

  @Test
  void aSentenceThatRefersBackTakesThePeriodAndMeasureBeforeIt() {
    List<Figure> fs = Texts.figures(null,
        "China's rare earth magnet exports reached a six-month high in July 2025.",
        "Exports soared nearly 75% from June, attaining 5,577 metric tons.",
        "The outpouring marks a 5.7% YoY rise.");
    Figure rise = fs.stream().filter(f -> f.evidence().quote().equals("5.7%")).findFirst().orElseThrow();
    assertEquals("2025-07", rise.period());
    assertEquals("yoy", rise.basis());
    Figure total = fs.stream().filter(f -> f.evidence().quote().equals("5,577 metric tons")).findFirst().orElseThrow();
    assertEquals("2025-07", total.period());
  }

  @Test
  void aQuotedSpeakerIsCreditedForFiguresInsideTheQuote() {
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 8, 21),
        "\"We shipped 1,200 tonnes of NdPr oxide in the quarter,\" said Amanda Lacaze, chief executive of Lynas Rare Earths.");
    Figure f = fs.get(0);
    assertEquals("Amanda Lacaze", f.attribution().speaker().name());
    assertEquals("chief executive", f.attribution().speaker().title());
    assertEquals("Lynas Rare Earths", f.attribution().speaker().organization());
  }
}
