package org.claimgraph.figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A back-reference to a body named before, written so that {@link CreditResolver}'s reference shape ("the ministry", "the
 * agency") does not see it (credit28e; GUIDELINES attribution rules 1 and 2: the body the page named is the source):
 * <ul>
 *   <li>without its article, as pages written by non-native writers or translated drop it: "According to ministry, uranium
 *       production in Kazakhstan in January-October 2018 reached 17.8 thousand tonnes" (London Daily, after "Kazakhstan’s
 *       Energy Ministry said");</li>
 *   <li>as the body behind a document: "According to a statement shared by the ministry, the import tax … has been reduced"
 *       (EV Mobility Africa, after "According to the Ministry of Finance of Ethiopia"), "according to a statement issued by
 *       the agency".</li>
 * </ul>
 * Both read as "the ministry"; the resolver then takes the body credited before, as for any back-reference. Words in
 * relayed-references.tsv.
 */
final class RelayedReferences {

  private RelayedReferences() {}

  private static final List<java.util.Map<String, String>> ROWS = Tsv.read("relayed-references.tsv");
  private static final Set<String> BODIES = words("body");
  /** "ministry", "energy ministry": a body's head noun, lower case, with at most one lower-case word before it. */
  private static final Pattern BARE = Pattern.compile("(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?<head>" + alternation(BODIES) + ")");
  /** "a statement shared by the ministry", "the press release issued by the agency": the body behind a document. */
  private static final Pattern DOCUMENT = Pattern.compile(
      "(?i)(?:a|an|the|its|their)\\s+(?:\\p{Ll}+\\s+)?(?:" + alternation(words("document")) + ")\\s+(?:(?:" + alternation(words("verb"))
          + ")\\s+)?(?:by|from)\\s+(?<ref>(?:the|this|that)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?:" + alternation(BODIES) + "))");

  /** The written credit as a back-reference with its article ("the ministry"), or null when it is none of these shapes. */
  static String reference(String written) {
    if (written == null) return null;
    String w = written.strip();
    var bare = BARE.matcher(w);
    if (bare.matches()) return "the " + w;
    var doc = DOCUMENT.matcher(w);
    if (doc.matches()) return doc.group("ref");
    return null;
  }

  private static Set<String> words(String kind) {
    return ROWS.stream().filter(r -> r.get("kind").equals(kind)).map(r -> r.get("word")).collect(Collectors.toSet());
  }

  /** Longest first, so that "press release" wins over "release". */
  private static String alternation(Set<String> words) {
    return words.stream().sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
