package org.claimgraph.figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A back-reference to a body named before, written so that {@link CreditResolver}'s reference shape ("the ministry", "the
 * agency") does not see it (credit28e; GUIDELINES attribution rules 1 and 2: the body the page named is the source):
 * <ul>
 *   <li>without its article, as pages written by non-native writers or translated drop it: "According to ministry, uranium
 *       production in Kazakhstan in January-October 2018 reached 17.8 thousand tonnes" (London Daily, after "Kazakhstan’s
 *       Energy Ministry said");</li>
 *   <li>after the relative pronoun of its clause: "… blaming protesters …, which the company said led to a 70% drop in ore
 *       extraction" (South Caucasus, after "Georgian Manganese also cited ore shortages");</li>
 *   <li>as the body behind a document: "According to a statement shared by the ministry, the import tax … has been reduced"
 *       (EV Mobility Africa, after "According to the Ministry of Finance of Ethiopia"), "according to a statement issued by
 *       the agency".</li>
 * </ul>
 * All read as "the ministry", "the company"; the resolver then takes the body credited before, as for any back-reference. Words in
 * relayed-references.tsv. A company's nationality before its head noun ("the Australian company") is {@link DescribedBodies}'
 * job, not this class's.
 */
final class RelayedReferences {

  private RelayedReferences() {}

  private static final List<java.util.Map<String, String>> ROWS = Tsv.read("relayed-references.tsv");
  private static final Set<String> BODIES = words("body");
  /** "ministry", "energy ministry": a body's head noun, lower case, with at most one lower-case word before it. */
  private static final Pattern BARE = Pattern.compile("(?!(?:the|this|that|these|those|its|their|a|an)\\s)(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?<head>" + alternation(BODIES) + ")");
  /** "a statement shared by the ministry", "the press release issued by the agency": the body behind a document. */
  private static final Pattern DOCUMENT = Pattern.compile(
      "(?i)(?:a|an|the|its|their)\\s+(?:\\p{Ll}+\\s+)?(?:" + alternation(words("document")) + ")\\s+(?:(?:" + alternation(words("verb"))
          + ")\\s+)?(?:by|from)\\s+(?<ref>(?:the|this|that)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?:" + alternation(BODIES) + "))");

  /**
   * The written credit as a back-reference with its article ("the ministry", "the company"), or null when it is none of these
   * shapes. The caller still checks the result is a reference it resolves.
   */
  static String reference(String written, Lexicon lexicon) {
    if (written == null) return null;
    String w = written.strip();
    // "which the company": the clause's pronoun belongs to no name.
    w = w.replaceFirst("^(?:which|that|who|as)\\s+(?=(?:the|this|that)\\s)", "");
    var bare = BARE.matcher(w);
    if (bare.matches()) return "the " + w;
    if (!w.equals(written.strip())) return w;
    var doc = DOCUMENT.matcher(w);
    if (doc.matches()) return doc.group("ref");
    return null;
  }

  /**
   * "In December 2019, Toronto-listed Meridian Mining placed its Brazilian manganese operation on care and maintenance … The price
   * of manganese concentrates, the company says, declined by 48%" (Mining Decisions): a company reference that nothing credited
   * before resolves takes the company an earlier sentence of the window opens on, as its subject (a capitalized name, after an
   * opening time phrase and a "-listed"/"-based" description, before a verb). The nearest such sentence; null when none.
   */
  static String subjectBefore(String window, Lexicon lexicon) {
    if (window == null) return null;
    String found = null;
    Matcher start = SENTENCE_START.matcher(window);
    while (start.find()) {
      // a region, not a copy of the rest of the window per sentence (the window can be several paragraphs)
      Matcher m = SUBJECT.matcher(window).region(start.end(), window.length());
      if (!m.lookingAt()) continue;
      String name = m.group("name");
      if (Credits.isPlace(name) || AttributionFinder.isPersonName(name) || isCountryAdjective(name.split(" ")[0], lexicon)) continue;
      found = name;
    }
    return found;
  }

  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|(?<=[.!?][\"”’]?)\\s+|\\n+)(?=\\p{Lu})");
  /** "In December 2019, Toronto-listed Meridian Mining placed", "Lynas said": a name of two to five capitalized words, then a verb. */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?:(?:In|On|At|By|Last|Earlier|Later)\\s[^,.]{1,30},\\s+)?(?:[\\p{L}-]+-(?:listed|based)\\s+(?:company\\s+|miner\\s+|firm\\s+)?)?"
          + "(?<name>(?!(?:The|This|That|These|Those|It|In|On|At|But|And|However)\\b)\\p{Lu}[\\p{L}&-]+(?:\\s+\\p{Lu}[\\p{L}&.-]*){1,4})"
          + "\\s+(?:also\\s+|has\\s+|had\\s+)?(?:\\p{Ll}+ed|said|says|reported|announced|posted|produced|sold|shipped)\\b");

  private static boolean isCountryAdjective(String word, Lexicon lexicon) {
    for (var m : lexicon.countries().find(word)) {
      if (m.start() == 0 && m.end() == word.length() && "adjective".equals(m.value().type())) return true;
    }
    return false;
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
