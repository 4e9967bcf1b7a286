package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A commodity exchange's stocks and contract prices are its market's, not the page's country nor a bloc another clause names:
 * "LME copper stocks dropped to 157,950 tonnes" on a page about Chinese buying → no place, "COMEX copper stocks … rising by 10%
 * to 302,744 tonnes" → US, "Shanghai Futures Exchange copper stocks fell by 5.7%" → CN (devset/GUIDELINES.md "Places"; fresh17
 * call 30). The exchange is the last one named before the figure in its clause (up to a semicolon: "…; LME copper stocks dropped
 * to 336,475 tons" after Shanghai's); a country or company named between the two owns the figure instead ("LME aluminum futures
 * rose …, the EU plans to implement a 15% export tax"). Exchanges and their places: {@code commodity-exchanges.tsv}.
 */
final class ExchangePlaces {

  private static final Map<String, List<String>> PLACES = new LinkedHashMap<>();
  private static final Pattern EXCHANGE;

  static {
    List<String> forms = new ArrayList<>();
    for (var row : Tsv.read("commodity-exchanges.tsv")) {
      String place = row.get("place");
      PLACES.put(row.get("form"), place.isEmpty() ? List.of() : List.of(place));
      forms.add(Pattern.quote(row.get("form")));
    }
    // Longest first, so that "Shanghai Futures Exchange" wins over any shorter form inside it.
    forms.sort((a, b) -> b.length() - a.length());
    EXCHANGE = Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", forms) + ")(?![\\p{L}\\d])");
  }

  private ExchangePlaces() {}

  /**
   * The place of the figure starting at {@code start} in {@code sentence}: its exchange's where its clause names one before it
   * and {@code owner} finds no country or company between the two; else {@code place} as it is.
   */
  static List<String> apply(List<String> place, String sentence, int start, Predicate<String> owner) {
    if (start <= 0 || start > sentence.length()) return place;
    String before = sentence.substring(0, start);
    int clause = before.lastIndexOf(';') + 1;
    Matcher m = EXCHANGE.matcher(before);
    m.region(clause, before.length());
    String form = null;
    int end = -1;
    while (m.find()) {
      form = m.group();
      end = m.end();
    }
    if (form == null || owner.test(before.substring(end))) return place;
    return PLACES.get(form);
  }
}
