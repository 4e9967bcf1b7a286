package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A named body's own record in a figure's sentence, which credits the body with no verb of saying (sentcredit12, round 12):
 * "Benchmark’s Cathode and Anode indices have fallen 41.9%", "below Visible Alpha’s consensus forecast of A$154 million",
 * "with Rho Motion’s figures showing EV sales … down 18%", "Fastmarkets cobalt hydroxide prices … increased 77%". The record
 * nouns are those of record-nouns.tsv; a price is a record only of a price reporter or analyst (organizations.tsv type
 * research), else a company's own result. Such a credit covers only the figures of the record's own clause, after the owner
 * ({@link #covers}): "This compares with A$136.2 million a year ago and is below Visible Alpha’s consensus forecast of A$154
 * million" credits the forecast, not the result before it, and it runs on to no other sentence ({@link CreditResolver}).
 */
final class OwnedRecords {

  /** The cue of the credits read here. */
  static final String CUE = "own record";

  private static final List<java.util.Map<String, String>> NOUNS = Tsv.read("record-nouns.tsv");
  private static final String ANY = nouns("any");
  private static final String ALL = ANY + "|" + nouns("research");

  /** Words between the owner and the record ("lithium price", "annual battery price", "own price"); no clause's words. */
  private static final String MODIFIERS = "(?:(?!(?:of|in|on|at|for|to|from|by|with|that|which|who|is|are|was|were|has|have|had|and|or|its|their)\\s)"
      + "[\\p{L}\\d-]+\\s+){0,4}?";
  private static final String NAME = "\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&.-]*|of|for|and|de)){0,5}?";
  /** "Benchmark’s lithium price index", "The International Energy Agency’s (IEA) prediction", "Fastmarkets’ … price". */
  private static final Pattern POSSESSIVE = Pattern.compile(
      "(?<![\\p{L}\\d&.-])(?:[Tt]he\\s+)?(" + NAME + ")['’]s?(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?\\s+" + MODIFIERS + "(" + ALL + ")\\b");
  /** "Fastmarkets cobalt hydroxide prices", "the Benchmark Lithium Price Index": a price reporter's name before its record. */
  private static final Pattern ATTRIBUTIVE = Pattern.compile(
      "(?<![\\p{L}\\d&.-])(" + NAME + ")\\s+" + MODIFIERS + "(?i:(" + ALL + "))\\b");
  /** "It’s", "Tuesday’s", "January’s": a contraction or a time, no owner. */
  private static final Pattern NO_OWNER = Pattern.compile(
      "(?i)it|that|there|here|what|who|this|let|he|she|today|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february"
          + "|march|april|may|june|july|august|september|october|november|december|q[1-4]|h[12]");
  /** Where the record's clause ends: a semicolon, or a comma before a clause of contrast. */
  private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s+(?:while|whereas|but|although|though)\\b");

  private OwnedRecords() {}

  private static String nouns(String owner) {
    return String.join("|", NOUNS.stream().filter(r -> owner.equals(r.get("owner"))).map(r -> r.get("noun")).toList());
  }

  /** The owners of records {@code sentence} names (first character at article offset {@code base}), in text order. */
  static List<Attribution> find(String sentence, int base, Lexicon lexicon) {
    List<Attribution> out = new ArrayList<>();
    Matcher m = POSSESSIVE.matcher(sentence);
    while (m.find()) {
      String owner = m.group(1);
      boolean price = !m.group(2).matches(ANY);
      if (NO_OWNER.matcher(owner).matches() || Credits.isPlace(owner) || Credits.namesTheMarket(owner) || price && !research(owner, lexicon)) continue;
      out.add(new Attribution(owner, null, CUE, base + m.start(1), base + m.end(1), false));
    }
    Matcher a = ATTRIBUTIVE.matcher(sentence);
    while (a.find()) {
      int at = base + a.start(1);
      if (!research(a.group(1), lexicon) || out.stream().anyMatch(o -> o.start() <= at && at < o.end())) continue;
      out.add(new Attribution(a.group(1), null, CUE, at, base + a.end(1), false));
    }
    out.sort(java.util.Comparator.comparingInt(Attribution::start));
    return out;
  }

  /** Whether the whole of {@code name} is a price reporter or analyst of the lexicon ("Fastmarkets", "Benchmark"). */
  private static boolean research(String name, Lexicon lexicon) {
    String known = lexicon.organizations().whole(name);
    return known != null && lexicon.researchBodies().contains(known);
  }

  /**
   * Whether the owner credited at {@code ownerEnd} of {@code sentence} covers the figure starting at {@code figure} (both
   * offsets into the sentence): the figure comes after the owner, in the record's own clause.
   */
  static boolean covers(String sentence, int ownerEnd, int figure) {
    if (figure < ownerEnd) return false;
    return !CLAUSE_END.matcher(sentence.substring(ownerEnd, Math.min(figure, sentence.length()))).find();
  }
}
