package org.claimgraph.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.junit.jupiter.api.Test;

/** A page of an answer computed in full (the scan's): its slice, however far the offset and limit reach. */
class CitationPageTest {

  static List<Citation> citations(int n) {
    List<Citation> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FigureRecord f = CitationFinderTest.fig("d" + i, 10, "619 t", 619, "tonne", "amount", null, null, "2025-07",
          "rare earth magnet exports", CitationFinderTest.CN_US, "Exports were 619 t in July.");
      out.add(CitationFinder.citation(f, List.of(f), java.util.Map.of(), List.of()));
    }
    return out;
  }

  @Test
  void aPageIsASliceWithTheCountOfAll() {
    List<Citation> all = citations(5);
    CitationPage p = CitationPage.of(all, 1, 2);
    assertEquals(all.subList(1, 3), p.citations());
    assertEquals(5, p.count());
    assertEquals(1, p.offset());
    assertEquals(all.stream().map(Citation::figure).toList(), p.statements());
    assertEquals(all.subList(3, 5), CitationPage.of(all, 3, Integer.MAX_VALUE).citations(), "no overflow past the end");
    assertEquals(List.of(), CitationPage.of(all, 9, 2).citations());
    assertEquals(5, CitationPage.of(all, 9, 2).offset(), "an offset past the end is the end");
    assertEquals(List.of(), CitationPage.of(all, 0, 0).citations());
    ArticleInfo a = all.get(0).article();
    assertEquals(a, CitationPage.of(all, 4, 1).articles().get(a.iri()), "every statement's article, not only the page's");
  }
}
