package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The quantities of a sentence that are no figures (corpus/gold/GUIDELINES.md, "What is a
 * figure"), although the quantity layer reads them as numbers with a unit:
 *
 * <pre>
 * "ending three months of gain", "a five-month pause", "for four years"      → durations that measure nothing
 * "In the first three quarters of 2025", "From August 1 to 10"                → words of a period
 * "the top five export destinations", "a group of 17 specialty metals"        → category counts (category-counts.tsv)
 * "sales of 100% electric cars"                                               → a descriptor
 * "the new 74-plate", "the ‘74’ registration plate"                           → a registration plate's name
 * "one of the world's top two producers", "the world's two largest producers" → a rank
 * "wolframite (65% WO3) prices", "99.5% Li2CO3 min", "(100% basis)"            → a product grade
 * "containing about 6% lithium", "grading 0.51% copper", "30pc min cobalt"     → a product grade
 * "65% black tungsten concentrate", "80% ferrovanadium", "(1.5% Si)"            → a product grade (GradeNames)
 * "EVs of up to 100 kW capacity", "vehicles with 100-200 kW motors"             → a power class (PowerRatings)
 * "… exports fall 1.6% in March image 0"                                       → a caption's index (a bare digit zero)
 * </pre>
 *
 * Measured times stay: "licenses typically taking two to three months", "the typical shipping
 * lead time of 1 to 1.5 months", "Official processing times are 45 working days", "preparations have taken roughly
 * 18 months", reserve lives (ReserveLives) and construction times (BuildTimes).
 *
 * <p>Pure and stateless.
 */
final class NotFigures {

  private static final Set<String> DURATIONS = Set.of("day", "week", "month", "quarter", "year", "decade", "hour");
  /** Words that make a duration a measured time. */
  private static final Pattern MEASURED_TIME = Pattern.compile(
      "(?i)\\b(?:tak(?:e|es|en|ing)|took|lead\\s+times?|processing\\s+times?|waiting\\s+times?|times?\\s+(?:is|are|was|were|of)|delays?\\s+of|wait(?:s|ed|ing)?)\\b[^.;]{0,30}$");
  /**
   * A product grade: "wolframite (65% WO3)", "tungsten concentrates (50~55% WO3)", "99.5% Li2CO3 min",
   * "(65% grade)", "5077 tU (100% basis)". A formula has two element symbols and a digit ("WO3", "Li2O"),
   * so "H1" and "Q3" are no formulas.
   */
  private static final Pattern GRADE_AFTER = Pattern.compile(
      "^\\s*(?:(?=[A-Za-z]*\\d)(?:\\p{Lu}\\p{Ll}?\\d*){2,}(?:\\s*[),]|\\s+(?:min|grade|content|concentrates?)\\b)"
          + "|(?:grade|basis|purity)\\s*\\))");
  /** "5.5% spodumene", "6% lithia", "4.8% grade", "30pc min cobalt hydroxide": a grade word of product-grades.tsv after the percent (value8). */
  private static final Pattern GRADE_WORD_AFTER = gradeWords();
  /**
   * "spodumene containing about 6% lithium", "646 metres grading 0.51% copper", "ore graded between 33% and 52%", "APT min
   * 88.5 percent": a grade word before the percent (its qualifier included) makes it the content of a product, not a
   * figure; "contains 30% less cobalt" compares, and stays.
   */
  private static final Pattern GRADE_BEFORE = Pattern.compile("(?i)\\b(?:contain(?:s|ed|ing)?|min|grad(?:ed|ing)(?:\\s+(?:at|of|between))?)\\s+$");
  private static final Pattern COMPARED_AFTER = Pattern.compile("(?i)^\\s*(?:more|less|fewer|higher|lower|of)\\b");
  /** "zero emission cars", "zero net emissions", "zero-emission vehicles": a descriptor, not a zero of a measure (value8). */
  private static final Pattern ZERO_DESCRIPTOR = Pattern.compile("(?i)^zero(?:[\\s-]+(?:net|exhaust|tailpipe|carbon))?[\\s-]+emissions?\\b");
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|these|those|both|our|his|her)\\s+$");
  private static final Pattern DESCRIPTOR_AFTER = Pattern.compile("(?i)^\\s*(?:electric|battery-electric|owned|renewable|recycled|pure)\\b");
  private static final Set<String> CATEGORIES = load();
  private static final Pattern WORD_AFTER = Pattern.compile("\\G\\s+(\\p{L}[\\p{L}-]*)");
  /** "the new 74-plate", "the ‘74’ registration plate", "the new 68 registration plates", "the 74 series plates". */
  private static final Pattern PLATE_AFTER = Pattern.compile(
      "(?i)^[’'\"”]?(?:-|\\s+)(?:registration\\s+|number\\s+|licen[cs]e\\s+|series\\s+)?(?:plates?|reg)\\b");
  /** "the world's top two producers", "Korea's top 20 export items": a rank, as "the top five export destinations". */
  // Only "top" after a determiner or a possessive: "installations top 5 GW", "exports top 15 GW a month" use the verb.
  private static final Pattern TOP_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:the|its|their|our|his|her|these|those)|['’]s)\\s+top\\s+$");
  /** "the world’s two largest cobalt producers": a rank. */
  private static final Pattern SUPERLATIVE_AFTER = Pattern.compile("(?i)^[\\p{L}\\p{N},.]+\\s+(?:largest|biggest|leading)\\b");

  private NotFigures() {}

  /**
   * The quantities of {@code sentence} that are figures.
   *
   * @param base    the article offset of the sentence's first character
   * @param periods the sentence's time expressions
   */
  static List<Quantity> keep(List<Quantity> quantities, String sentence, int base, List<PeriodMention> periods) {
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : quantities) if (!isNoFigure(q, sentence, q.start() - base, q.end() - base, periods)) out.add(q);
    return out;
  }

  private static boolean isNoFigure(Quantity q, String sentence, int start, int end, List<PeriodMention> periods) {
    for (PeriodMention p : periods) if (p.start() <= start && end <= p.end()) return true;
    String unit = q.unit().toLowerCase(Locale.ROOT);
    if (DURATIONS.contains(unit)) {
      String left = sentence.substring(0, start);
      String right = sentence.substring(end);
      return !MEASURED_TIME.matcher(left).find() && !ReserveLives.around(left, right) && !BuildTimes.around(left, right);
    }
    if (CATEGORIES.contains(unit) || unit.equals("count") && categoryAfter(sentence.substring(end))) return true;
    boolean smallWhole = q.value() >= 1 && q.value() <= 99 && q.value() == Math.floor(q.value()) && q.valueMax() == null;
    if (smallWhole && (unit.equals("plate") || !unit.equals("percent") && PLATE_AFTER.matcher(sentence.substring(end)).find())) return true;
    if (smallWhole && q.value() <= 20 && !unit.equals("percent") && !"Currency".equals(org.claimgraph.lexicon.UnitTable.get().kind(q.unit()))
        && (TOP_BEFORE.matcher(sentence.substring(0, start)).find() || SUPERLATIVE_AFTER.matcher(sentence.substring(start)).find())) {
      return true;
    }
    if (PowerRatings.isClassBound(q, sentence, start, end)) return true;
    if (unit.equals("percent") && GRADE_AFTER.matcher(sentence.substring(end)).lookingAt()) return true;
    if (unit.equals("percent") && GRADE_WORD_AFTER.matcher(sentence.substring(end)).lookingAt()) return true;
    if (unit.equals("percent") && GradeNames.after(sentence.substring(end))) return true;
    if (unit.equals("percent") && GRADE_BEFORE.matcher(sentence.substring(0, start)).find()
        && !COMPARED_AFTER.matcher(sentence.substring(end)).lookingAt()) return true;
    if (q.value() == 0 && ZERO_DESCRIPTOR.matcher(sentence.substring(start)).lookingAt()) return true;
    // "… fall 1.6% in March image 0", "plc472436 || 0": a bare digit zero that counts nothing is a caption's index or code
    if (q.value() == 0 && unit.equals("count") && sentence.substring(start, end).equals("0")) return true;
    // "the two mines", "its two Congolese operations": things the text has already named, counted again
    if (q.value() >= 2 && q.value() <= 12 && Character.isLetter(sentence.charAt(start)) && DETERMINER_BEFORE.matcher(sentence.substring(0, start)).find()) {
      return true;
    }
    return unit.equals("percent") && q.value() == 100 && DESCRIPTOR_AFTER.matcher(sentence.substring(end)).find();
  }

  /**
   * Whether the plural noun a bare count stands before (up to three lower-case modifiers between) is a category of
   * category-counts.tsv, where counted-nouns.tsv leaves the count without a noun: "a group of 17 elements used in
   * magnets", "a class of 17 chemical elements", "17 naturally occurring metallic elements" count nothing.
   */
  private static boolean categoryAfter(String right) {
    Matcher m = WORD_AFTER.matcher(right);
    for (int words = 0; words < 4 && m.find(); words++) {
      String word = m.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.endsWith("s") && CATEGORIES.contains(lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
          : lower.substring(0, lower.length() - 1))) {
        return true;
      }
      if (!Character.isLowerCase(word.charAt(0)) || CountedNouns.MODIFIER_STOP.contains(lower)) return false;
    }
    return false;
  }

  private static Pattern gradeWords() {
    List<String> words = new ArrayList<>();
    for (var row : Tsv.read("product-grades.tsv")) words.add(Pattern.quote(row.get("word")));
    return Pattern.compile("(?i)^\\s*(?:" + String.join("|", words) + ")\\b");
  }

  /** The grade words with their example sentences, for tests. */
  static List<String[]> gradeExamples() {
    List<String[]> out = new ArrayList<>();
    for (var row : Tsv.read("product-grades.tsv")) out.add(new String[] {row.get("word"), row.get("example")});
    return out;
  }

  private static Set<String> load() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (var row : Tsv.read("category-counts.tsv")) out.add(row.get("unit"));
    return Set.copyOf(out);
  }

  /** The category nouns with their example sentences, for tests. */
  static List<String[]> categories() {
    List<String[]> out = new ArrayList<>();
    for (var row : Tsv.read("category-counts.tsv")) out.add(new String[] {row.get("unit"), row.get("example")});
    return out;
  }
}
