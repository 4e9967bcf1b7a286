package org.claimgraph.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.ImpliedRef;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.relate.FigureKeys;
import org.claimgraph.relate.FigureRelations;
import org.claimgraph.relate.Implication;
import org.claimgraph.relate.Implications;
import org.claimgraph.relate.Precision;

/**
 * Citation by index: the same answers as {@link CitationFinder}'s scan, reading only what the
 * answer is made of. Each lookup is exact, on literals TDB2 keeps in its POS index:
 *
 * <ul>
 *   <li>the stated figures: {@code value|619} ({@link FigureKeys#value});
 *   <li>corroborating and contradicting figures: the fact key of the cited figure (unit, kind,
 *       period, places), of which only the statements of a comparable measure are read in full
 *       (their {@code cg:statementKey} is looked at first);
 *   <li>implied levels: those stored at ingest ({@code cg:ImpliedFigure}) with the cited figure's
 *       article, and those whose {@code cg:impliedKey} is the cited figure's fact key; each is
 *       checked against the figures of its key;
 *   <li>sums of parts: the amounts of the same unit, period, origin, flow and material ({@code sum|…}
 *       keys), a total's second part found by value.
 * </ul>
 *
 * <p>Statements that relate alike to every other figure (the same value, unit, kind, basis,
 * period, places, measure and rounding: one fact restated by many articles) are answered as one
 * group: their neighbourhood is read and related once, and each lists at most {@link
 * Citation#SHOWN} related figures, so a figure stated by hundreds of articles costs its statements,
 * not their square.
 *
 * <pre>{@code
 * List<Citation> cs = new CitationIndex(store.dataset()).cite(FigureQuery.parse("619 tons"));
 * }</pre>
 */
