package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Titles;

/**
 * A credit phrase cut to the source it names (issue 10 §6: one source, one name; credit20a). The words around a name say
 * what of the source the figures come from, who it is or where the writer found it, and are no part of whom a reader
 * credits:
 *
 * <pre>
 * "The FCAI monthly figures"                                  → "FCAI"            (the body's record)
 * "the government’s Vahan portal", "data available on the MHI website" → "Vahan", "MHI" (the site that gives the data)
 * "a Reuters analysis of the figures"                         → "Reuters"         (its own work on figures the text gave)
 * "Experian (via Automotive News)"                            → "Experian"        (guidelines: "X (via Y)" credits X)
 * "a report in the Nikkei Asian Review the price of …"        → "Nikkei Asian Review" (the outlet the report ran in)
 * "China’s state-run newspaper Global Times"                  → "Global Times"    (a place's description before a name)
 * "director general of minerals and coal Tri Winarno"         → "Tri Winarno"     (an office in lower case before a person)
 * "The announcement comes a day after the government"         → "the government"  (the subject after the clause it follows)
 * "Tesla Inc. published a compilation of analyst"             → "Tesla Inc."      (the subject of a verb of publishing)
 * "Cox Automotive’s Kelley Blue Book", "Statista's Anna Fleck" → "Kelley Blue Book", "Anna Fleck" (the owner's unit or person)
 * </pre>
 *
 * <p>"a Platts analysis of customs data" names what was analysed and stays (a chain, as "Reuters, citing customs data").
 */
final class SourcePhrases {

  private SourcePhrases() {}

  /** A name: capitalized words (an acronym, "Vahan", "Nikkei Asian Review"), "of", "for", "and" inside. */
  private static final String NAME = "\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+(?:(?:of|for|and|de)\\s+)*\\p{Lu}[\\p{L}\\d&.'’-]*){0,6}";
  /** A person's name: two or three capitalized words. */
  private static final String PERSON = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";

  private static final Pattern VIA = Pattern.compile("^(.*\\p{Lu}.*?)\\s*\\(via\\s+[^()]+\\)$");
  /** "The FCAI monthly figures", "SMMT new car registration data": up to two lower-case words between the name and its record. */
  private static final Pattern RECORD_AFTER_NAME = Pattern.compile(
      "^(?:[Tt]he\\s+)?(" + NAME + ")(?:['’]s?)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,2}(?:data|figures|statistics|numbers)$");
  /** "the latest monthly sales figures from the Society of Motor Manufacturers and Traders (SMMT)": a record from a named body. */
  private static final Pattern RECORD_FROM_NAME = Pattern.compile(
      "^(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:data|figures|statistics|numbers)\\s+(?:from|by)\\s+((?:the\\s+)?" + NAME + ")"
          + "(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?$");
  /**
   * "the government’s Vahan portal", "end-of-day sales data from the government's Vahan website", "data available on the MHI
   * website", "the latest data from Vahan Dashboard": the site the data is on is its source.
   */
  private static final Pattern SITE = Pattern.compile(
      "^(?:(?:[\\p{L}-]+\\s+){0,3}?(?:data|figures|statistics|numbers|information)\\s+(?:(?:available|published|posted|shown)\\s+)?(?:on|from|at|in|via)\\s+)?"
          + "(?:the\\s+)?(?:\\p{L}+['’]s\\s+)?['‘’\"]?(" + NAME + ")['’\"]?\\s+(?i:web\\s*site|portal|dashboard|database|site)(?:\\s+of\\s+.+)?$");
  /** "a report in the Nikkei Asian Review", with what a missing comma let run on after it ("… the price of …"). */
  private static final Pattern OUTLET_REPORT = Pattern.compile(
      "^(?:[Aa]n?|[Tt]he)\\s+(?:(?:new|recent|latest)\\s+)?(?:report|article|story|editorial|piece)\\s+(?:in|on)\\s+(?:the\\s+)?(" + NAME + ")"
          + "(?:\\s+(?:the|a|an|that)\\s.*)?$");
  /** "a Reuters analysis of the figures": the named body's work on figures the text gives ("of customs data" is a chain: stays). */
  private static final Pattern ANALYSIS_OF_RECORD = Pattern.compile(
      "^(?:[Aa]n?|[Tt]he)\\s+(" + NAME + ")\\s+(?:analysis|review|tally|calculation|compilation)s?\\s+of\\s+(?:the|these|those|its|their)\\s+"
          + "(?:\\p{Ll}+\\s+)?(?:data|figures|numbers|statistics)$");
  /** "China’s state-run newspaper Global Times": a place's possessive and lower-case words (no function word) before a name. */
  private static final Pattern PLACE_DESCRIPTION = Pattern.compile(
      "^(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)['’]s?\\s+"
          + "((?:(?!(?:of|to|in|for|from|with|on|by|at|and|or|the|a|an)\\s)\\p{Ll}[\\p{L}-]*\\s+){1,4})(" + NAME + ")$");
  /** "director general of minerals and coal Tri Winarno": an office in lower case, what it is of, then the person. */
  private static final Pattern OFFICE_PERSON = Pattern.compile(
      "^(?:(?:[Tt]he|[Ii]ts)\\s+)?((?:(?!(?:of|for|at)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,2}(?!(?:of|for|at)\\s)\\p{Ll}[\\p{L}-]*)\\s+(?:(?:of|for|at)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,5}?)?(" + PERSON + ")$");
  /** "The announcement comes a day after the government": what the clause follows is the subject of the reporting verb. */
  private static final Pattern FOLLOWS_SUBJECT = Pattern.compile(
      "^.+?\\s(?:comes?|came|follows?|followed)\\s(?:.+?\\s)?(?:after|before|as|when)\\s+((?:the\\s+)?\\S.*)$");
  /** "Tesla Inc. published a compilation of analyst": a name, a verb of publishing and its object. */
  private static final Pattern NAME_PUBLISHED = Pattern.compile(
      "^(" + NAME + ")\\s+(?:published|released|compiled|issued|posted)\\s+(?:a|an|the|its|their)\\s.+$");

