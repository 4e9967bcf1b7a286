package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * The source a page's headline names, for a page whose body names none (GUIDELINES' fresh14 call: "A headline's 'Says ICSG'
 * is the page-level credit when the body names no source"; credit34a). A page of bare findings ("Preliminary data indicates
 * that world mine production declined by about 1.8%", a list of findings under "Coastal Livelihood and Environmental Action
 * Network (CLEAN): Key Findings", a relay titled "… – CleanTechnica") states its source once, in the title: the title's
 * credit covers the figures, as an agency dateline's does (attribution rule 3). Headline shapes, as news writes them:
 * <ul>
 *   <li>a trailing speech verb: "…, Says ICSG", "… rises, says Wood Mackenzie"; or the source before it: "…, BloombergNEF says";</li>
 *   <li>a findings title: "Coastal Livelihood and Environmental Action Network (CLEAN): Key Findings";</li>
 *   <li>a source set off by a dash or a colon, after or before the headline ("… – CleanTechnica", "…: WBMS", "ICSG: …"):
 *   only a body the lexicon knows (organizations.tsv), since a dash or colon also sets off a publisher's own name, a
 *   place or a kicker ("Regions: Poland", "– Reports").</li>
 * </ul>
 * A name the headline gives as the page's publisher credits nobody (the caller checks), and so do words naming nobody
 * ("says minister", "says study on easy bikes", ": Report").
 */
final class HeadlineSources {

  /** A name in a headline: capitalized words, with the small words of a body's name between them. */
  private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|and|for|the|de|on))*";

  /** "…, Says ICSG", "…, says Wood Mackenzie", "… - according to Fitch": a speech verb, then the source, ending the title. */
  private static final Pattern SAYS_SOURCE = Pattern.compile(
      "(?:,|\\s[-–—:])\\s*(?i:says|said|according\\s+to|finds|reports|shows)\\s+(?:the\\s+)?(" + NAME + ")\\s*$");

  /** "…, BloombergNEF says", "…, Fitch said", "…, Zapmap figures show": the source (or its record), then the verb, ending the title. */
  private static final Pattern SOURCE_SAYS = Pattern.compile(
      ",\\s*(?:the\\s+)?(" + NAME + ")(?:['’]s?)?\\s+(?:(?i:figures|data|research|analysis|survey|report)\\s+)?(?i:says|said|finds|reports|shows?)\\s*$");

  /** "Coastal Livelihood and Environmental Action Network (CLEAN): Key Findings": a body's findings, titled by its name. */
  private static final Pattern FINDINGS = Pattern.compile(
      "^(" + NAME + ")(?:\\s*\\(\\p{Lu}[\\p{L}&]{1,9}\\))?\\s*:\\s*(?i:(?:key|main|major)\\s+)?(?i:findings|highlights|facts\\s+and\\s+figures)\\b.*$");

  /** "… – CleanTechnica", "…: WBMS": a name set off at the title's end. */
  private static final Pattern SET_OFF_AFTER = Pattern.compile("(?:\\s[-–—|]|:)\\s*(" + NAME + ")\\s*$");

  /** "ICSG: Global Copper Mine Production Rises in 2025": a name set off at the title's start. */
  private static final Pattern SET_OFF_BEFORE = Pattern.compile("^(" + NAME + ")\\s*:\\s+\\S");

  /** Words a headline's speech verb may name that are no source: an office, a kind of document, people unnamed. */
  private static final Pattern NO_SOURCE = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:" + Tsv.literalAlternation(rows("office"), "form") + ")\\b.*");

  private HeadlineSources() {}

  /** The source {@code title} names as its findings' owner, as written, or null. */
  static String source(String title, Lexicon lexicon) {
    if (title == null || title.isBlank()) return null;
    String t = title.strip();
    Matcher m = SAYS_SOURCE.matcher(t);
    if (m.find()) return named(m.group(1));
    m = SOURCE_SAYS.matcher(t);
    if (m.find()) return named(m.group(1));
    m = FINDINGS.matcher(t);
    if (m.matches()) return named(m.group(1));
    m = SET_OFF_AFTER.matcher(t);
    if (m.find() && known(m.group(1), lexicon)) return m.group(1).strip();
    m = SET_OFF_BEFORE.matcher(t);
    if (m.find() && known(m.group(1), lexicon)) return m.group(1).strip();
    return null;
  }

  /** A speech verb's name, unless it names nobody or a place ("says minister", "says Kenya"). */
  private static String named(String name) {
    String n = name.strip();
    if (NO_SOURCE.matcher(n).matches() || Credits.namesNobody(n) || Credits.isPlace(n)) return null;
    return n;
  }

  /**
   * A set-off name no verb ties to the figures that still names a body: one the lexicon knows ("CleanTechnica", "Wood
   * Mackenzie") or a body's short form in capitals ("ICSG", "WBMS"), not a kicker ("UPDATE", "EXCLUSIVE") nor a place ("USA").
   */
  private static boolean known(String name, Lexicon lexicon) {
    String n = name.strip();
    if (n.length() < 2 || Credits.isPlace(n) || NO_SOURCE.matcher(n.toLowerCase(Locale.ROOT)).matches()) return false;
    return lexicon.organizations().whole(n) != null || SHORT_FORM.matcher(n).matches() && !KICKER.matcher(n).matches();
  }

  /** A body's short form: three to six capitals ("ICSG", "WBMS", "PCJCCI"). */
  private static final Pattern SHORT_FORM = Pattern.compile("\\p{Lu}{3,6}");

  /** A headline's kicker in capitals, which names no body. */
  private static final Pattern KICKER = Pattern.compile(Tsv.literalAlternation(rows("kicker"), "form"));

  private static java.util.List<java.util.Map<String, String>> rows(String role) {
    return Tsv.read("headline-no-sources.tsv").stream().filter(r -> r.get("role").equals(role)).toList();
  }
}
