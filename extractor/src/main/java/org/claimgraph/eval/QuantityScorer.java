package org.claimgraph.eval;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.lexicon.UnitTable;

/**
 * Scores quantities found in single sentences against a sentence-level gold ({@code
 * devset/quantities/sentences.jsonl}: one object per sentence with {@code id}, {@code split},
 * {@code sentence} and {@code quantities}, each with {@code quote}, {@code start}, {@code end},
 * {@code value}, {@code value_max}, {@code unit}).
 *
 * <p>A found quantity matches a gold one when their character spans overlap and their values
 * agree to 0.1%; it also matches with its unit when the units are equal, or comparable and the
 * values agree once converted ("5.6 kt" = 5600 tonne). Each gold quantity matches at most one
 * found quantity.
 *
 * <pre>{@code
 * QuantityScorer.Result r = new QuantityScorer().score(QuantityScorer.read(lines), s -> finder.find(s, 0)
 *     .stream().map(q -> new QuantityScorer.Found(q.start(), q.end(), q.value(), q.unit())).toList());
 * r.valueF1();   // 0.93
 * }</pre>
 */
public final class QuantityScorer {

  /** One gold or found quantity of a sentence: span, value, unit. */
  public record Found(int start, int end, double value, String unit) {}

  /** One sentence of the gold. */
  public record GoldSentence(String id, String split, String sentence, List<Found> quantities) {}

  /** Counts and the sentences that went wrong. */
  public record Result(int gold, int found, int valueMatched, int unitMatched, List<String> errors) {
    public double valuePrecision() { return ratio(valueMatched, found); }
    public double valueRecall() { return ratio(valueMatched, gold); }
    public double valueF1() { return f1(valuePrecision(), valueRecall()); }
    public double unitPrecision() { return ratio(unitMatched, found); }
    public double unitRecall() { return ratio(unitMatched, gold); }
    public double unitF1() { return f1(unitPrecision(), unitRecall()); }

    /** Two lines: value P/R/F1 and value+unit P/R/F1. */
    public String report() {
      return String.format(Locale.ROOT, "quantities: gold %d, found %d%n", gold, found)
          + String.format(Locale.ROOT, "value       P %.3f  R %.3f  F1 %.3f  (%d matched)%n", valuePrecision(), valueRecall(), valueF1(), valueMatched)
          + String.format(Locale.ROOT, "value+unit  P %.3f  R %.3f  F1 %.3f  (%d matched)%n", unitPrecision(), unitRecall(), unitF1(), unitMatched);
    }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
    private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
  }

  /** Reads the gold's JSON lines; {@code split} "tune", "heldout" or null for all. */
  public static List<GoldSentence> read(List<String> lines, String split) {
    List<GoldSentence> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) continue;
      JsonObject o;
      try (JsonReader r = Json.createReader(new StringReader(line))) {
        o = r.readObject();
      }
      String s = o.getString("split", null);
      if (split != null && !split.equals(s)) continue;
      List<Found> qs = new ArrayList<>();
      for (JsonValue v : o.getJsonArray("quantities")) {
        JsonObject q = v.asJsonObject();
        qs.add(new Found(q.getInt("start"), q.getInt("end"), ((JsonNumber) q.get("value")).doubleValue(),
            q.isNull("unit") ? null : q.getString("unit")));
      }
      out.add(new GoldSentence(o.getString("id", null), s, o.getString("sentence"), qs));
    }
    return out;
  }

  /** Scores {@code finder} (sentence → quantities, offsets relative to the sentence) on the gold. */
  public Result score(List<GoldSentence> gold, Function<String, List<Found>> finder) {
    int g = 0;
    int f = 0;
    int value = 0;
    int unit = 0;
    List<String> errors = new ArrayList<>();
    for (GoldSentence s : gold) {
      List<Found> found = finder.apply(s.sentence());
      g += s.quantities().size();
      f += found.size();
      Set<Found> used = new HashSet<>();
      List<String> wrong = new ArrayList<>();
      for (Found q : s.quantities()) {
        Found best = null;
        for (Found p : found) {
          if (used.contains(p) || !(p.start() < q.end() && q.start() < p.end()) || !sameValue(q, p)) continue;
          if (best == null || sameUnit(q, p) && !sameUnit(q, best)) best = p;
        }
        if (best == null) {
          wrong.add("missed " + show(s.sentence(), q));
          continue;
        }
        used.add(best);
        value++;
        if (sameUnit(q, best)) unit++;
        else wrong.add("unit " + show(s.sentence(), q) + " got " + best.unit());
      }
      for (Found p : found) if (!used.contains(p)) wrong.add("extra " + show(s.sentence(), p));
      if (!wrong.isEmpty()) errors.add(s.id() + ": " + String.join("; ", wrong) + "\n    " + s.sentence());
    }
    return new Result(g, f, value, unit, errors);
  }

  /** The same value, or the same amount in another unit of one kind ("5.6 kt" and "5,600 t"). */
  static boolean sameValue(Found gold, Found found) {
    if (Scorer.sameValue(gold.value(), found.value())) return true;
    var converted = UnitTable.get().convert(found.value(), UnitTable.canonical(found.unit()), UnitTable.canonical(gold.unit()));
    return converted.isPresent() && Scorer.sameValue(gold.value(), converted.getAsDouble());
  }

  /** Same unit, or comparable units whose values agree once converted. */
  static boolean sameUnit(Found gold, Found found) {
    String a = UnitTable.canonical(gold.unit());
    String b = UnitTable.canonical(found.unit());
    if (Objects.equals(a, b)) return true;
    var converted = UnitTable.get().convert(found.value(), b, a);
    return converted.isPresent() && Scorer.sameValue(gold.value(), converted.getAsDouble());
  }

  private static String show(String sentence, Found q) {
    String quote = q.start() >= 0 && q.end() <= sentence.length() && q.start() < q.end() ? sentence.substring(q.start(), q.end()) : "?";
    return "\"" + quote + "\" " + num(q.value()) + " " + q.unit();
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