  /**
   * "Cox Automotive’s Kelley Blue Book", "Fitch Solutions’ BMI", "the Australian Government’s Department of Industry, Science and
   * Resources", "Maybank’s Ramon Adviento": a body's possessive before the unit or the person that gives the figures (credit21a).
   */
  private static final Pattern OWNED_NAME = Pattern.compile(
      "^(?:[Tt]he\\s+)?(" + NAME + ")(?:['’]s|s['’])\\s+(" + NAME + "(?:,\\s+" + NAME + ")*)(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?$");

  /** The patterns whose group 1 is the name the phrase gives, tried in this order. */
  private static final java.util.List<Pattern> NAMED = java.util.List.of(RECORD_AFTER_NAME, RECORD_FROM_NAME, SITE, OUTLET_REPORT,
      ANALYSIS_OF_RECORD, NAME_PUBLISHED);

  /** The source a credit phrase names (see the class comment), or the phrase as it is. */
  static String cut(String phrase, Lexicon lexicon) {
    String s = phrase.strip();
    Matcher m = VIA.matcher(s);
    if (m.matches()) s = m.group(1).strip();
    // "China's customs data": a place, or a place's possessive, is no name of whose record it is.
    for (Pattern named : NAMED) {
      m = named.matcher(s);
      if (!m.matches()) continue;
      String name = m.group(1).replaceFirst("['’]s?$", "");
      if (!isPlace(name.replaceFirst("^the\\s+", ""), lexicon)) return name;
    }
    m = OWNED_NAME.matcher(s);
    if (m.matches() && !isPlace(m.group(1), lexicon) && !personOfBody(m.group(1)) && ownedSource(m.group(2), lexicon)) return m.group(2);
    m = PLACE_DESCRIPTION.matcher(s);
    if (m.matches() && isPlace(m.group(1), lexicon) && !isPlace(m.group(3), lexicon)) return m.group(3);
    m = OFFICE_PERSON.matcher(s);
    if (m.matches() && Titles.get().definiteOffice("the " + m.group(1)) != null && AttributionFinder.isPersonName(m.group(2))) return m.group(2);
    m = FOLLOWS_SUBJECT.matcher(s);
    if (m.matches() && Credits.couldName(m.group(1))) return m.group(1);
    return s;
  }

