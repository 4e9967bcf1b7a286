package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * Whether a phrase the attribution finder picked up can name a source at all, and the name inside a phrase that holds one
 * (credit16). A credit names a body, a person or a record; bits of the clause around it do not:
 *
 * <pre>
 * "KRW" (a currency code), "Co" (of "… Walton and Co. said")          → no name: the credit is dropped, an earlier one runs on
 * "January" , "the January", "Monday"                                   → no name (a time)
 * "Vietnam's" (of "Vietnam's estimated 22 million tons")               → no name (an owner without the thing owned)
 * "The company maintained its" (of "… maintained its forecast of …")   → no name (a clause cut before its object)
 * "In a statement … this morning Pilbara Minerals"                     → "Pilbara Minerals" (an opening phrase is no part of who)
 * "the January data", "January's trade data"                           → "the data", "the trade data" (when, not who)
 * "Today's SIMI", "Monday's CPCA data"                                  → "SIMI", "CPCA data" (when owns, the body is who)
 * </pre>
 */
final class CreditNames {

  private static final String MONTH = PeriodResolver.MONTH_NAMES;
  private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  /** A time alone, with its article or possessive: "the January", "Monday", "January's". */
  private static final Pattern TIME = Pattern.compile("(?i)^(?:the\\s+)?(?-i:" + MONTH + "|" + WEEKDAY + ")(?:['’]s)?$");
  /** "the January data", "January's trade data", "Tuesday's figures": a time before a record, which says when, not who. */
  private static final Pattern TIME_BEFORE_RECORD = Pattern.compile(
      "^(?:[Tt]he\\s+)?(?:" + MONTH + "|" + WEEKDAY + ")(?:['’]s)?\\s+(?=(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:data|figures|statistics|numbers)$)");
  /**
   * "Today's SIMI figures", "Monday's CPCA data", "This month's Eurostat release": a day that owns a body's record says when it
   * came out; the body after it is who (credit25a).
   */
  private static final Pattern TIME_OWNER = Pattern.compile(
      "^(?:(?:[Tt]his|[Ll]ast)\\s+(?:week|month|year)|[Tt]oday|[Yy]esterday|" + MONTH + "|" + WEEKDAY + ")['’]s\\s+(?=\\p{Lu})");
  /** "The company maintained its": a possessive pronoun with nothing after it ends no name. */
  private static final Pattern OWNER_ONLY = Pattern.compile("\\s(?i:its|their|his|her|our)$");
  /** "Vietnam's", "the company's": an owner with nothing after it, unless the owner is a body's name ("Moody's"). */
  private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s?$");
  /** A name: capitalized words, not opened by "The" before a lower-case word ("The company's"). */
  private static final Pattern CAPITALIZED_NAME = Pattern.compile("^(?!(?:The|the)\\s+\\p{Ll})\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*)*$");
  /** "In January Musk", "In a statement to the market this morning Pilbara Minerals": a clause opened by a preposition. */
  private static final Pattern OPENING_PREPOSITION = Pattern.compile("^(?:In|On|At|During|After|Earlier|Later|Last)\\s");
  /** The name at the end of such a phrase: its last capitalized words, up to five, with "of", "and", "for" inside ("Ministry of Mines"). */
  private static final Pattern TRAILING_NAME = Pattern.compile(
      "(?<=\\s)\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|and|for|on)\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,4}$");
  /** A month or weekday opening that name, which says when: "January Musk". */
  private static final Pattern LEADING_TIME = Pattern.compile("^(?:(?:" + MONTH + "|" + WEEKDAY + ")\\s+)+");
  /** "Co", "Inc.", "Ltd": a legal form alone (legal-forms.tsv), with or without its dot. */
  private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
  private static final List<String> LEGAL_FORMS = Tsv.read("legal-forms.tsv").stream()
      .map(r -> TRAILING_DOT.matcher(r.get("form")).replaceAll("")).toList();

  /** Instruments that set or sort things, never report them (instrument-nouns.tsv): "rules", "agreement", "Position". */
  private static final java.util.Set<String> INSTRUMENTS = Tsv.read("instrument-nouns.tsv").stream().map(r -> r.get("noun"))
      .collect(java.util.stream.Collectors.toSet());
  /** The head word of a phrase: its last word, before a short form in brackets ("… Position (GTIP)"). */
  private static final Pattern HEAD = Pattern.compile("(\\p{L}+)(?:\\s+\\([^()]{1,12}\\))?$");

  private CreditNames() {}

  /**
   * Whether {@code phrase} names an instrument, no source: "Under Indonesia’s new rules", "The agreement", "the Customs Tariff
   * Statistics Position (GTIP)" (a tariff classification: "fall under the electric category according to" it).
   */
  static boolean namesInstrument(String phrase) {
    Matcher head = HEAD.matcher(phrase.strip());
    if (!head.find()) return false;
    String w = head.group(1).toLowerCase(java.util.Locale.ROOT);
    return INSTRUMENTS.contains(w) || w.endsWith("s") && INSTRUMENTS.contains(w.substring(0, w.length() - 1));
  }

  /** Whether {@code phrase} can name no source: a time, a currency code, a legal form alone, an owner without its thing. */
  static boolean namesNothing(String phrase, Lexicon lexicon) {
    if (phrase == null) return false;
    String s = phrase.strip();
    if (s.isEmpty() || TIME.matcher(s).matches() || OWNER_ONLY.matcher(s).find() || namesInstrument(s)) return true;
    Matcher owner = POSSESSIVE.matcher(s);
    // "Vietnam's estimated 22 million tons": a place owns the figure and names no source; "according to Moody's",
    // "Sainsbury's said" name a body whose name ends in "'s".
    if (owner.matches() && (Credits.isPlace(owner.group(1)) || !CAPITALIZED_NAME.matcher(owner.group(1)).matches())) return true;
    String bare = TRAILING_DOT.matcher(s).replaceAll("");
    if (LEGAL_FORMS.contains(bare)) return true;
    // "KRW", "US$": a currency written before amounts is what the figure is counted in.
    return !bare.contains(" ") && lexicon.unitBefore(bare) != null;
  }

  /**
   * Where the name starts in {@code phrase}: after an opening prepositional phrase and any time that ends it ("In January
   * Musk" → "Musk"), else 0; -1 when such a phrase ends in no name.
   */
  static int nameStart(String phrase) {
    if (!OPENING_PREPOSITION.matcher(phrase).lookingAt()) return 0;
    Matcher name = TRAILING_NAME.matcher(phrase);
    if (!name.find()) return -1;
    Matcher time = LEADING_TIME.matcher(phrase).region(name.start(), phrase.length());
    int start = time.lookingAt() ? time.end() : name.start();
    return start < phrase.length() ? start : -1;
  }

  /** {@code source} without a time before its record ("the January data" → "the data"), else itself. */
  static String withoutTime(String source) {
    Matcher m = TIME_BEFORE_RECORD.matcher(source);
    if (m.lookingAt()) return "the " + source.substring(m.end());
    Matcher owner = TIME_OWNER.matcher(source);
    return owner.lookingAt() ? source.substring(owner.end()) : source;
  }
}
