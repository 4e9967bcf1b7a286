package org.claimgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimgraph.eval.FigureRecord;

/**
 * Figures that others imply, checked against what the sources state.
 *
 * <ul>
 *   <li><b>Previous level.</b> A level and its change in the same article, for the same measure,
 *       place and period, imply the level of the compared period: 619 t in July after +75.5% m/m
 *       implies 352.7 t in June; 3,188 t in June after +157.5% implies 1,238 t in May; a y/y
 *       change implies the level a year earlier; "seven times that of May" implies a seventh.
 *   <li><b>Sum of parts.</b> Two levels from one origin in the same period and unit, at least one
 *       with a destination, that add up to a total of that origin, all three of measures that may
 *       add up ({@link FigureRelations#mayAddUp}: one flow, form and material): 4,958 t to the rest of
 *       the world plus 619 t to the US make the 5,577 t total of rare earth magnet exports; cobalt
 *       exports never add to graphite exports.
 * </ul>
 *
 * Ranges carry the rounding of every input, so 353 t agrees with 352.7 t but 360 t does not.
 * Levels a change's sentence states (cg:toLevel, cg:fromLevel) are used first: the change is
 * paired with its stated to-level only, and its stated from-level is the first figure checked.
 */
public final class Implications {

  private final List<FigureRecord> figures;

  public Implications(List<FigureRecord> figures) {
    this.figures = figures;
  }

  public List<Implication> all() {
    List<Implication> out = new ArrayList<>();
    previousLevels(out);
    sums(out);
    return distinct(out);
  }

  /**
   * The implications of these figures in which {@code f} takes part, computed as {@link #all} would
   * over the same figures, but sums only where {@code f}, or a figure of its document with its
   * value, unit and places (a restatement that could come first), is the total or a part. For the
   * index, which passes the figures of {@code f}'s key neighbourhood.
   */
  public List<Implication> involving(FigureRecord f) {
    List<Implication> out = new ArrayList<>();
    previousLevels(out);
    out.addAll(sumsLike(f));
    return distinct(out).stream().filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList();
  }

  /**
   * The sums of parts in which {@code f} is the total or a part, in {@link #all}'s order and after its
   * removal of repeats: found by value (the other part of a total lies in a window around the
   * total minus the part), not by trying every pair, so the cost is that of sorting the amounts.
   */
  public List<Implication> sumsInvolving(FigureRecord f) {
    return distinct(sumsLike(f)).stream().filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList();
  }

  /**
   * The sums of parts in which an amount of this value, unit and places takes part, as total or part,
   * in {@link #all}'s order, before its removal of repeats: computed once for the statements of one
   * fact, each of which then takes its own with {@link #sumsInvolving(List, FigureRecord)}.
   */
  public List<Implication> sumsWith(double value, String unit, List<String> place) {
    return sumsWhere(x -> x.value() == value && Objects.equals(x.unit(), unit) && x.place().equals(place));
  }

  /**
   * Of {@code sums} ({@link #sumsWith} of {@code f}'s value, unit and places), those {@link
   * #sumsInvolving(FigureRecord)} answers for {@code f}: the sums of figures like it (of its document: a
   * restatement that may come first), without repeats, in which {@code f} itself takes part.
   */
  public static List<Implication> sumsInvolving(List<Implication> sums, FigureRecord f) {
    List<Implication> like = new ArrayList<>();
    for (Implication i : sums) {
      if (i.inputs().stream().anyMatch(x -> like(x, f)) || like(i.stated().get(0), f)) like.add(i);
    }
    return distinct(like).stream().filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList();
  }

  private static boolean like(FigureRecord x, FigureRecord f) {
    return Objects.equals(x.doc(), f.doc()) && x.value() == f.value() && Objects.equals(x.unit(), f.unit())
        && x.place().equals(f.place());
  }

  /** Sums where a figure like {@code f} (of its document, with its value, unit and places: a restatement that may come first) takes part. */
  private List<Implication> sumsLike(FigureRecord f) {
    return sumsWhere(x -> like(x, f));
  }

