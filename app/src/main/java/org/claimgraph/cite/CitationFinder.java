package org.claimgraph.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Comparability;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.relate.FigureRelations;
import org.claimgraph.relate.Implication;
import org.claimgraph.relate.Implications;
import org.claimgraph.relate.Precision;

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
      out.add(citation(f, figures, articles, implications.stream()
          .filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList()));
    }
    out.sort(CITATION_ORDER);
    return out;
  }

  /** Citations by publication date (undated last), then document and position. */
  static final Comparator<Citation> CITATION_ORDER = Comparator
      .comparing((Citation c) -> c.article().date() == null ? "9999" : c.article().date())
      .thenComparing(c -> c.figure().doc()).thenComparing(c -> c.figure().start());

  /** Every implication found in the store, for reports. */
  public List<Implication> implications() {
    return implications;
  }

  /** The citation of {@code f}, related to {@code figures} (in document order) and with its implications. */
  static Citation citation(FigureRecord f, List<FigureRecord> figures, Map<String, ArticleInfo> articles,
      List<Implication> implied) {
    List<FigureRecord> same = new ArrayList<>();
    List<FigureRecord> other = new ArrayList<>();
    for (FigureRecord o : figures) {
      if (o == f || Objects.equals(o.article(), f.article())) continue;
      FigureRelations.Relation r = FigureRelations.relation(f, o);
      if (r != FigureRelations.Relation.NONE) (r.corroborates() ? same : other).add(o);
    }
    return citation(f, articles.get(f.article()), same, same.size(), other, other.size(), implied, articles::get);
  }

  /**
   * A citation from its related figures of other articles in document order ({@code same}: the
   * same value, {@code other}: another value), of which it lists the first {@link Citation#SHOWN}
   * (the lists may be longer, or hold figures of {@code f}'s own article, which are left out and
   * not counted in the given totals); {@code articles} gives the listed figures' articles.
   */
  static Citation citation(FigureRecord f, ArticleInfo article, List<FigureRecord> same, int sameCount,
      List<FigureRecord> other, int otherCount, List<Implication> implied,
      java.util.function.Function<String, ArticleInfo> articles) {
    if (article == null) article = new ArticleInfo(f.article(), f.doc(), null, null, List.of(), null, null);
    int sentenceStart = f.sentenceStart() == null ? -1 : f.sentenceStart();
    int inSentence = sentenceStart >= 0 && f.start() != null ? f.start() - sentenceStart : f.sentence().indexOf(f.quote());
    return new Citation(f, article, sentenceStart, inSentence, shown(f, same, FigureRelations.Relation.SAME_VALUE, articles),
        shown(f, other, FigureRelations.Relation.OTHER_VALUE, articles), implied.subList(0, Math.min(Citation.SHOWN, implied.size())),
        sameCount, otherCount, implied.size());
  }

  private static List<Related> shown(FigureRecord f, List<FigureRecord> related, FigureRelations.Relation r,
      java.util.function.Function<String, ArticleInfo> articles) {
    List<Related> out = new ArrayList<>();
    for (FigureRecord o : related) {
      if (out.size() == Citation.SHOWN) break;
      if (Objects.equals(o.article(), f.article())) continue;
      out.add(Related.of(o, r, articles.apply(o.article())));
    }
    return out;
  }

  /**
   * Whether a stored figure states the asked one: the same value in the same unit, or, in another
   * unit of the same kind, the same amount within the rounding of the stored figure ("5,600 t"
   * finds "5.6 kt"; "12.3 million lb" finds "5,579 t").
   */
  static boolean matches(FigureQuery q, FigureRecord f) {
    double tolerance = Math.max(1e-9, 1e-9 * Math.abs(q.value()));
    if (q.unit() != null && !UnitTable.canonical(q.unit()).equals(UnitTable.canonical(f.unit()))) {
      UnitTable units = UnitTable.get();
      if (!units.comparable(q.unit(), f.unit())) return false;
      double factor = units.convert(1, f.unit(), q.unit()).getAsDouble();
      double rounding = Math.max(Precision.of(f) * factor, Precision.of(q.text(), q.value())) + tolerance;
      return Math.abs(f.value() * factor - q.value()) <= rounding
          || f.valueMax() != null && Math.abs(f.valueMax() * factor - q.value()) <= rounding;
    }
    return Math.abs(f.value() - q.value()) <= tolerance || f.valueMax() != null && Math.abs(f.valueMax() - q.value()) <= tolerance;
  }

}
