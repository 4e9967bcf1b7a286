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

  @Test
  void aCreditNameStaysOnOneLineAndSourcesLinesCount() {
    // Global African Times (2025): a paragraph ending in a month, the next starting with the credit.
    assertEquals(Set.of("reuters"), Credits.outlets("the new three-month period, which will conclude in September.\n\n"
        + "Reuters reported last Friday that Congolese authorities were considering extending the ban."));
    assertTrue(Credits.outlets("the Chinese group CMOC, which is campaigning for the ban to be lifted.\n\nAdditional Sources: Reuters, Africa News")
        .contains("reuters"));
    assertTrue(Credits.outlets("Sources: Xinhua").contains("xinhua"));
  }

  private static Profile profile(String doc, String publisher, String text, FigureRecord... figures) {
    return Profile.of("https://claimgraph.org/id/article/" + doc, doc, publisher, null, text, List.of(figures));
  }

  @Test
  void theArticleWritingSharedFiguresMorePreciselyIsTheSource() {
    // SteelOrbis carries CAAM's release; WAM's rewrite (with its own dateline) rounds every figure.
    String so = "production and sales of new energy vehicles in China amounted to 13.015 million units and 12.943 million units";
    String wam = "BEIJING, 12th November, 2025 (WAM) -- NEV production rose by 33.1 percent year-on-year to nearly 13.02 million units "
        + "between January and October. Sales increased to more than 12.94 million units.";
    Profile steelorbis = profile("so", "SteelOrbis", so, fig("so", "13.015 million units", 13.015e6, "vehicle", "amount", null, "2025", so),
        fig("so", "12.943 million units", 12.943e6, "vehicle", "amount", null, "2025", so),
        fig("so", "33.1 percent", 33.1, "percent", "change", "up", "2025", so));
    Profile agency = profile("wam", "WAM", wam, fig("wam", "nearly 13.02 million units", 13.02e6, "vehicle", "amount", null, "2025", wam),
        fig("wam", "more than 12.94 million units", 12.94e6, "vehicle", "amount", null, "2025", wam),
        fig("wam", "33.1 percent", 33.1, "percent", "change", "up", "2025", wam));
    assertEquals(1, RestatementDetector.morePrecise(steelorbis, agency));
    assertEquals(-1, RestatementDetector.morePrecise(agency, steelorbis));
    // EconoTimes rounds Reuters' 3,011.98 and 1,016.65 tons; BESTmag rounds 24.1% but keeps the tons: both point to Reuters.
    String r = "bringing in 3,011.98 metric tons that year before shipments dropped to 1,016.65 tons in 2024";
    String e = "saw shipments drop from 3,012 metric tons in 2023 to 1,017 tons in 2024";
    Profile reuters = profile("r", "Reuters", r, fig("r", "3,011.98 metric tons", 3011.98, "tonne", "amount", null, "2023", r),
        fig("r", "1,016.65 tons", 1016.65, "tonne", "amount", null, "2024", r));
    Profile econo = profile("e", "EconoTimes", e, fig("e", "3,012 metric tons", 3012, "tonne", "amount", null, "2023", e),
        fig("e", "1,017 tons", 1017, "tonne", "amount", null, "2024", e));
    assertEquals(1, RestatementDetector.morePrecise(reuters, econo));
    assertEquals(0, RestatementDetector.morePrecise(reuters, reuters), "a copy is neither more nor less precise");
  }

  @Test
  void mangledNumbersAndOneDigitTyposAreValueMisstatements() {
    // OE Digital's paraphrase of a Reuters story: "38.563.6 tons" for Reuters' "38,563.6 tons".
    String text = "In the first seven months, exports totaled 38.563.6 tons, up 11.9%.";
    int at = text.indexOf("38.563");
    FigureRecord broken = new FigureRecord("rw", "https://claimgraph.org/id/article/rw", "38.563", at, at + 6, 38.563, null, null, "amount",
        null, null, null, "2025", null, List.of(), null, null, "In the first seven months, exports totaled 38.563.", 0, 49);
    String os = "Exports in the first seven months totaled 38,563.6 tons, up 11.9% from a year earlier.";
    var origin = new Misstatements.Source("origin", List.of(fig("origin", "38,563.6 tons", 38563.6, "tonne", "amount", null, "2025", os)), os);
    List<Misstatement> m = Misstatements.of("rw", text, List.of(broken), List.of(origin));
    assertEquals(1, m.size(), m.toString());
    assertEquals("value", m.get(0).type());
    assertEquals("38.563.6", m.get(0).rewriteQuote());
    // Teslarati's "approximately 502,757 vehicles" for the company filing's 502,657 (CnEVPost via The Driven).
    String filing = "BYD sold 502,657 new energy vehicles in October, up 66.53% year-on-year.";
    String tesla = "BYD sold approximately 502,757 vehicles last month.";
    var source = new Misstatements.Source("thedriven", List.of(fig("thedriven", "502,657", 502657, "vehicle", "amount", null, "2024-10", filing)), filing);
    List<Misstatement> typo = Misstatements.of("teslarati", tesla,
        List.of(fig("teslarati", "502,757 vehicles", 502757, "vehicle", "amount", null, "2024-10", tesla)), List.of(source));
    assertEquals("value", typo.get(0).type(), typo.toString());
    // The typo is found even when the origin states the figure rounded ("over 500,000 vehicles").
    var rounded = new Misstatements.Source("bloomberg", List.of(fig("bloomberg", "500,000 vehicles", 500000, "vehicle", "amount", null,
        "2024-10", "BYD sold over 500,000 vehicles in October.")), "BYD sold over 500,000 vehicles in October.");
    assertEquals("value", Misstatements.of("teslarati", tesla, List.of(fig("teslarati", "502,757 vehicles", 502757, "vehicle", "amount",
        null, "2024-10", tesla)), List.of(rounded, source)).get(0).type());
    // A mangled number no figure reads is found in the text.
    List<Misstatement> inText = Misstatements.of("rw", "Exports totaled 38.563.6 tons in the period.", List.of(), List.of(origin));
    assertEquals("38.563.6", inText.get(0).rewriteQuote());
    assertTrue(Misstatements.of("rw", "Version 1.234.5 of the app.", List.of(), List.of(origin)).isEmpty(), "only a source's digits");
    assertTrue(Misstatements.oneDigitOff("502757", "502657"));
    assertFalse(Misstatements.oneDigitOff("154", "157"), "short numbers differing in a digit are other figures");
    assertFalse(Misstatements.oneDigitOff("502757", "503657"));
  }

  @Test
  void aRewriteOfAWireCopyRestatesTheCopyNotASiblingRewrite() {
    String wire = "BEIJING (Reuters) - exports rose 5.7% to 5,278 tons; shipments to the U.S. reached 619 tons.";
    Profile kitco = profile("kitco", "Kitco", wire, fig("kitco", "5.7%", 5.7, "percent", "change", "up", "2025-07", wire),
        fig("kitco", "5,278 tons", 5278, "tonne", "amount", null, "2024-07", wire), fig("kitco", "619 tons", 619, "tonne", "amount", null, "2025-07", wire));
    Profile ibai = profile("ibai", "Ibai", "exports increased 5.7% to 5,278 tons, the U.S. took 619 tons",
        kitco.figures().toArray(new FigureRecord[0]));
    Profile yliwu = profile("yliwu", "Yiwu", "5.7% more, 5,278 tons, of which 619 tons", kitco.figures().toArray(new FigureRecord[0]));
    var profiles = java.util.Map.of(kitco.iri(), kitco, ibai.iri(), ibai, yliwu.iri(), yliwu);
    List<Restatement> links = List.of(new Restatement(ibai.iri(), kitco.iri(), 0.52, 3, null, "wire", 0),
        new Restatement(yliwu.iri(), ibai.iri(), 0.21, 3, null, Restatement.UNDETERMINED, 0),
        new Restatement(yliwu.iri(), kitco.iri(), 0.17, 3, null, "wire", 0));
    Stories.Story story = Stories.build(links, profiles).get(0);
    assertEquals("kitco", story.origin());
    assertTrue(story.rewrites().stream().allMatch(r -> r.restates().equals("kitco")), story.toString());
    // A rewrite that states a figure only one sibling has restates that sibling.
    Profile longer = profile("longer", "Squid", wire + " the biggest fall since December 2022, when sales fell 21%",
        fig("longer", "5.7%", 5.7, "percent", "change", "up", "2025-07", wire), fig("longer", "21%", 21, "percent", "change", "down", "2022-12", wire));
    Profile vroom = profile("vroom", "Vroom", "5.7% up; sales had fallen 21% in December 2022",
        fig("vroom", "5.7%", 5.7, "percent", "change", "up", "2025-07", wire), fig("vroom", "21%", 21, "percent", "change", "down", "2022-12", wire));
    var p2 = java.util.Map.of(kitco.iri(), kitco, longer.iri(), longer, vroom.iri(), vroom);
    List<Restatement> l2 = List.of(new Restatement(longer.iri(), kitco.iri(), 0.77, 1, null, Restatement.UNDETERMINED, 0),
        new Restatement(vroom.iri(), kitco.iri(), 0.12, 1, null, "wire", 0),
        new Restatement(vroom.iri(), longer.iri(), 0.11, 2, null, "wire", 0));
    Stories.Story s2 = Stories.build(l2, p2).get(0);
    assertTrue(s2.rewrites().stream().anyMatch(r -> r.doc().equals("vroom") && r.restates().equals("longer")), s2.toString());
  }

  @Test
  void aCopyOfTheSameTextWithOneSharedFigureIsARestatement() {
    // Reuters' cobalt wire (21 June 2025) as carried by two sites: one figure, the same text.
    String wire = "KINSHASA, June 21 (Reuters) - Democratic Republic of Congo extended its suspension of cobalt exports by three"
        + " months on Saturday, as it tries to curb oversupply that has pushed prices to their lowest in more than nine years."
        + " Prices had fallen to around $10 a pound, their lowest level since 2016, before the ban, which was first imposed in February.";
    String copy = wire + " The regulator said it would review the decision before the end of the period.";
    Profile a = profile("a", "The Japan News", wire, fig("a", "$10 a pound", 10, "USD/pound", "amount", null, "2025-02", wire));
    Profile b = profile("b", "Daily 8", copy, fig("b", "$10 a pound", 10, "USD/pound", "amount", null, null, copy));
    assertTrue(new RestatementDetector().decide(a, b).isPresent());
    // A different text stating the same single price is not a copy.
    String other = "Cobalt hydroxide payables rose this week as traders priced in the longer ban; metal stayed near $10 a pound in Rotterdam.";
    Profile c = profile("c", "Fastmarkets", other, fig("c", "$10 a pound", 10, "USD/pound", "amount", null, null, other));
    assertTrue(new RestatementDetector().decide(a, c).isEmpty());
  }
}
