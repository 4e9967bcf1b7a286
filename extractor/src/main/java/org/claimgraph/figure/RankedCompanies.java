package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * Which of several companies named before a figure holds it, where the sentence names no country: the one its clause gives the
 * number to, not the first one named. Its own number in a ranking ("the leaders were Tesla, with …, and BYD, with …",
 * "BYD (16%), LG (14%), Panasonic (8%)", "overtaking Tesla’s 1.64 million", "as BYD's battery-only sales … amounted to 1.6
 * million units"), the subject opening the figure's clause ("…, while BYD achieved 595,413 units") or the
 * company a "which" clause is about ("trailing Tesla, which delivered 1.79 million"). A company another is measured against
 * holds no number given with "with" ("BYD overtook Tesla with 526,000 sales"; lexicon {@code rival-cues.tsv}).
 */
final class RankedCompanies {

  /**
   * What links a company to its own number: model names ("the Tesla Model 3 with …"), then "with", a bracket, a colon or
   * a possessive, and no clause break. A relative clause after a possessive is about another noun ("to supply cells to
   * Tesla's electric vehicles in a deal that may generate $7 billion": the deal's, not Tesla's).
   */
  private static final Pattern OWN_NUMBER = Pattern.compile(
      "^(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.-]*){0,3}(?:(,?\\s+with\\s)[^,;()]*|\\s*\\([^,;()]*|\\s*:\\s*|['’]s\\s(?:(?!\\b(?:that|which|who|whose)\\b)[^,;()])*)$");
  private static final Pattern RIVAL_BEFORE = rivalBefore();
  private static final Pattern CLAUSE_OPENING = Pattern.compile("^\\s*(?:the\\s+)?$");
  private static final Pattern WHICH = Pattern.compile("^,\\s+which$");

  private RankedCompanies() {}

  private static Pattern rivalBefore() {
    List<String> cues = Tsv.read("rival-cues.tsv").stream().map(r -> r.get("cue").replace(" ", "\\s+")).toList();
    return Pattern.compile("(?i)\\b(?:" + String.join("|", cues) + ")\\s+(?:[\\p{L}-]+\\s+){0,3}$");
  }

  /**
   * The home of the company holding the figure at {@code at}, or null when no company before it is linked to it so.
   *
   * @param clauseStart where the figure's clause starts ({@link PlaceResolver}'s segment)
   * @param companies   the companies the sentence names, in text order
   */
  static String holder(String sentence, int at, int clauseStart, List<PhraseMatcher.Match<String>> companies) {
    for (int i = companies.size() - 1; i >= 0; i--) {
      var c = companies.get(i);
      if (c.end() > at || sentence.startsWith("-", c.end())) continue;
      String link = sentence.substring(c.end(), at);
      boolean noneBetween = companies.stream().noneMatch(o -> o.start() >= c.end() && o.end() <= at);
      var own = OWN_NUMBER.matcher(link);
      if (noneBetween && own.matches()) {
        boolean byWith = own.group(1) != null;
        if (!byWith || !RIVAL_BEFORE.matcher(sentence.substring(clauseStart <= c.start() ? clauseStart : 0, c.start())).find()) {
          return c.value();
        }
      }
      if (clauseStart > 0 && c.start() >= clauseStart && CLAUSE_OPENING.matcher(sentence.substring(clauseStart, c.start())).matches()) {
        return c.value();
      }
      if (clauseStart > 0 && c.end() <= clauseStart && WHICH.matcher(sentence.substring(c.end(), clauseStart)).matches()) {
        return c.value();
      }
    }
    return null;
  }
}
