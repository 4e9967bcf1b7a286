package org.claimgraph.graph;

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

  /** {@code https://claimgraph.org/id/source/{slug}} of a credited source, by its words. */
  public static String source(String text) {
    return CG.ID + "source/" + slug(text.replaceFirst("(?i)^(the|a|an)\\s+", ""));
  }

  /** {@code https://claimgraph.org/id/figure/{article id}/{start}-{end}}. */
  public static String figure(String articleId, int start, int end) {
    return CG.ID + "figure/" + articleId + "/" + start + "-" + end;
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
}
