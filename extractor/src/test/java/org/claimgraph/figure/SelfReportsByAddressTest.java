package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * review26a: SelfReports knows a page's publisher from its address alone too. credit26b's tests always gave the publisher's
 * name as well, so the address branch never ran end to end (with it off, every SelfReportsTest test passes), and a site named
 * by its address with the ending ("News.Az" on news.az) was missed: siteLabel gives "news".
 */
class SelfReportsByAddressTest {

  private static Article at(String url) {
    Article r = Texts.article(LocalDate.of(2025, 4, 15), "x").article();
    return new Article(r.id(), r.source(), r.title(), null, r.authors(), r.date(), url, r.language(), r.text(), r.paragraphs());
  }

  @Test
  void aSiteNamedByItsAddress() {
    assertTrue(SelfReports.namesPublisher("News.Az", at("https://news.az/news/global-ev-sales-surge-in-q1-2025-driven-by-strong-demand-in-china")));
    assertTrue(SelfReports.namesPublisher("Trend", at("https://en.trend.az/casia/uzbekistan/3781288.html")));
    assertFalse(SelfReports.namesPublisher("Reuters", at("https://news.az/news/x")));
  }

  @Test
  void theAddressAloneEndToEnd() {
    // https://en.trend.az/casia/uzbekistan/3781288.html (Trend, 2023-08-07), no publisher name given: never Trend.
    AnnotatedArticle a = Texts.article(LocalDate.of(2023, 8, 7),
        "Uzbekistan imported 5,403 electric cars worth $167 million from January through June 2023, Trend reports.");
    Article r = a.article();
    Article at = new Article(r.id(), r.source(), r.title(), null, r.authors(), r.date(), "https://en.trend.az/casia/uzbekistan/3781288.html",
        r.language(), r.text(), r.paragraphs());
    List<Figure> figures = new FigureExtractor().extract(new AnnotatedArticle(at, a.sentences()));
    Attribution c = Texts.starting(figures, "5,403").attribution();
    assertNotEquals("Trend", c == null ? null : c.display());
  }
}
