package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimgraph.article.Article;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.lexicon.Regexes;

/**
 * Which currency an ambiguous sign or word is, by the page's country (lexicon {@code local-signs.tsv}): "K2.5 billion"
 * is kwacha on a Zambian page, "N309.9bn" naira on a Nigerian one, "R1.2bn" rand on a South African one, "¥11.6bn"
 * yuan in a story about China, "2 billion pesos" Chilean pesos on a Chilean page. A one-letter sign on a page about
 * none of its countries, whose text never names the currency, is no money: the figure is dropped (the finder reads
 * it only so that this step can judge it). Like {@link LocalDollar} for "$".
 */
final class LocalSigns {

  /** One row: in an article about {@code country}, {@code sign} is {@code currency}. */
  record Row(String sign, String country, String currency, Pattern named, Pattern unless) {}

  private static final List<Row> ROWS = load();

  private static final Pattern LEADING_WORDS = Pattern.compile("^(?:\\p{Ll}+\\s+)+");
  /**
   * Each lower-case sign's pattern of a quote that writes it after the number ("2 billion pesos"), and each code of three
   * letters or more ("100 billion FCFA", "900 CFA francs"); not after a capitalised word, which names the currency's country
   * itself ("700 Ugandan shillings", "West African CFA francs" keep units.tsv's reading).
   */
  private static final java.util.Map<String, Pattern> WORD_AFTER_NUMBER = ROWS.stream().map(Row::sign)
      .filter(LocalSigns::writtenAfter).distinct()
      .collect(java.util.stream.Collectors.toMap(s -> s,
          s -> Pattern.compile("(?s).*\\d[^\\d]*(?<!\\p{Lu}\\p{L}{1,30}[ \\u00A0])\\b" + (Character.isLowerCase(s.charAt(0)) ? "(?i:" + Pattern.quote(s) + ")"
              : Pattern.quote(s)) + "\\b.*"))); // "500 million Shillings" as a word in any case

  /** Whether a sign may follow its number: a lower-case word ("pesos") or a code of three capitals or more ("CFA"). */
  private static boolean writtenAfter(String sign) {
    return Character.isLetter(sign.charAt(0)) && Character.isLowerCase(sign.charAt(0)) || Regexes.matches(sign, "\\p{Lu}{3,}");
  }

  /**
   * Each other sign's pattern of a quote that starts with it, after qualifier words of any case ("More than Rs. 109.8 million"
   * at a sentence's start, "about N1.187tn"), a digit or a space after it.
   */
  private static final java.util.Map<String, Pattern> SIGN_AFTER_WORDS = ROWS.stream().map(Row::sign)
      .filter(s -> !(Character.isLetter(s.charAt(0)) && Character.isLowerCase(s.charAt(0)))).distinct()
      .collect(java.util.stream.Collectors.toMap(s -> s, s -> Pattern.compile("(?:\\p{L}+\\s+)*" + Pattern.quote(s) + "(?=[\\d \\u00A0])")));

  private LocalSigns() {}

  private static List<Row> load() {
    List<Row> out = new ArrayList<>();
    for (var row : Tsv.read("local-signs.tsv")) {
      out.add(new Row(row.get("sign"), row.get("country"), row.get("currency"), words(row.get("named")), words(row.get("unless"))));
    }
    return List.copyOf(out);
  }

  private static Pattern words(String forms) {
    if (forms == null || forms.equals("-")) return null;
    StringBuilder b = new StringBuilder();
    for (String f : forms.split("\\|")) b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(f));
    return Pattern.compile("(?<![\\p{L}])(?:" + b + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }

  /** The rows' signs, each once, in the rows' order, with whether each may follow its number (read once, not per figure). */
  private record Sign(String sign, boolean word, boolean after) {}

  private static final List<Sign> SIGNS = ROWS.stream().map(Row::sign).distinct()
      .map(s -> new Sign(s, Character.isLetter(s.charAt(0)) && Character.isLowerCase(s.charAt(0)), writtenAfter(s))).toList();

