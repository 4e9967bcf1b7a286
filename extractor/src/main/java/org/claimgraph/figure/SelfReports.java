package org.claimgraph.figure;

import java.net.URI;
import java.util.Locale;
import org.claimgraph.article.Article;
import org.claimgraph.lexicon.Regexes;

/**
 * A publisher naming itself on its own page is its own voice, not a source (credit26b; GUIDELINES fresh20 settled call, the
 * fresh15 "reports Jobs &amp; Hire" and fresh14 own-index calls): "The number of electric-powered cars in Kazakhstan has grown
 * by 65.4% ..., QazMonitor reports." on qazmonitor.com, "Uzbekistan imported 5,403 electric cars ..., Trend reports." on
 * trend.az, "..., the State Committee on Statistics said, Trend reports citing Uzdaily." A careful reader credits the body the
 * sentence names besides (the committee), else nobody. On another publisher's page the same words credit that outlet, and a
 * sentence read alone has no publisher: nothing changes there.
 *
 * <p>The page's publisher is known from its metadata (the site name, "QazMonitor", "Finport.am") and its address (the site's
 * own label, "trend" for en.trend.az). A name matches when its letters and digits are those of one of them, after a
 * trailing "correspondent"/"reporter" ("Kazinform correspondent reports"). Analysts' and price reporters' own pages are not
 * this rule's: there the page states its own assessments, which gold credits to them ({@link CreditResolver}'s own-assessment
 * rule), so the caller leaves research bodies alone.
 */
final class SelfReports {

  private SelfReports() {}

  /** Whether {@code source}, a credit as the sentence writes it, names the page's own publisher. */
  static boolean namesPublisher(String source, Article article) {
    if (source == null || article == null) return false;
    String name = key(Regexes.replaceFirst(source.strip(), "(?i)\\s+(?:correspondents?|reporters?|staff|newsroom)$", ""));
    if (name.length() < 3) return false;
    String publisher = article.publisher();
    if (publisher != null) {
      // "Finport.am", "Minormetals.com": the site name without its domain ending.
      if (name.equals(key(publisher)) || name.equals(key(Regexes.replaceFirst(publisher.strip(), "\\.[a-z]{2,6}$", "")))) return true;
    }
    String host = article.host();
    if (host == null) return false;
    String site = label(host);
    if (site != null && name.equals(site)) return true;
    // "News.Az reports" on news.az, "MINING.COM" on mining.com: a site named by its address, ending and all (review26a).
    return name.equals(key(Regexes.replaceFirst(host, "^www\\.", "")));
  }

  /** The site's own label of a page address: "trend" for https://en.trend.az/…, "qazmonitor" for qazmonitor.com. */
  static String siteLabel(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : label(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The site's own label of a lower-case host name. */
  private static String label(String host) {
    String[] labels = host.split("\\.");
    if (labels.length < 2) return null;
    // "www.smh.com.au", "news.example.co.uk": skip a second-level ending.
    int i = labels.length - 2;
    if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2 && Regexes.matches(labels[i], "com|co|net|org|gov|ac")) i--;
    String label = key(labels[i]);
    return label.length() < 3 ? null : label;
  }

  private static String key(String s) {
    String t = Regexes.replaceFirst(s.strip(), "(?i)^the\\s+", "");
    return Regexes.replaceAll(t.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]", "");
  }
}
