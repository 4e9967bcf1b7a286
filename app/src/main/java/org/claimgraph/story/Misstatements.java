package org.claimgraph.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.eval.FigureRecord;

/**
 * Compares the figures of a rewrite with those of its sources (the article it restates and that
 * one's own sources, nearest first). Only figures written with digits are compared.
 *
 * <ul>
 *   <li>same value (up to rounding) and unit in the same statement (the two sentences share at
 *       least half of the shorter one's content words), but another period written out in the
 *       sentence ("July" where the origin says "June") or the opposite direction: a period or
 *       direction misstatement;
 *   <li>a value that differs beyond rounding but by less than 10% (or by a factor of 1,000 or
 *       1,000,000 within that: a scale slip), in the same statement with the same unit, kind, basis
 *       and direction: a value misstatement ("$28.3 billion" for the origin's "$28.2 billion");
 *   <li>a number mangled in copying, in any sentence: the same digits with broken separators
 *       ("38.563.6 tons" for the origin's "38,563.6 tons"), or one digit of five or more changed
 *       ("502,757" for the company's "502,657"): a value misstatement;
 *   <li>a figure no source states: unsourced.
 * </ul>
 *
 * <pre>{@code
 * List<Misstatement> m = Misstatements.of("e-06", rewriteFigures, List.of(new Misstatements.Source("e-05", originFigures)));
 * }</pre>
 */
public final class Misstatements {
  private Misstatements() {}

  /** A source article: its doc name, figures and text. */
  public record Source(String doc, List<FigureRecord> figures, String text) {}

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** What the rewrite misstates or adds, in the rewrite's order, one per quote and type. */
  public static List<Misstatement> of(String rewriteDoc, List<FigureRecord> rewrite, List<Source> sources) {
    return of(rewriteDoc, null, rewrite, sources);
  }

  /** As {@link #of(String, List, List)}, reading mangled numbers in the rewrite's text (null: none). */
  public static List<Misstatement> of(String rewriteDoc, String text, List<FigureRecord> rewrite, List<Source> sources) {
    List<Misstatement> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String restated = sources.isEmpty() ? null : sources.get(0).doc();
    for (FigureRecord f : rewrite) {
      if (f.quote() == null || !DIGIT.matcher(f.quote()).find()) continue;
      Misstatement m = check(rewriteDoc, restated, f, sources, text);
      if (m != null && seen.add(m.rewriteQuote() + "|" + m.type())) out.add(m);
    }
    for (Misstatement m : mangledInText(rewriteDoc, text, sources)) {
      if (seen.add(m.rewriteQuote() + "|" + m.type())) out.add(m);
    }
    return out;
  }

  private static final Pattern MANGLED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+\\.\\d+(?![\\d])");

  /**
   * Numbers of the rewrite's text with two or more decimal points that no figure reads ("38.563.6
   * tons", which figure extraction skips) and whose digits are a source figure's ("38,563.6 tons").
   */
  static List<Misstatement> mangledInText(String rewriteDoc, String text, List<Source> sources) {
    List<Misstatement> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = MANGLED.matcher(text);
    while (m.find()) {
      String d = m.group().replace(".", "");
      for (Source s : sources) {
        FigureRecord o = s.figures().stream().filter(x -> digits(x.quote()).equals(d)).findFirst().orElse(null);
        if (o == null) continue;
        int from = Math.max(text.lastIndexOf(". ", m.start()) + 1, text.lastIndexOf('\n', m.start()) + 1);
        int to = text.indexOf(". ", m.end());
        String sentence = text.substring(from, to < 0 ? text.length() : to + 1).strip();
        out.add(new Misstatement(rewriteDoc, s.doc(), m.group(), o.quote(), "value", sentence, o.sentence()));
        break;
      }
    }
    return out;
  }

