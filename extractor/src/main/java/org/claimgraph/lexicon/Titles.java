package org.claimgraph.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title or office written before a person's name, as news writes it: "Mines and Minerals
 * Development Minister Paul Kabuswe", "Minister of State for Information and Broadcasting Farrukh
 * Habib", "Fieo President Rafeeq Ahmed", "Dr Jake Whitehead". The person is whom a reader credits;
 * the words before the name are the person's title. The offices' head words are {@code titles.tsv},
 * occupations written the same way ("Trader Aaron Jerome") {@code occupations.tsv}; the words that
 * qualify them (capitalized words, "and", "of", "for", a short form in brackets) are read here.
 */
public final class Titles {

  /** A title and the name it stands before. */
  public record Titled(String title, String name) {}

  private static final Titles INSTANCE = new Titles(Tsv.read("titles.tsv"), Tsv.read("occupations.tsv"));

  /** Words that qualify an office: "Mines", "U.S.", "(TPOI)", "and", "of", "for", "on", "to", "the". */
  private static final String QUALIFIER = "(?:\\p{Lu}[\\p{L}.&'’-]*|\\(\\p{Lu}[\\p{Lu}&]{1,8}\\)|and|of|for|on|to|the|&)";
  /**
   * Words of a body, never of a person's name: "Minister Trade Office" is no person; "The State Statistics Committee" is no
   * title before a one-word name "Committee" (credit27b).
   */
  private static final Pattern BODY_WORD = Pattern.compile(
      "\\b(?:Association|Agency|Ministry|Office|Bureau|Administration|Group|Council|Commission|Committee|Institute|Department|Government"
          + "|Corp|Inc|Ltd|Co|Holdings|Bank|Fund|Union|Alliance|Federation|Exchange|Authority|Survey|Statistics|Customs)\\b");
  /** Sentence words a title run never starts with: "In January Commerce Secretary …", "According to …". */
  private static final Pattern NOT_A_QUALIFIER = Pattern.compile(
      "^(?:The|A|An|In|On|At|As|By|For|From|To|With|And|But|According|Said|Says|Meanwhile|However|Also|This|That|Monday|Tuesday"
          + "|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$");

  private static final Pattern LAST_WORD = Pattern.compile("(?<=\\s)(\\p{Lu}\\p{Ll}+)$");
  /** Fields of an office ("Development", "Broadcasting", "Finance", "Industry", "Mines", "Energy", "Affairs"): no first names. */
  private static final Pattern OFFICE_WORD = Pattern.compile(
      "\\p{Lu}\\p{Ll}*(?:ment|ing|ion|ce|ry|gy|ade|airs|ources|ines|port|ure|ity|my|ics|als|ess|ets|ops|ork|ands|ife)");

  private final Pattern titled;
  private final Pattern before;

