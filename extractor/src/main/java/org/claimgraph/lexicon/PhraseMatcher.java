package org.claimgraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private final Pattern pattern;

  public PhraseMatcher(Map<String, V> phrases) {
    List<String> forms = new ArrayList<>(phrases.keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alt = new StringBuilder();
    for (String f : forms) {
      V v = phrases.get(f);
      exact.put(f, v);
      if (f.equals(f.toLowerCase(Locale.ROOT))) folded.putIfAbsent(f, v);
      folded.putIfAbsent(f.toUpperCase(Locale.ROOT), v);
      if (alt.length() > 0) alt.append('|');
      alt.append(Pattern.quote(f));
    }
    pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** All matches in {@code text}, left to right. */
  public List<Match<V>> find(CharSequence text) {
    List<Match<V>> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String found = m.group();
      V v = valueOf(found);
      if (v != null) {
        out.add(new Match<>(m.start(), m.end(), found, v));
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
    return out;
  }

  private V valueOf(String found) {
    V v = exact.get(found);
    if (v != null) return v;
    v = folded.get(found.toLowerCase(Locale.ROOT));
    if (v != null) return v;
    return folded.get(found);
  }
}
