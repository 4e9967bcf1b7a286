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
    List<Figure> figures = Texts.figures(DATE, example);
    assertTrue(figures.stream().noneMatch(f -> f.quantity().unit().equals(unit)), figures.toString());
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
  void aHundredPercentElectricIsADescriptor() {
    // Auto Magazine
    List<Figure> figures = Texts.figures(DATE, "Sales of 100% electric cars in Europe recorded a 9.8% increase in September.");
    assertEquals(List.of("9.8%"), figures.stream().map(f -> f.evidence().quote()).toList());
  }
}