  private Titles(List<Map<String, String>> offices, List<Map<String, String>> occupations) {
    List<Map<String, String>> rows = java.util.stream.Stream.concat(offices.stream(), occupations.stream()).toList();
    String heads = String.join("|", rows.stream().map(r -> r.get("form")).sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList());
    String head = "(?:" + heads + ")(?![\\p{L}-])";
    this.heads = rows.stream().map(r -> r.get("form")).collect(java.util.stream.Collectors.toSet());
    // A name's words are no office's ("President Director Budi Santoso": the name starts after the last title word).
    String nameWord = "(?!" + head + ")(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)";
    String nameRest = "(?:\\s+(?:" + nameWord + "|de|van|von|da|del|dos|bin|al-\\p{L}+))";
    String name = nameWord + nameRest + "{0,3}";
    // "Minister of Mines", "Minister of Mines and Mineral Development", "Head of Trade Promotion Organization of Iran (TPOI)":
    // an office's own "of"/"for" phrase runs on to the last two words, which are the name ("Richard Musukwa").
    String word = "(?:\\p{Lu}[\\p{L}.&'’-]*|\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))";
    // "Head of the Central Bureau of Statistics": "the" may open the office's phrase.
    String after = "\\s+(?:of|for|on|to)\\s+(?:the\\s+)?" + word + "(?:\\s+(?:(?:and|of|for|on|to|the|&)\\s+)?" + word + ")*";
    String qualifiers = "(?:" + QUALIFIER + ",?\\s+){0,8}?" + head;
    this.titled = Pattern.compile("^(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+)?(?:(" + qualifiers + after + ")\\s+(" + nameWord + nameRest + "{1,3})"
        + "|(" + qualifiers + ")\\s+(" + name + "))$");
    this.before = Pattern.compile("(?<![\\p{L}.-])(" + qualifiers + "(?:" + after + ")?)\\s+$");
    // "Head of the Central Bureau of Statistics Suhariyanto": one name word after an office whose phrase ends in a body's word.
    this.mononym = Pattern.compile("^(?:(?:[Tt]he)\\s+)?(" + qualifiers + after + ")\\s+(\\p{Lu}\\p{Ll}{2,})$");
    // "BPS chairperson Soedarti Surbakti", "Statistics Indonesia head Suhariyanto": a body's name, then the office in lower case.
    String lowerHeads = String.join("|", rows.stream().map(r -> r.get("form")).filter(f -> !f.equals(f.toUpperCase(java.util.Locale.ROOT)) && !Regexes.matches(f, "(?:Dr|Mr|Mrs|Ms|Prof)\\.?"))
        .map(f -> f.toLowerCase(java.util.Locale.ROOT)).distinct().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList());
    this.lowerTitled = Pattern.compile("^(?:(?:[Tt]he)\\s+)?((?:\\p{Lu}[\\p{L}.&'’-]*|\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))"
        + "(?:\\s+(?:\\p{Lu}[\\p{L}.&'’-]*|\\(\\p{Lu}[\\p{Lu}&]{1,8}\\)|of|for|and|the)){0,6}\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:" + lowerHeads + "))(?![\\p{L}-])\\s+("
        + nameWord + nameRest + "{0,3})$");
    // "the minister", "the finance minister", "the chief executive", "the CEO": an office named for a person of the text;
    // not an occupation ("the trader said" is a metals report's unnamed trader).
    String definiteHeads = String.join("|", offices.stream().map(r -> r.get("form")).filter(f -> !Regexes.matches(f, "(?:Dr|Mr|Mrs|Ms|Prof)\\.?"))
        .map(f -> f.toLowerCase(java.util.Locale.ROOT)).distinct().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList());
    this.definite = Pattern.compile("(?i)^the\\s+(?:(?-i:\\p{Ll}[\\p{Ll}-]*)\\s+){0,2}?(" + definiteHeads + ")$");
  }

  private final Pattern definite;

  /**
   * The office of a person the text names elsewhere, written as "the" and the office ("the minister", "the finance
   * minister", "the chief executive", "the CEO") → its head word in lower case ("minister"); null for anything else.
   */
  public String definiteOffice(String phrase) {
    if (phrase == null) return null;
    Matcher m = definite.matcher(phrase.strip());
    return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
  }

  private static final Pattern BODY_MONONYM = Pattern.compile(
      "^(?:(?:[Tt]he)\\s+)?((?:\\p{Lu}[\\p{L}.&'’-]*\\s+(?:(?:of|for|and|the)\\s+)*){0,5}(?:Agency|Bureau|Office|Ministry|Statistics|Administration|Institute|Commission|Authority))"
          + "(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?\\s+(\\p{Lu}\\p{Ll}{2,})$");
  private final Pattern mononym;
  private final java.util.Set<String> heads;
  private final Pattern lowerTitled;

  public static Titles get() {
    return INSTANCE;
  }

  /**
   * "Mines and Minerals Development Minister Paul Kabuswe" → title "Mines and Minerals Development
   * Minister", name "Paul Kabuswe"; null when the phrase is not a title before a name ("the Finance
   * Minister", "the Ministry of Commerce").
   */
  public Titled split(String phrase) {
    if (phrase == null) return null;
    Matcher m = titled.matcher(phrase.strip());
    if (!m.matches()) return splitOther(phrase.strip());
    int g = m.group(1) != null ? 1 : 3;
    if (BODY_WORD.matcher(m.group(g + 1)).find()) return splitOther(phrase.strip());
    String title = trimStart(m.group(g));
    String name = m.group(g + 1);
    // "Adviser to Prime Minister on Commerce and Investment Abdul Razak Dawood": the office's phrase was read up to the last
    // two words; a plain word before them that names no field of an office ("Investment", "Development") is the first name.
    Matcher last = LAST_WORD.matcher(title);
    if (g == 1 && last.find() && !OFFICE_WORD.matcher(last.group(1)).matches() && title.length() > last.group(1).length()) {
      title = title.substring(0, last.start()).strip();
      name = last.group(1) + " " + name;
    }
    return title.isEmpty() ? null : new Titled(title, name);
  }

