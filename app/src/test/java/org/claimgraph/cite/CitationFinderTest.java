package org.claimgraph.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.relate.Implication;
import org.junit.jupiter.api.Test;

/** Corroboration, contradiction and implied figures on hand-made figures whose answers are known. */
class CitationFinderTest {

  static FigureRecord fig(String doc, int start, String quote, double value, String unit, String kind, String basis,
      String direction, String period, String measure, List<String> place, String sentence) {
    return new FigureRecord(doc, "https://claimgraph.org/id/article/" + doc, quote, start, start + quote.length(), value,
        null, unit, kind, basis, direction, null, period, measure, place, null, null, sentence,
        start - sentence.indexOf(quote), start - sentence.indexOf(quote) + sentence.length());
  }

  static final List<String> CN_US = List.of("CN", "US");
  static final FigureRecord JULY_619 = fig("a", 100, "619 mt", 619, "tonne", "amount", null, null, "2025-07",
      "rare earth magnet exports", CN_US, "In July, exports to the US hit 619 mt, up 75.5% over June.");
  static final FigureRecord JULY_UP = fig("a", 120, "75.5%", 75.5, "percent", "change", "mom", "up", "2025-07",
      "rare earth magnet exports", CN_US, "In July, exports to the US hit 619 mt, up 75.5% over June.");
  static final FigureRecord JUNE_353 = fig("b", 300, "353 tons", 353, "tonne", "amount", null, null, "2025-06",
      "rare earth magnet exports", CN_US, "In June, exports to the US surged to 353 tons.");
  static final FigureRecord JULY_619_OTHER = fig("c", 50, "619 tons", 619, "tonne", "amount", null, null, "2025-07",
      "rare earth magnet exports", CN_US, "The US got 619 tons in July.");
  static final FigureRecord JULY_630 = fig("d", 70, "630 tonnes", 630, "tonne", "amount", null, null, "2025-07",
      "rare earth magnet exports", CN_US, "US buyers took 630 tonnes in July.");
  static final FigureRecord JUNE_619 = fig("e", 80, "619 t", 619, "tonne", "amount", null, null, "2025-06",
      "rare earth magnet exports", CN_US, "In June the US took 619 t.");
  static final FigureRecord REST = fig("a", 500, "4,958 mt", 4958, "tonne", "amount", null, null, "2025-07",
      "rare earth magnet exports", List.of("CN"), "Supply to the rest of the world was 4,958 mt in July.");
  static final FigureRecord TOTAL = fig("f", 40, "5,577 metric tons", 5577, "tonne", "amount", null, null, "2025-07",
      "rare earth magnet exports", List.of("CN"), "Exports reached 5,577 metric tons in July.");

  private final CitationFinder finder = new CitationFinder(
      List.of(JULY_619, JULY_UP, JUNE_353, JULY_619_OTHER, JULY_630, JUNE_619, REST, TOTAL),
      Map.of("https://claimgraph.org/id/article/a", new ArticleInfo("https://claimgraph.org/id/article/a", "a", "Title A",
          "Platts", List.of("Kip Keen"), "2025-08-21", null)));

  @Test
  void findsEveryStatementWithNormalizedUnits() {
    List<Citation> cs = finder.cite(FigureQuery.parse("619 tons"));
    assertEquals(List.of("a", "c", "e"), cs.stream().map(c -> c.figure().doc()).toList());
    assertEquals(3, finder.cite(FigureQuery.parse("619 mt")).size());
    assertEquals(0, finder.cite(FigureQuery.parse("619%")).size());
    assertEquals(1, finder.cite(FigureQuery.parse("75.5%")).size());
    assertEquals("Title A", cs.get(0).article().title());
    assertEquals("In July, exports to the US hit ⟦619 mt⟧, up 75.5% over June.", cs.get(0).markedSentence("⟦", "⟧"));
  }

