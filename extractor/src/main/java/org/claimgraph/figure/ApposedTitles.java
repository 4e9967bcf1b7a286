package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Titles;

/**
 * A title set off by commas before the person who holds it: "according to the minister of Mines, Winston Chitando",
 * "According to Pakistan's Federal Minister for Industries and Production, Rana Tanveer Hussain, the target …", "Mines and
 * Mining Development Minister, Zhemu Soda, said". The comma ends no credit there: the title and the name read as one
 * titled name, whose credit is the person (GUIDELINES: a person's credit is the name, the title is the role).
 *
 * <p>Only a phrase that holds an office's head word ("Minister", "Director General") and names nobody itself is such a
 * title, and only a person's name (two to four capitalized words, no body's word) closed by a comma or the sentence's end
 * is its holder: "according to the Ministry of Finance, Germany and France agreed" keeps the ministry.
 */
final class ApposedTitles {

  /** ", Winston Chitando," or ", Rana Tanveer Hussain." after the title: the name, closed by a comma or the sentence's end. */
  static final Pattern HOLDER = Pattern.compile(
      ",\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|van|von|da|del|dos|bin)){1,3})(?=\\s*(?:[,;]|\\.(?:\\s|$)|$))");
  /** "…, Mines and Mining Development Minister, Zhemu Soda, said": a clause's title, its holder between commas, a verb of saying. */
  static final Pattern TITLE_NAME_SAID = Pattern.compile(
      "(?:^|(?<=[,;:]))([^,;:.“”\"]{3,90}?),\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|van|von|da|del|dos|bin)){1,3}),\\s+"
          + "(?:(?:also|further|later)\\s+)?(?:said|says|told|added|noted|explained|stated|announced|" + StatementVerbs.ALTERNATION + ")\\b");
  /** Courtesy titles: they stand before a name, never alone before a comma. */
  private static final Pattern COURTESY = Pattern.compile("(?:Dr|Mr|Mrs|Ms|Prof)\\.?");

  private ApposedTitles() {}

  /** The holder's name after {@code title} (which ends at {@code end} in {@code sentence}), or null. */
  static String holder(String title, String sentence, int end) {
    if (!titleAlone(title)) return null;
    Matcher m = HOLDER.matcher(sentence).region(end, sentence.length());
    if (!m.lookingAt()) return null;
    String name = m.group(1).endsWith(".") && !m.group(1).matches("(?s).*\\s\\p{Lu}\\.$") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
    return AttributionFinder.isPersonName(name) && !Credits.isPlace(name) ? name : null;
  }

  /**
   * The credit the title and its holder make: the two as one titled name where the titles' split reads it so ("Pakistan's
   * Federal Minister for Industries and Production Rana Tanveer Hussain"), else the name alone ("the minister of Mines").
   */
  static String titled(String title, String name) {
    Titles.Titled t = Titles.get().split(title + " " + name);
    return t != null && name.equals(t.name()) ? title + " " + name : name;
  }

  /** Whether {@code phrase} holds an office's head word and names nobody: "the minister of Mines", "Federal Minister for …". */
  static boolean titleAlone(String phrase) {
    if (phrase == null || Titles.get().split(phrase) != null || FullNames.afterTitle(phrase) != null) return false;
    for (String w : phrase.strip().split("\\s+")) {
      if (COURTESY.matcher(w).matches()) continue;
      String cap = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
      if (Titles.get().isHead(w) || Titles.get().isHead(cap)) return true;
    }
    return false;
  }

  /** Whether {@code name} holds no office's head word ("Sakura Graphite Chairman" is a title, no holder). */
  static boolean bareTitleFree(String name) {
    for (String w : name.strip().split("\\s+")) if (Titles.get().isHead(w)) return false;
    return true;
  }

  /** A title as compared with another: its apostrophes straight, without "the" and its case ("Pakistan’s" = "Pakistan's"). */
  static String bare(String phrase) {
    return phrase == null ? "" : phrase.strip().replace('’', '\'').replaceFirst("^(?i:the)\\s+", "").toLowerCase(java.util.Locale.ROOT);
  }
}
