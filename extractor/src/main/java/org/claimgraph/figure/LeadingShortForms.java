package org.claimgraph.figure;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form written first, its full name after it in brackets (credit33c): "ABVE (Brazilian Electric Vehicle Association)",
 * "Fenabrave (National Federation of Motor Vehicle Distributors)", "IBGE (Brazilian Institute of Geography and Statistics)".
 * Pages that relay a body of another language name it so, the short form being its own language's. The credit is the full
 * name the page gives (GUIDELINES: full name where the page gives one), also where a later credit uses the short form alone
 * ("According to ABVE, …"). The bracket must name a body (short-form-bodies.tsv: association, federation, institute …):
 * "HGV (Heavy Goods Vehicle)" and "IPIM (Mining Industrial Production Index)" define no source.
 */
final class LeadingShortForms {

  /** One word (capitals or a capitalized name), then a name of capitalized words with link words inside, in brackets. */
  private static final Pattern LEADING = Pattern.compile(
      "(?<![\\p{L}\\d&.-])(\\p{Lu}[\\p{L}&]{1,11})\\s+\\(((?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of|for|and|on|de|the|&|\\p{Lu}[\\p{L}'’-]*)){1,8})\\)");

  private LeadingShortForms() {}

  /** Short form → the full name in the bracket after it, for each such pair whose full name names a body. */
  static Map<String, String> defined(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher m = LEADING.matcher(text);
    while (m.find()) if (namesBody(m.group(1), m.group(2))) out.putIfAbsent(m.group(1), m.group(2));
    return out;
  }

  /** The full name of a credit written "ABVE (Brazilian Electric Vehicle Association)", else null. */
  static String fullName(String credit) {
    Matcher m = LEADING.matcher(credit.strip());
    if (!m.matches() || !namesBody(m.group(1), m.group(2))) return null;
    return m.group(2);
  }

  private static boolean namesBody(String shortForm, String longForm) {
    if (Credits.isPlace(shortForm) || Credits.isPlace(longForm)) return false;
    return Arrays.stream(longForm.split("\\s+")).anyMatch(w -> Character.isUpperCase(w.charAt(0)) && ShortForms.bodyNoun(w));
  }
}
