package org.claimgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The matcher finds what one regular expression of every phrase (longest first, between
 * look-arounds for letters and digits) finds, the way it was first written, on sentences of
 * several publishers and on edge cases.
 */
class PhraseMatcherTest {

  private static final List<String> TEXTS = List.of(
      "China's exports of rare earth magnets to the United States rose 75.5% in July, while shipments to South Korea fell.",
      "Turkey imported less; turkey prices rose. CHINA said the U.S. and the EU would talk.",
      "The Democratic Republic of the Congo supplied cobalt to Chinese refiners, Reuters reported from Kinshasa.",
      "Koreans and Korea: New Jersey is not a place here, nor is South China Sea a country; Latin American buyers waited.",
      "Exports to Germany2 and 3Germany and Germany-based firms, (Japan) [India] \"Vietnam\" — Mexico.",
      "A Bloomberg analysis of customs data showed Indonesia's nickel output, according to the ministry.",
      "Ünïcödé Österreich and Côte d'Ivoire, Curaçao, São Tomé; ½Japan and Japan² near Japanⅳ.",
      "");

  @Test
  void findsWhatTheAlternationOfEveryPhraseFinds() {
    Lexicon lexicon = Lexicon.get();
    int matches = 0;
    for (PhraseMatcher<?> m : List.of(lexicon.countries(), lexicon.regions(), lexicon.organizations())) {
      for (String text : TEXTS) {
        List<String> got = m.find(text).stream().map(x -> x.start() + "-" + x.end() + ":" + x.text()).toList();
        assertEquals(reference(m, text), got, text);
        matches += got.size();
      }
    }
    assertEquals(true, matches > 20, "the texts name places and organizations: " + matches);
  }

  @Test
  void longestPhraseCaseAndWordBoundaries() {
    Map<String, String> phrases = new LinkedHashMap<>();
    phrases.put("Korea", "KR");
    phrases.put("South Korea", "KR");
    phrases.put("Turkey", "TR");
    phrases.put("neodymium", "Nd");
    PhraseMatcher<String> m = new PhraseMatcher<>(phrases);
    assertEquals(List.of("South Korea", "neodymium", "NEODYMIUM", "TURKEY"),
        m.find("South Korea and Koreans; turkey, neodymium, NEODYMIUM, TURKEY, xTurkey").stream().map(PhraseMatcher.Match::text).toList());
  }

  @Test
  void wholeIsThePhraseThatIsAllOfTheText() {
    Map<String, String> phrases = new LinkedHashMap<>();
    phrases.put("Korea", "KR");
    phrases.put("South Korea", "KR");
    phrases.put("US Geological Survey", "USGS");
    PhraseMatcher<String> m = new PhraseMatcher<>(phrases);
    assertEquals("KR", m.whole("South Korea"));
    assertEquals("USGS", m.whole("US Geological Survey"));
    assertEquals(null, m.whole("South Korea's"));
    assertEquals(null, m.whole("the US Geological Survey"));
    assertEquals(null, m.whole("Koreans"));
    assertEquals(null, m.whole(""));
  }

  /** The first implementation: one case-insensitive alternation, longest phrase first. */
  private static List<String> reference(PhraseMatcher<?> matcher, String text) {
    List<String> forms = new ArrayList<>(formsOf(matcher));
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder alt = new StringBuilder();
    for (String f : forms) {
      if (alt.length() > 0) alt.append('|');
      alt.append(Pattern.quote(f));
    }
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      String found = m.group();
      if (accepts(matcher, found)) {
        out.add(m.start() + "-" + m.end() + ":" + found);
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
    return out;
  }

  private static List<String> formsOf(PhraseMatcher<?> m) {
    return m.forms();
  }

  /** The case rule: as written, a lower-case phrase in any case, or any phrase in capitals. */
  private static boolean accepts(PhraseMatcher<?> m, String found) {
    return m.forms().stream().anyMatch(f -> f.equals(found) || f.equals(f.toLowerCase(Locale.ROOT)) && f.equals(found.toLowerCase(Locale.ROOT))
        || f.toUpperCase(Locale.ROOT).equals(found));
  }
}