  @Test
  void theMarkedSentenceForHtmlEscapesTheArticlesMarkup() {
    FigureRecord hostile = fig("h", 60, "619 tons", 619, "tonne", "amount", null, null, "2025-07", "rare earth magnet exports",
        CN_US, "<img src=x onerror=\"alert(1)\"> The US got 619 tons in July & <b>more</b>.");
    Citation c = new CitationFinder(List.of(hostile), Map.of()).cite(FigureQuery.parse("619 tons")).get(0);
    assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; The US got <mark>619 tons</mark> in July &amp; &lt;b&gt;more&lt;/b&gt;.",
        c.markedSentenceHtml());
  }

  @Test
  void corroboratesAndContradicts() {
    Citation a = finder.cite(FigureQuery.parse("619 tons")).get(0);
    assertEquals(List.of("c"), a.corroborating().stream().map(r -> r.figure().doc()).toList());
    // 619 t in June (e) is another period's figure: not a contradiction.
    assertEquals(List.of("d"), a.contradicting().stream().map(r -> r.figure().doc()).toList());
  }

  @Test
  void importsAndYearEarlierBasesNeverContradictExports() {
    FigureRecord imports = fig("g", 10, "600 tons", 600, "tonne", "amount", null, null, "2025-07", "rare earth magnet imports",
        CN_US, "US imports of magnets from China were 600 tons in July.");
    FigureRecord yearEarlier = fig("h", 10, "590 tons", 590, "tonne", "amount", null, null, "2024-07",
        "rare earth magnet exports", CN_US, "Exports to the US were 4.8% higher than the 590 tons shipped a year earlier.");
    CitationFinder withOthers = new CitationFinder(List.of(JULY_619, JULY_630, imports, yearEarlier), Map.of());
    Citation a = withOthers.cite(FigureQuery.parse("619 tons")).get(0);
    assertEquals(List.of("d"), a.contradicting().stream().map(r -> r.figure().doc()).toList());
  }

  @Test
  void aStatedFromLevelIsCheckedFirst() {
    String sentence = "Exports to the US rose 4.8% to 619 tons in July from 590 tons a year earlier.";
    FigureRecord level = fig("k", 30, "619 tons", 619, "tonne", "amount", null, null, "2025-07", "rare earth magnet exports", CN_US,
        sentence);
    FigureRecord base = fig("k", 50, "590 tons", 590, "tonne", "amount", null, null, "2024-07", "rare earth magnet exports", CN_US,
        sentence);
    FigureRecord plain = fig("k", 20, "4.8%", 4.8, "percent", "change", "yoy", "up", "2025-07", "rare earth magnet exports", CN_US,
        sentence);
    FigureRecord change = new FigureRecord(plain.doc(), plain.article(), plain.quote(), plain.start(), plain.end(), plain.value(),
        null, plain.unit(), plain.kind(), plain.basis(), plain.direction(), null, plain.period(), plain.measure(), plain.place(), null,
        null, sentence, plain.sentenceStart(), plain.sentenceEnd(), new org.claimgraph.figure.Figure.Ref(50, 58, "590 tons"),
        new org.claimgraph.figure.Figure.Ref(30, 38, "619 tons"));
    Implication i = new CitationFinder(List.of(level, base, change), Map.of()).implications().stream()
        .filter(x -> x.rule().equals("year-earlier level")).findFirst().orElseThrow();
    assertEquals(base, i.stated().get(0));
    assertTrue(i.agrees(), i.text());
  }

  @Test
  void aLevelAndItsChangeImplyThePreviousMonthWithinRounding() {
    Implication i = finder.cite(FigureQuery.parse("619 tons")).get(0).implied().stream()
        .filter(x -> x.rule().equals("previous-month level")).findFirst().orElseThrow();
    assertEquals("2025-06", i.period());
    assertEquals(352.7, i.value(), 0.05);
    assertTrue(i.low() < 353 && 353 < i.high() + 0.5);
    assertEquals(List.of(JUNE_353, JUNE_619), i.stated());
    assertFalse(i.agrees(), "619 t in June contradicts the implied 352.7 t");
  }

  @Test
  void agreesWhenOnlyTheRoundedValueIsStated() {
    CitationFinder f = new CitationFinder(List.of(JULY_619, JULY_UP, JUNE_353), Map.of());
    Implication i = f.implications().get(0);
    assertTrue(i.agrees());
    CitationFinder none = new CitationFinder(List.of(JULY_619, JULY_UP), Map.of());
    assertNull(none.implications().get(0).agrees());
  }

  @Test
  void partsAddUpToTheTotal() {
    Implication sum = finder.implications().stream().filter(x -> x.rule().equals("sum of parts")).findFirst().orElseThrow();
    assertEquals(5577, sum.value(), 1e-9);
    assertEquals(List.of(JULY_619, REST), sum.inputs());
    assertEquals(List.of(TOTAL), sum.stated());
    assertTrue(sum.agrees());
  }

  @Test
  void partsOfAnotherMaterialOrFlowNeverAddUp() {
    // 619 t of cobalt to the US and 4,958 t of graphite elsewhere are no parts of 5,577 t of magnets
    FigureRecord cobalt = fig("m", 100, "619 t", 619, "tonne", "amount", null, null, "2025-07", "cobalt exports", CN_US,
        "Cobalt exports to the US were 619 t in July.");
    FigureRecord graphite = fig("n", 100, "4,958 t", 4958, "tonne", "amount", null, null, "2025-07", "graphite exports",
        List.of("CN"), "Graphite exports to the rest of the world were 4,958 t in July.");
    FigureRecord imports = fig("o", 100, "4,958 t", 4958, "tonne", "amount", null, null, "2025-07", "rare earth magnet imports",
        List.of("CN"), "Magnet imports were 4,958 t in July.");
    List<Implication> sums = new CitationFinder(List.of(cobalt, graphite, imports, REST, TOTAL), Map.of()).implications().stream()
        .filter(x -> x.rule().equals("sum of parts")).toList();
    assertEquals(List.of(), sums);
    // the same parts of the total's own material and flow do add up, a rest-of-world part among them
    List<Implication> magnets = new CitationFinder(List.of(JULY_619, cobalt, graphite, imports, REST, TOTAL), Map.of()).implications()
        .stream().filter(x -> x.rule().equals("sum of parts")).toList();
    assertEquals(1, magnets.size(), magnets.toString());
    assertEquals(List.of(JULY_619, REST), magnets.get(0).inputs());
  }

  @Test
  void parsesFiguresAsUsersWriteThem() {
    assertEquals(new FigureQuery(1116, "tonne", "1,116 t"), FigureQuery.parse("1,116 t"));
    assertEquals("percent", FigureQuery.parse("75.5%").unit());
    assertNull(FigureQuery.parse("619").unit());
    assertEquals("tonne", FigureQuery.normalizeUnit("tons"));
  }

  static final FigureRecord TOTAL_KT = fig("g", 10, "5.6 kt", 5.6, "kilotonne", "amount", null, null, "2025-07",
      "rare earth magnet exports", List.of("CN"), "Exports reached 5.6 kt in July.");
  static final FigureRecord VEHICLES = fig("h", 10, "30 million", 30_000_000, "vehicle", "amount", null, null, "2025",
      "car sales", List.of("CN"), "Sales will pass 30 million this year.");

  @Test
  void comparesAcrossUnitsOfOneKind() {
    CitationFinder f = new CitationFinder(List.of(TOTAL, TOTAL_KT, VEHICLES), Map.of());
    // "5.6 kt" states 5,577 t within its rounding (5,550–5,650 t), and the other way round
    assertEquals(List.of("f", "g"), f.cite(FigureQuery.parse("5.6 kt")).stream().map(c -> c.figure().doc()).toList());
    assertEquals(List.of("f", "g"), f.cite(FigureQuery.parse("5,577 t")).stream().map(c -> c.figure().doc()).toList());
    // 12.3 million lb is 5,579 t (± 23 t)
    assertEquals(List.of("f", "g"), f.cite(FigureQuery.parse("12.3 million lb")).stream().map(c -> c.figure().doc()).toList());
    assertEquals(0, f.cite(FigureQuery.parse("5.6 kt")).stream().filter(c -> c.figure().unit().equals("vehicle")).count());
    Citation kt = f.cite(FigureQuery.parse("5.6 kt")).stream().filter(c -> c.figure().doc().equals("g")).findFirst().orElseThrow();
    assertEquals(List.of("f"), kt.corroborating().stream().map(r -> r.figure().doc()).toList(), "5.6 kt corroborates 5,577 t");
  }

  @Test
  void readsTheFigureAsWritten() {
    assertEquals(new FigureQuery(30_000_000, null, "30 million"), FigureQuery.parse("30 million"));
    CitationFinder f = new CitationFinder(List.of(TOTAL, TOTAL_KT, VEHICLES), Map.of());
    assertEquals(List.of("h"), f.cite(FigureQuery.parse("30 million")).stream().map(c -> c.figure().doc()).toList());
    FigureQuery bn = FigureQuery.parse("$1.2bn");
    assertEquals(1.2e9, bn.value());
    assertEquals("USD", bn.unit());
    assertEquals("tonne", FigureQuery.parse("619 tons").unit());
    assertEquals("kilotonne", FigureQuery.normalizeUnit("kt"));
    assertEquals("tonne/year", FigureQuery.normalizeUnit("tonne-per-year"));
  }
}