  /** A one-word name after a body's office, or a person after a body's office in lower case; else null. */
  private Titled splitOther(String phrase) {
    Matcher m = mononym.matcher(phrase);
    if (m.matches() && BODY_WORD.matcher(lastWords(m.group(1))).find() && !BODY_WORD.matcher(m.group(2)).find() && !isPlace(m.group(2))
        && !timeWord(m.group(2))) {
      return new Titled(trimStart(m.group(1)), m.group(2));
    }
    // "Central Statistics Agency Suharyanto" (the office's head word cut off before it): the body, then one name word.
    m = BODY_MONONYM.matcher(phrase);
    if (m.matches() && !BODY_WORD.matcher(m.group(2)).find() && !isPlace(m.group(2)) && !NOT_A_QUALIFIER.matcher(m.group(2)).matches()
        && !heads.contains(m.group(2))) {
      return new Titled(m.group(1), m.group(2));
    }
    m = lowerTitled.matcher(phrase);
    // "a Reuters official Tuesday": a weekday or month after the office is no name
    if (m.matches() && !BODY_WORD.matcher(m.group(2)).find() && !isPlace(m.group(2)) && !timeWord(m.group(2))) {
      String title = trimStart(m.group(1));
      return title.isEmpty() ? null : new Titled(title, m.group(2));
    }
    return null;
  }

  /** Whether the first word of {@code name} is a weekday or a month (or another word no title run starts with). */
  private static boolean timeWord(String name) {
    return NOT_A_QUALIFIER.matcher(name.strip().split("\\s+")[0]).matches();
  }

  /** The last two words of an office ("… Central Bureau of Statistics" → "of Statistics"). */
  private static String lastWords(String title) {
    String[] w = title.strip().split("\\s+");
    return w.length < 2 ? title : w[w.length - 2] + " " + w[w.length - 1];
  }

  /** "Indonesia", "China": a place closing a body's name ("Statistics Indonesia") is no person. */
  private static boolean isPlace(String word) {
    for (var m : Lexicon.get().countries().find(word)) if (m.start() == 0 && m.end() == word.length()) return true;
    return false;
  }

  /** Whether the phrase ends in a title's or occupation's head word ("Deputy Secretary", "Energy Minister"): no name. */
  public boolean endsInTitle(String phrase) {
    String[] w = phrase.strip().split("\\s+");
    return heads.contains(w[w.length - 1]) || w.length > 1 && heads.contains(w[w.length - 2] + " " + w[w.length - 1]);
  }

  /** Whether {@code word} is a title's or an occupation's head word ("Minister", "CEO", "Trader"). */
  public boolean isHead(String word) {
    return heads.contains(word);
  }

  /** Whether {@code word} opens a sentence or a clause rather than a name or an office ("According", "Meanwhile", "In"). */
  public boolean opensClause(String word) {
    return NOT_A_QUALIFIER.matcher(word).matches();
  }

  /** The name of a titled phrase, else the phrase as it is. */
  public String name(String phrase) {
    Titled t = split(phrase);
    return t == null ? phrase : t.name();
  }

  /**
   * The title that ends {@code text} right before a name ("… according to Mines and Minerals Development
   * Minister " → "Mines and Minerals Development Minister"), or null.
   */
  public String titleBefore(String text) {
    Matcher m = before.matcher(text);
    String found = null;
    // The leftmost run that reaches the end: the longest title.
    if (m.find()) found = m.group(1);
    return found == null ? null : emptyToNull(trimStart(found));
  }

  /** Drops leading words that open a sentence or clause rather than qualify the office. */
  private static String trimStart(String title) {
    String t = title.strip();
    while (true) {
      int space = t.indexOf(' ');
      if (space < 0) return t;
      String first = Regexes.replaceFirst(t.substring(0, space), ",$", "");
      if (!NOT_A_QUALIFIER.matcher(first).matches() && !Regexes.matches(first, "and|of|for|on|to|the|&")) return t;
      t = t.substring(space + 1).strip();
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
