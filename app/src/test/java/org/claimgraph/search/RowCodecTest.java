package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Figure;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.FigureRows;
import org.claimgraph.graph.ImpliedRef;
import org.junit.jupiter.api.Test;

/** A row read back from the figures index equals the row written, every field and every null included. */
class RowCodecTest {

  private static final String G = "https://claimgraph.org/id/article/a1";

  private static final FigureRecord FULL = new FigureRecord("doc1", G, "5,577 tonnes", 120, 132, 5577, 5600.0, "tonne", "amount",
      "yoy", "up", "about", "2024-03", "exports of gallium", List.of("CN", "US"), "customs data", "Li Wei, analyst, CRU",
      "China exported 5,577 tonnes in March.", 100, 140, new Figure.Ref(10, 20, "5,000 t"), new Figure.Ref(30, 40, "6,000 t"), "Reuters",
      true);

  private static final FigureRecord SPARSE = new FigureRecord("doc1", G, "12%", 3, 6, 12, null, "percent", "change", null, null, null,
      null, null, List.of(), null, null, "Up 12%.", 0, 7);

  @Test
  void aFigureRowRoundTrips() {
    for (FigureRecord full : java.util.Arrays.asList(FULL, SPARSE, null)) {
      FigureRows.Row r = new FigureRows.Row(G, G + "/f/120-132", List.of("value|5577"), "tonne|amount|versus|2024-03|CN US|exports",
          "tonne", full == null ? null : 5577.0, full != null, full == null ? null : "5,577", full, "doc1", full != null, "Reuters",
          full == null ? null : "2024-04-01");
      assertEquals(r, RowCodec.decode(new BytesRef(RowCodec.encode(r)), r.keys()));
    }
  }

  @Test
  void anArticleRowRoundTrips() {
    FigureRows.ArticleRow a = new FigureRows.ArticleRow(G,
        new ArticleInfo(G, "doc1", "Gallium exports rise", "Reuters", List.of("A. Author", "B. Writer"), "2024-04-01", "https://example.org/a"),
        List.of(new FigureRows.Figure(G + "/f/120-132", "k", true, FULL, "customs data"), new FigureRows.Figure(G + "/f/3-6", null, false, SPARSE, null),
            new FigureRows.Figure(G + "/f/9-9", null, true, null, "Li Wei")),
        List.of(new ImpliedRef(G, 10, 20, 30, 40, "tonne|amount|2024-02|CN"), new ImpliedRef(G, 1, 2, 3, 4, null)),
        List.of(new ImpliedRef(G, 10, 20, 30, 40, "tonne|amount|2024-02|CN")),
        List.of(new FigureRows.Link(G, "https://claimgraph.org/id/article/a0"), new FigureRows.Link(G + "x", G)));
    assertEquals(a, RowCodec.decodeArticle(new BytesRef(RowCodec.encode(a))));
    FigureRows.ArticleRow bare = new FigureRows.ArticleRow(G, null, List.of(), List.of(), List.of(), List.of());
    assertEquals(bare, RowCodec.decodeArticle(new BytesRef(RowCodec.encode(bare))));
  }
}
