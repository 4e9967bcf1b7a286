package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers the quantity layer reads that are no figures, on sentences of other publishers. */
class NotFiguresTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 21);

  static Stream<Arguments> categories() {
    return NotFigures.categories().stream().map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categories")
  void categoryCountsAreNoFigures(String unit, String example) {
    // each example states no other number: no figure at all, also not a bare count ("a group of 17 elements")
    assertEquals(List.of(), Texts.figures(DATE, example));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Telegraph India (PTI), Reuters, Project Blue, Driive
      "China's rare earth magnet exports fell 6.1% in September from August, ending three months of gain.",
      "The already five-month pause in Chinese antimony exports to Europe differs from previous rounds.",
      "Indonesia extended the validity of companies’ mining plans to three years, from one year in late 2023.",
      "China last week extended tax incentives for new energy vehicles (NEVs) for four years."})
  void durationsThatMeasureNothingAreNoFigures(String sentence) {
    List<Figure> figures = Texts.figures(DATE, sentence);
    assertTrue(figures.stream().noneMatch(f -> f.quantity().unit().matches("day|week|month|quarter|year")), figures.toString());
  }

  @Test
  void measuredTimesAreFigures() {
    // Metals Wire, Mysteel
    assertEquals(1, Texts.figures(DATE, "This requirement is expected to delay shipments, with licenses typically taking two to three months to secure.")
        .stream().filter(f -> f.quantity().unit().equals("month")).count());
    assertEquals(1, Texts.figures(DATE, "Given the typical shipping lead time of 1 to 1.5 months, most of this volume arrived in China in April.")
        .stream().filter(f -> f.quantity().unit().equals("month")).count());
  }

  @Test
  void wordsOfAPeriodAreNoFigures() {
    // CnEVPost: "From August 1 to 10"; PTI: "the first three quarters of 2025"
    List<Figure> figures = Texts.figures(DATE,
        "From August 1 to 10, China's total passenger vehicle retail sales totaled 452,000 units, down 4 percent year-on-year.");
    assertEquals(List.of("452,000 units", "4 percent"), figures.stream().map(f -> f.evidence().quote()).toList());
    figures = Texts.figures(DATE, "In the first three quarters of 2025, rare earth magnet exports totalled 39,817 tons.");
    assertEquals(List.of("39,817 tons"), figures.stream().map(f -> f.evidence().quote()).toList());
  }

  @Test
  void productGradesAreNoFigures() {
    // CM Group (devset f2-m-06), Fastmarkets (f-m-11), World Nuclear News (f-m-08)
    List<Figure> figures = Texts.figures(DATE, "As of end-February 2021, mainstream wolframite (65% WO3) prices climbed to RMB94,000~96,000/t, "
        + "scheelite (65% WO3) prices were RMB93,000~95,000/t and tungsten concentrates (50~55% WO3) were RMB91,000~93,000/t.");
    assertEquals(List.of("RMB94,000~96,000/t", "RMB93,000~95,000/t", "RMB91,000~93,000/t"),
        figures.stream().map(f -> f.evidence().quote()).toList());
    figures = Texts.figures(DATE, "Fastmarkets assessed the lithium carbonate, 99.5% Li2CO3 min, battery grade, spot price at $6.50-8 per kg "
        + "cif China, Japan and Korea on Thursday, up from $6-7.50 per kg a week earlier.");
    assertEquals(List.of("$6.50-8 per kg", "$6-7.50 per kg"), figures.stream().map(f -> f.evidence().quote()).toList());
    figures = Texts.figures(DATE, "Production for the quarter was 5077 tU (100% basis), up from 4744 tU for the same period in 2023, a year-on-year increase of 7%.");
    assertEquals(List.of("5077 tU", "4744 tU", "7%"), figures.stream().map(f -> f.evidence().quote()).toList());
    // not grades: bases written in capitals (SMM), a share (devset tune)
    assertEquals(List.of("20,300 tonnes", "59.3%", "18.1%"), Texts.figures(DATE,
        "The imports from Chile amounted to 20,300 tonnes, moving up 59.3% MoM and 18.1% YoY.").stream().map(f -> f.evidence().quote()).toList());
    assertEquals(List.of("over 90%"), Texts.figures(DATE,
        "China produces over 90% of the world’s processed rare earths and rare-earth magnets.").stream().map(f -> f.evidence().quote()).toList());
  }

  @Test
  void aRatioRoundingTheShareInBracketsIsNoFigure() {
    // SMMT, Mirage News; a ratio alone stays (CDC via the quantities set)
    assertEquals(List.of("37.8%"), Texts.figures(DATE, "Demand for electrified vehicles continued to grow, accounting for almost four in 10 (37.8%)"
        + " new cars reaching the road.").stream().map(f -> f.evidence().quote()).toList());
    assertEquals(List.of("Nearly one in five", "10%"), Texts.figures(DATE,
        "Nearly one in five otherwise healthy American adults have a 10% or higher risk.").stream().map(f -> f.evidence().quote()).toList());
  }

  @Test
  void thingsNamedBeforeCountedAgainAreNoFigures() {
    // Zambian Observer, Plawiuk
    assertEquals(List.of(), Texts.figures(DATE, "And Mr. Kabuswe has described as innuendos sentiments that Konkola Copper Mines and Mopani Copper"
        + " Mines are dormant, saying that the two mines have shown positive momentum."));
    assertEquals(List.of(), Texts.figures(DATE, "Cobalt hydroxide is produced in Congo and as a by-product of copper and nickel mining in Indonesia,"
        + " the two primary global producers."));
  }

  @Test
  void zeroAsADeterminerIsNoFigure() {
    // BusinessWorld (MGB quote); a 50/50 joint venture is no rating (Fastmarkets)
    List<Figure> figures = Texts.figures(DATE, "“Of the current 55 operating metallic mines listed, only 39 mines reported production, the remaining 16 or 29%"
        + " reported zero production and/or (were placed in) care and maintenance status,” it added.");
    assertEquals(List.of("55 operating metallic mines", "39 mines", "16", "29%"), figures.stream().map(f -> f.evidence().quote()).toList());
    assertTrue(Texts.figures(DATE, "SQM is developing the project in a 50/50 joint venture with Australian industrial conglomerate Wesfarmers.")
        .stream().noneMatch(f -> f.quantity().unit().equals("point")));
  }

  @Test
  void aBareDigitZeroCountsNothing() {
    // a caption's index and an ad script printed as text (smoke16: hdmune.cn/news/detail/12560605375505); a zero of a measure stays
    assertEquals(List.of("1.6%"), Texts.figures(DATE, "China’s rare earth magnet exports fall 1.6% in March image 0").stream()
        .map(f -> f.evidence().quote()).toList());
    assertEquals(List.of(), Texts.figures(DATE, "var plc472436 = window.plc472436 || 0;"));
    assertTrue(Texts.figures(DATE, "China's exports of germanium and gallium products in August plunged to zero, customs data showed on Wednesday.")
        .stream().anyMatch(f -> f.evidence().quote().equals("zero")));
  }

  @Test
  void aHundredPercentElectricIsADescriptor() {
    // Auto Magazine
    List<Figure> figures = Texts.figures(DATE, "Sales of 100% electric cars in Europe recorded a 9.8% increase in September.");
    assertEquals(List.of("9.8%"), figures.stream().map(f -> f.evidence().quote()).toList());
  }
}
