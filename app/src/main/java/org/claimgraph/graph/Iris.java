package org.claimgraph.graph;

import org.claimgraph.lexicon.Lexicon;

import java.text.Normalizer;
import java.util.Locale;

/** Deterministic IRIs of the data, derived from content: the same input always gets the same IRI. */
public final class Iris {
  private Iris() {}

  /** {@code https://claimgraph.org/id/article/{id}}; also the article's named graph. */
  public static String article(String articleId) {
    return CG.ID + "article/" + articleId;
  }

  /** {@code https://claimgraph.org/id/publisher/{slug}}, e.g. {@code …/publisher/sp-global}. */
  public static String publisher(String name) {
    return CG.ID + "publisher/" + slug(name);
  }

  /** {@code https://claimgraph.org/id/person/{slug}}, e.g. {@code …/person/kip-keen}. */
  public static String person(String name) {
    return CG.ID + "person/" + slug(name);
  }

  /** {@code https://claimgraph.org/id/organization/{slug}}. */
  public static String organization(String name) {
    return CG.ID + "organization/" + slug(name);
  }

  /** {@code https://claimgraph.org/id/country/{ISO code}}. */
  public static String country(String code) {
    return CG.ID + "country/" + code;
  }

  /**
   * {@code https://claimgraph.org/id/source/{slug}} of a credited source, by its name ({@link #sourceName}): every form of
   * one known organization ("StatsCan", "Statistics Canada"; "the USGS", "US Geological Survey") is one source.
   */
  public static String source(String text) {
    return CG.ID + "source/" + slug(sourceName(text).replaceFirst("(?i)^(the|a|an)\\s+", ""));
  }

  /** A credited source's name: the canonical name of a known organization (organizations.tsv) the credit names whole, else its words. */
  public static String sourceName(String text) {
    String known = Lexicon.get().organizationNamed(text);
    return known != null ? known : text;
  }

  /** {@code https://claimgraph.org/id/figure/{article id}/{start}-{end}}. */
  public static String figure(String articleId, int start, int end) {
    return CG.ID + "figure/" + articleId + "/" + start + "-" + end;
  }

  /** {@code https://claimgraph.org/id/figure/{article id}/title/{start}-{end}}: a figure of the headline, by its range in the title. */
  public static String titleFigure(String articleId, int start, int end) {
    return CG.ID + "figure/" + articleId + "/title/" + start + "-" + end;
  }

  /** {@code https://claimgraph.org/id/article/{article id}/sentence/{index}}. */
  public static String sentence(String articleId, int index) {
    return article(articleId) + "/sentence/" + index;
  }

  /** Lower-case ASCII words joined by hyphens: "S&P Global Commodity Insights" → "s-p-global-commodity-insights". */
  public static String slug(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "x" + Integer.toHexString(s.hashCode()) : slug;
  }

  /**
   * A web address as a valid IRI (RFC 3987): characters IRIs do not allow are percent-encoded as
   * UTF-8, a {@code %} not starting an escape too; or null if no valid IRI results (no scheme, a
   * broken host). {@code https://x.org/a-[[Special-Topic]]?x=1} →
   * {@code https://x.org/a-%5B%5BSpecial-Topic%5D%5D?x=1}.
   */
  public static String web(String url) {
    if (url == null) return null;
    StringBuilder b = new StringBuilder(url.length() + 16);
    int authorityEnd = authorityEnd(url);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean escape = c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0
          || (c == '[' || c == ']') && i >= authorityEnd
          || c == '%' && !(i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2)))
          || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < url.length()
              && Character.isLowSurrogate(url.charAt(i + 1)))
          || c >= 0x80 && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF;
      if (!escape) {
        b.append(c);
      } else {
        for (byte x : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
        }
      }
    }
    String iri = b.toString();
    try {
      org.apache.jena.irix.IRIx.create(iri);
      return iri;
    } catch (org.apache.jena.irix.IRIException e) {
      return null;
    }
  }

  /** Where the authority ({@code //host:port}) of a URL ends: brackets may stand there (IPv6), not after. */
  private static int authorityEnd(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) return 0;
    int start = scheme + 3;
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') return i;
    }
    return url.length();
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
