package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The previous month" a figure is compared with is the month before the one the figure is of (its sentence's month, else the
 * month the text reports), not the month before the page's: a monthly report published in October about September compares
 * September with August (round 12, issue 10). The change takes the month after its base. Sentences of publishers outside the
 * development set (search tool, corpus pages); the readings were written down before the rule.
 */
class PreviousMonthBasesTest {

  private static Figure figure(List<Figure> fs, String quote) {
    return PeriodRulesTest.figure(fs, quote);
  }

  /** The period of the time expression starting with {@code text} in {@code sentence}. */
  private static String mention(LocalDate date, YearMonth dataMonth, String sentence, String text) {
    PeriodResolver.Context ctx = PeriodResolver.context(date, sentence);
    if (dataMonth != null) ctx = ctx.withDataMonth(dataMonth);
    return new PeriodResolver().find(sentence, ctx).stream().filter(p -> p.text().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no period \"" + text + "\" in " + sentence)).period();
  }

  // https://bankingjournal.aba.com/2021/10/retail-sales-increase-in-september/ (ABA Banking Journal, 2021-10-15)
  private static final String[] ABA_2021 = {
      "There were $625.4 billion in retail and food service sales in September, an increase of 0.7% from the previous month, and 13.9% above the previous year, according to the U.S. Census Bureau.",
      "Core retail sales—excluding automobiles and gasoline—increased 0.7% from the previous month and were up 13.5% from last year."};

  @Test
  void thePreviousMonthIsTheMonthBeforeTheSentencesOwn() {
    assertEquals("2021-08", mention(LocalDate.of(2021, 10, 15), null, ABA_2021[0], "previous month"));
    // https://www.carscoops.com/2022/10/tesla-smashes-monthly-record-of-chinese-built-models-after-shanghai-gigafactory-upgrade/
    // (Carscoops, October 2022)
    String byd = "However, the manufacturer is still some way behind market leader BYD, which recorded 200,973 wholesale sales in September — a figure some 15 percent higher than the previous month.";
    assertEquals("2022-08", mention(LocalDate.of(2022, 10, 10), null, byd, "previous month"));
    assertEquals("2022-09", figure(Texts.figures(LocalDate.of(2022, 10, 10), byd), "some 15 percent").period());
  }

  @Test
  void withoutAMonthOfItsOwnTheChangeIsOfTheMonthTheTextReports() {
    List<Figure> aba2021 = Texts.figures(LocalDate.of(2021, 10, 15), ABA_2021);
    assertEquals("2021-09", figure(aba2021, "$625.4 billion").period());
    assertEquals("2021-09", aba2021.stream().filter(f -> f.evidence().quote().equals("0.7%")).reduce((a, b) -> b).orElseThrow().period());
    // https://bankingjournal.aba.com/2020/10/retail-sales-up-1-9-percent-in-september/ (ABA Banking Journal, October 2020)
    List<Figure> aba2020 = Texts.figures(LocalDate.of(2020, 10, 16),
        "There were $549.3 billion in retail and food service sales in September, up 1.9% from August and 5.4% above the previous year, according to the U.S. Census Bureau.",
        "Core retail sales—excluding automobiles and gasoline—increased 1.6% from the previous month and increased 4.7% from last year.");
    assertEquals("2020-09", figure(aba2020, "1.6%").period());
    // http://en.people.cn/n3/2022/1209/c90000-10181618.html (Xinhua via People's Daily Online, 2022-12-09)
    List<Figure> xinhua = Texts.figures(LocalDate.of(2022, 12, 9),
        "Retail sales of China's new energy vehicles (NEVs) continued to surge in November, the China Passenger Car Association said Thursday.",
        "Retail sales of China's new energy passenger cars came in at about 598,000 units, up 58.2 percent year on year.",
        "The monthly figure is 7.8 percent higher than the previous month.");
    assertEquals("2022-11", figure(xinhua, "7.8 percent").period());
  }
}
