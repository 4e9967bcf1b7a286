package org.claimgraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the longest non-overlapping occurrences of known phrases in text, at word boundaries.
 * A phrase written with a capital letter must appear capitalized as written (so "Turkey" the
 * country, not "turkey"), or in all capitals as in a headline ("CHINA"); a lower-case phrase
 * ("neodymium") matches in any case.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

  /** One occurrence: its character range, the text as written, and its value. */
  public record Match<V>(int start, int end, String text, V value) {}

  private final Map<String, V> exact = new LinkedHashMap<>();
  private final Map<String, V> folded = new LinkedHashMap<>();
  /** The phrases by their first two characters, case-folded; longest first, then in natural order. */
  private final Map<String, List<String>> byStart = new HashMap<>();
  /** Phrases of one character, longest-first order kept. */
  private final List<String> single = new ArrayList<>();

  public PhraseMatcher(Map<String, V> phrases) {
    List<String> forms = new ArrayList<>(phrases.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String f : forms) {
      V v = phrases.get(f);
      exact.put(f, v);
      if (f.equals(f.toLowerCase(Locale.ROOT))) folded.putIfAbsent(f, v);
      folded.putIfAbsent(f.toUpperCase(Locale.ROOT), v);
      if (f.isEmpty()) continue;
      if (f.length() == 1) single.add(f);
      else byStart.computeIfAbsent(key(f, 0), k -> new ArrayList<>()).add(f);
    }
  }

  /**
   * All matches in {@code text}, left to right. At each position that does not follow a letter or
   * digit, the longest phrase equal to the text there (ignoring case) and not followed by a letter
   * or digit is taken; if its case does not fit (a capitalized phrase in lower case), the position
   * is skipped. (What an alternation of every phrase, longest first, between look-arounds finds,
   * without trying every phrase at every position.)
   */
  public List<Match<V>> find(CharSequence text) {
    List<Match<V>> out = new ArrayList<>();
    String t = text.toString();
    int n = t.length();
    int from = 0;
    while (from < n) {
      int start = nextStart(t, from);
      if (start < 0) break;
      String found = longest(t, start);
      if (found == null) {
        from = start + 1;
        continue;
      }
      V v = valueOf(found);
      if (v != null) {
        out.add(new Match<>(start, start + found.length(), found, v));
        from = start + found.length();
      } else {
        from = start + 1;
      }
    }
    return out;
  }

  /** The first position at or after {@code from} not preceded by a letter or digit, or -1. */
  private static int nextStart(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      if (i == 0 || !wordChar(t.codePointBefore(i))) return i;
    }
    return -1;
  }

  /** The text of the longest phrase at {@code start} (as written in the text), or null. */
  private String longest(String t, int start) {
    List<String> candidates = start + 1 < t.length() ? byStart.get(key(t, start)) : null;
    String found = first(candidates, t, start);
    return found != null ? found : first(single, t, start);
  }

  private static String first(List<String> forms, String t, int start) {
    if (forms == null) return null;
    for (String f : forms) {
      int end = start + f.length();
      if (end > t.length() || !t.regionMatches(true, start, f, 0, f.length())) continue;
      if (end < t.length() && wordChar(t.codePointAt(end))) continue;
      return t.substring(start, end);
    }
    return null;
  }

  private static String key(String s, int at) {
    return new String(new char[] {fold(s.charAt(at)), fold(s.charAt(at + 1))});
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** A letter or a number (\p{L} or \p{N}). */
  private static boolean wordChar(int cp) {
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The phrases, longest first (for tests). */
  List<String> forms() {
    return List.copyOf(exact.keySet());
  }

  private V valueOf(String found) {
    V v = exact.get(found);
    if (v != null) return v;
    v = folded.get(found.toLowerCase(Locale.ROOT));
    if (v != null) return v;
    return folded.get(found);
  }
}
