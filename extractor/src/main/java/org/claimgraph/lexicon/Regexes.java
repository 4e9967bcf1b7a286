package org.claimgraph.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * String's {@code matches}, {@code replaceFirst} and {@code replaceAll} with each regex compiled once per JVM, not once
 * per call: the rules test a regex written in place against every number, credit and period, and String compiles it
 * anew each time. Same results as String's own methods (which are {@code Pattern.compile(regex).matcher(s)…}).
 *
 * <pre>
 * Regexes.matches("she", "(?i)he|she")                         // true, as "she".matches("(?i)he|she")
 * Regexes.replaceFirst("the World Bank", "^(?:the|The)\\s+", "") // "World Bank"
 * </pre>
 */
public final class Regexes {

  /** Beyond this many regexes (the rules' are a few hundred; names built into one are not bounded) the cache starts over. */
  private static final int MAX_CACHED = 4096;

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Regexes() {}

  /** The regex compiled, from the cache. */
  public static Pattern get(String regex) {
    Pattern p = COMPILED.get(regex);
    if (p == null) {
      if (COMPILED.size() >= MAX_CACHED) COMPILED.clear();
      p = Pattern.compile(regex);
      COMPILED.put(regex, p);
    }
    return p;
  }

  /**
   * A look-ahead for the first characters of {@code words} ("(?=[dhqt])"), to put before a pattern's leading word boundary or
   * look-behind: two zero-width tests at one position commute, so the pattern's matches are the same, and a position whose
   * character no alternative starts with fails at once instead of running the dearer test. Under the pattern's case flag the
   * class folds case as the words do. Each word must start with the literal character it is matched by (plain words).
   */
  public static String firstOf(java.util.Collection<String> words) {
    java.util.TreeSet<Character> firsts = new java.util.TreeSet<>();
    for (String word : words) firsts.add(word.charAt(0));
    StringBuilder b = new StringBuilder("(?=[");
    for (char c : firsts) b.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
    return b.append("])").toString();
  }

  /** As {@code s.matches(regex)}. */
  public static boolean matches(String s, String regex) {
    return get(regex).matcher(s).matches();
  }

  /** As {@code s.replaceFirst(regex, replacement)}. */
  public static String replaceFirst(String s, String regex, String replacement) {
    return get(regex).matcher(s).replaceFirst(replacement);
  }

  /** As {@code s.replaceAll(regex, replacement)}. */
  public static String replaceAll(String s, String regex, String replacement) {
    return get(regex).matcher(s).replaceAll(replacement);
  }
}
