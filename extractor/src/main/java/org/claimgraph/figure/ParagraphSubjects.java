package org.claimgraph.figure;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * The country a paragraph is about, for a sentence of it that names none (devset/GUIDELINES.md "Places": the subject carries
 * over). On a page about several countries the paragraph's own subject wins over the page's main country:
 *
 * <pre>
 * "Spain is evaluating cuts to its €1.55 billion EV incentive program. Currently, customers can receive up to €7,000 …"
 *     on a page about France's subsidies                                                   → ES, not FR
 * "In Sweden, … plug-in hybrids … 22.6% of the market. In electric, sales increased by 79%" → SE
 * </pre>
 *
 * The one country the paragraph's sentences before it name, not where a flow goes or comes from ("exports to Japan", "imports
 * from Chile"), nor a country compared with ("than Germany"). Null where they name none or several: the page's country then
 * holds, as before; so does a paragraph about a company from another country. A sentence read alone has no paragraph before it, so it gains nothing here.
 */
final class ParagraphSubjects {
  /** A mention that is a flow's other end or a comparison, not the paragraph's subject. */
  private static final Pattern NOT_SUBJECT_BEFORE = Pattern.compile(
      "(?i)\\b(?:to|into|from|for|towards|than|with|against|behind|ahead\\s+of|like|including|such\\s+as|over|outside|except)\\s+(?:the\\s+)?$");

  private ParagraphSubjects() {}

  /**
   * The country the paragraph text before a sentence is about, or null.
   *
   * @param before the paragraph's text from its start to the sentence
   * @param lexicon the regions (a paragraph naming one is about no single country)
   */
  static String of(String before, PlaceResolver places, Lexicon lexicon) {
    if (before.isBlank()) return null;
    // "… most of Europe was either still growing … as German car sales ran off the road": a paragraph about a region is not one
    // country's (the EU, a place of its own, excepted).
    for (var r : lexicon.findRegions(before)) if (!"eu".equals(r.value().id())) return null;
    Set<String> found = subjects(before, places);
    if (found.size() != 1) return null;
    String country = found.iterator().next();
    // "LG Energy Solution signed … ESS orders based on its local U.S. … production. The company's ESS order backlog …": a
    // paragraph about a company from elsewhere is the company's (its home is settled by the rules for companies).
    for (String home : places.companyCountries(before)) if (!home.equals(country)) return null;
    return country;
  }

  /** The countries {@code text} names as a subject: not a flow's other end nor a country compared with. */
  static Set<String> subjects(String text, PlaceResolver places) {
    Set<String> found = new LinkedHashSet<>();
    // "The Chinese Sinomine Group invested over US$300 million towards the expansion of the plant" on a Zimbabwean page: a
    // company's home is no subject of the paragraph (HostedHoldings).
    var companies = places.companiesIn(text);
    for (var m : places.mentions(text)) if (subject(text, m) && !HostedHoldings.namesHome(m, text, companies)) found.add(m.value().code());
    return found;
  }

  /** Whether mention {@code m} of {@code text} names a subject: not a flow's other end nor a country compared with. */
  static boolean subject(String text, PhraseMatcher.Match<Lexicon.Country> m) {
    String lead = text.substring(Math.max(0, m.start() - 30), m.start());
    return !NOT_SUBJECT_BEFORE.matcher(lead).find() || FrontedTopics.fronted(text, m.start(), m.end());
  }
}
