package org.claimgraph.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
  /** The phrases case-folded character by character, as a trie: one walk from a position finds every phrase there. */
  private final Node root = new Node();

  public PhraseMatcher(Map<String, V> phrases) {
    List<String> forms = new ArrayList<>(phrases.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String f : forms) {
      V v = phrases.get(f);
      exact.put(f, v);
      if (f.equals(f.toLowerCase(Locale.ROOT))) folded.putIfAbsent(f, v);
      folded.putIfAbsent(f.toUpperCase(Locale.ROOT), v);
      if (!f.isEmpty()) root.add(f);
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
    return new ArrayList<>(cached(text.toString()));
  }

  /** The value of the phrase that is the whole of {@code text} ("USGS", "Western Australia"), else null. */
  public V whole(CharSequence text) {
    String t = text.toString();
    for (Match<V> m : cached(t)) if (m.start() == 0 && m.end() == t.length()) return m.value();
    return null;
  }

  private List<Match<V>> cached(String t) {
    // The rules ask about one sentence once per figure (its countries, its regions): the last texts' matches are kept.
    Recent<V> recent = this.recent.get();
    List<Match<V>> known = recent.of(t);
    if (known == null) {
      known = List.copyOf(scan(t));
      recent.put(t, known);
    }
    return known;
  }

  /** The matches of {@link #find}, found anew. */
  private List<Match<V>> scan(String t) {
    List<Match<V>> out = new ArrayList<>();
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

  /** The matches of the last eight texts a thread looked at (a ring). */
  private final ThreadLocal<Recent<V>> recent = ThreadLocal.withInitial(Recent::new);

  private static final class Recent<V> {
    private static final int SIZE = 8;
    private final String[] texts = new String[SIZE];
    private final List<List<Match<V>>> matches = new ArrayList<>(java.util.Collections.nCopies(SIZE, null));
    private int next;

    List<Match<V>> of(String text) {
      for (int i = 0; i < SIZE; i++) if (text.equals(texts[i])) return matches.get(i);
      return null;
    }

    void put(String text, List<Match<V>> found) {
      texts[next] = text;
      matches.set(next, found);
      next = (next + 1) % SIZE;
    }
  }

  /** The first position at or after {@code from} not preceded by a letter or digit, or -1. */
  private static int nextStart(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      if (i == 0 || !wordChar(t.codePointBefore(i))) return i;
    }
    return -1;
  }

  /**
   * The text of the longest phrase at {@code start} (as written in the text) not followed by a letter or digit, or null. Equal
   * ignoring case ({@link String#regionMatches(boolean, int, String, int, int)}) is equal after {@link #fold} of each character.
   */
  private String longest(String t, int start) {
    Node node = root;
    int end = -1;
    for (int i = start; i < t.length(); i++) {
      node = node.child(fold(t.charAt(i)));
      if (node == null) break;
      if (node.phrase && (i + 1 == t.length() || !wordChar(t.codePointAt(i + 1)))) end = i + 1;
    }
    return end < 0 ? null : t.substring(start, end);
  }

  private static char fold(char c) {
    if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // the same, without the tables
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** A trie node: its children by folded character (sorted, for a binary search), and whether a phrase ends here. */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private boolean phrase;

    void add(String form) {
      Node node = this;
      for (int i = 0; i < form.length(); i++) node = node.childOrNew(fold(form.charAt(i)));
      node.phrase = true;
    }

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i < 0 ? null : children[i];
    }

    private Node childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) return children[i];
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, keys.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }

  /** A letter or a number (\p{L} or \p{N}). */
  private static boolean wordChar(int cp) {
    if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
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
