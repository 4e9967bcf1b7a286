package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A percent stated as the size of a change named as the clause's subject, with a comparison, a time or a modal verb between the
 * noun and the verb, is a change, not the share an unmarked percent defaults to (ComparedChangeSubjects). Devset (kind share,
 * gold change): f16-e-09 worldstockmarket, f16-e-10 playcrazygame, f16-e-11 sivtelegram, f17-e-07 worldarabia, f15-m-04 evek,
 * f25-e-01 riotimesonline.
 */
class ComparedChangeSubjectsTest {

  private static Figure of(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void aChangeSubjectWithItsComparisonBetween() {
    // f16-e-09-worldstockmarket: change, up, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2021, 11, 10), "Now, if the forecast of more than 30,000 "
        + "licenses in 2021 is confirmed, this year’s growth compared to last year could be more than 50%.", "more than 50%")));
    // f25-e-01-riotimesonline: a change, up.
    assertEquals(Kind.CHANGE, of(LocalDate.of(2022, 5, 10),
        "In several countries in the region, growth compared to the first quarter of 2021 is well over 200%.", "well over 200%").kind());
    // f16-e-11-sivtelegram: a change, up.
    Figure f = of(LocalDate.of(2021, 11, 10), "The total growth by the end of the year is expected to be more than 150% compared to the "
        + "combined result for 2020.", "more than 150%");
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), Arrays.asList(f.kind(), f.direction()));
    // f17-e-07-worldarabia: change, up, no basis.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", null), kdb(of(LocalDate.of(2024, 2, 10), "Data from the European Automobile "
        + "Manufacturers' Association (ACEA) indicates that the overall growth in new car sales in Europe, which stood at a modest 4.4 "
        + "percent, was largely driven by hybrid vehicles.", "4.4 percent")));
    // f15-m-04-evek: change, down, no basis.
    assertEquals(Arrays.asList(Kind.CHANGE, "down", null), kdb(of(LocalDate.of(2024, 2, 10), "The reduction will be around 10−20%.", "around 10−20%")));
  }

  @Test
  void outsideSentences() {
    // Electrek via Slashdot (2025-11): "this 23% global growth rate is higher than last year's YTD growth rate, which was 22%".
    assertEquals(Kind.CHANGE, of(LocalDate.of(2025, 11, 20), "Notably, this 23% global growth rate is higher than last year's YTD "
        + "growth rate, which was 22% at this time.", "22%").kind());
  }

  @Test
  void aShareNamedBetweenStaysAShare() {
    // f22-e-12-kyivpost: the bracketed share after a growth stays a share.
    assertEquals(Kind.SHARE, of(LocalDate.of(2021, 11, 10), "As reported, in the first half of this year, the growth in the electric "
        + "vehicle market was 50 percent compared to the same period last year, and in January-October already 89 percent (the share "
        + "of used cars on it is 85 percent).", "85 percent").kind());
  }
}
