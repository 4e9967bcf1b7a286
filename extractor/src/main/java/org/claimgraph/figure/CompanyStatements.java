package org.claimgraph.figure;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * A company speaking of itself: "Glencore said", "the company noted", "The Anglo-Swiss company said", "China Moly, which
 * operates …, said". Its statement covers its own sentence and what continues it, never the lead's figures stated before it
 * ("half a million vehicles" before "BYD reported …" credits nobody, GUIDELINES-ev e-08); companies.tsv names few of the
 * companies news reports on, so the statement is known by its form too: a reference back to a company ("the company", "the
 * miner") with any cue, or a verb of saying after a name that is no body the lexicon knows (an office, association, agency,
 * news outlet or research body) and names no kind of research body or association ("Rho Motion", "Cox Automotive", "the
 * Society of Motor Manufacturers and Traders").
 */
final class CompanyStatements {

  /** "the company", "the miner", "The Anglo-Swiss company", "the London-listed miner": a company named before. */
  static final Pattern COMPANY_REFERENCE = Pattern.compile(
      "(?i)^(?:the|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:company|miner|mining company|group|automaker|carmaker|producer|maker|manufacturer)$");
  /** A company's own words: "said", "noted", "reiterated", "reported" (not "according to", "data showed"). */
  private static final Pattern SPEECH = Pattern.compile(
      "(?i)said|says|say|noted|notes|reiterated|reiterates|told|added|stated|announced|reported|reports|posted|disclosed|revealed");
  /**
   * Names of kinds of bodies that speak of a market, not of themselves: research and data firms, and makers' associations ("The
   * Society of Motor Manufacturers and Traders said" after the lead, fresh2 and fresh3, credits it).
   */
  private static final Pattern BODY_NAME = Pattern.compile(
      "\\b(?:Research|Intelligence|Markets?|Motion|Automotive|Analytics|Insights?|Consult\\p{L}*|Securities|Capital|Bank|News|Times"
          + "|Survey|Statistics|Data|Monitor|Society|Association|Union|Organi[sz]ation|Forum|Federation|Council|Alliance|Chamber"
          + "|Institute|Commission|Agency|Authority)\\b");

  /** The forms of the companies organizations.tsv lists ("Glencore"): bodies the lexicon knows, and companies. */
  private static final Set<String> LISTED = Tsv.read("organizations.tsv").stream().filter(r -> "company".equals(r.get("type")))
      .flatMap(r -> java.util.stream.Stream.of(r.get("name"), r.get("form"))).collect(Collectors.toSet());

  private CompanyStatements() {}

  /** Whether organizations.tsv lists {@code source} as a company ("Glencore", "the Glencore"). */
  /** The company names of companies.tsv, as written there. */
  static final java.util.Set<String> COMPANY_FORMS = org.claimgraph.lexicon.Tsv.read("companies.tsv").stream().map(r -> r.get("form"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static boolean listedCompany(String source) {
    return source != null && LISTED.contains(Regexes.replaceFirst(source.strip(), "^(?:the|The)\\s+", ""));
  }

  /**
   * Whether a credit written {@code written}, named {@code source}, given by the cue {@code cue}, is a company's statement of
   * itself; {@code knownBody}: the lexicon knows the source as a place, office, association, outlet or research body.
   */
  static boolean of(String written, String source, String cue, boolean knownBody) {
    if (written == null || source == null) return false;
    if (COMPANY_REFERENCE.matcher(written.strip()).matches()) return true;
    if (knownBody || cue == null || !SPEECH.matcher(cue).matches()) return false;
    String name = Regexes.replaceFirst(source.strip(), "^(?:the|The)\\s+", "");
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !BODY_NAME.matcher(name).find();
  }
}
