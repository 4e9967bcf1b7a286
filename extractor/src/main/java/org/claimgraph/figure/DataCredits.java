package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * A body as the subject of a verb publishing a record, which the cue lexicon misses (credit8, round 8): "Zapmap has
 * published new statistics on …, showing", "the China Automotive Power Battery Industry Innovation Alliance released the
 * latest data, showing that …", "SMMT has published Electric Vehicle (EV) registration figures for …". The subject is read
 * back from the verb by {@link AttributionFinder}. A record compiled from another one is the compiler's ("Ferroalloy Online
 * compiled data based on data from the General Administration of Customs": fresh5 call). A publishing verb whose object
 * is no record ("China on Saturday released 150,000 tonnes of industrial metals") credits nobody. "The State Statistics Committee
 * has provided data on electric vehicle imports" (a page's lead, credit27b) names the record's owner as "released" does.
 */
final class DataCredits {

  /** A publishing verb whose object is a record: the verb's offset, the verb, and where a chain it opens ends. */
  record Published(int verb, String cue, int chainEnd) {}

  private static final String RECORD = "(?i:data|statistics|figures|numbers|report|survey|estimates|tally|index)";
  /**
   * The verb, then up to six words of the record's name ("its monthly New Residential Home Sales", "Electric Vehicle (EV)
   * registration"), none a preposition or a verb's word (which would make it a clause, not an object), then the record.
   */
  private static final Pattern PUBLISHED = Pattern.compile(
      "\\b(released|published|issued|compiled|posted|unveiled|provided|put\\s+out)\\s+"
          + "(?:(?!(?:by|from|to|in|on|at|for|of|that|which|with|as|was|were|is|are|and|no)\\b)[\\p{L}\\d()&’'-]+\\s+){0,6}?"
          + RECORD + "\\b");
  /**
   * A record not given: "Tesla provided no data on deliveries, but analysts estimate …", "the ministry has not released figures
   * for …", "hasn't published its tally": the subject publishes nothing the figures could be credited to ("no" is kept out of
   * the record's name above).
   */
  private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|\\bnever|n['’]t)\\s+(?:yet\\s+)?$");
  /** "… data based on data from X", "compiled figures from X": the input of the compiler's record, no credit of its own. */
  private static final Pattern CHAIN = Pattern.compile("\\G\\s+(?:(?:which\\s+(?:are|were|is|was)\\s+)?based\\s+on|from|using|drawn\\s+from)\\b[^,;:]*");

  /**
   * "Electric Vehicle (EV) chargepoint mapping service Zapmap": the name after a description ending in a lower-case noun
   * (not the "s" of a possessive: "Indonesia's Energy Ministry" is one name).
   */
  private static final Pattern DESCRIBED = Pattern.compile(
      "^.*\\b(?<!['’])(?!(?:of|for|and|de|the|du|la|von|van)\\b)\\p{Ll}[\\p{L}-]*\\s+(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,4})$");

  /**
   * "…, of the Ministry of Infrastructure, compiled by ABVE", "…, collated by the Electric Vehicle Council": the body that made
   * the record of another one's input, named after it (credit33c).
   */
  private static final Pattern COMPILED_BY = Pattern.compile(
      "^[^.;:]*?,?\\s+(?:compiled|collated|tabulated|processed|aggregated)\\s+by\\s+((?:the\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*"
          + "(?:\\s+(?:of|for|and|on|de|the|&|\\p{Lu}[\\p{L}\\d&.'’-]*)){0,8}(?:\\s+\\(\\p{Lu}[\\p{L}&]{1,9}\\))?)");

  private DataCredits() {}

  /** The compiler {@code rest} (what follows a record's input) names, else null: ", compiled by ABVE." → ABVE. */
  static String compiler(String rest) {
    Matcher m = COMPILED_BY.matcher(rest);
    if (!m.find()) return null;
    String name = Regexes.replaceFirst(Regexes.replaceFirst(m.group(1), "(?:\\s+(?:of|for|and|on|de|the|&))+$", ""), "\\.$", "");
    return Credits.isPlace(name) ? null : name;
  }

  /** Where the name starts in {@code subject} when a description comes before it, else 0. */
  static int nameStart(String subject) {
    Matcher m = DESCRIBED.matcher(subject);
    return m.matches() ? m.start(1) : 0;
  }

  /** The publishing verbs of {@code sentence} whose object is a record, in text order. */
  static List<Published> published(String sentence) {
    List<Published> out = new ArrayList<>();
    // "Li Auto Inc LI, XPeng Inc XPEV, and Nio Inc NIO released their May delivery figures": each company its own results
    // (company-disclosures.tsv), which CreditResolver gives each figure's company.
    if (Disclosures.get().companiesPublishTheirOwn(sentence)) return out;
    Matcher m = PUBLISHED.matcher(sentence);
    while (m.find()) {
      if (NEGATED.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()) continue;
      Matcher chain = CHAIN.matcher(sentence);
      int end = chain.find(m.end()) && chain.start() == m.end() ? chain.end() : m.end();
      out.add(new Published(m.start(), Regexes.replaceAll(m.group(1), "\\s+", " "), end));
    }
    return out;
  }
}
