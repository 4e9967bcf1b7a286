package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kind, direction and basis of one figure in real-world phrasings (quote | expected). */
class ChangeRulesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 8, 21);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports.|75.5%|change|mom|up",
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports.|4.8%|change|yoy|up",
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports.|619 mt|amount||",
      "The US tracked with a 75.5% MoM jump, getting 619 tons, a 4.8% upsurge over the same period last year.|4.8%|change|yoy|up",
      "The US tracked with a 75.5% MoM jump, getting 619 tons, a 4.8% upsurge over the same period last year.|75.5%|change|mom|up",
      "Exports of gallium fell 23% in September from a year earlier.|23%|change|yoy|down",
      "Lithium carbonate output was down 38.1% from a year earlier at 41,000 tonnes.|38.1%|change|yoy|down",
      "Shipments more than doubled to 1,200 tonnes in March.|more than doubled|change||up",
      "Prices have halved since January.|halved|change|vs-period|down",
      "Imports rose 12% month-on-month to 3,400 tonnes.|12%|change|mom|up",
      "Imports rose 12% month-on-month to 3,400 tonnes.|3,400 tonnes|amount||",
      "NEVs accounted for 48.7% of all new vehicle sales in China.|48.7%|share||",
      "China accounts for over 90% of the global supply of rare earth magnets.|over 90%|share||",
      "Companies rushed to avoid additional tariffs of 10%-25%.|10%-25%|amount||",
      "July exports to the US were just 0.2% lower than the average monthly exports in 2024.|0.2%|change|vs-period|down",
      "Output grew 5.2% y/y in the first half.|5.2%|change|yoy|up",
      "Sales rose 3% compared with the previous month.|3%|change|mom|up",
      "The value of exports decreased by 23.3% year-on-year.|23.3%|change|yoy|down",
      "Exports jumped 660% compared to May.|660%|change|mom|up",
      "In June 2025, exports to the U.S. surged by 660% to 353 tons.|353 tons|amount||",
      "Output: 25 kt (-3% q/q).|-3%|change|vs-period|down",
      "Prices are 3 times higher than in 2020.|3 times|change|vs-period|up",
      "Civil unrest in Myanmar reduced supplies of heavy rare earths by 70%, and MP Materials halted exports.|70%|change||down",
      // Reuters via Nasdaq: "on the year" is y/y
      "China produced 88.3 million tonnes of crude steel in March, down 6.4% on the year, the statistics bureau said on Monday.|6.4%|change|yoy|down",
      // Pledge Times: a month of last year as the base is y/y
      "Also imports rose sharply and increased by 11 per cent from March last year.|11 per cent|change|yoy|up",
      // InvestmentNews, Irish Times: a monthly or yearly decline names its basis
      "The consumer price index, a key indicator of inflation, fell 1%, marking the largest monthly decline since the index was first computed in 1947.|1%|change|mom|down",
      "This compares to a yearly decline of 3.5 per cent in September.|3.5 per cent|change|yoy|down",
      // China Daily (kekenet), Xinhua (Shine): percentage points are a change; a comparative names its own reference
      "The industrial output posted steady growth in the first six months, up by 6.7% year-on-year, 0.1 percentage point lower than the first quarter, the data showed.|0.1 percentage point|change|vs-period|down",
      "The country's surveyed urban unemployment rate stood at 5 percent in June, 0.7 percentage points lower than the same period last year.|0.7 percentage points|change|yoy|down",
      // Xinhua (PKU news): a list of percentage points, respectively lower
      "The growth rates were 0.5 percentage points, 2.4 percentage points, and 1.6 percentage points, respectively, lower than the first half last year.|2.4 percentage points|change|vs-period|down",
      // Fruitnet, F&I Magazine: numbers listed after a change are changes of the same direction
      "Other significant increases in the fruit sector came in strawberries, with value up 18 per cent to €522m, while watermelons and melons also enjoyed growth of 13 per cent and 18 per cent respectively.|18 per cent|change||up",
      "But the big winners were the automaker's Transit and Transit Connect commercial vans, which realized sales increases of 97.6% and 93.8%, respectively.|93.8%|change||up"})
  void classifies(String sentence, String quote, String kind, String basis, String direction) {
    List<Figure> figures = Texts.figures(DATE, sentence);
    Figure f = figures.stream().filter(x -> x.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "\" in " + figures));
    assertEquals(kind, f.kind().label(), f.toString());
    assertEquals(basis, f.basis(), f.toString());
    assertEquals(direction, f.direction(), f.toString());
  }
}
