package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A plant's capacity ("will have an annual production capacity of around 60,000 tonnes", "a plant with 50,000 tonnes per annum
 * capacity", "full capacity of 350 kt") and a planned investment or cost ("is planning to invest $650 million", "would cost US$1
 * billion", "the total investment … is estimated at Rs 600 crore") say what a plant can make or what a plan will spend: no data of
 * a period (the gold gives them none where the sentence states none). Such a figure whose sentence states no period of its own
 * takes none from the text around it. A capacity installed or added ("installed capacity of 3.65 GWh") is a flow of its period,
 * and one the sentence says holds now ("currently operates with an annual capacity of 80,000 tonnes") the present's: both are left
 * alone. The words are in {@code plant-plans.tsv}.
 */
final class PlantPlans {

  private static final List<Map<String, String>> WORDS = Tsv.read("plant-plans.tsv");
  private static final String CAPACITY = alternation("capacity");
  private static final String QUALIFIER = "(?:up\\s+to|as\\s+much\\s+as|a\\s+maximum\\s+of|about|around|nearly|almost|more\\s+than|over|roughly"
      + "|approximately|some|at\\s+least)";
  /**
   * "capacity of around", "capacity to produce around", "capacity can reach a maximum of", "capacity expansion plan of": the noun,
   * then up to six words with no number and no clause break, right before the figure.
   */
  private static final Pattern CAPACITY_BEFORE = Pattern.compile("(?i)\\b(?:" + CAPACITY + ")\\b(?:\\s+[^\\s\\d,;:()]+){0,6}\\s*$");
  /** "50,000 tonnes per annum capacity", "30,000 metric tons of annual capacity": the noun right after, through "of" and adjectives. */
  private static final Pattern CAPACITY_AFTER = Pattern.compile(
      "(?i)^\\s*(?:of\\s+)?(?:(?:annual|yearly|production|processing|manufacturing|refining|smelting|nameplate|design|full)\\s+){0,3}(?:"
          + CAPACITY + ")\\b");
  /** "an additional", "a further": words before money that add it to an earlier sum. */
  private static final String MORE = "(?:(?:an?\\s+)?(?:additional|extra|further|another)\\s+)?";
  /**
   * "plans to invest", "is planning to invest", "will be investing", "plans to invest an additional US$720 million", "is planning to
   * make an additional investment of $720m": a plan word, its verb or "investment of", the money.
   */
  private static final Pattern INVEST_BEFORE = Pattern.compile("(?i)\\b(?:" + alternation("plan") + ")\\s+(?:(?:\\p{L}+\\s+){0,2}(?:"
      + alternation("invest") + ")\\s+" + MORE + "|(?:\\p{L}+\\s+){0,4}investments?\\s+of\\s+)(?:" + QUALIFIER + "\\s+)?$");
  /** "would cost US$1 billion", "estimated to cost around $1.8 billion", "is expected to cost". */
  private static final Pattern COST_BEFORE = Pattern.compile("(?i)\\b(?:" + alternation("plan") + "|" + alternation("estimate")
      + ")\\s+(?:to\\s+)?cost\\s+(?:" + QUALIFIER + "\\s+)?$");
  /** "The total investment for the expansion is estimated at Rs 600 crore": the noun, up to six words, the participle, "at". */
  private static final Pattern INVESTMENT_ESTIMATED = Pattern.compile("(?i)\\b(?:investment|cost)\\b(?:\\s+[^\\s\\d,;:]+){0,6}?\\s+(?:"
      + alternation("estimate") + ")\\s+(?:at|to\\s+be)\\s+(?:" + QUALIFIER + "\\s+)?$");
  /**
   * "with investment cost of US$61 million", "an investment of $650 million", "a project cost of", "with a budget of", "at a total
   * cost of", "which costs US$1.04 billion": the spending's noun and "of", or "costs" after a
   * relative, right before the money (the nouns are the "cost" role).
   */
  private static final Pattern COST_OF = Pattern.compile("(?i)(?:\\b(?:" + alternation("cost") + ")\\s+of|\\b(?:which|that)\\s+(?:will\\s+|would\\s+)?costs?)\\s+(?:"
      + QUALIFIER + "\\s+)?$");
  /**
   * Money written before the one read in another currency: "US$61 million or " before "Rp793 billion", "37.5 trillion rupiah (" before
   * "$2.48 billion": the second amount is the first one's, and shares what stands before it.
   */
  private static final Pattern CONVERTED = Pattern.compile("(?i)(?:[A-Z]{0,3}\\$|Rp\\.?\\s?|Rs\\.?\\s?|€|£|¥)?\\d[\\d.,]*(?:\\s*-?\\s*(?:million|billion|trillion"
      + "|crore|lakh|mn|bn|m|b))?(?:\\s+(?:rupiah|dollars|euros|yuan|yen|rupees))?\\s*(?:\\(|\\s+or\\s+|/)\\s*$");
  private static final Pattern FLOW = Pattern.compile("(?i)\\b(?:" + alternation("flow") + ")\\b");
  private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:" + alternation("present") + ")\\b");

  private PlantPlans() {}

  /**
   * Whether the figure at {@code [rs, re)} of {@code sentence} is a plant's capacity or a planned investment or cost in a sentence
   * that states no period ({@code stated}: the sentence's time expressions, bases excluded), and so has none.
   */
  static boolean undated(String sentence, int rs, int re, Quantity q, Kind kind, List<PeriodMention> stated) {
    if (kind != Kind.AMOUNT || "percent".equals(q.unit())) return false;
    if (stated != null && stated.stream().anyMatch(p -> !p.basis())) return false;
    String before = sentence.substring(0, rs);
    if (money(q.unit())) {
      if (INVEST_BEFORE.matcher(before).find() || COST_BEFORE.matcher(before).find() || INVESTMENT_ESTIMATED.matcher(before).find()) return true;
      Matcher converted = CONVERTED.matcher(before);
      return COST_OF.matcher(converted.find() ? before.substring(0, converted.start()) : before).find();
    }
    if (FLOW.matcher(sentence).find() || PRESENT.matcher(sentence).find() || StatesNow.saysNow(sentence)) return false;
    // "capacity of around 708,640 tonnes, 175,000 tonnes, and 6,000 tonnes a year": the amounts of a list share its capacity.
    return CAPACITY_BEFORE.matcher(OutputPotentials.listHead(before)).find() || CAPACITY_AFTER.matcher(sentence.substring(re)).find();
  }

  /** A currency code, alone ("USD", "INR"). */
  private static boolean money(String unit) {
    return unit.matches("[A-Z]{3}");
  }

  private static String alternation(String role) {
    return Tsv.alternation(WORDS, role);
  }
}
