package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form in capitals made of the first letters of a body's words rather than their initials (credit29a): "The
 * Statistical Institute of Jamaica says …" then "STATIN says …" (Radio Jamaica), as "Ofgem" is the Office of Gas and Electricity
 * Markets. Each capitalized word of the name, in order from its first, gives the short form a run of its first letters (one
 * at least); link words ("of", "and") give none or their initial. The name is the page's whole run of capitalized words from
 * the first spelling word, with the remit after it ("of Jamaica"), and it must hold a body's head noun (short-form-bodies.tsv:
 * institute, agency …), so that no thing's or person's name is read as a source.
 *
 * <p>Pure initials are {@link ShortForms}' (and {@link SpelledNames}'): a spelling here has a word that gives two letters or
 * more, two words at least give letters, and the short form has four letters at least, so that two- and three-letter capitals
 * stay as written. Read alone, a sentence names no body: the short form stays as written.
 *
 * <pre>{@code
 * PrefixSpelling.longForm("The Statistical Institute of Jamaica says … STATIN says …", "STATIN"); // "Statistical Institute of Jamaica"
 * }</pre>
 */
final class PrefixSpelling {

  /** A name: capitalized words with link words between them. */
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|and|on|de|the|&)\\s+)*\\p{Lu}[\\p{L}'’-]*)+");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Set<String> LINKS = Set.of("of", "for", "and", "on", "de", "the", "&");
  /** Words that open a sentence or a name without being part of it. */
  private static final Set<String> OPENERS = Set.of("The", "A", "An", "According", "In", "On", "At", "By");

  private PrefixSpelling() {}

  /** The first name of {@code text} whose words' first letters spell {@code shortForm} and that names a body, or null. */
  static String longForm(String text, String shortForm) {
    if (text == null || shortForm == null || shortForm.length() < 4) return null;
    String letters = shortForm.toUpperCase(Locale.ROOT);
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      List<int[]> spans = new ArrayList<>();
      List<String> words = new ArrayList<>();
      Matcher w = WORD.matcher(n.group());
      while (w.find()) {
        spans.add(new int[] {n.start() + w.start(), n.start() + w.end()});
        words.add(w.group());
      }
      for (int first = 0; first < words.size(); first++) {
        if (LINKS.contains(words.get(first)) || OPENERS.contains(words.get(first))) continue;
        int end = spell(words, first, letters, 0, false);
        // Two words at least give letters: "Ministry" is no short form of "Ministry of Finance".
        if (end < 0 || words.subList(first, end + 1).stream().filter(x -> !LINKS.contains(x)).count() < 2) continue;
        // The remit after the spelling words ("of Jamaica") belongs to the name; another capitalized word would start another.
        int last = end;
        if (last + 1 < words.size() && !LINKS.contains(words.get(last + 1))) continue;
        if (last + 1 < words.size()) last = words.size() - 1;
        List<String> name = words.subList(first, last + 1);
        if (name.stream().noneMatch(x -> Character.isUpperCase(x.charAt(0)) && ShortForms.bodyNoun(x))) continue;
        return text.substring(spans.get(first)[0], spans.get(last)[1]);
      }
    }
    return null;
  }

  /**
   * The index of the last word that spells {@code letters} from {@code pos} on, reading words from {@code k}; -1 when none
   * does. A capitalized word gives one letter or more, a link word none or its initial; {@code longer} is whether a word gave
   * two letters or more, which a spelling needs.
   */
  private static int spell(List<String> words, int k, String letters, int pos, boolean longer) {
    if (k >= words.size()) return -1;
    String word = words.get(k);
    String upper = word.toUpperCase(Locale.ROOT);
    boolean link = LINKS.contains(word);
    if (link && k + 1 < words.size()) {
      int skipped = spell(words, k + 1, letters, pos, longer);
      if (skipped >= 0) return skipped;
    }
    int most = link ? 1 : Math.min(upper.length(), letters.length() - pos);
    for (int take = most; take >= 1; take--) {
      if (!letters.startsWith(upper.substring(0, take), pos)) continue;
      boolean two = longer || take >= 2;
      if (pos + take == letters.length()) {
        if (two && !link) return k;
        continue;
      }
      int end = spell(words, k + 1, letters, pos + take, two);
      if (end >= 0) return end;
    }
    return -1;
  }
}
