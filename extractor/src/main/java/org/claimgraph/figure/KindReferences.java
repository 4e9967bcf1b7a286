package org.claimgraph.figure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A body referred back to by its kind (credit35a): "…, the exchange said in a daily report" after "Nickel rose on the London
 * Metal Exchange", "exchange data show"; and a kind described by the body it belongs to ("said the bureau of the Department of
 * Environment and Natural Resources" after "the Mines and Geosciences Bureau (MGB) reported"), which is the body of that kind
 * named before, not the parent. The kinds are those of {@code kind-reference-heads.tsv}; the reference is resolved by
 * {@link CreditResolver} against the credits seen before, then the one body of that kind the page named (AnnouncedOwners).
 *
 * <pre>
 * "the exchange", "the London-based bourse", "exchange data"  → head "exchange" / "bourse", name word "Exchange"
 * "the bureau of the Department of … (DENR)"                   → "the bureau" (where a seen credit names a bureau)
 * "the exchange rate", "a stock exchange filing"               → no reference
 * </pre>
 */
final class KindReferences {

  /** Head word → the word a body's name of that kind holds. */
  private static final Map<String, String> HEADS = Tsv.read("kind-reference-heads.tsv").stream()
      .collect(Collectors.toUnmodifiableMap(r -> r.get("head"), r -> r.get("name_word")));
  private static final String HEAD_ALTERNATION = HEADS.keySet().stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
  /** Head → its name word as a whole word ("Exchange" in "London Metal Exchange"), compiled once. */
  private static final Map<String, Pattern> NAME_WORD = HEADS.entrySet().stream().collect(Collectors.toUnmodifiableMap(
      Map.Entry::getKey, e -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(e.getValue()) + "(?!\\p{L})")));
  /** Head → a capitalized name ending in its name word ("the London Metal Exchange"), compiled once. */
  private static final Map<String, Pattern> NAMED_BODY = HEADS.entrySet().stream().collect(Collectors.toUnmodifiableMap(
      Map.Entry::getKey, e -> Pattern.compile("(?<![\\p{L}&.'’-])\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|and|&|for)\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,6}?\\s+"
          + Pattern.quote(e.getValue()) + "(?!\\p{L})")));
  /** "the local exchange": any word before a head, to tell another body of the kind described in lower case. */
  private static final Pattern DESCRIBED_HEAD = Pattern.compile("(?i)(?<!\\p{L})(\\p{L}[\\p{L}-]*)\\s+(?:" + HEAD_ALTERNATION + ")(?!\\p{L})");
  /** "the exchange", "the London-based bourse", "this exchange": a definite description of the kind, up to two words before it. */
  private static final Pattern DESCRIPTION = Pattern.compile(
      "(?i)^(?:the|this|that)\\s+(?:(?-i:\\p{Ll}[\\p{L}-]*|\\p{Lu}[\\p{L}]*-\\p{Ll}[\\p{L}-]*)\\s+){0,2}?(" + HEAD_ALTERNATION + ")$");
  /** "exchange data", "the exchange's figures", "data from the bourse": the record the kind keeps. */
  private static final Pattern RECORD = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(" + HEAD_ALTERNATION + ")(?:['’]s)?\\s+(?:data|figures|statistics|numbers)"
          + "|(?:data|figures|statistics|numbers)\\s+(?:from|of|by)\\s+the\\s+(" + HEAD_ALTERNATION + "))$");
  /** "the bureau of the Department of Environment and Natural Resources (DENR)": a kind, then the named body it belongs to. */
  private static final Pattern OF_PARENT = Pattern.compile(
      "^(?:[Tt]he)\\s+(\\p{Ll}+)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|and|for|on|the)\\s+)*\\p{Lu}[\\p{L}&.'’-]*)*(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?$");

  private KindReferences() {}

  /** The kind's head a credit's words refer back by ("the exchange", "exchange data" → "exchange"), else null. */
  static String head(String written) {
    if (written == null || HEADS.isEmpty()) return null;
    String s = written.strip();
    Matcher m = DESCRIPTION.matcher(s);
    if (m.matches()) return m.group(1).toLowerCase(Locale.ROOT);
    m = RECORD.matcher(s);
    if (!m.matches()) return null;
    return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code name} is a body of the kind {@code head}: its name holds the kind's word ("London Metal Exchange"). */
  static boolean isOfKind(String name, String head) {
    Pattern word = NAME_WORD.get(head);
    return name != null && word != null && word.matcher(name).find();
  }

  /**
   * "the bureau of the Department of … (DENR)" → "the bureau": the kind alone, when its words are a lower-case kind then "of" the
   * named body it belongs to; else null.
   */
  static String withoutParent(String written) {
    if (written == null) return null;
    Matcher m = OF_PARENT.matcher(written.strip());
    return m.matches() ? "the " + m.group(1) : null;
  }

  /** Articles and determiners that describe no other body before a kind's head ("the exchange", "its bourse"). */
  private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "this", "that", "its", "their", "same", "said", "by", "on", "at", "of");

  /**
   * The body of the kind {@code head} the page named last before {@code to} ("Nickel rose on the London Metal Exchange" → "London
   * Metal Exchange"), or null: none named, or the text between describes another body of the kind in lower case ("Trades on the
   * local exchange jumped …, exchange data show" after the London Metal Exchange: the local one, which the page does not name).
   */
  static String namedBefore(String text, int to, String head) {
    Pattern body = NAMED_BODY.get(head);
    if (text == null || body == null || to <= 0 || to > text.length()) return null;
    Matcher m = body.matcher(text).region(0, to);
    String found = null;
    int end = -1;
    while (m.find()) {
      found = m.group();
      end = m.end();
    }
    if (found == null) return null;
    Matcher other = DESCRIBED_HEAD.matcher(text).region(end, to);
    while (other.find()) if (!NOT_MODIFIERS.contains(other.group(1).toLowerCase(Locale.ROOT))) return null;
    // "The London Metal Exchange said" opening a sentence: the article is no part of the name.
    return found.startsWith("The ") ? found.substring(4) : found;
  }

  /** Whether a subject could name a source as a reference back by kind ("the exchange", "exchange data"). */
  static boolean couldName(String subject) {
    return head(subject) != null;
  }
}
