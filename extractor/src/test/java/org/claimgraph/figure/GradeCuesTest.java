package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percent after a word that makes it a product's content ("containing", "grading", "graded between", "min") is a
 * product grade, no figure (corpus/gold/GUIDELINES.md: product grades are no figures). Open sets: grades read as figures
 * in 6 publishers; this cue covers 2 (fresh9 "an intermediate product containing around 10% nickel", "manganese ore —
 * graded between 33% and 52%"). Sentences of publishers outside the development set; the negatives keep comparisons
 * ("contains 30% less") and shares.
 */
class GradeCuesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | the grade, no figure | the figures that stay (separated by ";", or empty)
      // qadev3-uat.hotcopper.com/threads/afr-lithium-prices-continue-to-slide.4539024 (an AFR report retold)
      "This is for spodumene containing about 6% lithium (Hard Rock).|6%|",
      // internationalpipe.com/2020/12/22/importance-of-nickel-in-industry-of-stainless-steel/
      "Type 304, which contains 8% nickel, is the most common grade of stainless steel.|8%|",
      // cgrmineral.com/manganese
      "According to the U.S. Bureau of Mines an ore containing at least 35% manganese is called Manganese Ore.|35%|",
      "Metallurgical manganese ore contains 48-50% Mn.|48-50%|",
      // stahls-group.com/glossary/nickel-pig-iron/
      "Conventional FeNi typically contains around 40% Ni.|40%|",
      // carbinetungsten.com.au/FAQRetrieve.aspx?ID=39376
      "Theoretically pure wolframite concentrate can contain 79.3% tungsten metal.|79.3%|",
      // hessslslslsls.azureedge.net/wiki/Nickel_pig_iron (a Wikipedia mirror)
      "Impurities are then removed via smelting and sintering processes and the resulting nickel pig iron contains 4 to 13 percent pure nickel.|4 to 13 percent|",
      // investingnews.com/daily/resource-investing/critical-metals-investing/tungsten-investing/china-stockpiles-tungsten-starting-with-10000-tonnes-of-concentrate/
      "Tungsten APT min 88.5 percent is also up 2.18 percent, at RMB 185,000 to 190,000 per tonne.|88.5 percent|2.18 percent;RMB 185,000 to 190,000 per tonne",
      // metalbulletin.com/Article/3920428 (cobalt hydroxide payables)
      "Fastmarkets’ cobalt hydroxide payable indicator, min 30% Co, cif China was unchanged at 67-69.5% of the standard-grade cobalt price on February 26.|30%|67-69.5%",
      // goldencross.com.au/2014/07/copper-hill-drilling-update-and-burra-copper-mine-drilling-assays/ (a drill interval grading copper)
      "Assay results from the third hole returned an interval of 18 metres grading 0.52% copper, including 8 metres at 0.78% copper.|0.52%|18 metres;8 metres;0.78%"})
  void gradesAreNoFigures(String sentence, String grade, String stay) {
    assertGradeOnly(sentence, grade, stay);
  }

  /** No figure of {@code sentence} ends with {@code grade}; the quotes of {@code stay} (";"-separated, or null) are figures. */
  static void assertGradeOnly(String sentence, String grade, String stay) {
    List<String> quotes = Texts.figures(DATE, sentence).stream().map(f -> f.evidence().quote()).toList();
    assertTrue(quotes.stream().noneMatch(q -> q.endsWith(grade)), quotes.toString());
    if (stay != null) for (String q : stay.split(";")) assertTrue(quotes.contains(q), q + " in " + quotes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // written for the test: a comparison after "contains", a share after "containing", a percent with no grade word
      "The new cathode contains 30% less cobalt than the previous design.|30%",
      "Shipments containing 40% of the country's output left in May.|40%",
      "Indonesia accounted for 26% of global nickel ore supplies last year.|26%"})
  void percentsThatCompareOrShareStay(String sentence, String percent) {
    assertEquals(List.of(percent), Texts.figures(DATE, sentence).stream().map(f -> f.evidence().quote()).toList());
  }
}
