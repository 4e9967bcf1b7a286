package org.claimgraph.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

/**
 * The short forms a page gives a body as one capitalized word in brackets, which ShortForms (capitals that spell the name's
 * initials) does not read (credit25a): "the Society of the Irish Motor Industry (Simi)" then "according to Simi", "THE Electric
 * Vehicle Association of the Philippines (Evap)" then "said Evap", "The Ministry of Industry (Kemeperin)". A later credit by
 * the short form keeps the page's full name. Such a word need not spell the name's initials (Kemeperin is the ministry's
 * name in its own language), so the long form must hold a body's head noun (short-form-bodies.tsv: society, association,
 * ministry …): "the Tesla Model Y (Juniper)" defines no source.
 *
 * <pre>{@code
 * LooseShortForms.defined("… the Society of the Irish Motor Industry (Simi) …"); // {Simi=the Society of the Irish Motor Industry}
 * }</pre>
 */
final class LooseShortForms {

  /** A body's name (capitalized words with link words inside, with its "the"), then one capitalized word in brackets. */
  private static final Pattern WORD_IN_BRACKETS = Pattern.compile(
      "((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:of|for|and|on|the|&|\\p{Lu}[\\p{L}'’&-]*)){1,8})\\s+\\((\\p{Lu}\\p{Ll}{2,11})\\)");

  private LooseShortForms() {}

  /** Short form → the long form before it (with its "the"), for each such definition whose long form names a body. */
  static Map<String, String> defined(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher m = WORD_IN_BRACKETS.matcher(text);
    while (m.find()) {
      if (namesBody(m.group(1)) && !namesOther(m.group(2))) out.putIfAbsent(m.group(2), m.group(1));
    }
    return out;
  }

  /**
   * Whether the bracketed word names something of its own, which is no short form: a place ("the Ministry of Energy and Mines
   * (Peru)", then "Peru said") or a news outlet ("the London Metal Exchange (Reuters)", then "Reuters said"). A body's own
   * name there ("the State Chilean Copper Commission (Cochilco)") is its short form.
   */
  private static boolean namesOther(String word) {
    if (Credits.isPlace(word)) return true;
    return Lexicon.get().newsOutlets().contains(word);
  }

  /** Whether a capitalized word of the name is a body's head noun ("Society", "Association", "Ministry"). */
  private static boolean namesBody(String name) {
    for (String w : name.split("\\s+")) if (Character.isUpperCase(w.charAt(0)) && ShortForms.bodyNoun(w)) return true;
    return false;
  }
}
