package org.claimgraph.figure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.article.Paragraph;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A page whose headline joins two countries alike ("Uganda and Rwanda lead East Africa in switch to electric cars", "Rwanda and
 * Uganda lead …") has no country of its own for a paragraph that names none: its page country is only the one counted a little
 * more often. A careful reader carries the country the paragraphs before were about, as across the sentences of one paragraph
 * ({@link ParagraphSubjects}):
 *
 * <pre>
 * "Uganda’s state-owned Kiira Motors Corporation has … built two battery-powered cars and a solar electric bus." ¶ "The electric
 *     bus … partnering with Chinese Equipment Manufacturer …" ¶ "The buses can cover a distance of 300km …"     → UG, not RW
 * </pre>
 *
 * Back to the nearest paragraph naming a country as its subject: one country there carries; several, a region, or a company
 * of another home stop the carry (the page's country then holds, as before). A paragraph naming a country only as a flow's end
 * or a partner ("partnering with Chinese Equipment Manufacturer") is passed over. Pages whose country no tie decided keep it:
 * a national page's paragraph about a foreign maker is no new subject for the next paragraph.
 */
final class TiedPages {

  /** How many paragraphs back a subject still carries. */
  private static final int REACH = 4;

  /** Two country names joined alike: "Uganda and Rwanda", "Thailand, Indonesia", "India vs China", "US & China". */
  private static final Pattern JOINED = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+)?|\\s(?:and|or|vs\\.?|versus)\\s+|\\s*&\\s*)(?:the\\s+)?$");

  private TiedPages() {}

  /**
   * Whether the headline joins the page's country with another country by name, neither subordinate to the other (not "China's
   * exports to US", not "Chinese firm to build plant in Morocco").
   */
  static boolean of(String title, String main, PlaceResolver places) {
    if (title == null || main == null) return false;
    List<PhraseMatcher.Match<Lexicon.Country>> named = places.mentions(title).stream()
        .filter(m -> !"adjective".equals(m.value().type()) && !"demonym".equals(m.value().type())).toList();
    for (int i = 1; i < named.size(); i++) {
      var a = named.get(i - 1);
      var b = named.get(i);
      if (a.value().code().equals(b.value().code()) || !JOINED.matcher(title.substring(a.end(), b.start())).find()) continue;
      if (main.equals(a.value().code()) || main.equals(b.value().code())) return true;
    }
    return false;
  }

  /**
   * The country the paragraphs before paragraph {@code index} were about, or null.
   *
   * @param text       the article's text
   * @param paragraphs its paragraphs
   * @param index      the sentence's paragraph, which names no country before the sentence
   */
  static String carried(String text, List<Paragraph> paragraphs, int index, PlaceResolver places, Lexicon lexicon) {
    for (int i = index - 1; i >= Math.max(0, index - REACH); i--) {
      Paragraph p = paragraphs.get(i);
      String body = text.substring(p.start(), p.end());
      Set<String> subjects = new LinkedHashSet<>();
      for (var m : places.mentions(body)) if (ParagraphSubjects.subject(body, m) && !maker(body, m)) subjects.add(m.value().code());
      if (subjects.isEmpty()) {
        if (!lexicon.findRegions(body).isEmpty()) return null;
        continue;
      }
      if (subjects.size() > 1 || !lexicon.findRegions(body).stream().allMatch(r -> "eu".equals(r.value().id()))) return null;
      String country = subjects.iterator().next();
      for (String home : places.companyCountries(body)) if (!home.equals(country)) return null;
      return country;
    }
    return null;
  }

  /** A nationality that describes a firm ("partnering with Motor Co. Ltd, a Chinese Equipment Manufacturer"): the firm's home, no subject. */
  private static boolean maker(String text, PhraseMatcher.Match<Lexicon.Country> m) {
    String type = m.value().type();
    return ("adjective".equals(type) || "demonym".equals(type)) && MAKER_AFTER.matcher(text.substring(m.end())).find();
  }

  private static final Pattern MAKER_AFTER = Pattern.compile(
      "(?i)^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:" + Tsv.literalAlternation(Tsv.read("firm-nouns.tsv"), "form") + ")\\b");
}
