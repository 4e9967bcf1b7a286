package org.claimgraph.cite;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Comparability;
import org.claimgraph.figure.MeasureParts;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;

/**
 * Finds every statement of a figure in the store and relates it to the other sources.
 *
 * <pre>{@code
 * CitationFinder finder = CitationFinder.of(store.dataset());
 * List<Citation> cs = finder.cite(FigureQuery.parse("619 tons"));
 * }</pre>
 *
 * <p>Two figures state the same fact when they have the same unit, kind, basis, period and
 * countries and their measures the same parts ({@link Comparability}); figures of different
 * periods, flows, places or materials never contradict each other. Values agree within the rounding of how each is
 * written (see {@link Precision}).
 */
public final class CitationFinder {

  private final List<FigureRecord> figures;
  private final Map<String, ArticleInfo> articles;
  private final List<Implication> implications;

  public CitationFinder(List<FigureRecord> figures, Map<String, ArticleInfo> articles) {
    this.figures = List.copyOf(figures);
    this.articles = Map.copyOf(articles);
    this.implications = new Implications(this.figures).all();
  }

  /** A finder over everything in the store. */
  public static CitationFinder of(Dataset dataset) {
    return new CitationFinder(StoredFigures.all(dataset), StoredArticles.all(dataset));
  }

  /** Every statement of the figure, sorted by publication date, then document. */
  public List<Citation> cite(FigureQuery q) {
    List<Citation> out = new ArrayList<>();
    for (FigureRecord f : figures) {
      if (!matches(q, f)) continue;
      out.add(citation(f));
    }
    out.sort(Comparator.comparing((Citation c) -> c.article().date() == null ? "9999" : c.article().date())
        .thenComparing(c -> c.figure().doc()).thenComparing(c -> c.figure().start()));
    return out;
  }

  /** Every implication found in the store, for reports. */
  public List<Implication> implications() {
    return implications;
  }

  private Citation citation(FigureRecord f) {
    ArticleInfo article = articles.getOrDefault(f.article(), new ArticleInfo(f.article(), f.doc(), null, null, List.of(), null, null));
    List<Related> corroborating = new ArrayList<>();
    List<Related> contradicting = new ArrayList<>();
    for (FigureRecord o : figures) {
      if (o == f || Objects.equals(o.article(), f.article())) continue;
      ArticleInfo oa = articles.get(o.article());
      if (!sameFact(f, o)) continue; // another period, flow, place or material: never a contradiction
      if (sameValue(f, o)) corroborating.add(new Related(o, oa, "same value, measure, place and period"));
      else if (Comparability.mayContradict(f.facts(), o.facts())) {
        contradicting.add(new Related(o, oa, "another value for the same measure, place and period"));
      }
    }
    List<Implication> implied = implications.stream()
        .filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList();
    int sentenceStart = f.sentenceStart() == null ? -1 : f.sentenceStart();
    int inSentence = sentenceStart >= 0 && f.start() != null ? f.start() - sentenceStart : f.sentence().indexOf(f.quote());
    return new Citation(f, article, sentenceStart, inSentence, corroborating, contradicting, implied);
  }

  static boolean matches(FigureQuery q, FigureRecord f) {
    if (q.unit() != null && !q.unit().equals(f.unit())) return false;
    double tolerance = Math.max(1e-9, 1e-9 * Math.abs(q.value()));
    return Math.abs(f.value() - q.value()) <= tolerance || f.valueMax() != null && Math.abs(f.valueMax() - q.value()) <= tolerance;
  }

  /** The same quantity: unit, kind, basis, period, places and measure parts (see {@link Comparability}). */
  static boolean sameFact(FigureRecord a, FigureRecord b) {
    return Comparability.sameQuantity(a.facts(), b.facts());
  }

  static boolean sameValue(FigureRecord a, FigureRecord b) {
    return Math.abs(a.value() - b.value()) <= Precision.of(a) + Precision.of(b) + 1e-9;
  }

  /**
   * Measures name the same thing when their parts agree (material where both name one, flow,
   * product form, scope), or one is missing: "rare earth magnet exports" is never "… imports".
   */
  static boolean similarMeasures(String a, String b) {
    if (a == null || b == null) return true;
    return MeasureParts.of(a).sameQuantity(MeasureParts.of(b));
  }

  /** The period {@code months} before an ISO month, year or interval. */
  static String shift(String period, int months) {
    if (period == null) return null;
    String[] parts = period.split("/");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (b.length() > 0) b.append('/');
      if (p.length() == 4) b.append(Integer.parseInt(p) + months / 12);
      else if (p.length() == 7) b.append(YearMonth.parse(p).plusMonths(months));
      else b.append(java.time.LocalDate.parse(p).plusMonths(months));
    }
    return b.toString();
  }
}
