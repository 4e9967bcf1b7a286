package org.claimgraph.article;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.claimgraph.lexicon.Regexes;

/**
 * Finds the standfirst that a page prints under its headline, outside the article's container
 * ({@code <header><h1>…</h1><p class="bajada">Los pueblos indígenas reclaman …</p></header><section
 * itemprop="articleBody">…}): the page's own description ({@code og:description}, {@code
 * description}) printed as a visible element before the story. The description alone is not
 * enough, since many pages write it only for search engines, and a shortened one ("…") is not
 * the text the reader sees.
 */
final class Standfirst {

  /** Shortest description (in {@link FurnitureFilter#weight} units) taken for a standfirst. */
  private static final int MIN_WEIGHT = 40;
  // Selectors parsed once: jsoup parses a selector string on every select call.
  private static final Evaluator CANDIDATES = Selector.evaluatorOf("p, h2, h3, h4, div, span, strong, em, section");
  private static final Evaluator LINK = Selector.evaluatorOf("a");
  /** The page's own descriptions, Open Graph's first. */
  private static final List<Evaluator> DESCRIPTIONS = List.of(Selector.evaluatorOf("meta[property=og:description]"),
      Selector.evaluatorOf("meta[name=description]"), Selector.evaluatorOf("meta[name=twitter:description]"));

  private Standfirst() {}

  /**
   * The standfirst block to put before {@code kept}, or null when the page prints none outside
   * the story or the story already holds it.
   *
   * @param page the page as parsed, before furniture was removed from it
   */
  static Block find(Document page, List<Block> kept) {
    if (kept.isEmpty()) return null;
    String description = description(page);
    if (description == null) return null;
    String d = key(description);
    if (FurnitureFilter.weight(description) < MIN_WEIGHT || description.endsWith("...") || description.endsWith("…")) {
      return null;
    }
    for (Block b : kept) {
      if (key(b.text()).contains(d)) return null;
    }
    String first = key(kept.get(0).text());
    Element printed = null;
    for (Element e : page.body() == null ? List.<Element>of() : page.body().select(CANDIDATES)) {
      String text = key(e.text());
      if (printed == null && text.equals(d) && visible(e) && e.closest(LINK) == null) {
        printed = e;
      } else if (!first.isEmpty() && text.startsWith(first)) {
        // The story begins here: a description printed after it is not a standfirst.
        return printed == null ? null : new Block(BoilerplateRemover.normalize(printed.text()), Paragraph.Kind.PARAGRAPH, 0, false);
      }
    }
    return null;
  }

  private static String description(Document page) {
    for (Evaluator q : DESCRIPTIONS) {
      Element m = page.selectFirst(q);
      if (m != null && !m.attr("content").isBlank()) return BoilerplateRemover.normalize(m.attr("content"));
    }
    return null;
  }

  /** Whether no element around {@code e} hides it. */
  private static boolean visible(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String style = a.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      if (a.hasAttr("hidden") || "true".equalsIgnoreCase(a.attr("aria-hidden")) || style.contains("display:none")
          || style.contains("visibility:hidden") || a.normalName().equals("noscript") || a.normalName().equals("template")) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case words separated by single spaces, for comparing texts whatever their markup. */
  private static String key(String s) {
    return Regexes.replaceAll(s.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+", " ").strip();
  }
}
