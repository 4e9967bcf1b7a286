package org.claimgraph.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.eval.FigureRecord;
import org.junit.jupiter.api.Test;

/** The rules of restatement detection, each with sentences of several publishers. */
class StoryRulesTest {

  @Test
  void roundingKeepsTheWrittenPrecision() {
    assertTrue(Rounding.same(13_015_000, "13.015 million units", 13_020_000, "nearly 13.02 million units"));
    assertTrue(Rounding.same(5994.3, "5,994.3 metric tons", 5994, "5,994 tons"));
    assertTrue(Rounding.same(1_715_000, "1.715 million units", 1_720_000, "nearly 1.72 million units"));
    assertFalse(Rounding.same(28.3e9, "$28.3 billion", 28.2e9, "$28.2 billion"));
    assertFalse(Rounding.same(502_757, "502,757 vehicles", 502_657, "502,657"));
    assertFalse(Rounding.same(6000, "6,000 tonnes", 6146, "6,146 tons"), "at least two digits are compared");
    assertFalse(Rounding.same(66.5, "66.5%", 66.24, "66.24 per cent"));
    assertEquals(Rounding.key(5994.3), Rounding.key(5994));
  }

  @Test
  void creditsNameTheOutletsAnArticleCredits() {
    assertEquals(Set.of("bloomberg"), Credits.outlets("According to a report by Bloomberg, the company’s sales surged 66%."));
    assertEquals(Set.of("eurostat"), Credits.outlets("a 29.3% decrease, according to new Eurostat trade data (opens in a new tab)."));
    assertTrue(Credits.outlets("an 18% jump since February, according to Reuters.").contains("reuters"));
    assertTrue(Credits.outlets("Reporting by Amy Lv in Beijing; editing by Kim Coghill\n(source: Reuters)").contains("reuters"));
    assertTrue(Credits.outlets("In September, Bloomberg reported that BYD raised its annual sales forecast.").contains("bloomberg"));
    assertTrue(Credits.outlets("Customs data released on Thursday showed that exports fell 23%.").isEmpty());
  }

  @Test
  void wireMarksAreDatelinesReportingLinesAndWireLeads() {
    assertEquals("reuters", Credits.wire("BEIJING (Reuters) -Rare earth exports from China slumped 23% in July"));
    assertEquals("bloomberg", Credits.wire("(Bloomberg) -- BYD Co. kicked off the final quarter of 2024"));
    assertEquals("reuters", Credits.wire("© 2025 Thomson/Reuters. All rights reserved."));
    assertEquals("wire", Credits.wire("Shipments stood at 5,774 metric tons, data from the General Administration of Customs showed on Monday."));
    assertNull(Credits.wire("According to data released by the General Administration of Customs on October 20, exports fell."));
    assertTrue(Credits.names("bloomberg", "BNN Bloomberg"));
    assertFalse(Credits.names("the general administration of customs", "China Customs News"), "generic words do not name an outlet");
  }

  @Test
  void bandKeysAreSharedByNearDuplicatesOnly() {
    String a = "Rare earth exports from China slumped 23% in July after hitting a record a month earlier, customs data showed on Thursday, "
        + "although the preliminary data is too incomplete to draw firm conclusions about Beijing's commitment to speed up shipments.";
    String copy = a + " A fuller breakdown will be released on August 20.";
    String other = "European tungsten prices surged this month to their highest in more than a decade, as traders scrambled for supplies.";
    List<String> ka = MinHash.bandKeys(TextSimilarity.shingles(a, 3));
    assertEquals(MinHash.BANDS, ka.size());
    assertTrue(MinHash.bandKeys(TextSimilarity.shingles(copy, 3)).stream().anyMatch(ka::contains));
    assertFalse(MinHash.bandKeys(TextSimilarity.shingles(other, 3)).stream().anyMatch(ka::contains));
  }

  static FigureRecord fig(String doc, String quote, double value, String unit, String kind, String direction, String period,
      String sentence) {
    return new FigureRecord(doc, "https://claimgraph.org/id/article/" + doc, quote, 0, quote.length(), value, null, unit, kind,
        null, direction, null, period, null, List.of("CN"), null, null, sentence, 0, sentence.length());
  }

  @Test
  void misstatementsCompareOneStatementAcrossArticles() {
    String origin = "The carmaker’s revenue soared 24% to 201.1 billion yuan ($28.2 billion) for the three months that ended in September.";
    String rewrite = "The company’s revenue for the three months ending in September rose 24% to $28.3 billion.";
    var src = new Misstatements.Source("origin", List.of(fig("origin", "$28.2 billion", 28.2e9, "USD", "amount", null, "2024-07/2024-09", origin),
        fig("origin", "24%", 24, "percent", "change", "up", "2024-07/2024-09", origin)), origin);
    List<Misstatement> m = Misstatements.of("rewrite", List.of(
        fig("rewrite", "$28.3 billion", 28.3e9, "USD", "amount", null, "2024-07/2024-09", rewrite),
        fig("rewrite", "24%", 24, "percent", "change", "up", "2024-07/2024-09", rewrite),
        fig("rewrite", "31,200 units", 31200, "vehicle", "amount", null, "2024-10", "In contrast, BYD’s overseas sales declined to 31,200 units in October.")),
        List.of(src));
    assertEquals(2, m.size(), m.toString());
    assertEquals("value", m.get(0).type());
    assertEquals("$28.2 billion", m.get(0).originQuote());
    assertEquals("unsourced", m.get(1).type());
    assertEquals("31,200 units", m.get(1).rewriteQuote());
  }

  @Test
  void aPeriodMisstatementNeedsPeriodsWrittenOutThatConflict() {
    assertTrue(Misstatements.periodsConflict(Misstatements.periodWords("exports rose 75.5% in June"),
        Misstatements.periodWords("exports rose 75.5% in July")));
    assertFalse(Misstatements.periodsConflict(Misstatements.periodWords("4.8% higher than in July 2024"),
        Misstatements.periodWords("4.8% higher than the same month in 2024")));
    assertFalse(Misstatements.periodsConflict(Misstatements.periodWords("Shipments fell to 5,774 metric tons, down from August's high"),
        Misstatements.periodWords("stood at 5,774 metric tons in September, down from a high of 6,146 tons in August")));
  }

  @Test
  void numbersWrittenWithSpaceGroupsAreStated() {
    FigureRecord f = fig("r", "12,900 tonnes", 12900, "tonne", "amount", null, "2024", "The EU imported 12,900 tonnes.");
    assertTrue(Misstatements.writesNumber("In 2024, a total of 12 900 tonnes of rare earth elements were imported to the EU", f));
    assertFalse(Misstatements.writesNumber("In 2024, a total of 12 800 tonnes were imported", f));
  }

  @Test
  void scaleSlipsAreValueMisstatements() {
    assertTrue(Misstatements.close(38.563, 38563.6));
    assertTrue(Misstatements.close(28.3, 28.2));
    assertFalse(Misstatements.close(81000, 67000), "another quantity, not a slip");
  }
}
