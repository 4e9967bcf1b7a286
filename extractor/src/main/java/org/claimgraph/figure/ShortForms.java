package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * The short forms a text defines in brackets, each with the long form its initials spell: "the International Council on
 * Clean Transportation (ICCT)", "Transport &amp; Environment (T&amp;E)", "the China Chamber of Commerce to the EU (CCCEU)",
 * "the ministry of road transport and highways (MoRTH)". Every word of the long form gives the short form its initial (a
 * word in capitals, "EU", all its letters) except link words ("of", "on", "to the", "&amp;"), which may give theirs ("MoRTH":
 * "of"). A long form in lower case is a body's only with a head noun of short-form-bodies.tsv ("ministry"); "electric
 * vehicles (EV)" is a thing's.
 *
 * <pre>{@code
 * ShortForms.defined("according to Transport & Environment (T&E)"); // {T&E=Transport & Environment}
 * }</pre>
 */
final class ShortForms {

  /** "(ICCT)", "(T&E)", "(MoRTH)": two to nine letters in brackets, a capital first and last. */
  private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{L}&]{0,7}\\p{Lu})\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*|&");
  /** What may stand between two words of one long form: spaces, a comma ("Ministry of Trade, Industry and Energy"). */
  private static final Pattern GAP = Pattern.compile("[\\s,]*");
  private static final Set<String> LINKS = Set.of("of", "for", "and", "de", "on", "to", "the", "in", "&");
  private static final Set<String> BODIES = Tsv.read("short-form-bodies.tsv").stream().map(r -> r.get("noun")).collect(Collectors.toSet());
  /** The most words a long form is read over, back from its bracket. */
  private static final int MAX_WORDS = 12;

  private ShortForms() {}

  /** Short form → long form as written (with a "the" before it), for each short form whose long form its initials spell. */
  static Map<String, String> defined(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      if (out.containsKey(m.group(1))) continue;
      String longForm = longForm(text, m.start(), m.group(1));
      if (longForm != null) out.put(m.group(1), longForm);
    }
    return out;
  }

  /** The long form ending right before {@code bracket} whose initials spell {@code shortForm}, or null. */
  static String longForm(String text, int bracket, String shortForm) {
    String before = text.substring(Math.max(0, bracket - 160), bracket);
    int offset = bracket - before.length();
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(before);
    while (w.find()) words.add(new int[] {w.start(), w.end()});
    // Only the words that run up to the bracket with nothing but spaces and commas between them.
    int first = words.size();
    int end = before.length();
    while (first > 0 && words.size() - first < MAX_WORDS && GAP.matcher(before.substring(words.get(first - 1)[1], end)).matches()) {
      first--;
      end = words.get(first)[0];
    }
    List<String> run = new ArrayList<>();
    for (int i = first; i < words.size(); i++) run.add(before.substring(words.get(i)[0], words.get(i)[1]));
    String letters = shortForm.replace("&", "").toUpperCase(Locale.ROOT);
    int start = spell(run, run.size() - 1, letters, letters.length());
    if (start < 0 || start >= run.size() - 1) return null;
    List<String> kept = run.subList(start, run.size());
    boolean named = Character.isUpperCase(kept.get(0).charAt(0));
    if (!named && kept.stream().noneMatch(ShortForms::bodyNoun)) return null;
    int from = words.get(first + start)[0];
    // "the International Council …": the article before the name belongs to it, as sources keep it.
    if (start > 0 && run.get(start - 1).equalsIgnoreCase("the")) from = words.get(first + start - 1)[0];
    return text.substring(offset + from, bracket).strip();
  }

  /**
   * The index of the word where a long form starts whose initials spell {@code letters[0, left)}, read back from word
   * {@code k}, or -1. Every word that is no link word gives its initial, or all its letters when written in capitals.
   */
  private static int spell(List<String> run, int k, String letters, int left) {
    if (left == 0) return LINKS.contains(run.get(k + 1).toLowerCase(Locale.ROOT)) ? -1 : k + 1;
    if (k < 0) return -1;
    String word = run.get(k);
    char initial = Character.toUpperCase(word.charAt(0));
    if (LINKS.contains(word.toLowerCase(Locale.ROOT))) {
      int skipped = spell(run, k - 1, letters, left);
      if (skipped >= 0) return skipped;
      return left > 1 && letters.charAt(left - 1) == initial ? spell(run, k - 1, letters, left - 1) : -1;
    }
    String capitals = word.replace(".", "");
    if (capitals.length() > 1 && capitals.equals(capitals.toUpperCase(Locale.ROOT)) && letters.substring(0, left).endsWith(capitals)) {
      int whole = spell(run, k - 1, letters, left - capitals.length());
      if (whole >= 0) return whole;
    }
    return letters.charAt(left - 1) == initial ? spell(run, k - 1, letters, left - 1) : -1;
  }

  static boolean bodyNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return BODIES.contains(w) || w.endsWith("s") && BODIES.contains(w.substring(0, w.length() - 1))
        || w.endsWith("ies") && BODIES.contains(w.substring(0, w.length() - 3) + "y");
  }
}
