package org.claimgraph.figure;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.lexicon.Tsv;

/**
 * The country of a page that names none but its site's: a national site's report on its own market or on a company of its
 * country ("VinFast reports unaudited second quarter 2025 financial results" on vietnamnews.vn, "Core Lithium share price
 * rockets 14%" on fool.com.au) is that country's where a sentence names no place (devset/GUIDELINES.md, "Places": company
 * results → the company's country; the subject carries over). The last default of the page's country, after what the page
 * names itself (FigureExtractor's main country): chosen by counting over every open set's figures whose sentence names no
 * place (the site's country under these conditions was right for all 23 it would change, on 2 publishers, and changed none
 * of the 11 other national-site pages' figures; docs in /work/wt/place7.report.md). Site domains: {@code site-countries.tsv}.
 */
final class SiteCountry {

  private static final Map<String, String> DOMAINS = new TreeMap<>();

  static {
    for (var row : Tsv.read("site-countries.tsv")) DOMAINS.put(row.get("domain"), row.get("country"));
  }

  private SiteCountry() {}

  /**
   * The country of {@code host}'s country-code domain, when the page names no other country, or names the site's own more
   * often than any other ({@code named}: the codes of the countries its headline and text name, once per mention); else null.
   * A page naming another country as often is about more than its site's home ("Tesla's China-made EV sales" on a .in site);
   * one naming none has nothing but its site to go by; and a national site's report that names its own country twice and a
   * foreign market once in passing ("If you look at Germany, …" on a New Zealand page) is its own country's.
   */
  static String of(String host, Collection<String> named) {
    return of(host, null, named);
  }

  /**
   * As {@link #of(String, Collection)}, with the site's country read from its host's country-code domain, else from its
   * publisher's name where that names one country ({@code publisherCountry}: "Cyprus Today", "Zambia Monitor", "The Korea
   * Times" on a generic .com or .online host): a national outlet's page naming no country reports its own country's figures
   * as a country-code site's does (devset/GUIDELINES.md "Places": the page's country carries to a sentence naming none).
   */
  static String of(String host, String publisherCountry, Collection<String> named) {
    String code = domain(host);
    if (code == null) code = publisherCountry;
    if (code == null) return null;
    Map<String, Integer> counts = new TreeMap<>();
    for (String c : named) counts.merge(c, 1, Integer::sum);
    int own = counts.getOrDefault(code, 0);
    // A page that names another country first (its headline or lead: "Chile's lithium exports rose 20%" on a .com.au site) is
    // about that country, however often it compares it with the site's own ("Unlike Australia, …").
    if (own > 0 && counts.size() > 1 && !code.equals(named.iterator().next())) return null;
    for (var e : counts.entrySet()) if (!e.getKey().equals(code) && e.getValue() >= own) return null;
    return code;
  }

  /** The country of {@code host}'s country-code domain ("daily-mail.co.zm" → ZM), null for generic ones (.com, .co, .io). */
  static String domain(String host) {
    if (host == null) return null;
    int dot = host.lastIndexOf('.');
    return dot < 0 ? null : DOMAINS.get(host.substring(dot));
  }
}
