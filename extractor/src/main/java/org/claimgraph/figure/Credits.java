package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

/**
 * Credits as a reader names them: the named source behind the words that introduce it, and no
 * source at all for phrases that name nobody.
 *
 * <pre>
 * "data from the General Administration of Customs"          → "the General Administration of Customs"
 * "the China Association of Automobile Manufacturers (CAAM)" → "the China Association of Automobile Manufacturers"
 * "CAAM data"                                                 → "China Association of Automobile Manufacturers"
 * "government body Cochilco"                                  → "Cochilco"
 * "reports", "the data", "data released Friday", "traders"   → nobody ({@link #namesNobody})
 * "which was in line with"                                    → nobody (a relative clause)
 * </pre>
 */
public final class Credits {

  private static final Pattern INTRO = Pattern.compile(
      "(?i)^(?:(?:new|the|latest|official|preliminary|monthly|weekly|annual|recent)\\s+)*(?:trade\\s+)?"
          + "(?:data|figures|statistics|numbers|information|estimates|calculations)\\s+"
          + "(?:from|by|of|released\\s+by|published\\s+by|provided\\s+by|compiled\\s+(?:from|by)|issued\\s+by|come\\s+from)\\s+");
  private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}&.-]{1,9})\\)$");
  private static final Pattern TRAILING_DATA = Pattern.compile(
      "(?i)\\s+(?:trade\\s+)?(?:data|figures|statistics|numbers)(?:\\s+\\(opens in a new tab\\))?$");
  private static final Pattern NOBODY = Pattern.compile(
      "(?i)^(?:(?:the|some|these|those|new|latest|official|recent|media|news|local|industry|market|other|several|many|preliminary)\\s+)*"
          + "(?:reports?|data|figures|statistics|numbers|estimates|forecasts|analysts|sources|experts|observers|traders|officials"
          + "|insiders|watchers|market\\s+watchers|people|participants|economists|calculations|it|they|research|studies|surveys?)"
          + "(?:\\s+(?:released|published|showed?|shown|available|compiled)(?:\\s+\\p{L}+)?)?$");
  private static final Pattern RELATIVE = Pattern.compile("(?i)^(?:which|that|who|whose|as)\\b.*");
  /** "government body Cochilco", "research agency BMI": lower-case descriptors before a name. */
  private static final Pattern DESCRIPTOR_NAME = Pattern.compile(
      "^(?:(?:the|a|an)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){1,4}(\\p{Lu}[\\p{L}&.’'-]*(?:\\s+(?:\\p{Lu}[\\p{L}&.’'-]*|of|for|and|de))*)$");

  private Credits() {}

  /** Whether a credited phrase names nobody: "reports", "the data", "data released Friday", a relative clause. */
  public static boolean namesNobody(String source) {
    if (source == null) return true;
    String s = source.strip();
    return s.isEmpty() || NOBODY.matcher(s).matches() || RELATIVE.matcher(s).matches()
        || !s.chars().anyMatch(Character::isLetter);
  }

  /** The named source of a credited phrase (see the class comment); the phrase itself when nothing applies. */
  public static String normalize(String source, Lexicon lexicon) {
    if (source == null) return null;
    String s = source.strip();
    Matcher intro = INTRO.matcher(s);
    if (intro.find() && intro.end() < s.length()) s = s.substring(intro.end());
    // "CAAM data", "new Eurostat trade data": the data of a name; "customs data" and "an analysis of customs data" stay.
    Matcher data = TRAILING_DATA.matcher(s);
    if (data.find() && !s.substring(0, data.start()).matches("(?s).*\\b(?:of|from|on)\\s+\\S+$")) {
      String rest = s.substring(0, data.start());
      String last = rest.substring(rest.lastIndexOf(' ') + 1);
      if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) s = rest;
    }
    s = ACRONYM_AFTER.matcher(s).replaceFirst("");
    // An organization written by its short form ("CAAM", "IEA") is named in full.
    for (var m : lexicon.organizations().find(s)) {
      if (m.start() == 0 && m.end() == s.length() && m.text().equals(m.text().toUpperCase(Locale.ROOT))) return m.value();
    }
    Matcher d = DESCRIPTOR_NAME.matcher(s);
    if (d.matches() && !s.matches("(?i)^(?:the|a|an)\\s+\\p{Lu}.*")) s = d.group(1);
    return s.strip();
  }
}
