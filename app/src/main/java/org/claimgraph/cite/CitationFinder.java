package org.claimgraph.cite;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;
import org.claimgraph.lexicon.UnitTable;

/**
 * Finds every statement of a figure in the store and relates it to the other sources.
 *
 * <pre>{@code
 * CitationFinder finder = CitationFinder.of(store.dataset());
 * List<Citation> cs = finder.cite(FigureQuery.parse("619 tons"));
 * }</pre>
 *
 * <p>Two figures state the same fact when they have the same unit, kind, period and countries
 * and their measures share most of their words. Values agree within the rounding of how each is
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
      if (sameFact(f, o)) {
        if (sameValue(f, o)) corroborating.add(new Related(o, oa, "same value, measure, place and period"));
        else contradicting.add(new Related(o, oa, "another value for the same measure, place and period"));
      } else if (sameValue(f, o) && sameUnit(f.unit(), o.unit()) && Objects.equals(f.kind(), o.kind())
          && f.place().equals(o.place()) && similarMeasures(f.measure(), o.measure()) && f.period() != null
          && o.period() != null && !f.period().equals(o.period())) {
        contradicting.add(new Related(o, oa, "the same value put in another period (" + o.period() + " instead of " + f.period() + ")"));
      }
    }
    List<Implication> implied = implications.stream()
        .filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList();
    int sentenceStart = f.sentenceStart() == null ? -1 : f.sentenceStart();
    int inSentence = sentenceStart >= 0 && f.start() != null ? f.start() - sentenceStart : f.sentence().indexOf(f.quote());
    return new Citation(f, article, sentenceStart, inSentence, corroborating, contradicting, implied);
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

  /** The same unit, an old code of it, or a unit of the same kind (tonne, kilotonne, pound). */
  static boolean sameUnit(String a, String b) {
    return Objects.equals(UnitTable.canonical(a), UnitTable.canonical(b)) || UnitTable.get().comparable(a, b);
  }

  static boolean sameFact(FigureRecord a, FigureRecord b) {
    return sameUnit(a.unit(), b.unit()) && Objects.equals(a.kind(), b.kind()) && a.period() != null
        && a.period().equals(b.period()) && a.place().equals(b.place()) && Objects.equals(a.basis(), b.basis())
        && similarMeasures(a.measure(), b.measure());
  }

  /** Values agree within the rounding of both, compared in the first figure's unit. */
  static boolean sameValue(FigureRecord a, FigureRecord b) {
    double factor = Objects.equals(UnitTable.canonical(a.unit()), UnitTable.canonical(b.unit())) ? 1
        : UnitTable.get().convert(1, b.unit(), a.unit()).orElse(Double.NaN);
    if (Double.isNaN(factor)) return false;
    return Math.abs(a.value() - b.value() * factor) <= Precision.of(a) + Precision.of(b) * factor + 1e-9;
  }

  /** Measures name the same thing when they share at least half their words (or one is missing). */
  static boolean similarMeasures(String a, String b) {
    if (a == null || b == null) return true;
    Set<String> x = words(a);
    Set<String> y = words(b);
    // "exports to rest of world" is not "exports"; a share or a value is not the quantity itself.
    for (String w : DISTINGUISHING) if (x.contains(w) != y.contains(w)) return false;
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return union.isEmpty() || inter.size() * 2 >= union.size() || x.containsAll(y) || y.containsAll(x);
  }

  private static final List<String> DISTINGUISHING = List.of("rest", "share", "value", "price", "profit", "capacity");

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || w.equals("of") || w.equals("the")) continue;
      out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  /** The period {@code months} before an ISO month, year or interval. */
  static String shift(String period, int months) {
    if (period == null) return null;
    String[] parts = period.split("/");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (b.length() > 0) b.append('/');
      if (p.length() == 4) b.append(Integer.parseInt(p) + months / 12);
      else b.append(YearMonth.parse(p).plusMonths(months));
    }
    return b.toString();
  }
}
