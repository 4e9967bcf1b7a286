package org.claimgraph.eval;

import org.claimgraph.lexicon.UnitTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.claimgraph.figure.MeasureParts;
import org.claimgraph.lexicon.UnitTable;

/**
 * Scores extracted figures against a gold annotation.
 *
 * <p>A gold and an extracted figure match when they come from the same document, state the
 * same value (to 0.1%), and their quotes overlap (by offsets when the gold has them, else the
 * extracted quote lies in the gold sentence and shares its digits). Each gold figure matches at
 * most one extracted figure. Matched pairs are then compared attribute by attribute: exact for
 * value, unit, kind, basis, direction, period, place; case-insensitive for qualifier; measures by
 * their parts ({@link MeasureParts}: material, flow, product form, scope — "rare earth magnet
 * exports" is not "rare earth magnet imports" though they share most words); the credited source
 * by word overlap (within one article the gold and the extractor quote the same words), and for a
 * figure in a quote also by its speaker ("David Merriman" credits the figures he is quoted with).
 * Kinds and bases of matched pairs are also counted gold × extracted (a confusion matrix).
 */
public final class Scorer {

  private static final List<String> ATTRIBUTES = List.of("value", "value_max", "unit", "kind", "basis", "direction",
      "qualifier", "period", "measure", "place", "attributed_to", "speaker");

  public Score score(List<FigureRecord> gold, List<FigureRecord> predicted) {
    // The guidelines do not annotate headlines: an article's title figures are scored only where its gold has an in_title line.
    Set<String> titlesAnnotated = new HashSet<>();
    for (FigureRecord g : gold) if (g.inTitle()) titlesAnnotated.add(g.doc());
    predicted = predicted.stream().filter(p -> !p.inTitle() || titlesAnnotated.contains(p.doc())).toList();
    Map<String, Integer> agreement = new LinkedHashMap<>();
    ATTRIBUTES.forEach(a -> agreement.put(a, 0));
    Set<FigureRecord> used = new HashSet<>();
    List<FigureRecord> misses = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    int matched = 0;
    int complete = 0;
    int attributed = 0;
    int attributedRight = 0;
    Map<String, Map<String, Integer>> kinds = new TreeMap<>();
    Map<String, Map<String, Integer>> bases = new TreeMap<>();
    for (FigureRecord g : gold) {
      if (credits(g)) attributed++;
      FigureRecord p = bestMatch(g, predicted, used);
      if (p == null) {
        misses.add(g);
        continue;
      }
      used.add(p);
      matched++;
      kinds.computeIfAbsent(String.valueOf(g.kind()), k -> new TreeMap<>()).merge(String.valueOf(p.kind()), 1, Integer::sum);
      bases.computeIfAbsent(String.valueOf(g.basis()), k -> new TreeMap<>()).merge(String.valueOf(p.basis()), 1, Integer::sum);
      List<String> differ = new ArrayList<>();
      for (String a : ATTRIBUTES) {
        if (agrees(a, g, p)) agreement.merge(a, 1, Integer::sum);
        else differ.add(a + ": gold " + show(a, g) + " / got " + show(a, p));
      }
      boolean full = agrees("value", g, p) && agrees("unit", g, p) && agrees("kind", g, p) && agrees("basis", g, p)
          && agrees("period", g, p) && agrees("place", g, p);
      if (full) complete++;
      if (credits(g) && agrees("attributed_to", g, p)) attributedRight++;
      if (!differ.isEmpty()) disagreements.add(g.doc() + " \"" + g.quote() + "\": " + String.join("; ", differ));
    }
    List<FigureRecord> extras = predicted.stream().filter(p -> !used.contains(p)).toList();
    return new Score(gold.size(), predicted.size(), matched, complete, attributed, attributedRight, agreement,
        Map.of("kind", kinds, "basis", bases), misses, extras, disagreements);
  }

