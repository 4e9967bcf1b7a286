package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimgraph.article.Article;
import org.claimgraph.lexicon.Tsv;

/**
 * Which dollar a bare "$" is. Written at home, Australian, Canadian, New Zealand, Singapore and Hong
 * Kong news writes its own dollar as "$" ("Ottawa has committed up to $13.2 billion in subsidies",
 * an ASX miner's "sales revenue of $89.8m") and the US dollar as "US$"/"$US"; wire services and foreign
 * outlets write the local dollar explicitly ("A$141.2 million ($87.69 million)", "$3.8bn (five billion
 * Canadian dollars)") and keep "$" for the US dollar. So a bare "$" is the local dollar only in an
 * article about that country whose text never writes its dollar explicitly (lexicon
 * {@code local-dollars.tsv}), or writes both its dollar and the US dollar out ({@code us-dollar-forms.tsv}: "A$632",
 * "US$4,840 per dmt" and "a cash balance … up from $1.375 billion" in an Australian outlet; smoke23). A price of a good traded
 * on world markets ("spodumene prices … $4,368 a tonne", "battery pack prices … $161/kWh") stays the US dollar ({@link WorldPrices}).
 */
final class LocalDollar {

  /** A country that writes its own dollar as "$". */
  record Home(String country, String currency, String domain, Pattern explicit) {}

  private static final List<Home> HOMES = load();
  /** The US dollar written out ({@code us-dollar-forms.tsv}): "US$4,840 per dmt", "$US804", "USD". */
  private static final Pattern US_EXPLICIT = Pattern.compile("(?<![\\p{L}$])(?:" + String.join("|",
      Tsv.read("us-dollar-forms.tsv").stream().map(r -> Pattern.quote(r.get("form"))).toList()) + ")(?![\\p{L}])");

  /** A bare dollar sign in a quote: "$50 billion", "up to $13.2 billion"; not "US$115", "$US48/kg", "A$49.2". */
  // "11 cents" (a share price on an ASX page) is the local dollar's cent as well; "US cents" is not (value8)
  private static final Pattern BARE_DOLLAR = Pattern.compile("(?<![\\p{L}$])\\$(?!\\s*US)|(?<!\\bU\\.?S\\.?\\s)\\bcents?\\b");
  /**
   * "1,100 million dollars" in an article about Australia (a translated report, nationworldnews) is the local dollar written
   * as a word; not "US dollars", "American dollars", and not on a page that only its site places at home (correo.ca's
   * translated Bolivian agency story: "revenues exceeding 17 million dollars" is USD).
   */
  private static final Pattern DOLLAR_WORD = Pattern.compile("(?<!\\b(?:U\\.?S\\.?|US|American)\\s)\\bdollars?\\b");

  private LocalDollar() {}

  private static List<Home> load() {
    List<Home> out = new ArrayList<>();
    for (var row : Tsv.read("local-dollars.tsv")) {
      StringBuilder alternatives = new StringBuilder();
      for (String form : row.get("explicit").split("\\|")) {
        if (alternatives.length() > 0) alternatives.append('|');
        alternatives.append(Pattern.quote(form));
      }
      // Whole forms: "A$" not inside "NZ$"/"HK$" (a letter before it), "CAD" not inside "CADMIUM".
      Pattern explicit = Pattern.compile("(?<![\\p{L}$])(?:" + alternatives + ")(?![\\p{L}])");
      out.add(new Home(row.get("country"), row.get("currency"), row.get("domain"), explicit));
    }
    return List.copyOf(out);
  }

  /**
   * The currency a bare "$" stands for in {@code article}, whose main country is {@code mainCountry}
   * (null if none), or null when it is the US dollar.
   */
  static String currencyOf(Article article, String mainCountry) {
    Home home = null;
    for (Home h : HOMES) if (h.country().equals(mainCountry)) home = h;
    // An article about no country in particular, on a site at home ("ltresources.com.au"): the site's.
    // Not when the article is about another country: a .ca site's Bloomberg story on BYD quotes US dollars.
    if (home == null && mainCountry == null) {
      String host = article.host();
      for (Home h : HOMES) if (host != null && host.endsWith(h.domain())) home = h;
    }
    if (home == null) return null;
    String text = (article.title() == null ? "" : article.title() + "\n") + article.text();
    // A page that writes both dollars out ("A$632", "US$4,840 per dmt") marks the foreign one: its bare "$" stays local.
    return home.explicit().matcher(text).find() && !US_EXPLICIT.matcher(text).find() ? null : home.currency();
  }

  /** Whether {@code mainCountry} is a country that writes its own dollar as "$" (the article is about it, not only its site). */
  static boolean home(String mainCountry) {
    for (Home h : HOMES) if (h.country().equals(mainCountry)) return true;
    return false;
  }

  /** {@code figures} with each bare-"$" amount or price in {@code currency} instead of the US dollar. */
  static List<Figure> apply(List<Figure> figures, String currency) {
    return apply(figures, currency, false);
  }

  /** {@link #apply(List, String)}; {@code aboutHome}: the article is about the dollar's country, so "dollars" is it too. */
  static List<Figure> apply(List<Figure> figures, String currency, boolean aboutHome) {
    if (currency == null) return figures;
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      String unit = f.quantity().unit();
      String local = unit.equals("USD") ? currency : unit.startsWith("USD/") ? currency + unit.substring(3) : null;
      // A world-market price per tonne or kWh is quoted in US dollars at home too (WorldPrices).
      String quote = f.evidence().quote();
      boolean bare = BARE_DOLLAR.matcher(quote).find() || (aboutHome && DOLLAR_WORD.matcher(quote).find());
      if (local == null || !bare || WorldPrices.isWorldPrice(f, unit)) {
        out.add(f);
        continue;
      }
      out.add(new Figure(f.quantity().withUnit(local), f.kind(), f.basis(), f.direction(), f.period(), f.measure(),
          f.place(), f.attribution(), f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

}