  /** Sums where a figure that {@code like} accepts takes part: every pair for such a total, else pairs with such a part. */
  private List<Implication> sumsWhere(java.util.function.Predicate<FigureRecord> like) {
    sortAmounts();
    List<Integer> amounts = amountsByValue;
    double[] values = amountValues;
    double maxPrecision = maxAmountPrecision;
    List<Integer> likeAmounts = new ArrayList<>();
    for (int a : amounts) if (like.test(figures.get(a))) likeAmounts.add(a);
    java.util.TreeSet<long[]> triples = new java.util.TreeSet<>(java.util.Arrays::compare);
    for (int t = 0; t < figures.size(); t++) {
      FigureRecord total = figures.get(t);
      if (!isTotal(total)) continue;
      // Every pair for a total like f; else only pairs with a part like f (few: f's restatements in its document).
      for (int a : like.test(total) ? amounts : likeAmounts) {
        if (partOf(figures.get(a), total)) secondParts(t, a, values, amounts, maxPrecision, triples);
      }
    }
    List<Implication> out = new ArrayList<>();
    for (long[] tr : triples) out.add(sum(figures.get((int) tr[1]), figures.get((int) tr[2]), figures.get((int) tr[0])));
    return out;
  }

  /**
   * Which of these amounts (values and roundings) may take part, as total or part, in a sum of two
   * parts with an amount of value {@code v}, judged from values alone: a superset of what {@link
   * #sumsInvolving} finds among them (units, places and periods are left to it), so that only
   * these need reading in full. Sorting and a window per amount: O(n log n).
   */
  public static boolean[] mayAddUpWith(double[] values, double[] precisions, double v) {
    int n = values.length;
    boolean[] out = new boolean[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> values[i]));
    double[] sorted = new double[n];
    double maxP = 0;
    double pv = -1;
    for (int k = 0; k < n; k++) {
      sorted[k] = values[order[k]];
      maxP = Math.max(maxP, precisions[order[k]]);
      if (values[order[k]] == v) pv = Math.max(pv, precisions[order[k]]);
    }
    if (pv < 0) return out; // no amount of value v among them
    boolean found = false;
    for (int x = 0; x < n; x++) {
      double reach = precisions[x] + maxP + pv + 1e-6;
      // x as the first part of total v, or x as a total of which v is a part.
      double[] wants = {v - values[x], values[x] - v};
      for (int w = 0; w < 2; w++) {
        if (w == 0 ? values[x] >= v : values[x] <= v) continue;
        int k = java.util.Arrays.binarySearch(sorted, wants[w] - reach);
        k = k < 0 ? -k - 1 : k;
        while (k > 0 && sorted[k - 1] >= wants[w] - reach) k--;
        for (; k < n && sorted[k] <= wants[w] + reach; k++) {
          int y = order[k];
          if (y == x || values[y] == v) continue;
          if (w == 0 ? values[y] >= v : values[y] >= values[x]) continue;
          double error = w == 0 ? values[x] + values[y] - v : v + values[y] - values[x];
          if (Math.abs(error) > precisions[x] + precisions[y] + pv + 1e-6) continue;
          out[x] = true;
          out[y] = true;
          found = true;
        }
      }
    }
    if (found) for (int i = 0; i < n; i++) if (values[i] == v) out[i] = true;
    return out;
  }

  /** The amounts' indexes by value, their values and their largest rounding: computed once per list, for {@link #sumsLike}. */
  private List<Integer> amountsByValue;
  private double[] amountValues;
  private double maxAmountPrecision;

  private void sortAmounts() {
    if (amountsByValue != null) return;
    List<Integer> amounts = new ArrayList<>();
    double maxPrecision = 0;
    for (int i = 0; i < figures.size(); i++) {
      FigureRecord x = figures.get(i);
      if (!"amount".equals(x.kind())) continue;
      amounts.add(i);
      maxPrecision = Math.max(maxPrecision, Precision.of(x));
    }
    amounts.sort(java.util.Comparator.comparingDouble(i -> figures.get(i).value()));
    double[] values = new double[amounts.size()];
    for (int k = 0; k < values.length; k++) values[k] = figures.get(amounts.get(k)).value();
    amountsByValue = amounts;
    amountValues = values;
    maxAmountPrecision = maxPrecision;
  }

  /** Adds (total, first, second) for every part that makes a sum with part {@code x}, the parts in list order. */
  private void secondParts(int t, int x, double[] values, List<Integer> amounts, double maxPrecision,
      java.util.Set<long[]> triples) {
    FigureRecord total = figures.get(t);
    FigureRecord part = figures.get(x);
    double reach = Precision.of(part) + maxPrecision + Precision.of(total) + 1e-6;
    double want = total.value() - part.value();
    int from = java.util.Arrays.binarySearch(values, want - reach);
    from = from < 0 ? -from - 1 : from;
    while (from > 0 && values[from - 1] >= want - reach) from--;
    for (int k = from; k < values.length && values[k] <= want + reach; k++) {
      int y = amounts.get(k);
      if (y == x) continue;
      int i = Math.min(x, y);
      int j = Math.max(x, y);
      if (isSum(figures.get(i), figures.get(j), total)) triples.add(new long[] {t, i, j});
    }
  }

  private static boolean isTotal(FigureRecord total) {
    return "amount".equals(total.kind()) && !isRelative(total.unit()) && total.period() != null && total.place().size() <= 1;
  }

  /** Whether parts {@code a} and {@code b} (a first in order) add up to {@code total} within their rounding. */
  private static boolean isSum(FigureRecord a, FigureRecord b, FigureRecord total) {
    if (!partOf(a, total) || !partOf(b, total) || a.value() == b.value()) return false;
    if (a.place().size() < 2 && b.place().size() < 2) return false;
    if (!origin(a).equals(origin(b)) || !FigureRelations.mayAddUp(a.measure(), b.measure())) return false;
    double tol = Precision.of(a) + Precision.of(b);
    return Math.abs(a.value() + b.value() - total.value()) <= tol + Precision.of(total);
  }

  /**
   * The previous levels these figures imply (a level and its change in one article), as {@link #all}
   * lists them: what {@code graph.ImpliedFigureMapper} stores with each article at ingest, computed from the
   * article's own figures.
   */
  public List<Implication> previousLevels() {
    List<Implication> out = new ArrayList<>();
    previousLevels(out);
    return distinct(out);
  }

  /** A highlight restating the body's change ("July exports up 75.5% over June") implies the same again: keep the first. */
  public static List<Implication> distinct(List<Implication> out) {
    List<Implication> distinct = new ArrayList<>();
    java.util.Set<Identity> seen = new java.util.HashSet<>();
    for (Implication i : out) if (seen.add(identity(i))) distinct.add(i);
    return distinct;
  }

  /** {@link #identity}'s parts, compared as parts (a key built without concatenating them: cite calls this per sum). */
  private record Identity(String rule, String text, String doc, String partMeasure, String otherPartMeasure, String totalMeasure) {}

  /**
   * What makes two implications one (the first is kept): rule, text and the first input's document;
   * for a sum also the measures of its figures, which its text does not name, so that a sum is only
   * ever the repeat of a sum of the same measures (a restatement), never of one of another material.
   */
  private static Identity identity(Implication i) {
    if (!SUM.equals(i.rule())) return new Identity(i.rule(), i.text(), i.inputs().get(0).doc(), null, null, null);
    return new Identity(i.rule(), i.text(), i.inputs().get(0).doc(), i.inputs().get(0).measure(), i.inputs().get(1).measure(),
        i.stated().get(0).measure());
  }

  private static final String SUM = "sum of parts";

  private void previousLevels(List<Implication> out) {
    // The changes of each article, in order: a level pairs only with the changes of its own article.
    java.util.Map<String, List<FigureRecord>> changes = new java.util.HashMap<>();
    for (FigureRecord c : figures) {
      if ("change".equals(c.kind())) changes.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
    }
    for (FigureRecord level : figures) {
      if (!"amount".equals(level.kind()) || isRelative(level.unit()) || level.period() == null) continue;
      for (FigureRecord change : changes.getOrDefault(level.article(), List.of())) {
        // A change whose sentence states the level it arrives at compares that level only.
        if (change.toLevel() != null && !level.isAt(change.toLevel())) continue;
        if (!Objects.equals(change.period(), level.period()) || change.basis() == null && !"factor".equals(change.unit())) continue;
        if (!change.place().isEmpty() && !change.place().equals(level.place())) continue;
        if (!FigureRelations.similarMeasures(change.measure(), level.measure())) continue;
        if (!sameSentenceOrNear(level, change)) continue;
        Implication i = previousLevel(level, change);
        if (i != null) out.add(i);
      }
    }
  }

  /** The change must be stated with the level (same sentence) or right before or after it. */
  private static boolean sameSentenceOrNear(FigureRecord a, FigureRecord b) {
    if (a.sentenceStart() != null && a.sentenceStart().equals(b.sentenceStart())) return true;
    return a.start() != null && b.start() != null && Math.abs(a.start() - b.start()) < 400;
  }

  /**
   * The level that {@code level} and {@code change} (of one article) imply, checked against these
   * figures (the change's own from-level first): for a pair ingest stored ({@code cg:ImpliedFigure});
   * null if the change implies none.
   */
  public Implication previousLevel(FigureRecord level, FigureRecord change) {
    double l = level.value();
    double tl = Precision.of(level);
    double c = change.value();
    double tc = Precision.of(change);
    String period;
    double value;
    double low;
    double high;
    String how;
    if ("factor".equals(change.unit())) {
      if (change.basis() != null && !"mom".equals(change.basis())) return null;
      period = shift(level.period(), -1);
      value = l / c;
      boolean atLeast = change.qualifier() != null && change.qualifier().matches("more than|over|above|at least|upwards of|in excess of");
      low = atLeast ? 0 : (l - tl) / (c + tc);
      high = (l + tl) / Math.max(1e-9, atLeast ? c : c - tc);
      how = String.format(Locale.ROOT, "%s %s in %s, %s%s times the previous month, implies %s%s %s in %s",
          fmt(l), level.unit(), level.period(), change.qualifier() == null ? "" : change.qualifier() + " ", fmt(c),
          atLeast ? "less than " : "about ", fmt(value), level.unit(), period);
    } else if ("percent".equals(change.unit()) && change.direction() != null) {
      int sign = "up".equals(change.direction()) ? 1 : -1;
      if ("mom".equals(change.basis())) period = shift(level.period(), -1);
      else if ("yoy".equals(change.basis())) period = shift(level.period(), -12);
      else return null;
      value = l / (1 + sign * c / 100);
      double a = (l - tl) / (1 + sign * (c + sign * tc) / 100);
      double b = (l + tl) / (1 + sign * (c - sign * tc) / 100);
      low = Math.min(a, b);
      high = Math.max(a, b);
      how = String.format(Locale.ROOT, "%s %s in %s after %s%s%% %s implies %s %s (%s–%s) in %s", fmt(l), level.unit(),
          level.period(), sign > 0 ? "+" : "−", fmt(c), "mom".equals(change.basis()) ? "m/m" : "y/y", fmt(value),
          level.unit(), fmt(low), fmt(high), period);
    } else {
      return null;
    }
    List<FigureRecord> stated = new ArrayList<>();
    // The level the change's own sentence states it comes from is checked first.
    for (FigureRecord s : figures) {
      if (Objects.equals(s.article(), change.article()) && s.isAt(change.fromLevel())) stated.add(s);
    }
    for (FigureRecord s : figures) {
      if (stated.contains(s)) continue;
      if (!"amount".equals(s.kind()) || !Objects.equals(s.unit(), level.unit()) || !Objects.equals(s.period(), period)) continue;
      if (!s.place().equals(level.place()) || !FigureRelations.similarMeasures(s.measure(), level.measure())) continue;
      stated.add(s);
    }
    Boolean agrees = stated.isEmpty() ? null : stated.stream()
        .allMatch(s -> s.value() + Precision.of(s) >= low && s.value() - Precision.of(s) <= high);
    String rule = "factor".equals(change.unit()) ? "previous level (factor)"
        : "mom".equals(change.basis()) ? "previous-month level" : "year-earlier level";
    return new Implication(rule, how + verdict(stated, agrees), value, low, high, level.unit(), period,
        List.of(level, change), stated, agrees);
  }

  /** Every sum of two parts that adds up to a total, by total, then first and second part in list order: a scan, for {@link #all}. */
  private void sums(List<Implication> out) {
    for (FigureRecord total : figures) {
      if (!isTotal(total)) continue;
      for (int i = 0; i < figures.size(); i++) {
        if (!partOf(figures.get(i), total)) continue;
        for (int j = i + 1; j < figures.size(); j++) {
          if (isSum(figures.get(i), figures.get(j), total)) out.add(sum(figures.get(i), figures.get(j), total));
        }
      }
    }
  }

  private static Implication sum(FigureRecord a, FigureRecord b, FigureRecord total) {
    double sum = a.value() + b.value();
    double tol = Precision.of(a) + Precision.of(b);
    // "%s %s (%s) [%s] + %s %s (%s) [%s] = %s %s in %s; stated total: %s %s [%s] (agrees within rounding)", appended:
    // a total restated by n articles meets about n² pairs of restated parts, each worded here
    String text = new StringBuilder(160).append(fmt(a.value())).append(' ').append(a.unit()).append(" (").append(places(a))
        .append(") [").append(a.doc()).append("] + ").append(fmt(b.value())).append(' ').append(b.unit()).append(" (")
        .append(places(b)).append(") [").append(b.doc()).append("] = ").append(fmt(sum)).append(' ').append(a.unit())
        .append(" in ").append(total.period()).append("; stated total: ").append(fmt(total.value())).append(' ')
        .append(total.unit()).append(" [").append(total.doc()).append("] (agrees within rounding)").toString();
    return new Implication(SUM, text, sum, sum - tol, sum + tol, a.unit(), total.period(), List.of(a, b),
        List.of(total), true);
  }

  private static boolean partOf(FigureRecord p, FigureRecord total) {
    return "amount".equals(p.kind()) && Objects.equals(p.unit(), total.unit()) && Objects.equals(p.period(), total.period())
        && p.value() < total.value() && (total.place().isEmpty() || p.place().isEmpty() || origin(p).equals(origin(total)))
        && FigureRelations.mayAddUp(p.measure(), total.measure());
  }

  private static String origin(FigureRecord f) {
    return f.place().isEmpty() ? "" : f.place().get(0);
  }

  private static String places(FigureRecord f) {
    return f.place().isEmpty() ? "no country" : String.join("→", f.place());
  }

  private static boolean isRelative(String unit) {
    return "percent".equals(unit) || "factor".equals(unit) || "percentage-point".equals(unit);
  }

  private static String verdict(List<FigureRecord> stated, Boolean agrees) {
    if (agrees == null) return "; no source states it";
    StringBuilder b = new StringBuilder("; stated: ");
    for (int i = 0; i < stated.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(stated.get(i).quote()).append(" [").append(stated.get(i).doc()).append(']');
    }
    return b.append(agrees ? " (agrees within rounding)" : " (DISAGREES)").toString();
  }

  /** The period {@code months} after an ISO month, year or interval (negative: before). */
  public static String shift(String period, int months) {
    if (period == null) return null;
    String[] parts = period.split("/");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (b.length() > 0) b.append('/');
      if (p.length() == 4) b.append(Integer.parseInt(p) + months / 12);
      else if (p.length() == 7) b.append(java.time.YearMonth.parse(p).plusMonths(months));
      else b.append(java.time.LocalDate.parse(p).plusMonths(months));
    }
    return b.toString();
  }

  static String fmt(double v) {
    String done = FMT.get(v);
    if (done != null) return done;
    if (FMT.size() > 50_000) FMT.clear(); // bounded, as the measure parts
    String out = Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%,d", (long) Math.rint(v))
        : String.format(Locale.ROOT, "%,.1f", v);
    FMT.put(v, out);
    return out;
  }

  /** Values worded once: restated figures (and their sums) repeat a few values many times. */
  private static final java.util.Map<Double, String> FMT = new java.util.concurrent.ConcurrentHashMap<>();
}