  private static Misstatement check(String rewriteDoc, String restated, FigureRecord f, List<Source> sources, String text) {
    Misstatement differing = null;
    boolean stated = false;
    boolean loose = false;
    for (Source s : sources) {
      for (FigureRecord o : s.figures()) {
        if (!FigureMatch.sameValue(f, o)) continue;
        if (Rounding.significantDigits(o.quote()) + 1 < Rounding.significantDigits(f.quote())) {
          // "approximately 502,757" is not what "over 500,000" states: look for a closer source first.
          loose = true;
          continue;
        }
        stated = true;
        String type = sameStatement(f, o) ? attributeDiffering(f, o) : null;
        if (type == null) return null;
        if (differing == null) differing = new Misstatement(rewriteDoc, s.doc(), f.quote(), o.quote(), type, f.sentence(), o.sentence());
      }
    }
    if (differing != null) return differing;
    if (stated) return null;
    for (Source s : sources) {
      if (writesNumber(s.text(), f)) return null;
    }
    String mangled = mangledNumber(text, f);
    for (Source s : sources) {
      for (FigureRecord o : s.figures()) {
        if (mangled != null && digits(mangled).equals(digits(o.quote()))) {
          return new Misstatement(rewriteDoc, s.doc(), mangled, o.quote(), "value", f.sentence(), o.sentence());
        }
      }
    }
    for (Source s : sources) {
      for (FigureRecord o : s.figures()) {
        if (sameFact(f, o) && sameStatement(f, o) && close(f.value(), o.value())) {
          return new Misstatement(rewriteDoc, s.doc(), f.quote(), o.quote(), "value", f.sentence(), o.sentence());
        }
      }
    }
    for (Source s : sources) {
      for (FigureRecord o : s.figures()) {
        String od = digits(o.quote());
        boolean units = f.unit() == null || o.unit() == null || FigureMatch.sameDimension(f.unit(), o.unit());
        if (units && Objects.equals(f.kind(), o.kind()) && oneDigitOff(digits(f.quote()), od) && close(f.value(), o.value())) {
          return new Misstatement(rewriteDoc, s.doc(), f.quote(), o.quote(), "value", f.sentence(), o.sentence());
        }
      }
    }
    if (loose) return null;
    return new Misstatement(rewriteDoc, restated, f.quote(), null, "unsourced", f.sentence(), null);
  }

  private static final Pattern NUMBER_RUN = Pattern.compile("\\d[\\d.,]*\\d");

  /**
   * The number written at the figure's place in the text when it has two or more decimal points
   * ("38.563.6": neither a decimal nor a thousands-grouped number), else null.
   */
  static String mangledNumber(String text, FigureRecord f) {
    if (text == null || f.start() == null || f.start() < 0 || f.start() >= text.length()) return null;
    Matcher m = NUMBER_RUN.matcher(text);
    m.region(f.start(), Math.min(text.length(), f.start() + 40));
    if (!m.lookingAt()) {
      m = NUMBER_RUN.matcher(text);
      m.region(Math.max(0, f.start() - 10), Math.min(text.length(), f.start() + 40));
      if (!m.find() || m.start() > f.start() || m.end() <= f.start()) return null;
    }
    String n = m.group();
    return n.chars().filter(c -> c == '.').count() >= 2 ? n : null;
  }

  /** The digits of the first number a quote writes ("502,757 vehicles" → "502757"), or "" when none. */
  static String digits(String quote) {
    if (quote == null) return "";
    Matcher m = NUMBER_RUN.matcher(quote);
    if (!m.find()) {
      Matcher one = DIGIT.matcher(quote);
      return one.find() ? one.group() : "";
    }
    return m.group().replaceAll("[.,]", "");
  }

