package org.claimgraph.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The country a page that is about no country (too few mentions for a main country, no country-code site) shows for a sign
 * read by the country alone (rows of {@code local-signs.tsv} with no {@code named} forms: "Rs", "rupees", "pesos"): the one
 * country of the sign's rows the text names more often than any other of them and than the country of the sign's own
 * reading. "The custom office has collected more than Rs. 109.8 million" under "100 electric cars entered Nepal" is Nepal's
 * rupee; a page naming India as often as Nepal, or naming none of them (a sentence read alone), keeps units.tsv's INR.
 */
final class SignCountries {

  /** Each country code's forms (names, adjectives, demonyms, aliases) as one whole-word pattern, case as written. */
  private static final Map<String, Pattern> FORMS = forms();
  /** The countries of each sign whose rows name no currency word: the page's country alone decides them. */
  private static final Map<String, List<String>> SIGN_COUNTRIES = signCountries();

  private SignCountries() {}

  private static Map<String, Pattern> forms() {
    Map<String, StringBuilder> b = new HashMap<>();
    for (var row : Tsv.read("countries.tsv")) {
      if (row.get("type").equals("capital-metonym")) continue; // "Beijing" speaks for a government, not a page's country
      b.computeIfAbsent(row.get("code"), k -> new StringBuilder()).append(b.get(row.get("code")).length() == 0 ? "" : "|")
          .append(Pattern.quote(row.get("form")));
    }
    Map<String, Pattern> out = new HashMap<>();
    b.forEach((code, alt) -> out.put(code, Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])")));
    return Map.copyOf(out);
  }

  private static Map<String, List<String>> signCountries() {
    Map<String, List<String>> out = new HashMap<>();
    for (var row : Tsv.read("local-signs.tsv")) {
      if (!"-".equals(row.get("named"))) continue;
      out.computeIfAbsent(row.get("sign"), k -> new java.util.ArrayList<>()).add(row.get("country"));
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /**
   * The country of {@code sign} on a page about no country: the page's fiscal signs first ({@link FiscalYears#signed}: a
   * {@code .np} site, Nepali months, "crore"/"lakh"/"₹" for India), so the unit and the fiscal year read one country; "Tata
   * Motors earned Rs 500 crore … shipping cars to Nepal" keeps INR. Else the country the text names most ({@link #named}).
   */
  static String of(String sign, String currency, String host, String text) {
    List<String> countries = SIGN_COUNTRIES.get(sign);
    if (countries == null) return null;
    String signed = FiscalYears.signed(host, text);
    if (signed != null && signed.equals(PlaceResolver.currencyMarket(currency))) return null; // the sign's own reading (INR)
    if (signed != null && countries.contains(signed)) return signed;
    return named(sign, currency, text);
  }

  /**
   * The country of {@code sign}'s rows {@code text} names most, ahead of every other of them and of {@code currency}'s own
   * market (INR → IN); null where there is none.
   */
  static String named(String sign, String currency, String text) {
    List<String> countries = SIGN_COUNTRIES.get(sign);
    if (countries == null) return null;
    String own = PlaceResolver.currencyMarket(currency);
    int ownCount = own == null ? 0 : count(own, text);
    String best = null;
    int most = 0;
    boolean tie = false;
    for (String c : countries) {
      int n = count(c, text);
      if (n > most) {
        best = c;
        most = n;
        tie = false;
      } else if (n == most && n > 0) {
        tie = true;
      }
    }
    return best != null && !tie && most > ownCount ? best : null;
  }

  private static int count(String code, String text) {
    Pattern p = FORMS.get(code);
    if (p == null) return 0;
    int n = 0;
    for (Matcher m = p.matcher(text); m.find(); ) n++;
    return n;
  }
}
