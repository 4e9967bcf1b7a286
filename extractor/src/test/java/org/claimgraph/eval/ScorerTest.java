package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static FigureRecord figure(String quote, double value, String unit) {
    String sentence = "China shipped " + quote + " of rare earth magnets in July.";
    return FigureRecord.fromJson("{\"doc\":\"d\",\"quote\":\"" + quote + "\",\"start\":null,\"end\":null,\"value\":" + value
        + ",\"value_max\":null,\"unit\":\"" + unit + "\",\"kind\":\"amount\",\"basis\":null,\"direction\":null,"
        + "\"qualifier\":null,\"period\":\"2025-07\",\"measure\":\"rare earth magnet exports\",\"place\":[\"CN\"],"
        + "\"attributed_to\":null,\"speaker\":null,\"sentence\":\"" + sentence + "\",\"sentence_start\":null,\"sentence_end\":null}");
  }

  @Test
  void aFigureIsFoundWhicheverUnitOfOneKindEachSideKeeps() {
    Score s = new Scorer().score(List.of(figure("5.6 kt", 5600, "tonne")), List.of(figure("5.6 kt", 5.6, "kilotonne")));
    assertEquals(1, s.matched());
    assertEquals(0, s.complete(), "the unit as written still differs");
  }

  @Test
  void oldUnitCodesScoreAsTheirNewOnes() {
    Score s = new Scorer().score(List.of(figure("60,000 tpa", 60000, "tonne-per-year")),
        List.of(figure("60,000 tpa", 60000, "tonne/year")));
    assertEquals(1, s.matched());
    assertEquals(1, s.complete());
  }

  @Test
  void unitsOfAnotherKindDoNotMatch() {
    Score s = new Scorer().score(List.of(figure("5.6 kt", 5600, "tonne")), List.of(figure("5.6 kt", 5.6, "USD")));
    assertEquals(0, s.matched());
  }

  private static FigureRecord credited(String source) {
    FigureRecord f = figure("619 mt", 619, "tonne");
    return new FigureRecord(f.doc(), f.article(), f.quote(), f.start(), f.end(), f.value(), f.valueMax(), f.unit(), f.kind(), f.basis(),
        f.direction(), f.qualifier(), f.period(), f.measure(), f.place(), source, null, f.sentence(), f.sentenceStart(), f.sentenceEnd());
  }

  @Test
  void aShortFormAndTheFullNameOfOneOrganizationAreOneCredit() {
    // "the USGS" (Republic of Mining) and "SMM" (SMM's own page) against the names the extractor normalizes them to
    assertEquals(true, Scorer.sameCredit(credited("the USGS"), credited("US Geological Survey")));
    assertEquals(true, Scorer.sameCredit(credited("SMM"), credited("Shanghai Metals Market")));
    assertEquals(false, Scorer.sameCredit(credited("the USGS"), credited("Shanghai Metals Market")));
  }

  private static FigureRecord inTitle(FigureRecord f) {
    return new FigureRecord(f.doc(), f.article(), f.quote(), 10, 16, f.value(), f.valueMax(), f.unit(), f.kind(), f.basis(),
        f.direction(), f.qualifier(), f.period(), f.measure(), f.place(), f.attributedTo(), f.speaker(), f.sentence(), 0, 40,
        null, null, null, true);
  }

  @Test
  void headlineFiguresCountOnlyWhereTheGoldAnnotatesTheHeadline() {
    FigureRecord body = figure("619 mt", 619, "tonne");
    FigureRecord title = inTitle(figure("619 mt", 619, "tonne"));
    Score s = new Scorer().score(List.of(body), List.of(body, title));
    assertEquals(1, s.predicted(), "the headline figure is no extra when the gold has no in_title line");
    assertEquals(1, s.matched());
    s = new Scorer().score(List.of(body, title), List.of(body, title));
    assertEquals(2, s.predicted());
    assertEquals(2, s.matched());
    assertEquals(true, FigureRecord.fromJson(title.toJsonLine()).inTitle());
  }

  @Test
  void theReportingOutletTravelsWithTheRecord() {
    FigureRecord f = figure("619 mt", 619, "tonne");
    FigureRecord via = new FigureRecord(f.doc(), f.article(), f.quote(), f.start(), f.end(), f.value(), f.valueMax(), f.unit(), f.kind(),
        f.basis(), f.direction(), f.qualifier(), f.period(), f.measure(), f.place(), "Eurostat", null, f.sentence(), f.sentenceStart(),
        f.sentenceEnd(), null, null, "Xinhua", false);
    assertEquals("Xinhua", FigureRecord.fromJson(via.toJsonLine()).via());
    assertEquals(false, f.toJsonLine().contains("\"via\""), "no key without an outlet");
  }
}