  /** Two digit strings of five or more digits, of one length, that differ in exactly one place (a typo, not another figure). */
  static boolean oneDigitOff(String a, String b) {
    if (a.length() < 5 || a.length() != b.length()) return false;
    int diff = 0;
    for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) diff++;
    return diff == 1;
  }

  private static final Pattern SPACE_GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+(?:[.,]\\d+)?(?![\\d])");
  private static final Pattern SCALED = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /**
   * Whether a source text writes the figure's number with space-separated digit groups ("12 900
   * tonnes", as statistics offices write it), which figure extraction may read as two numbers.
   */
  static boolean writesNumber(String text, FigureRecord f) {
    if (text == null || f.quote() == null) return false;
    Matcher q = SCALED.matcher(f.quote());
    if (!q.find()) return false;
    double written = Double.parseDouble(q.group().replace(",", ""));
    Matcher m = SPACE_GROUPED.matcher(text);
    while (m.find()) {
      double v = Double.parseDouble(m.group().replaceAll("[ \\u00a0\\u202f\\u2009]", "").replace(',', '.'));
      if (Rounding.same(written, q.group(), v, m.group().replaceAll("[ \\u00a0\\u202f\\u2009]", ""))) return true;
    }
    return false;
  }

  /** The attribute two same-valued figures of one statement state differently, or null when they agree. */
  static String attributeDiffering(FigureRecord f, FigureRecord o) {
    if (f.period() != null && o.period() != null && !f.period().equals(o.period())
        && periodsConflict(periodWords(f.sentence()), periodWords(o.sentence())) && Objects.equals(f.basis(), o.basis())) {
      return "period";
    }
    if (f.direction() != null && o.direction() != null && !f.direction().equals(o.direction())
        && Objects.equals(f.kind(), o.kind())) {
      return "direction";
    }
    return null;
  }

  private static final Pattern PERIOD_WORD = Pattern.compile(
      "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\\d\\d"
          + "|q[1-4]|first half|second half|first quarter|second quarter|third quarter|fourth quarter)\\b");

  /** The periods a sentence writes out: month names, years, quarters, halves. */
  static Set<String> periodWords(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    if (sentence == null) return out;
    Matcher m = PERIOD_WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /**
   * Whether the periods two sentences write out contradict each other: both name months, or both
   * years, or both quarters/halves, and none is common ("July" vs "June"; not "July 2024" vs "2024").
   */
  static boolean periodsConflict(Set<String> a, Set<String> b) {
    for (Pattern kind : new Pattern[] {MONTH, YEAR, PART}) {
      Set<String> x = new LinkedHashSet<>();
      Set<String> y = new LinkedHashSet<>();
      a.stream().filter(w -> kind.matcher(w).matches()).forEach(x::add);
      b.stream().filter(w -> kind.matcher(w).matches()).forEach(y::add);
      if (!x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y)) return true;
    }
    return false;
  }

  private static final Pattern MONTH = Pattern.compile("[a-z]+ber|january|february|march|april|may|june|july|august");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PART = Pattern.compile("q[1-4]|.* (?:half|quarter)");

  /** Whether two figures' sentences say the same thing: half of the shorter one's content words are in the other. */
  static boolean sameStatement(FigureRecord f, FigureRecord o) {
    if (f.sentence() == null || o.sentence() == null) return false;
    return TextSimilarity.containment(new LinkedHashSet<>(TextSimilarity.words(f.sentence())),
        new LinkedHashSet<>(TextSimilarity.words(o.sentence()))) >= 0.5;
  }

  private static boolean sameFact(FigureRecord f, FigureRecord o) {
    boolean units = f.unit() == null || o.unit() == null || FigureMatch.sameDimension(f.unit(), o.unit());
    return units && Objects.equals(f.kind(), o.kind()) && Objects.equals(f.basis(), o.basis())
        && Objects.equals(f.direction(), o.direction());
  }

  /** Within 10%, or a scale slip (×1,000 or ×1,000,000) within 10%. */
  static boolean close(double a, double b) {
    if (a == 0 || b == 0 || Math.signum(a) != Math.signum(b)) return false;
    double r = Math.abs(a) > Math.abs(b) ? a / b : b / a;
    for (double scale : new double[] {1, 1e3, 1e6}) {
      double x = r / scale;
      if (x >= 1 / 1.1 && x < 1.1) return true;
    }
    return false;
  }
}