  private static FigureRecord bestMatch(FigureRecord g, List<FigureRecord> predicted, Set<FigureRecord> used) {
    FigureRecord best = null;
    int bestScore = 0;
    for (FigureRecord p : predicted) {
      if (used.contains(p) || !Objects.equals(g.doc(), p.doc()) || g.inTitle() != p.inTitle()) continue;
      if (!sameValue(g.value(), inGoldUnit(p.value(), p, g))) continue;
      int score = overlap(g, p);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  /** 2 when the quotes overlap by offsets, 1 when the extracted quote sits in the gold sentence, else 0. */
  private static int overlap(FigureRecord g, FigureRecord p) {
    if (g.start() != null && g.end() != null && p.start() != null && p.end() != null) {
      return g.start() < p.end() && p.start() < g.end() ? 2 : 0;
    }
    if (g.sentence() != null && p.sentence() != null && p.quote() != null) {
      boolean sameSentence = g.sentence().contains(p.quote()) && (g.sentence().contains(p.sentence()) || p.sentence().contains(g.sentence())
          || overlapWords(g.sentence(), p.sentence()) > 0.6);
      return sameSentence && digitsOf(g.quote()).equals(digitsOf(p.quote())) ? 1 : 0;
    }
    return 0;
  }

  private static String digitsOf(String s) {
    return s == null ? "" : s.replaceAll("[^0-9]", "");
  }

  static boolean agrees(String attribute, FigureRecord g, FigureRecord p) {
    return switch (attribute) {
      case "value" -> sameValue(g.value(), inGoldUnit(p.value(), p, g));
      case "value_max" -> g.valueMax() == null ? p.valueMax() == null : p.valueMax() != null && sameValue(g.valueMax(), p.valueMax());
      case "unit" -> Objects.equals(UnitTable.canonical(g.unit()), UnitTable.canonical(p.unit()));
      case "kind" -> Objects.equals(g.kind(), p.kind());
      case "basis" -> Objects.equals(g.basis(), p.basis());
      case "direction" -> Objects.equals(g.direction(), p.direction());
      case "qualifier" -> Objects.equals(lower(g.qualifier()), lower(p.qualifier()));
      case "period" -> Objects.equals(g.period(), p.period());
      case "measure" -> sameMeasure(g.measure(), p.measure());
      case "place" -> g.place().equals(p.place());
      case "attributed_to" -> sameCredit(g, p);
      case "speaker" -> g.speaker() == null ? p.speaker() == null
          : p.speaker() != null && lower(p.speaker()).startsWith(lower(g.speaker()).split(",")[0]);
      default -> throw new IllegalArgumentException(attribute);
    };
  }

  private static String show(String attribute, FigureRecord r) {
    return switch (attribute) {
      case "value" -> Double.toString(r.value());
      case "value_max" -> String.valueOf(r.valueMax());
      case "unit" -> r.unit();
      case "kind" -> r.kind();
      case "basis" -> r.basis();
      case "direction" -> r.direction();
      case "qualifier" -> r.qualifier();
      case "period" -> r.period();
      case "measure" -> r.measure();
      case "place" -> r.place().toString();
      case "attributed_to" -> r.attributedTo();
      case "speaker" -> r.speaker();
      default -> "?";
    };
  }

  /** Whether the gold figure credits someone: a source or a quoted speaker. */
  static boolean credits(FigureRecord g) {
    return g.attributedTo() != null || g.speaker() != null;
  }

  /**
   * The same credit: both nobody, or the same source in words, or the gold's source or speaker is
   * the extracted speaker (or their organization: "David Merriman, research director, Project Blue").
   */
  static boolean sameCredit(FigureRecord g, FigureRecord p) {
    String gold = g.attributedTo() != null ? g.attributedTo() : g.speaker();
    String got = p.attributedTo() != null ? p.attributedTo() : p.speaker();
    if (gold == null || got == null) return gold == null && got == null;
    if (similar(gold, got, 0.5)) return true;
    // "USGS" and "US Geological Survey", "SMM" and "Shanghai Metals Market": one organization, one source.
    String g1 = organization(gold);
    if (g1 != null && g1.equals(organization(got))) return true;
    if (p.speaker() == null) return false;
    for (String part : p.speaker().split(",\\s*")) if (similar(gold, part, 0.5)) return true;
    return false;
  }

  /** The canonical name of a known organization the whole credit names (organizations.tsv), else null. */
  private static String organization(String credit) {
    return org.claimgraph.lexicon.Lexicon.get().organizationNamed(credit);
  }

  /** Measures agree when their parts do; a material the gold names must be named. */
  static boolean sameMeasure(String gold, String got) {
    if (gold == null || got == null) return gold == null && got == null;
    MeasureParts g = MeasureParts.of(gold);
    MeasureParts p = MeasureParts.of(got);
    return Objects.equals(g.flow(), p.flow()) && Objects.equals(g.form(), p.form()) && Objects.equals(g.scope(), p.scope())
        && (g.material() == null || g.material().equals(p.material()));
  }

  /**
   * An extracted value in the gold's unit where the two units are of one kind ("5.6 kt" scored
   * against a gold of 5,600 tonne), so a figure is found whichever unit either side keeps; the
   * unit attribute itself is still compared as written (after old codes map to new ones).
   */
  static double inGoldUnit(double value, FigureRecord p, FigureRecord g) {
    if (p.unit() == null || g.unit() == null || Objects.equals(UnitTable.canonical(p.unit()), UnitTable.canonical(g.unit()))) {
      return value;
    }
    return UnitTable.get().convert(value, p.unit(), g.unit()).orElse(value);
  }

  static boolean sameValue(double a, double b) {
    return Math.abs(a - b) <= 1e-3 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** Both null, or word overlap (Jaccard, on content words) at least {@code threshold}. */
  static boolean similar(String a, String b, double threshold) {
    if (a == null || b == null) return a == null && b == null;
    return overlapWords(a, b) >= threshold;
  }

  static double overlapWords(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) return 1;
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return inter.size() / (double) union.size();
  }

  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "by", "and", "for", "from", "s");

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || STOP.contains(w)) continue;
      out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