public final class CitationIndex {

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CitationIndex.class.getName());

  private static final Comparator<FigureRecord> ORDER = StoredFigures.ORDER;

  private final Dataset dataset;
  /** The figures index's view for this answer, or null: then every key look-up reads TDB2. */
  private final org.claimgraph.search.FigureIndex.Lookup figures;
  /** The figures index's rows met during one {@link #cite}, by figure IRI, and the article briefs they carry. */
  private final Map<String, org.claimgraph.graph.FigureRows.Row> rows = new HashMap<>();
  private final Map<String, StoredArticles.Brief> rowBriefs = new HashMap<>();
  private final Map<String, List<org.claimgraph.graph.FigureRows.Row>> rowsByKey = new HashMap<>();
  /** The figures index's article rows read during one {@link #cite}, by article IRI (empty: none). */
  private final Map<String, Optional<org.claimgraph.graph.FigureRows.ArticleRow>> articleRows = new HashMap<>();
  /** Figures, articles and keys read during one {@link #cite} (each read once, however many statements meet them). */
  private final Map<String, Optional<FigureRecord>> figuresRead = new HashMap<>();
  /** Neighbours read as far as relating them needs; only those a citation shows are read in full ({@link #full}). */
  private final Map<String, Optional<StoredFigures.Relatable>> relatableRead = new HashMap<>();
  private final Map<String, Optional<String>> docNames = new HashMap<>();
  /** The sum candidates read in part, by their records (identity: two figures' partial records may be equal). */
  private final Map<FigureRecord, StoredFigures.Relatable> relatableByFigure = new java.util.IdentityHashMap<>();
  private final Map<String, List<FigureRecord>> articlesRead = new HashMap<>();
  private final Map<String, ArticleInfo> articleInfo = new HashMap<>();
  private final Map<String, List<FigureRecord>> keysRead = new HashMap<>();
  private final Map<String, List<FigureRecord>> figuresAtRead = new HashMap<>();
  private final Map<String, Boolean> similar = new HashMap<>();
  /** Stored pairs checked during one {@link #cite}: each once, however many statements and groups meet it. */
  private final Map<ImpliedRef, Optional<Implied>> pairsRead = new HashMap<>();

  public CitationIndex(Dataset dataset) {
    this(dataset, null);
  }

  /**
   * Citation that reads the figures index's rows, written from the same quads as the store (the caller keeps the view
   * open during {@link #cite}): the key look-ups (the statements of the value and their order, same-fact and sum
   * candidates), the figures a citation shows (their full records), its articles' metadata, and the stored implied
   * levels with the figures they are checked against (article rows). Only a store without the index is read for them.
   */
  public CitationIndex(Dataset dataset, org.claimgraph.search.FigureIndex.Lookup figures) {
    this.dataset = dataset;
    this.figures = figures;
  }

  /** Every statement of the figure, sorted by publication date, then document; as {@link CitationFinder#cite}. */
  public List<Citation> cite(FigureQuery q) {
    return cite(q, 0, Integer.MAX_VALUE).citations();
  }

  /**
   * The citations {@code offset} to {@code offset + limit} of {@link #cite(FigureQuery)}'s answer.
   * Every statement of the value is read only as far as its order needs (its unit, its IRI's offsets,
   * its article's document name and date: {@link Statement}); only the page's statements are read in
   * full and related to their neighbourhoods, which is what a citation costs.
   */
  public CitationPage cite(FigureQuery q, int offset, int limit) {
    figuresRead.clear();
    relatableRead.clear();
    docNames.clear();
    relatableByFigure.clear();
    articlesRead.clear();
    articleInfo.clear();
    keysRead.clear();
    figuresAtRead.clear();
    pairsRead.clear();
    rows.clear();
    rowBriefs.clear();
    rowsByKey.clear();
    articleRows.clear();
    // Without a store (a cold answer from the figures index alone) no read transaction is opened.
    java.util.function.Supplier<CitationPage> answer = () -> {
      Map<String, StoredArticles.Brief> briefs = new HashMap<>();
      List<Statement> stated = new ArrayList<>();
      for (StoredFigures.Keyed k : unitsWithKey(FigureKeys.value(q.value()))) {
        // Found by its value key, a figure in the query's unit (or any unit asked for) states the value; one in a
        // unit that converts to it ("5 kt" for "5,000 t") is read and checked within its rounding.
        Boolean matches = matchesByUnit(q, k.unit());
        if (matches == null) {
          FigureRecord f = figure(k.graph(), k.iri());
          matches = f != null && CitationFinder.matches(q, f);
        }
        if (!matches) continue;
        StoredArticles.Brief b = briefs.computeIfAbsent(k.graph(), this::brief);
        if (b.doc() == null) continue; // as FigureReader.figure: a figure of a graph without document name is not read
        stated.add(Statement.of(k.iri(), k.graph(), b.doc()));
      }
      // Citation order (CitationFinder.CITATION_ORDER: date, document, position; StoredFigures.ORDER's end breaks ties).
      stated.sort(Comparator.comparing((Statement s) -> {
        ArticleInfo a = briefs.get(s.article()).info();
        return a == null || a.date() == null ? "9999" : a.date();
      }).thenComparing(Statement::doc).thenComparingInt(Statement::start).thenComparingInt(Statement::end));
      int from = Math.min(Math.max(0, offset), stated.size());
      int to = (int) Math.min(stated.size(), (long) from + Math.max(0, limit));
      // A group is related once, from the first of its statements on the page (all relate alike).
      Map<List<Object>, Group> groups = new LinkedHashMap<>();
      List<Citation> out = new ArrayList<>();
      for (Statement s : stated.subList(from, to)) {
        FigureRecord f = figure(s.article(), s.iri());
        // Ingest writes a figure whole, so only a damaged or hand-edited store has one it cannot read in full: the page
        // leaves it out (as the scan does) rather than failing the request; the count, taken without reading, keeps it.
        if (f == null) {
          LOG.warning(() -> "cite: figure " + s.iri() + " of " + s.article() + " is stored incomplete; left out of the page");
          continue;
        }
        out.add(groups.computeIfAbsent(signature(f), x -> new Group(f)).citation(f));
      }
      Map<String, ArticleInfo> articles = new HashMap<>();
      for (Statement s : stated) {
        ArticleInfo a = briefs.get(s.article()).info();
        // as a citation names an article without metadata (CitationFinder.citation)
        articles.putIfAbsent(s.article(), a != null ? a : new ArticleInfo(s.article(), s.doc(), null, null, List.of(), null, null));
      }
      return new CitationPage(out, stated.size(), from, stated, articles);
    };
    return dataset == null ? answer.get() : Txn.calculateRead(dataset, answer::get);
  }

  /**
   * Whether a figure found by the query's value key and stored in {@code unit} states the query's figure
   * ({@link CitationFinder#matches}): true in the same unit or for a query without unit (the key is the value),
   * false in a unit that does not convert to the query's, null in one that does (the figure's rounding decides).
   */
  static Boolean matchesByUnit(FigureQuery q, String unit) {
    if (q.unit() == null || UnitTable.canonical(q.unit()).equals(UnitTable.canonical(unit))) return true;
    return UnitTable.get().comparable(q.unit(), unit) ? null : false;
  }

  /** What the relation of a figure to any other depends on ({@link FigureRelations#relation}, implied levels). */
  private static List<Object> signature(FigureRecord f) {
    return java.util.Arrays.asList(f.unit(), f.kind(), f.basis(), f.period(), f.place(), f.measure(), f.value(),
        Precision.of(f));
  }

  /** Statements of one value that relate alike to every other figure: related once. */
  private final class Group {
    private final FigureRecord rep;
    /** Figures of the same fact with the same value and with another (of any article), in document order. */
    private final List<StoredFigures.Relatable> same = new ArrayList<>();
    private final List<StoredFigures.Relatable> other = new ArrayList<>();
    private final Map<String, Integer> sameByArticle = new HashMap<>();
    private final Map<String, Integer> otherByArticle = new HashMap<>();
    /** Implied levels of other articles' pairs, with the figures each is checked against. */
    private List<Implied> impliedElsewhere;
    private Implications sumCandidates;
    /** The sum candidates (read as far as the rule needs) by {@link #place}. */
    private final Map<String, FigureRecord> sumFigures = new HashMap<>();

    Group(FigureRecord rep) {
      this.rep = rep;
      if (rep.period() == null) return; // a figure without period states no comparable fact
      for (StoredFigures.Relatable o : sameFactCandidates(rep)) {
        FigureRelations.Relation r = FigureRelations.relation(rep, o.figure());
        if (r == FigureRelations.Relation.NONE) continue;
        (r.corroborates() ? same : other).add(o);
        (r.corroborates() ? sameByArticle : otherByArticle).merge(o.graph(), 1, Integer::sum);
      }
    }

    Citation citation(FigureRecord f) {
      int sameCount = same.size() - sameByArticle.getOrDefault(f.article(), 0);
      int otherCount = other.size() - otherByArticle.getOrDefault(f.article(), 0);
      return CitationFinder.citation(f, article(f.article()), shown(same, f), sameCount, shown(other, f), otherCount,
          implied(f), CitationIndex.this::article);
    }

    /** The related figures a citation of {@code f} lists (the first {@link Citation#SHOWN} of other articles), read in full. */
    private List<FigureRecord> shown(List<StoredFigures.Relatable> related, FigureRecord f) {
      List<FigureRecord> out = new ArrayList<>();
      for (StoredFigures.Relatable o : related) {
        if (out.size() == Citation.SHOWN) break;
        if (!Objects.equals(o.graph(), f.article())) out.add(full(o));
      }
      return out;
    }

    /** The implications {@code f} takes part in, in the scan's order: previous levels by level and change, then sums. */
    private List<Implication> implied(FigureRecord f) {
      TreeMap<Implied, Implied> levels = new TreeMap<>(Implied.ORDER);
      for (ImpliedRef ref : impliedIn(f.article())) {
        if (!mayTakePart(f, ref)) continue;
        Implied i = pair(ref);
        if (i != null && (i.implication().inputs().contains(f) || i.stated().contains(f))) levels.put(i, i);
      }
      for (Implied i : impliedElsewhere()) {
        if (!Objects.equals(i.article(), f.article()) && i.stated().contains(f)) levels.put(i, i);
      }
      List<Implication> out = new ArrayList<>();
      levels.values().forEach(i -> out.add(i.implication()));
      out.addAll(sumsOf(f));
      // A citation shows the first SHOWN and counts the rest: only those shown are read in full.
      List<Implication> all = distinct(out);
      List<Implication> shown = new ArrayList<>(all);
      for (int k = 0; k < Math.min(Citation.SHOWN, shown.size()); k++) shown.set(k, inFull(shown.get(k)));
      return shown;
    }

    /**
     * The sums of parts {@code f} takes part in ({@link Implications#sumsInvolving(FigureRecord)}): found among this
     * group's candidates for {@code f}'s own document only (read in part: {@link #implied} reads those shown in full). A group of a fact restated by hundreds
     * of articles holds hundreds of totals like {@code f}; their sums were once all found and worded for each group,
     * of which a statement keeps those of its own document.
     */
    private List<Implication> sumsOf(FigureRecord f) {
      Implications near = sums();
      FigureRecord partial = sumFigures.get(place(f));
      if (partial == null) return List.of(); // not among the candidates: it takes part in none of their sums
      return near.sumsInvolving(partial);
    }

    /** The stored implied levels whose level is of this group's fact: each pair checked once for the group. */
    private List<Implied> impliedElsewhere() {
      if (impliedElsewhere != null) return impliedElsewhere;
      impliedElsewhere = new ArrayList<>();
      if (!"amount".equals(rep.kind()) || rep.period() == null) return impliedElsewhere;
      String key = FigureKeys.fact(rep.unit(), "amount", rep.period(), rep.place());
      for (ImpliedRef ref : impliedWithKey(key)) {
        // Only a pair whose level has this group's unit and a like measure can be stated by its figures:
        // told by the level's statement key, before the pair's figures are read.
        if (!mayBeStatedBy(ref, rep)) continue;
        Implied i = pair(ref);
        if (i != null) impliedElsewhere.add(i);
      }
      return impliedElsewhere;
    }

    /**
     * The amounts that may add up with this group's statements: those of its sum keys (same unit,
     * period, origin, flow and material), read as far as their values first; only those whose values can make a sum
     * with the cited value are read in full.
     */
    private Implications sums() {
      if (sumCandidates != null) return sumCandidates;
      List<StoredFigures.Valued> near = new ArrayList<>();
      if ("amount".equals(rep.kind()) && rep.period() != null) {
        Set<String> seen = new HashSet<>();
        for (String key : FigureKeys.sumProbes(rep.unit(), rep.period(), rep.place(), rep.measure())) {
          for (var v : valuesWithKey(key)) if (seen.add(v.iri())) near.add(v);
        }
        // The cited amount is filed under its own sum keys: not found, it was written before they named
        // measures, under keys that hold every measure of the unit, period and origin (the rule sorts them out).
        if (near.stream().noneMatch(v -> v.graph().equals(rep.article()) && v.value() == rep.value())) {
          for (String key : FigureKeys.legacySumProbes(rep.unit(), rep.period(), rep.place())) {
            for (var v : valuesWithKey(key)) if (seen.add(v.iri())) near.add(v);
          }
        }
      }
      double[] values = new double[near.size()];
      double[] precisions = new double[near.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = near.get(i).value();
        precisions[i] = near.get(i).precision();
      }
      boolean[] may = Implications.mayAddUpWith(values, precisions, rep.value());
      List<StoredFigures.Valued> read = new ArrayList<>();
      for (int i = 0; i < may.length; i++) if (may[i]) read.add(near.get(i));
      List<FigureRecord> figures = new ArrayList<>();
      for (StoredFigures.Relatable r : relatable(read)) {
        figures.add(r.figure());
        sumFigures.put(place(r.figure()), r.figure());
        relatableByFigure.put(r.figure(), r);
      }
      sumCandidates = new Implications(figures);
      return sumCandidates;
    }
  }

  /**
   * Whether {@code f} may take part in its own article's stored pair: as its level or change, as an
   * amount the implied level is checked against, or as the change's stated from-level.
   */
  private boolean mayTakePart(FigureRecord f, ImpliedRef ref) {
    if (f.start() == null || f.end() == null) return true;
    if (f.start() == ref.levelStart() && f.end() == ref.levelEnd() || f.start() == ref.changeStart() && f.end() == ref.changeEnd()) {
      return true;
    }
    if ("amount".equals(f.kind())) return true;
    // The change by its offsets; the whole article only where a headline figure shares them (its first is meant).
    List<FigureRecord> at = figuresAt(ref.article(), ref.changeStart(), ref.changeEnd());
    FigureRecord change = at.size() > 1 ? at(articleFigures(ref.article()), ref.changeStart(), ref.changeEnd())
        : at.isEmpty() ? null : at.get(0);
    return change == null || f.isAt(change.fromLevel());
  }

  /** An implied level stored at ingest, as the scan computes it, with the figures it was checked against. */
  private record Implied(String article, FigureRecord level, FigureRecord change, Implication implication,
      Set<FigureRecord> stated) {
    /** The scan lists previous levels by level, then by change (document order of each). */
    static final Comparator<Implied> ORDER = Comparator.comparing(Implied::level, StoredFigures.ORDER)
        .thenComparing(Implied::change, StoredFigures.ORDER);
  }

  /**
   * Whether figures like {@code f} (an amount of the pair's implied period and places, of another
   * article) may state the level a stored pair implies: its level has {@code f}'s unit and a measure
   * like {@code f}'s ({@link Implications#previousLevel} checks no other figure), told by the
   * statement keys of the figures at the level's offsets. A superset: true where a key is missing.
   */
  private boolean mayBeStatedBy(ImpliedRef ref, FigureRecord f) {
    List<String> keys = statementKeysAt(ref.article(), ref.levelStart(), ref.levelEnd());
    if (keys.isEmpty()) return false; // the level is gone: the pair implies nothing
    for (String k : keys) if (statesLike(k, f.unit(), f.measure(), this::similar)) return true;
    return false;
  }

  /**
   * Whether a figure with this statement key ({@link FigureKeys#statement}) may be an amount of
   * {@code unit} with a measure like {@code measure}: what {@link Implications#previousLevel} asks of
   * the figures it checks an implied level against (period and places are in the key looked up). True
   * without a key (a figure without measure is like any).
   */
  static boolean statesLike(String statementKey, String unit, String measure, java.util.function.BiPredicate<String, String> similar) {
    if (statementKey == null) return true;
    String[] k = statementKey.split("\\|", 6);
    if (k.length < 6) return true;
    return k[0].equals(unit) && k[1].equals("amount") && similar.test(measure, k[5]);
  }

  /**
   * The implication a stored pair makes, checked against the figures of its key that may state its
   * level and its own article's figures; null if the pair's figures are gone. Checked once per cite.
   */
  private Implied pair(ImpliedRef ref) {
    Optional<Implied> done = pairsRead.get(ref);
    if (done == null) {
      done = Optional.ofNullable(checkPair(ref));
      pairsRead.put(ref, done);
    }
    return done.orElse(null);
  }

  private Implied checkPair(ImpliedRef ref) {
    List<FigureRecord> own = pairFigures(ref);
    FigureRecord level = at(own, ref.levelStart(), ref.levelEnd());
    FigureRecord change = at(own, ref.changeStart(), ref.changeEnd());
    if (level == null || change == null) return null;
    List<FigureRecord> stated = ref.key() == null ? List.of() : levelFigures(ref.key(), level);
    Set<FigureRecord> figures = new java.util.TreeSet<>(ORDER);
    figures.addAll(own);
    figures.addAll(stated);
    Implication i = new Implications(new ArrayList<>(figures)).previousLevel(level, change);
    if (i == null) return null;
    return new Implied(ref.article(), level, change, i, new HashSet<>(i.stated()));
  }

  /**
   * The figures of a stored pair's article that its check reads: its level, its change and the
   * change's stated from-level, read by offsets; the other figures it is checked against are those of
   * its key ({@code cg:impliedKey}: an amount of the level's unit, the implied period and the level's
   * places has that fact key), read apart. The whole article only where a headline figure shares a
   * level's or change's offsets with a body figure (which of the two is meant is then the article's
   * first, as before), or once read for another reason.
   */
  private List<FigureRecord> pairFigures(ImpliedRef ref) {
    List<FigureRecord> whole = articlesRead.get(ref.article());
    if (whole != null) return whole;
    List<FigureRecord> level = figuresAt(ref.article(), ref.levelStart(), ref.levelEnd());
    List<FigureRecord> change = figuresAt(ref.article(), ref.changeStart(), ref.changeEnd());
    if (level.size() > 1 || change.size() > 1) return articleFigures(ref.article());
    Set<FigureRecord> out = new java.util.TreeSet<>(ORDER);
    out.addAll(level);
    out.addAll(change);
    for (FigureRecord c : change) {
      if (c.fromLevel() != null) out.addAll(figuresAt(ref.article(), c.fromLevel().start(), c.fromLevel().end()));
    }
    return new ArrayList<>(out);
  }

  private List<FigureRecord> figuresAt(String article, int start, int end) {
    return figuresAtRead.computeIfAbsent(article + "#" + start + "-" + end, k -> figures == null ? StoredFigures.at(dataset, article, start, end)
        : stated(article, java.util.Arrays.asList(at(article, start, end))));
  }

  private static FigureRecord at(List<FigureRecord> figures, int start, int end) {
    for (FigureRecord f : figures) if (f.start() != null && f.start() == start && f.end() != null && f.end() == end) return f;
    return null;
  }

  /** A highlight restating the body's change implies the same again: the scan keeps the first ({@link Implications#all}). */
  private static List<Implication> distinct(List<Implication> out) {
    return Implications.distinct(out);
  }

  /**
   * The figures that may state the same fact as {@code f}: its fact key in each unit of the same
   * base ("5.6 kt" and "5,577 t"), of which only statements of the same kind, basis, period, places
   * and a comparable measure are read in full.
   */
  private List<StoredFigures.Relatable> sameFactCandidates(FigureRecord f) {
    List<StoredFigures.Relatable> near = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String unit : UnitTable.get().sameBase(f.unit())) {
      near.addAll(relatableWithKey(FigureKeys.fact(unit, f.kind(), f.period(), f.place()), seen,
          key -> key == null || mayStateSameFact(f, key)));
    }
    near.sort(Comparator.comparing(StoredFigures.Relatable::figure, ORDER));
    return near;
  }

  // ---- key look-ups: the figures index's rows where there is one, TDB2's reads where not (the same records)

  /** The rows of a key (remembered by IRI, with their articles' briefs, for the reads that follow). */
  private List<org.claimgraph.graph.FigureRows.Row> rowsWithKey(String key) {
    List<org.claimgraph.graph.FigureRows.Row> done = rowsByKey.get(key);
    if (done != null) return done;
    List<org.claimgraph.graph.FigureRows.Row> found = figures.withKey(key);
    rowsByKey.put(key, found);
    for (var r : found) {
      rows.putIfAbsent(r.iri(), r);
      rowBriefs.putIfAbsent(r.graph(), r.brief());
    }
    return found;
  }

  /** {@link StoredFigures#unitsWithKey}. */
  private List<StoredFigures.Keyed> unitsWithKey(String key) {
    if (figures == null) return StoredFigures.unitsWithKey(dataset, key);
    List<StoredFigures.Keyed> out = new ArrayList<>();
    for (var r : rowsWithKey(key)) if (r.unit() != null) out.add(new StoredFigures.Keyed(r.graph(), r.iri(), r.unit()));
    return out;
  }

  /** {@link StoredArticles#brief} of an article met by {@link #unitsWithKey}. */
  private StoredArticles.Brief brief(String graph) {
    StoredArticles.Brief b = figures == null ? null : rowBriefs.get(graph);
    return b != null ? b : StoredArticles.brief(dataset, graph);
  }

  /** {@link StoredFigures#valuesWithKey}. */
  private List<StoredFigures.Valued> valuesWithKey(String key) {
    if (figures == null) return StoredFigures.valuesWithKey(dataset, key);
    List<StoredFigures.Valued> out = new ArrayList<>();
    for (var r : rowsWithKey(key)) {
      StoredFigures.Valued v = r.valued();
      if (v != null) out.add(v);
    }
    return out;
  }

  /** {@link StoredFigures#relatable(Dataset, java.util.Collection, Map, Map)} of figures met by {@link #valuesWithKey}. */
  private List<StoredFigures.Relatable> relatable(List<StoredFigures.Valued> which) {
    if (figures == null) return StoredFigures.relatable(dataset, which, relatableRead, docNames);
    List<StoredFigures.Relatable> out = new ArrayList<>();
    for (StoredFigures.Valued v : which) relatable(rows.get(v.iri())).ifPresent(out::add);
    out.sort(RELATABLE_ORDER);
    return out;
  }

  /**
   * {@link StoredFigures#relatableWithKey}: each figure of the key not {@code seen} whose statement key {@code keep}
   * accepts (asked only of those not read yet), as far as relating it needs.
   */
  private List<StoredFigures.Relatable> relatableWithKey(String key, Set<String> seen, java.util.function.Predicate<String> keep) {
    if (figures == null) return StoredFigures.relatableWithKey(dataset, key, seen, relatableRead, docNames, keep);
    List<StoredFigures.Relatable> out = new ArrayList<>();
    for (var r : rowsWithKey(key)) {
      if (seen.contains(r.iri())) continue;
      if (!relatableRead.containsKey(r.iri()) && !keep.test(r.statementKey())) continue;
      seen.add(r.iri());
      relatable(r).ifPresent(out::add);
    }
    out.sort(RELATABLE_ORDER);
    return out;
  }

  private Optional<StoredFigures.Relatable> relatable(org.claimgraph.graph.FigureRows.Row r) {
    return relatableRead.computeIfAbsent(r.iri(),
        i -> r.full() == null ? Optional.empty() : Optional.of(new StoredFigures.Relatable(r.graph(), i, r.partial())));
  }

  private static final Comparator<StoredFigures.Relatable> RELATABLE_ORDER = Comparator.comparing(StoredFigures.Relatable::figure, ORDER);

  /** Where a figure is stated: its article, offsets, and headline or body (what tells two figures apart). */
  private static String place(FigureRecord f) {
    return f.article() + "|" + f.start() + "|" + f.end() + "|" + f.inTitle();
  }

  /** A neighbour read in full: what a citation shows of it. */
  private FigureRecord full(StoredFigures.Relatable r) {
    return figuresRead.computeIfAbsent(r.iri(), i -> Optional.ofNullable(readFigure(r.graph(), i)))
        .orElseThrow(() -> new IllegalStateException("a figure read in part but not in full: " + r.iri()));
  }

  /** An implication found among figures read in part, with its figures read in full (its text names only what both hold). */
  private Implication inFull(Implication i) {
    return new Implication(i.rule(), i.text(), i.value(), i.low(), i.high(), i.unit(), i.period(),
        i.inputs().stream().map(this::inFull).toList(), i.stated().stream().map(this::inFull).toList(), i.agrees());
  }

  private FigureRecord inFull(FigureRecord f) {
    StoredFigures.Relatable r = relatableByFigure.get(f);
    return r == null ? f : full(r);
  }

  /**
   * Whether a figure with this {@code cg:statementKey} may state {@code f}'s fact: a superset of
   * {@link FigureRelations#sameFact} (which decides on the figures read).
   */
  private boolean mayStateSameFact(FigureRecord f, String statementKey) {
    String[] k = statementKey.split("\\|", 6);
    if (k.length < 6) return true;
    if (!k[1].equals(f.kind()) || !k[2].equals(basisClass(f.basis())) || !k[3].equals(f.period())) return false;
    if (!k[4].equals(String.join(" ", f.place()))) return false;
    if (f.measure() == null) return true;
    return similar(f.measure(), k[5]);
  }

  private boolean similar(String a, String b) {
    if (a == null || b == null) return true;
    return similar.computeIfAbsent(a + "\u0000" + b, x -> FigureRelations.similarMeasures(a, b));
  }

  private static String basisClass(String basis) {
    if (basis == null) return "";
    return switch (basis) {
      case "yoy" -> "yoy";
      case "mom" -> "mom";
      default -> "versus";
    };
  }

  /**
   * The figures of an implied level's key that may state it (read once per cite and level unit and
   * measure): amounts of the level's unit and a like measure, told by their statement keys, so the
   * other measures of a place and month are never read ({@link Implications#previousLevel} would drop them).
   */
  private List<FigureRecord> levelFigures(String key, FigureRecord level) {
    java.util.function.Predicate<String> keep = sk -> statesLike(sk, level.unit(), level.measure(), (l, m) -> similar(m, l));
    return keysRead.computeIfAbsent(key + "\u0000" + level.unit() + "\u0000" + level.measure(), k ->
        figures == null ? StoredFigures.withKey(dataset, key, new HashSet<>(), figuresRead, keep) : withKey(key, keep));
  }

  private List<FigureRecord> articleFigures(String iri) {
    return articlesRead.computeIfAbsent(iri, a -> figures == null ? StoredFigures.ofArticle(dataset, a)
        : stated(a, articleRow(a).map(r -> r.figures()).orElse(List.of())));
  }

  private ArticleInfo article(String iri) {
    return articleInfo.computeIfAbsent(iri, a -> figures == null ? StoredArticles.of(dataset, List.of(a)).get(a)
        : articleRow(a).map(r -> r.info()).orElse(null));
  }

  // ---- what a page shows: the figures index's full records and article rows where there is one, TDB2 where not

  /** A figure read in full ({@link StoredFigures#figure}), once per cite. */
  private FigureRecord figure(String graph, String iri) {
    return figuresRead.computeIfAbsent(iri, i -> Optional.ofNullable(readFigure(graph, i))).orElse(null);
  }

  /** A keyed figure's full record: from its row (met by a key look-up before), else from TDB2. */
  private FigureRecord readFigure(String graph, String iri) {
    org.claimgraph.graph.FigureRows.Row r = figures == null ? null : rows.get(iri);
    return r != null ? r.full() : StoredFigures.figure(dataset, graph, iri);
  }

  /** An article's row, once per cite (empty where the index holds none: then no figure of it is stored either). */
  private Optional<org.claimgraph.graph.FigureRows.ArticleRow> articleRow(String iri) {
    return articleRows.computeIfAbsent(iri, a -> Optional.ofNullable(figures.article(a)));
  }

  /** {@link StoredFigures#impliedIn}. */
  private List<ImpliedRef> impliedIn(String article) {
    if (figures == null) return StoredFigures.impliedIn(dataset, article);
    return articleRow(article).map(r -> r.implied()).orElse(List.of());
  }

  /** {@link StoredFigures#impliedWithKey}. */
  private List<ImpliedRef> impliedWithKey(String key) {
    if (figures == null) return StoredFigures.impliedWithKey(dataset, key);
    List<ImpliedRef> out = new ArrayList<>();
    for (var a : figures.withImpliedKey(key)) {
      articleRows.putIfAbsent(a.graph(), Optional.of(a));
      for (ImpliedRef r : a.keyed()) if (key.equals(r.key())) out.add(r);
    }
    return out;
  }

  /** The figures (typed {@code cg:Figure}) of an article at these offsets, body then headline ({@link StoredFigures#at}'s IRIs). */
  private org.claimgraph.graph.FigureRows.Figure[] at(String article, int start, int end) {
    String id = article.substring(article.lastIndexOf('/') + 1);
    String body = org.claimgraph.graph.Iris.figure(id, start, end);
    String title = org.claimgraph.graph.Iris.titleFigure(id, start, end);
    org.claimgraph.graph.FigureRows.Figure[] out = new org.claimgraph.graph.FigureRows.Figure[2];
    for (var f : articleRow(article).map(r -> r.figures()).orElse(List.of())) {
      if (out[0] == null && f.iri().equals(body)) out[0] = f;
      else if (out[1] == null && f.iri().equals(title)) out[1] = f;
    }
    return out;
  }

  /** {@link StoredFigures#statementKeysAt}. */
  private List<String> statementKeysAt(String article, int start, int end) {
    if (figures == null) return StoredFigures.statementKeysAt(dataset, article, start, end);
    List<String> out = new ArrayList<>(2);
    for (var f : at(article, start, end)) if (f != null) out.add(f.statementKey());
    return out;
  }

  /** The stated figures among these (as {@link FigureReader#figures}: with {@code cg:statedIn}, read whole), in document order. */
  private static List<FigureRecord> stated(String article, List<org.claimgraph.graph.FigureRows.Figure> figures) {
    List<FigureRecord> out = new ArrayList<>();
    for (var f : figures) if (f != null && f.stated() && f.full() != null) out.add(f.full());
    out.sort(ORDER);
    return out;
  }

  /** {@link StoredFigures#withKey(Dataset, String, Set, Map, java.util.function.Predicate)} from the rows of the key. */
  private List<FigureRecord> withKey(String key, java.util.function.Predicate<String> keep) {
    Set<String> seen = new HashSet<>();
    List<FigureRecord> out = new ArrayList<>();
    for (var r : rowsWithKey(key)) {
      if (seen.contains(r.iri())) continue;
      if (!figuresRead.containsKey(r.iri()) && !keep.test(r.statementKey())) continue;
      seen.add(r.iri());
      figuresRead.computeIfAbsent(r.iri(), i -> Optional.ofNullable(r.full())).ifPresent(out::add);
    }
    out.sort(ORDER);
    return out;
  }
}
