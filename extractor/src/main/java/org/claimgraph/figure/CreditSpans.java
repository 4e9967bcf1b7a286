package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * Where a credit's words end, and whether they name anyone at all (credit32a; GUIDELINES: a credit is the body or person as the
 * page names it, no trailing time or place; a description that names nobody credits nobody). One procedure for the span's
 * end, read from credit-span-ends.tsv:
 *
 * <pre>
 * "Prime Minister Chris Hipkins said the latest data"                              → "Prime Minister Chris Hipkins"
 * "Agus quoting figures from the ministry of industry of Indonesia"               → "Agus"
 * "the Vietnam Association of Motorcycle Manufacturers (VAMM) in the first quarter of 2024"
 *                                                                                  → "the Vietnam Association of … (VAMM)"
 * "Cox Automotive in a press launch final week"                                    → "Cox Automotive"
 * "Estimated figures for the end of 2021", "a copy of the draft seen Friday in Kigali" → nobody ({@link #namesNobody})
 * </pre>
 */
final class CreditSpans {

  private static final List<Map<String, String>> ROWS = Tsv.read("credit-span-ends.tsv");
  private static final Set<String> HEADS = Tsv.formSet(ROWS, "head");
  private static final Set<String> BODIES = Tsv.formSet(ROWS, "body");
  private static final String VERBS = String.join("|", Tsv.formSet(ROWS, "verb").stream().sorted().toList());
  private static final String PREPS = String.join("|", Tsv.formSet(ROWS, "prep").stream().sorted().toList());

  /** A capitalized name (words of a body's name between), then a verb of saying and what was said. */
  private static final Pattern NAME_THEN_VERB = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|for|and|de|the)){0,7})\\s+(?:" + VERBS + ")(?:\\s+\\S.*)?$");
  /** A preposition of when or where inside the span, the words before it ending in a letter, a digit or a bracket. */
  private static final Pattern PREPOSITION = Pattern.compile("(?<=[\\p{L}\\d)])\\s+(?:" + PREPS + ")\\s+(?=\\S)");
  private static final Pattern TIME_WORD = Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|June|July|August|September|October"
          + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

  /** "hybridcars.com", "U.S.": letters on both sides of a dot, a name's spelling. */
  private static final Pattern WEB_NAME = Pattern.compile(".*\\p{L}\\.\\p{L}.*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private CreditSpans() {}

  /** The span up to its name: a verb of saying and what follows it, or a trailing phrase of when or where, cut off. */
  static String cut(String span) {
    if (span == null) return null;
    String s = span.strip();
    Matcher verb = NAME_THEN_VERB.matcher(s);
    if (verb.matches()) return verb.group(1);
    Matcher prep = PREPOSITION.matcher(s);
    while (prep.find()) {
      String head = s.substring(0, prep.start());
      // "the government in its budget": no name before the phrase, nothing to keep apart from it.
      if (!Regexes.matches(head, "(?s).*\\p{Lu}.*")) continue;
      // "new Eurostat trade data (opens in a new tab)": a bracket left open before the phrase is not closed by a name.
      if (head.chars().filter(c -> c == '(').count() != head.chars().filter(c -> c == ')').count()) continue;
      if (plainTail(s.substring(prep.end()))) return head.strip();
    }
    return s;
  }

  /** Whether every word of {@code tail} is lower case, a number, a month or weekday, or a place. */
  private static boolean plainTail(String tail) {
    for (String w : SPACES.split(tail)) {
      String word = Regexes.replaceFirst(w, "[,.;:]$", "");
      // "the latest data from hybridcars.com": a web address is a name however it is written.
      if (WEB_NAME.matcher(word).matches()) return false;
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) continue;
      if (TIME_WORD.matcher(word).matches() || Credits.isPlace(word)) continue;
      return false;
    }
    return true;
  }

  /**
   * Whether {@code span} is a record or document that names no owner: a head of the list after a determiner, lower-case words,
   * years or a country's adjective, then perhaps a phrase of lower-case words, numbers, months, weekdays and places; no word of a
   * body ("customs data" and "government data" are credits as written).
   */
  static boolean namesNobody(String span) {
    if (span == null) return false;
    String s = span.strip();
    if (s.isEmpty()) return false;
    // A sentence's or heading's first word is capitalized whatever it is: an article or a participle ("The blog post", "Estimated
    // figures for …"); any other capitalized first word may be a name ("Commerce figures", "CAAM data").
    String[] words = SPACES.split(s);
    if (Regexes.matches(words[0], "The|A|An|This|These|\\p{Lu}\\p{Ll}+ed")) words[0] = words[0].toLowerCase(Locale.ROOT);
    if (words.length < 2) return false;
    int head = -1;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (BODIES.contains(w)) return false;
      if (head < 0 && HEADS.contains(w)) head = i;
    }
    if (head < 0) return false;
    for (int i = 0; i < head; i++) {
      String w = words[i];
      if (WEB_NAME.matcher(w).matches()) return false;
      if (Character.isLowerCase(w.charAt(0)) || Regexes.matches(w, "\\d{4}") || Credits.isPlace(w) || isCountryWord(w)) continue;
      return false;
    }
    if (head == words.length - 1) return true;
    // What follows the head opens with a preposition or a participle ("of the draft", "for the end of 2021", "seen Friday").
    if (!Character.isLowerCase(words[head + 1].charAt(0))) return false;
    return plainTail(String.join(" ", java.util.Arrays.copyOfRange(words, head + 1, words.length)));
  }

  /** "Chinese", "Kenyan": a country's adjective qualifies a record without naming its owner. */
  private static boolean isCountryWord(String word) {
    for (var m : org.claimgraph.lexicon.Lexicon.get().countries().find(word)) if (m.start() == 0 && m.end() == word.length()) return true;
    return false;
  }
}
