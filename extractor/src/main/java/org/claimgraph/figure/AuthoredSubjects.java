package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A group or a record and its author as the subject of a verb of finding (credit16): the author credits the figures, as "X
 * found" would.
 *
 * <pre>
 * "Analysts surveyed by FactSet estimate Tesla will deliver 450,000 vehicles"                   → FactSet
 * "A recent report by the World Bank Group, for example, predicts that almost a 500% rise …"    → World Bank Group
 * "Experts from the consulting firm EY, however, cautioned that … only 0.5% above …"           → EY
 * "A survey of almost 12,000 British motorists by trade journal electrifying.com and road user
 *  group AA found only 9 per cent …"                                                              → electrifying.com and AA
 * </pre>
 *
 * The heads, links and verbs are those of authored-subjects.tsv; up to four lower-case words describing the author ("the
 * consulting firm", "trade journal") come before its name, and an aside between commas ("for example", "however") may stand
 * between the author and the verb.
 */
final class AuthoredSubjects {

  /** What was found: the author (two authors joined by "and" as the text joins them) and where the subject and verb lie. */
  record Authored(String author, int start, int end, int subjectStart, int verbEnd) {}

  private static final List<Map<String, String>> WORDS = Tsv.read("authored-subjects.tsv");
  /** A name: capitalized words, with "of", "for", "the" inside; or a web address written in lower case ("electrifying.com"). */
  private static final String NAME = "(?:\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|for|the)\\s+)*\\p{Lu}[\\p{L}&.'’-]*){0,6}"
      + "|\\p{Ll}[\\p{L}-]*\\.(?:com|org|net|co\\.uk))";
  private static final String DESCRIPTION = "(?:[Tt]he\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}?";
  private static final Pattern SUBJECT = Pattern.compile(
      "(?<![\\p{L}\\d])(?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Tt]hese)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?i:" + words("head") + ")['’]?"
          + "(?:\\s+of\\s+(?:[^,;()]|(?<=\\d),(?=\\d)){1,80}?)?\\s+(?:" + words("link") + ")\\s+"
          + DESCRIPTION + "(?<first>" + NAME + ")(?:\\s+and\\s+" + DESCRIPTION + "(?<second>" + NAME + "))?(?:\\s+\\([^()]{1,20}\\))?"
          + "(?:\\s*,\\s*(?:however|for\\s+example|for\\s+instance|meanwhile|though|also|too)\\s*,)?"
          + "\\s+(?:(?:also|had|have|has|now|further)\\s+)?(?:" + words("verb") + ")\\b");

  private AuthoredSubjects() {}

  private static String words(String role) {
    return String.join("|", WORDS.stream().filter(r -> role.equals(r.get("role")))
        .map(r -> Pattern.quote(r.get("words")).replace(" ", "\\E\\s+\\Q")).sorted((a, b) -> b.length() - a.length()).toList());
  }

  /** Whether {@code word} names a group or a record by its kind ("Analysts", "Researchers", "Survey"), which names nobody alone. */
  static boolean isHead(String word) {
    return HEADS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> HEADS =
      WORDS.stream().filter(r -> "head".equals(r.get("role"))).map(r -> r.get("words")).collect(java.util.stream.Collectors.toSet());

  /** The authored subjects of {@code sentence}, in text order; offsets are into the sentence. */
  static List<Authored> find(String sentence) {
    List<Authored> out = new ArrayList<>();
    Matcher m = SUBJECT.matcher(sentence);
    while (m.find()) {
      String first = m.group("first");
      String second = m.group("second");
      String author = second == null ? first : first + " and " + second;
      int end = second == null ? m.end("first") : m.end("second");
      out.add(new Authored(author, m.start("first"), end, m.start(), m.end()));
    }
    return out;
  }
}
