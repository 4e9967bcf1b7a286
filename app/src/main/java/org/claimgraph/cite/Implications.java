package org.claimgraph.cite;

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
 *       with a destination, that add up to a total of that origin: 4,958 t to the rest of the
 *       world plus 619 t to the US make the 5,577 t total.
 * </ul>
 *
 * Ranges carry the rounding of every input, so 353 t agrees with 352.7 t but 360 t does not.
 * Levels a change's sentence states (cg:toLevel, cg:fromLevel) are used first: the change is
 * paired with its stated to-level only, and its stated from-level is the first figure checked.
 */
final class Implications {

  private final List<FigureRecord> figures;

  Implications(List<FigureRecord> figures) {
    this.figures = figures;
  }

  List<Implication> all() {
    List<Implication> out = new ArrayList<>();
    previousLevels(out);
    sums(out, null);
    return distinct(out);
  }

  /**
   * The implications of these figures in which {@code f} takes part, computed as {@link #all} would
   * over the same figures, but sums only where {@code f}, or a figure of its document with its
   * value, unit and places (a restatement that could come first), is the total or a part. For the
   * index, which passes the figures of {@code f}'s key neighbourhood.
   */
  List<Implication> involving(FigureRecord f) {
    List<Implication> out = new ArrayList<>();
    previousLevels(out);
    sums(out, x -> Objects.equals(x.doc(), f.doc()) && x.value() == f.value() && Objects.equals(x.unit(), f.unit())
        && x.place().equals(f.place()));
    return distinct(out).stream().filter(i -> i.inputs().contains(f) || i.stated().contains(f)).toList();
  }

  /**
   * The previous levels these figures imply (a level and its change in one article), as {@link #all}
   * lists them: what {@link ImpliedLevels} stores with each article at ingest, computed from the
   * article's own figures.
   */
  List<Implication> previousLevels() {
    List<Implication> out = new ArrayList<>();
    previousLevels(out);
    return distinct(out);
  }

  /** A highlight restating the body's change ("July exports up 75.5% over June") implies the same again: keep the first. */
  private static List<Implication> distinct(List<Implication> out) {
    List<Implication> distinct = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Implication i : out) {
      if (seen.add(i.rule() + "|" + i.text() + "|" + i.inputs().get(0).doc())) distinct.add(i);
    }
    return distinct;
  }

  private void previousLevels(List<Implication> out) {
    for (FigureRecord level : figures) {
      if (!"amount".equals(level.kind()) || isRelative(level.unit()) || level.period() == null) continue;
      for (FigureRecord change : figures) {
        if (!"change".equals(change.kind()) || !Objects.equals(change.article(), level.article())) continue;
        // A change whose sentence states the level it arrives at compares that level only.
        if (change.toLevel() != null && !level.isAt(change.toLevel())) continue;
        if (!Objects.equals(change.period(), level.period()) || change.basis() == null && !"factor".equals(change.unit())) continue;
        if (!change.place().isEmpty() && !change.place().equals(level.place())) continue;
        if (!CitationFinder.similarMeasures(change.measure(), level.measure())) continue;
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

  private Implication previousLevel(FigureRecord level, FigureRecord change) {
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
      period = CitationFinder.shift(level.period(), -1);
      value = l / c;
      boolean atLeast = change.qualifier() != null && change.qualifier().matches("more than|over|above|at least|upwards of|in excess of");
      low = atLeast ? 0 : (l - tl) / (c + tc);
      high = (l + tl) / Math.max(1e-9, atLeast ? c : c - tc);
      how = String.format(Locale.ROOT, "%s %s in %s, %s%s times the previous month, implies %s%s %s in %s",
          fmt(l), level.unit(), level.period(), change.qualifier() == null ? "" : change.qualifier() + " ", fmt(c),
          atLeast ? "less than " : "about ", fmt(value), level.unit(), period);
    } else if ("percent".equals(change.unit()) && change.direction() != null) {
      int sign = "up".equals(change.direction()) ? 1 : -1;
      if ("mom".equals(change.basis())) period = CitationFinder.shift(level.period(), -1);
      else if ("yoy".equals(change.basis())) period = CitationFinder.shift(level.period(), -12);
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
      if (!s.place().equals(level.place()) || !CitationFinder.similarMeasures(s.measure(), level.measure())) continue;
      stated.add(s);
    }
    Boolean agrees = stated.isEmpty() ? null : stated.stream()
        .allMatch(s -> s.value() + Precision.of(s) >= low && s.value() - Precision.of(s) <= high);
    String rule = "factor".equals(change.unit()) ? "previous level (factor)"
        : "mom".equals(change.basis()) ? "previous-month level" : "year-earlier level";
    return new Implication(rule, how + verdict(stated, agrees), value, low, high, level.unit(), period,
        List.of(level, change), stated, agrees);
  }

  /**
   * Parts adding up to a total; with {@code like}, only sums where a figure {@code like} accepts
   * is the total or a part (in the same order as without it).
   */
  private void sums(List<Implication> out, java.util.function.Predicate<FigureRecord> like) {
    List<Integer> likeIndexes = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) if (like == null || like.test(figures.get(i))) likeIndexes.add(i);
    List<Integer> allIndexes = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) allIndexes.add(i);
    for (FigureRecord total : figures) {
      if (!"amount".equals(total.kind()) || isRelative(total.unit()) || total.period() == null || total.place().size() > 1) continue;
      boolean totalLike = like == null || like.test(total);
      for (int i = 0; i < figures.size(); i++) {
        FigureRecord a = figures.get(i);
        if (!partOf(a, total)) continue;
        // Unless the total or this part is like f, only pairs whose second part is like f count.
        List<Integer> seconds = totalLike || like.test(a) ? allIndexes : likeIndexes;
        for (int j : seconds) {
          if (j <= i) continue;
          FigureRecord b = figures.get(j);
          if (!partOf(b, total) || a.value() == b.value()) continue;
          if (a.place().size() < 2 && b.place().size() < 2) continue;
          if (!origin(a).equals(origin(b))) continue;
          double sum = a.value() + b.value();
          double tol = Precision.of(a) + Precision.of(b);
          double tt = Precision.of(total);
          if (Math.abs(sum - total.value()) > tol + tt) continue;
          String text = String.format(Locale.ROOT,
              "%s %s (%s) [%s] + %s %s (%s) [%s] = %s %s in %s; stated total: %s %s [%s] (agrees within rounding)",
              fmt(a.value()), a.unit(), places(a), a.doc(), fmt(b.value()), b.unit(), places(b), b.doc(), fmt(sum), a.unit(),
              total.period(), fmt(total.value()), total.unit(), total.doc());
          out.add(new Implication("sum of parts", text, sum, sum - tol, sum + tol, a.unit(), total.period(), List.of(a, b),
              List.of(total), true));
        }
      }
    }
  }

  private static boolean partOf(FigureRecord p, FigureRecord total) {
    return "amount".equals(p.kind()) && Objects.equals(p.unit(), total.unit()) && Objects.equals(p.period(), total.period())
        && p.value() < total.value() && (total.place().isEmpty() || p.place().isEmpty() || origin(p).equals(origin(total)));
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

  static String fmt(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
    return String.format(Locale.ROOT, "%,.1f", v);
  }
}
