package org.claimgraph.figure;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A document named by its title, which credits its owner or issuer (credit33c; GUIDELINES: report and data words are dropped
 * where the body is named, a document credits the body that issues it). The title's words are capitalized and it ends on a
 * head of document-titles.tsv ("Summaries", "Outlook", "Forecast"):
 *
 * <pre>
 * "the latest Minerals Commodity Summaries published by the United States Geological Survey" → "the United States Geological Survey"
 * "the Tesla Employment Forecast", "the IEA Global EV Outlook"                             → "Tesla", "IEA"
 * </pre>
 *
 * The owner before a title must be a known body (organizations.tsv, companies.tsv, a short form the page defines): "the EV
 * Outlook" and "the Global Critical Minerals Outlook" name nobody before the title and stay as written. A record named with a
 * lower-case head ("An AMIA report published by Inegi") is the owner's, not the publisher's (Credits' RELAYED_RECORD).
 */
final class TitledRecords {

  private static final String HEADS = String.join("|",
      Tsv.read("document-titles.tsv").stream().map(r -> r.get("head")).sorted().toList());
  private static final String LEAD = "(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:(?:latest|new|most\\s+recent|recent|annual|monthly|quarterly|\\d{4})\\s+)*";
  private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}&’'-]*|of|and|on|for|\\d{4}(?:-\\d{2,4})?)";

  /** A title (capitalized words ending on a head), then who published it. */
  private static final Pattern PUBLISHED = Pattern.compile(
      "^" + LEAD + "\\p{Lu}[\\p{L}&-]*(?:\\s+" + TITLE_WORD + "){0,6}?\\s+(?:" + HEADS + ")(?:\\s+\\d{4}(?:-\\d{2,4})?)?"
          + "\\s+(?:published|issued|released|produced|prepared|compiled)\\s+by\\s+((?:the\\s+)?\\p{Lu}.*)$");
  /** The owner's name, then the title's other words and its head. */
  private static final Pattern OWNED = Pattern.compile(
      "^" + LEAD + "(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&’'.-]*){0,7})\\s+(?:" + HEADS + ")(?:\\s+\\d{4}(?:-\\d{2,4})?)?$");

  private TitledRecords() {}

  /** The owner or issuer of the titled document {@code credit} names, else null. */
  static String owner(String credit, Lexicon lexicon, Map<String, String> acronyms) {
    if (credit == null) return null;
    String s = credit.strip();
    Matcher p = PUBLISHED.matcher(s);
    if (p.matches() && !Credits.isPlace(p.group(1))) return p.group(1).strip();
    Matcher o = OWNED.matcher(s);
    if (!o.matches()) return null;
    // The shortest run of words before the title's other words that is a known body: "Tesla" of "the Tesla Employment Forecast".
    String[] words = o.group(1).split("\\s+");
    for (int n = 1; n < words.length; n++) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      if (CompanyStatements.COMPANY_FORMS.contains(name) || acronyms.containsKey(name) || lexicon.organizationNamed(name) != null) return name;
    }
    return null;
  }
}
