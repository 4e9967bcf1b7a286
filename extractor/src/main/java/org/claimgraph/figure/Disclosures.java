package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A company's own disclosure of its figures (lexicon {@code company-disclosures.tsv}): a document it
 * files or issues is no source of its own, the company is.
 *
 * <pre>
 * "a stock filing", "its filing", "the filing", "a Hong Kong stock exchange filing"   → a document (the company of the context)
 * "CATL's filing", "Tianqi's annual report"                                            → a document of CATL, of Tianqi
 * "a statement on its third-quarter results"                                           → a document
 * "a statement from the Ministry of Commerce", "the report"                            → no company document
 * "Li Auto, XPeng and Nio released their May delivery figures"                         → companies publishing their own results
 * </pre>
 */
final class Disclosures {

  private static final Disclosures INSTANCE = new Disclosures();

  private final Pattern document;
  private final Pattern ownResults;

  private Disclosures() {
    List<String> documents = new ArrayList<>();
    List<String> results = new ArrayList<>();
    for (var row : Tsv.read("company-disclosures.tsv")) {
      (row.get("kind").equals("results") ? results : documents).add(row.get("phrase"));
    }
    String docs = alternatives(documents);
    // Determiner or possessor, up to four modifiers ("Hong Kong stock exchange"), the document, and what it is on
    // ("to the Shenzhen Stock Exchange", "on its third-quarter results"); never "from"/"by" another body.
    this.document = Pattern.compile("(?i)^(?:(?:a|an|the|its|their|this|that|company['’]s|the\\s+company['’]s)\\s+"
        + "|(?-i:(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}))['’]s?\\s+)?(?:[\\p{L}-]+\\s+){0,4}?" + docs
        + "(?:\\s+(?:to|with|on|for|about)\\s+(?!.*\\b(?:from|by)\\b).*)?$");
    String res = alternatives(results);
    // "(?=[abdprt])": the first letters of the two alternatives' words, tested before the word boundary at each position
    // (the same matches; the pattern runs over whole articles).
    this.ownResults = Pattern.compile("(?i)(?=[abdprt])(?:\\b(?:released|reported|published|announced|posted|disclosed)\\s+their\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+){0,3}?"
        + res + "\\b|\\b(?:both|all|the\\s+(?:two|three|four|five))\\s+(?:companies|automakers|carmakers|makers|firms|startups|producers|miners)"
        + "\\s+(?:released|reported|published|announced|posted|disclosed)\\b)");
  }

  static Disclosures get() {
    return INSTANCE;
  }

  /** Longest first, so that "stock filing" is tried before "filing". */
  private static String alternatives(List<String> phrases) {
    return "(?:" + String.join("|", phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList()) + ")";
  }

  /** Whether a credited phrase is a company's own document ("a stock filing", "its filing", "CATL's filing"). */
  boolean isDocument(String phrase) {
    return phrase != null && document.matcher(phrase.strip()).matches();
  }

  /** The company a document names as its owner ("CATL's filing" → CATL), or null. */
  String owner(String phrase) {
    if (phrase == null) return null;
    Matcher m = document.matcher(phrase.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** Whether the text says that companies published their own figures ("… released their May delivery figures"). */
  boolean companiesPublishTheirOwn(String text) {
    return ownResults.matcher(text).find();
  }
}