  /** "Jessica Roberts of Bloomberg" in "Jessica Roberts of Bloomberg's Benchmark Mineral Intelligence": a person and employer, no owner. */
  private static boolean personOfBody(String owner) {
    Matcher m = PERSON_OF.matcher(owner);
    return m.matches() && AttributionFinder.isPersonName(m.group(1));
  }

  private static final Pattern PERSON_OF = Pattern.compile("^(.+?)\\s+(?:of|from|at)\\s+.+$");

  /** The head words of a body's name: "Department of …", "… Research", "… Ministry". */
  private static final Pattern BODY_HEAD = Pattern.compile(
      "^(?:Department|Ministry|Office|Bureau|Agency|Administration|Commission|Council|Institute|Authority)\\s+(?:of|for)\\s.*"
          + "|.*\\s(?:Research|Intelligence|Ministry|Department|Agency|Bureau|Institute|Analytics|Insights)$");

  /**
   * Whether the name after an owner's possessive gives figures itself: a body of the lexicon ("Kelley Blue Book", "BMI"), a
   * body's name of two words or more ("Department of Industry …", "BMI Research"), or a person of two or three words; not a
   * record, site or tool of the owner ("EV Index", "Alternative Fueling Station Locator", "Customs Statistics").
   */
  private static boolean ownedSource(String name, Lexicon lexicon) {
    if (Credits.isRecord(name) || isPlace(name, lexicon)) return false;
    if (lexicon.organizations().whole(name) != null) return true;
    if (name.contains(" ") && BODY_HEAD.matcher(name).matches()) return true;
    int words = name.split("\\s+").length;
    return words <= 3 && AttributionFinder.isPersonName(name) && !Regexes.matches(name, ".*\\b(?:Locator|Tool|Map|Portal|Dashboard|Website|Platform|App)$");
  }

  /** A percent or a multiple stated: "a 150% increase", "threefold". */
  private static final Pattern FIGURE = Pattern.compile(
      "(?i)\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent)|[$€£¥]\\s*\\d|\\d[\\d.,]*\\s+(?:million|billion|trillion|thousand|tonnes?|tons)\\b"
          + "|\\b(?:twofold|threefold|fourfold|fivefold|tenfold|doubled?|tripled?)\\b");
  /** A verb or a possessive after a subject: "the country intends to increase its …". */
  private static final Pattern CLAUSE = Pattern.compile(
      "(?i)\\s(?:intends?|plans?|expects?|aims?|wants?|hopes?|is|are|was|were|will|would|could|has|have|had)\\s|\\S\\s+(?:its|their|his|her)\\s");

  /**
   * Whether the words after an inverted verb of saying ("…, noted a 150% increase in sales compared with 2022", "…, said the
   * country intends to increase its manganese output threefold") are what was said, not who said it: a figure or a clause.
   */
  static boolean saidObject(String words) {
    return FIGURE.matcher(words).find() || CLAUSE.matcher(" " + words + " ").find();
  }

  /**
   * Whether {@code name} is the first word of a longer name credited before: "BMO" of "BMO Capital Markets", "Rystad" of
   * "… business intelligence company Rystad Energy" (the name that ends the earlier credit).
   */
  static boolean shortFor(String name, String earlier) {
    if (name == null || earlier == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.contains(" ")
        || !earlier.contains(name)) return false;
    return Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "(?:\\s+\\p{Lu}[\\p{L}&.'’-]*)+$").matcher(earlier.strip()).find();
  }

  /** Whether {@code name} is written right after a courtesy title in {@code written}: "Musk" of "an investment Mr Musk". */
  static boolean courtesyName(String written, String name) {
    if (!written.strip().endsWith(name)) return false;
    return Pattern.compile("(?:^|\\s)(?:Mr|Ms|Mrs|Dr)\\.?\\s+" + Pattern.quote(name) + "$").matcher(written.strip()).find();
  }

  private static boolean isPlace(String name, Lexicon lexicon) {
    return lexicon.countries().whole(name) != null || lexicon.regions().whole(name) != null;
  }
}
