package org.claimgraph.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Numbers that are no quantities: codes, phone numbers, dates and years, parts of names.
 *
 * <pre>
 * isCode("HS code 85051110", …)         → true
 * isDateOrYear("in 2024", …)            → true; "July 20" → true
 * isAfterName("Section 232 tariffs", …) → true; not in a Title Case headline
 * isNameJoiner("F-35", …)               → true
 * </pre>
 */
final class NotQuantities {

  static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");
  /** Capitalized at a sentence start, these words are not names: "About 30 firms", "In 12 cases". */
  static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "by", "to", "of", "for", "with", "from",
      "about", "nearly", "over", "some", "around", "almost", "roughly", "the", "a", "an", "and", "but", "or", "just",
      "only", "all", "than", "more", "less", "up", "down", "top", "total", "overall", "another", "its", "their",
      // prepositions of Title Case headlines: "CDC Investigating After 5 Deaths", "Among 719 Patients"
      "after", "before", "among", "amid", "against", "into", "near", "past", "despite", "like", "as", "per", "under",
      "below", "above", "between", "across", "within", "without", "during", "toward", "towards", "since");
  /** "HS 8505", "HS code 85051110", "tariff line 8541.40": product codes, not figures. */
  static final Pattern CODE_BEFORE = Pattern.compile(
      // One \b before each group of words, not one a word: the words, their order and the matches are the same, with a
      // boundary test a position instead of 30 (the pattern was among the extraction's costliest, round 20).
      "(?i)(?:\\b(?:HS|HTS|CN|codes?|headings?|subheadings?|lines?|chapters?|No\\.?)|#|\\b(?:numbers?|category|version|phase|page|line|Item"
          + "|[Tt]ables?|[Ff]igures?|Fig\\.|[Aa]ppendix|[Aa]nnex|[Ss]ections?|[Aa]rticles?|[Rr]ule|pp?\\."
          + "|[Ss]eason|[Rr]ound|[Gg]ame|[Ee]pisode|[Vv]ol\\.|[Nn]o))\\s*:?\\s*(?:\\(\\w+\\)\\s*)?$|\\[\\s*$");
  // "(?=\d)" first: the same matches, with a digit test before the look-behind at each position.
  static final Pattern LISTED_AFTER = Pattern.compile("(?=\\d)(?<![\\d.,])\\d+(?:\\s*(?:,|and|or|&)\\s*\\d+)*\\s*(?:,|and|or|&)\\s*$");
  /** "August 1 to ", "Aug. 3-": the start of a span of days, whose end is a day too. */
  static final Pattern DAY_SPAN_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:to|through|until|till|and|-|–)\\s*$");
  static final Pattern PHONE_NUMBER = Pattern.compile(
      "\\d{3}[-.]\\d{3}[-.]\\d{4}|\\(\\d{3}\\)\\s*\\d{3}[-.]\\d{4}|\\b\\d{3}-\\d{4}\\b|\\b1-\\d{3}-");
  static final Pattern PHONE = Pattern.compile("^[\\s.-]?\\d{3,4}[\\s.-]\\d{3,4}\\b");

  private NotQuantities() {}

  /**
   * An HS or product code ("HS 8505", "HS code 85051110"), a tariff line ("8505.11"), or a number of
   * six or more digits without separators, unless a round or counted one of six or seven ("about 148000"): not figures.
   */
  static boolean isCode(String s, int start, int end, String digits) {
    if (CODE_BEFORE.matcher(s.substring(Math.max(0, start - 24), start)).find() && !digits.contains(",")) return true;
    Matcher list = LISTED_AFTER.matcher(s.substring(0, start));
    if (list.find() && CODE_BEFORE.matcher(s.substring(Math.max(0, list.start() - 24), list.start())).find()) {
      return true; // "Tables 1 and 2", "Sections 3, 4 and 7": the later numbers of a listed code
    }
    if (isCodeGroup(s, start) || touchesAt(s, start, end)) return true;
    if (Regexes.matches(digits, "\\d{6,}") && !Regexes.matches(s.substring(end), "^\\s*(?:[%$€£]|per|tonnes|tons|people|units|barrels|mt|t\\b).*")
        && !isUnseparatedAmount(s.substring(0, start), digits)) return true;
    return Regexes.matches(digits, "\\d{4}\\.\\d{2}(?:\\.\\d+)?") && Regexes.matches(s.substring(0, start), "(?is).*\\b(?:HS|code|codes|tariff|heading)\\b.*");
  }

  /** "the 30@30 goal" (written "30\\@30" by pages that escape it): a number touching an at sign is a label's or an address's part. */
  private static boolean touchesAt(String s, int start, int end) {
    if (start > 0 && s.charAt(start - 1) == '@') return true;
    return end < s.length() && (s.charAt(end) == '@' || s.charAt(end) == '\\' && end + 1 < s.length() && s.charAt(end + 1) == '@');
  }

  /** "code 8703 80 000 ": a code's digit groups, spaced, before a later group; a heading of four digits or more first ("Table 2 30 percent" is no code). */
  private static final Pattern CODE_GROUPS_BEFORE = Pattern.compile("(?<![\\d.,])\\d{4,}(?:[ \\u00A0]\\d+)*[ \\u00A0]$");

  /**
   * "the EAEU code 8703 80 000 2": a later group of a code written in spaced digit groups (EAEU and HS subheadings) is part
   * of the code, no figure.
   */
  private static boolean isCodeGroup(String s, int start) {
    if (start < 2 || !Character.isDigit(s.charAt(start - 2)) || !Character.isSpaceChar(s.charAt(start - 1))) return false; // cheap guard
    String left = s.substring(Math.max(0, start - 40), start);
    Matcher groups = CODE_GROUPS_BEFORE.matcher(left);
    return groups.find() && CODE_BEFORE.matcher(left.substring(0, groups.start())).find();
  }

  /** "sold 224145 BEVS", "up from 146125", "about 148000": six or seven digits a page wrote without separators, read as an amount. */
  private static final Pattern AMOUNT_WORD_BEFORE = Pattern.compile("(?i)\\b(?:from|about|around|nearly|almost|some|than|sold|were|was)\\s+$");

  /** A number of six or seven digits that is an amount, not a code: a round one ("148000") or one after a word of amounts (missed36). */
  private static boolean isUnseparatedAmount(String left, String digits) {
    return digits.length() <= 7 && (digits.endsWith("000") || AMOUNT_WORD_BEFORE.matcher(left).find());
  }

  /** "F-35", "COVID-19": a number joined by a hyphen to a preceding word is part of a name. */
  static boolean isNameJoiner(String s, int start) {
    return start >= 2 && (s.charAt(start - 1) == '-' || s.charAt(start - 1) == '‑') && Character.isLetter(s.charAt(start - 2));
  }

  /** A year ("in 2024"), or a day next to a month ("July 20", "10 May"). */
  static boolean isDateOrYear(String s, int start, int end, double value, String digits) {
    if (digits == null) return false;
    boolean integer = !digits.contains(".") && !digits.contains(",");
    if (integer && digits.length() == 4 && value >= 1800 && value <= 2100) return true;
    if (integer && digits.length() == 2 && Regexes.matches(s.substring(0, start), "(?s).*(?:'|’)$")) return true; // "in '24"
    if (integer && value >= 1 && value <= 31) {
      String prev = lastWord(s.substring(0, start));
      String next = firstWord(s.substring(end));
      if (MONTHS.contains(prev) || MONTHS.contains(next)) return true;
      Matcher span = DAY_SPAN_BEFORE.matcher(s.substring(0, start));
      if (span.find() && MONTHS.contains(span.group(1).toLowerCase(Locale.ROOT))) return true; // "From August 1 to 10"
    }
    if (integer && Regexes.matches(s.substring(end), "^[/.]\\d{1,2}[/.]\\d{2,4}.*")) return true; // 12/05/2024
    return integer && value >= 1 && value <= 31 && isBracketedDay(s, start, end);
  }

  /** "yesterday", "thursday": words a bracketed day of the month follows (dated-day-words.tsv). */
  private static final Set<String> DATED_DAY_WORDS = Set.copyOf(
      org.claimgraph.lexicon.Tsv.read("dated-day-words.tsv").stream().map(r -> r.get("word")).toList());
  private static final Pattern BRACKET_OPENED = Pattern.compile("(\\p{L}+)\\s*\\(\\s*$");

  /** "launched yesterday (20)", "this Thursday (27)": the day of the month in brackets after a day's word, a date. */
  private static boolean isBracketedDay(String s, int start, int end) {
    if (start < 2 || s.charAt(start - 1) != '(' || end >= s.length() || s.charAt(end) != ')') return false; // cheap guard
    Matcher m = BRACKET_OPENED.matcher(s.substring(Math.max(0, start - 20), start));
    return m.find() && DATED_DAY_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** "Section 232", "Boeing 737": an unitless number right after a capitalized word mid-sentence. */
  static boolean isAfterName(String s, int start) {
    String before = s.substring(0, start);
    // "supplied by BYD, 5,735 by Great Wall", "Of the EVs, 1,445 units": a comma ends the name (missed36)
    if (!before.endsWith(" ") || before.stripTrailing().endsWith(",")) return false;
    String prev = lastWord(before);
    if (prev.isEmpty() || MONTHS.contains(prev) || FUNCTION_WORDS.contains(prev) || isTitleCase(s)) return false;
    int wordStart = before.stripTrailing().length() - prev.length();
    if (wordStart < 0 || !before.stripTrailing().endsWith(before.stripTrailing().substring(wordStart))) return false;
    char c = before.charAt(wordStart);
    String w = before.stripTrailing().substring(wordStart);
    return Character.isUpperCase(c) || !w.equals(w.toLowerCase(Locale.ROOT)); // "Boeing 737", "iPhone 6"
  }

  private static final Pattern LONG_WORD = Pattern.compile("\\b\\p{L}{4,}");
  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)[.,]?\\s*$");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([\\p{L}]+)");

  /** "Warehouse Fire Leaves 3 Men Injured": a headline, whose capitals mark no names. */
  static boolean isTitleCase(String s) {
    Matcher w = LONG_WORD.matcher(s);
    int words = 0;
    int capitals = 0;
    while (w.find()) {
      words++;
      if (Character.isUpperCase(w.group().charAt(0))) capitals++;
    }
    return words >= 3 && capitals >= 0.8 * words;
  }

  static String lastWord(String s) {
    Matcher m = LAST_WORD.matcher(s);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  static String firstWord(String s) {
    Matcher m = FIRST_WORD.matcher(s);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

}
