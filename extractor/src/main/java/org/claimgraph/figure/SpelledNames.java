package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

/**
 * The short forms a page uses for a body it names in full without defining them in brackets (credit23a): "Released by the
 * Australian Bureau of Statistics, …" and later "The ABS figures also showed …" make "the ABS" that bureau, so one source
 * has one name. A short form counts only when a name of the page, read back from its last word, spells its initials
 * (ShortForms) and holds a body's head noun (short-form-bodies.tsv: bureau, agency, association …): "Electric Vehicles"
 * and "Chief Executive Officer" name no body.
 *
 * <pre>{@code
 * SpelledNames.of("… the Australian Bureau of Statistics said. The ABS figures …"); // {ABS=the Australian Bureau of Statistics}
 * }</pre>
 */
final class SpelledNames {

  /** A short form in capitals as a word of its own, not one in brackets (ShortForms reads those): "ABS", not "NRCan". */
  private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}&(.-])(\\p{Lu}{2,6})(?![\\p{L}\\p{N}&).-])");
  /** A name: capitalized words with link words between them, ending on a capitalized word. */
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]*(?:,?\\s+(?:(?:of|for|and|on|de|the|&)\\s+)*\\p{Lu}[\\p{L}'’-]*)+");

  private SpelledNames() {}

  /** Short form → the page's long form (with its "the"), for each short form in capitals a body's name of the page spells. */
  static Map<String, String> of(String text) {
    Map<String, String> out = new HashMap<>();
    Set<String> tried = new HashSet<>();
    List<Integer> nameEnds = null;
    Matcher c = CAPITALS.matcher(text);
    while (c.find()) {
      String shortForm = c.group(1);
      // "the IEA", "the USGS": organizations.tsv already gives a known short form its one name.
      if (!tried.add(shortForm) || Lexicon.get().organizationNamed(shortForm) != null) continue;
      if (nameEnds == null) nameEnds = nameEnds(text);
      String longForm = spelledBy(text, nameEnds, shortForm);
      // "STATIN" after "The Statistical Institute of Jamaica": the first letters of its words, not their initials (credit29a).
      if (longForm == null) longForm = PrefixSpelling.longForm(text, shortForm);
      if (longForm != null) out.put(shortForm, longForm);
    }
    return out;
  }

  /** Where each name of several words ends in {@code text}. */
  private static List<Integer> nameEnds(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher n = NAME.matcher(text);
    while (n.find()) out.add(n.end());
    return out;
  }

  /** The first name of the page whose initials spell {@code shortForm} and that names a body, or null. */
  private static String spelledBy(String text, List<Integer> nameEnds, String shortForm) {
    for (int end : nameEnds) {
      String longForm = ShortForms.longForm(text, end, shortForm);
      if (longForm == null) continue;
      String bare = longForm.replaceFirst("^(?:the|The)\\s+", "");
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && Arrays.stream(bare.split("\\s+")).anyMatch(ShortForms::bodyNoun)) {
        return longForm;
      }
    }
    return null;
  }
}
