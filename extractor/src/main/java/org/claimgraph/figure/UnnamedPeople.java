package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * People a credit names by their trade only ("Chinese scientists announced", "Federal and state researchers said", "the
 * non-ferrous metal researcher said", "said the contact"): nobody named, as "analysts" and "traders" (GUIDELINES attribution
 * rule 4), so the credit neither covers the figures of its sentence nor runs on over the page (unnamed-people.tsv).
 */
final class UnnamedPeople {

  private static final List<Map<String, String>> WORDS = Tsv.read("unnamed-people.tsv");
  /** "A contact from Bikita Minerals": heads that name nobody also before the body they are at ({@link #AT_BODY}). */
  private static final Set<String> INFORMANTS = Tsv.formSet(WORDS, "informant");
  private static final Set<String> HEADS = Stream.concat(Tsv.formSet(WORDS, "head").stream(), INFORMANTS.stream())
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> MODIFIERS = Tsv.formSet(WORDS, "modifier");
  /** Words that open a group without naming it. */
  private static final String DETERMINER = "(?i)the|a|an|some|several|many|most|other|these|those|two|three|four|five|one|another";
  /** An informant and the body it is at. */
  private static final Pattern AT_BODY = Pattern.compile("^(.*?\\S)\\s+(?:at|from|within|in|of|with)\\s+\\S.*$");

  private UnnamedPeople() {}

  /**
   * Whether {@code phrase} is such a group: a head of the list (an informant also before the body it is at) after at most five
   * words, each a determiner (first), a lower-case word, a country's adjective or name, or a listed modifier; a capitalized word of
   * any other kind names a body.
   */
  static boolean namesNobody(String phrase) {
    if (phrase == null) return false;
    String s = phrase.strip();
    Matcher at = AT_BODY.matcher(s);
    if (at.matches() && INFORMANTS.contains(at.group(1).substring(at.group(1).lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) s = at.group(1);
    String[] words = s.split("\\s+");
    if (words.length > 6 || !HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i];
      if (i == 0 && Regexes.matches(w, DETERMINER)) continue;
      if (Character.isLowerCase(w.charAt(0)) || MODIFIERS.contains(w.toLowerCase(Locale.ROOT)) || isCountry(w)) continue;
      return false;
    }
    return true;
  }

  private static boolean isCountry(String word) {
    for (var m : Lexicon.get().countries().find(word)) if (m.start() == 0 && m.end() == word.length()) return true;
    return false;
  }
}