  /** The countries of {@code sign}'s rows, in the rows' order ("rupees" → LK, MU, NP, PK); empty for no sign of the table. */
  static List<String> countriesOf(String sign) {
    return ROWS.stream().filter(r -> r.sign().equals(sign)).map(Row::country).distinct().toList();
  }

  /** The sign or word of {@code quote} a row is about: "K2.5 billion" → K, "2 billion pesos" → pesos; else null. */
  static String signOf(String figureQuote) {
    String quote = LEADING_WORDS.matcher(figureQuote).replaceFirst(""); // "up to ¥20,000", "about N1.187tn"
    // Each pattern matches only a quote that holds its sign (a word in any case): the others are not tried (the same result,
    // without a hundred patterns run over every figure's quote).
    for (Sign sg : SIGNS) {
      String s = sg.sign();
      if (sg.word()) {
        if (containsIgnoreCase(quote, s) && WORD_AFTER_NUMBER.get(s).matcher(quote).matches()) return s;
      } else if (quote.contains(s) && (SIGN_AFTER_WORDS.get(s).matcher(quote).lookingAt() || sg.after() && WORD_AFTER_NUMBER.get(s).matcher(quote).matches())) {
        return s;
      }
    }
    return null;
  }

  /** Whether {@code text} holds {@code part} ignoring case (as {@link String#regionMatches(boolean, int, String, int, int)}). */
  private static boolean containsIgnoreCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) if (text.regionMatches(true, i, part, 0, part.length())) return true;
    return false;
  }

  /**
   * {@code figures} with each sign's currency read by the article's country: the row's currency where the article is
   * about the row's country; a one-letter sign on a page about none of its countries that never names the currency
   * dropped.
   */
  static List<Figure> apply(List<Figure> figures, Article article, String mainCountry) {
    String text = (article.title() == null ? "" : article.title() + "\n") + article.text();
    String pageCountry = mainCountry != null ? mainCountry : SiteCountry.domain(article.host());
    List<Figure> out = new ArrayList<>(figures.size());
    // One reading per sign and currency per page: SignCountries scans the whole text, which must not happen per figure.
    java.util.Map<String, String> signCountry = new java.util.HashMap<>();
    for (Figure f : figures) {
      String sign = signOf(f.evidence().quote());
      String unit = f.quantity().unit();
      if (sign == null || unit == null || !"Currency".equals(UnitTable.get().kind(unit.split("/")[0]))) {
        out.add(f);
        continue;
      }
      String key = sign + "\u0000" + unit.split("/")[0];
      if (pageCountry == null && !signCountry.containsKey(key)) {
        signCountry.put(key, SignCountries.of(sign, unit.split("/")[0], article.host(), text));
      }
      String country = pageCountry != null ? pageCountry : signCountry.get(key);
      String currency = null;
      boolean kept = false;
      for (Row r : ROWS) {
        if (!r.sign().equals(sign)) continue;
        if (r.country().equals(country)) {
          if (r.unless() != null && r.unless().matcher(text).find()) kept = true;
          else currency = r.currency();
        }
      }
      if (currency == null && !kept) { // a page about none of the sign's countries: one that names the currency (and not its rival)
        for (Row r : ROWS) {
          if (r.sign().equals(sign) && r.named() != null && r.named().matcher(text).find()
              && (r.unless() == null || !r.unless().matcher(text).find())) currency = r.currency();
        }
        if (currency == null && Regexes.matches(sign, "\\p{L}+") && hasNamed(sign)) continue; // "N2 billion" on a page with no naira: not money
      }
      if (currency == null) {
        out.add(f);
        continue;
      }
      int slash = unit.indexOf('/');
      String local = slash < 0 ? currency : currency + unit.substring(slash);
      out.add(new Figure(f.quantity().withUnit(local), f.kind(), f.basis(), f.direction(), f.period(), f.measure(),
          f.place(), f.attribution(), f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  /** Whether a row of {@code sign} names its currency: a letter sign that only such a page may read as money (K, N, R, Sh). */
  private static boolean hasNamed(String sign) {
    for (Row r : ROWS) if (r.sign().equals(sign) && r.named() != null) return true;
    return false;
  }
}
