package org.claimgraph.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.FigureKeys;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;

/**
 * Citation by index: the same answers as {@link CitationFinder}'s scan, reading only the figures
 * that can relate to the cited one. Each lookup is exact, on literals TDB2 keeps in its POS index:
 * the figure's value ({@code value|619}), then its key neighbourhood ({@code cg:citeKey}, see
 * {@link FigureKeys}):
 *
 * <ul>
 *   <li>its own article (implied previous levels: a level and its change in one article);
 *   <li>the same fact (unit, kind, period, places): corroborating and contradicting figures;
 *   <li>the same unit, kind and places at a neighbouring order of magnitude: the same value in another period;
 *   <li>levels of the previous month and year (and the next, whose implied level the cited one may be), with their articles;
 *   <li>amounts of the same unit, period and origin: parts and totals.
 * </ul>
 *
 * <pre>{@code
 * List<Citation> cs = new CitationIndex(store.dataset()).cite(FigureQuery.parse("619 tons"));
 * }</pre>
 */
public final class CitationIndex {

  private static final Comparator<FigureRecord> ORDER = StoredFigures.ORDER;

  private final Dataset dataset;
  /** Figures and articles read during one {@link #cite} (each read once, however many statements meet them). */
  private final Map<String, java.util.Optional<FigureRecord>> figuresRead = new java.util.HashMap<>();
  private final Map<String, List<FigureRecord>> articlesRead = new java.util.HashMap<>();

  public CitationIndex(Dataset dataset) {
    this.dataset = dataset;
  }

  /** Every statement of the figure, sorted by publication date, then document; as {@link CitationFinder#cite}. */
  public List<Citation> cite(FigureQuery q) {
    figuresRead.clear();
    articlesRead.clear();
    return Txn.calculateRead(dataset, () -> {
      List<FigureRecord> stated = new ArrayList<>();
      for (FigureRecord f : StoredFigures.withValue(dataset, q.value())) if (CitationFinder.matches(q, f)) stated.add(f);
      stated.sort(ORDER);
      List<Citation> out = new ArrayList<>();
      for (FigureRecord f : stated) out.add(citation(f));
      out.sort(CitationFinder.CITATION_ORDER);
      return out;
    });
  }

  private Citation citation(FigureRecord f) {
    List<FigureRecord> near = neighbourhood(f);
    Set<String> articleIris = new TreeSet<>();
    articleIris.add(f.article());
    for (FigureRecord o : near) articleIris.add(o.article());
    Map<String, ArticleInfo> articles = StoredArticles.of(dataset, articleIris);
    return CitationFinder.citation(f, near, articles, new Implications(near).involving(f));
  }

  /** The figures that may relate to {@code f}, in the scan's order (document, position). */
  List<FigureRecord> neighbourhood(FigureRecord f) {
    Set<FigureRecord> near = new LinkedHashSet<>();
    Set<String> seen = new java.util.HashSet<>();
    Set<String> loadedArticles = new LinkedHashSet<>();
    loadArticle(f.article(), near, loadedArticles);
    if (f.period() != null) {
      // The same fact may be stated in another unit of one base ("5.6 kt" and "5,577 t"): one exact lookup per unit.
      for (String unit : org.claimgraph.lexicon.UnitTable.get().sameBase(f.unit())) {
        near.addAll(withKey(seen, FigureKeys.fact(unit, f.kind(), f.period(), f.place())));
      }
    }
    for (String key : FigureKeys.sizeProbes(f.value(), Precision.of(f), f.unit(), f.kind(), f.place())) {
      near.addAll(withKey(seen, key));
    }
    if ("amount".equals(f.kind()) && f.period() != null) {
      // The cited level may be what a later level and its change imply: load those levels' articles.
      for (int months : new int[] {1, 12}) {
        String later = shift(f.period(), months);
        if (later == null) continue;
        for (String article : StoredFigures.articlesWithKey(dataset, FigureKeys.fact(f.unit(), "amount", later, f.place()))) {
          loadArticle(article, near, loadedArticles);
        }
      }
      if (f.place().isEmpty()) {
        // A total without places may be the sum of parts of any origin.
        near.addAll(withKey(seen, FigureKeys.sum(f.unit(), f.period(), FigureKeys.ANY_ORIGIN)));
      } else {
        near.addAll(withKey(seen, FigureKeys.sum(f.unit(), f.period(), FigureKeys.origin(f.place()))));
        near.addAll(withKey(seen, FigureKeys.sum(f.unit(), f.period(), "")));
      }
    }
    // Levels of the loaded articles are checked against what others state for the earlier month and year.
    for (FigureRecord level : List.copyOf(near)) {
      if (!loadedArticles.contains(level.article()) || !"amount".equals(level.kind()) || level.period() == null) continue;
      for (int months : new int[] {-1, -12}) {
        String earlier = shift(level.period(), months);
        if (earlier != null) near.addAll(withKey(seen, FigureKeys.fact(level.unit(), "amount", earlier, level.place())));
      }
    }
    List<FigureRecord> sorted = new ArrayList<>(near);
    sorted.sort(ORDER);
    return sorted;
  }

  /** The figures with a key not read yet (a figure found under several keys is read once). */
  private List<FigureRecord> withKey(Set<String> seen, String key) {
    return StoredFigures.withKey(dataset, key, seen, figuresRead);
  }

  private void loadArticle(String iri, Set<FigureRecord> near, Set<String> loaded) {
    if (loaded.add(iri)) near.addAll(articlesRead.computeIfAbsent(iri, a -> StoredFigures.ofArticle(dataset, a)));
  }

  private static String shift(String period, int months) {
    try {
      return CitationFinder.shift(period, months);
    } catch (RuntimeException e) {
      return null; // a period the arithmetic does not know: nothing to look up
    }
  }
}
