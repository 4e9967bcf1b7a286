package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A publisher naming itself on its own page credits nobody (credit26b, round 26; GUIDELINES fresh20 settled call). Counted on
 * the open splits before the rule: credits equal to the page's own publisher that gold does not give, 7 publishers — fresh20
 * qazmonitor 18 ("…, QazMonitor reports"; gold nobody, 2 Heycar), xinhuanet 4 (a dateline, not this rule's), fresh11 unn 4
 * ("Rho Motion said Wednesday, UNN reports"; gold Rho Motion), fresh14 miningnewspro 2, fresh3 tass 2 (dateline), fresh15
 * jobsnhire 1 ("reports Jobs &amp; Hire"; gold nobody), tune projectblue 1 (a research body's own assessment, left alone).
 *
 * Real sentences of publishers outside the devset (the search tool's stored pages, URLs in the comments); the expected credits
 * were written down before the rule.
 */
class SelfReportsTest {

  /** The credit shown for the figure quoted {@code quote} on a page of {@code publisher} at {@code url}; null for none. */
  private static String creditAt(String publisher, String url, LocalDate date, String quote, String... paragraphs) {
    AnnotatedArticle a = Texts.articleBy(publisher, date, paragraphs);
    Article r = a.article();
    Article at = new Article(r.id(), r.source(), r.title(), r.publisher(), r.authors(), r.date(), url, r.language(), r.text(), r.paragraphs());
    List<Figure> figures = new FigureExtractor().extract(new AnnotatedArticle(at, a.sentences()));
    Attribution c = Texts.starting(figures, quote).attribution();
    return c == null ? null : c.display();
  }

  @Test
  void theNamesItMatches() {
    Article trend = Texts.articleBy("Trend", LocalDate.of(2023, 8, 7), "x").article();
    assertTrue(SelfReports.namesPublisher("Trend", trend));
    assertEquals("trend", SelfReports.siteLabel("https://en.trend.az/casia/uzbekistan/3781288.html"));
    assertEquals("smh", SelfReports.siteLabel("https://www.smh.com.au/business/x.html"));
    assertEquals("qazmonitor", SelfReports.siteLabel("https://qazmonitor.com/news/1453/x"));
    Article finport = Texts.articleBy("Finport.am", null, "x").article();
    assertTrue(SelfReports.namesPublisher("Finport", finport));
    Article kazinform = Texts.articleBy("Kazinform", null, "x").article();
    assertTrue(SelfReports.namesPublisher("Kazinform correspondent", kazinform));
    // Another outlet, a short form that only starts the name ("T&E" at Tech365), and a page with no publisher: no match.
    assertFalse(SelfReports.namesPublisher("Reuters", trend));
    Article tech = Texts.articleBy("Tech365", null, "x").article();
    assertFalse(SelfReports.namesPublisher("T&E", tech));
    assertFalse(SelfReports.namesPublisher("Trend", Texts.article(null, "x").article()));
  }

  @Test
  void thePublisherAloneCreditsNobody() {
    // https://en.trend.az/casia/uzbekistan/3781288.html (Trend, 2023-08-07)
    // expected: 5,403 electric cars, vehicle, amount, EV imports, 2023-01/2023-06, UZ, credit not Trend (its own voice; the
    // lead call would give the Statistics Agency of the next sentence, the extractor gives nobody); before the rule: Trend.
    String credit = creditAt("Trend", "https://en.trend.az/casia/uzbekistan/3781288.html", LocalDate.of(2023, 8, 7), "5,403",
        "TASHKENT, Uzbekistan, August 7. Uzbekistan imported 5,403 electric cars worth $167 million from January through June 2023, Trend reports.",
        "According to the country's Statistics Agency, this import volume represents an almost five-fold increase over the same period "
            + "last year, with 4,289 more electric vehicles transported into the country.");
    assertTrue(credit == null || credit.contains("Statistics Agency"), () -> "credit " + credit);
  }

  @Test
  void theBodyNamedBesideThePublisherIsTheCredit() {
    // https://en.trend.az/casia/uzbekistan/3473137.html (Trend, 2021-08-23)
    // expected: 432 electric cars, vehicle, amount, EV imports, 2021-01/2021-07, UZ, credit the State Committee on Statistics.
    String committee = creditAt("Trend", "https://en.trend.az/casia/uzbekistan/3473137.html", LocalDate.of(2021, 8, 23), "432",
        "In January - July 2021, 432 electric cars were imported to Uzbekistan from abroad, the State Committee on Statistics said, "
            + "Trend reports citing Uzdaily.",
        "The organization said that this is 364 more than in the same period of last year.");
    // The extractor gives the outlet cited ("citing Uzdaily") over the committee that said it: the data owner over the
    // relaying outlet is another rule's (still open); this rule's part is that the page's own name is not the credit.
    assertTrue(committee != null && !committee.contains("Trend"), () -> "credit " + committee);
    // https://en.trend.az/business/economy/3335782.html (Trend, 2020-11-17)
    // expected: 2,422 electric vehicles, vehicle, amount, EV fleet, 2020-11, GE, credit Avtandil Shavishvili.
    String person = creditAt("Trend", "https://en.trend.az/business/economy/3335782.html", LocalDate.of(2020, 11, 17), "2,422",
        "In total 2,422 electric vehicles (EVs) are registered in Georgia against 4 four years ago, said Avtandil Shavishvili, "
            + "Director of E-SPACE, Trend reports via Georgian media.",
        "The number of charging stations for electric vehicles increased to 150.");
    assertTrue(person != null && person.contains("Shavishvili"), () -> "credit " + person);
  }

  @Test
  void theSourceBeforeThePublisherRunsOn() {
    // https://www.azernews.az/region/211750.html (Azernews, 2023-06-30)
    // expected: 3,480, vehicle, amount, EV imports from China, 2023-01/2023-05, UZ, credit the Statistics Agency (running on).
    String credit = creditAt("Azernews", "https://www.azernews.az/region/211750.html", LocalDate.of(2023, 6, 30), "3,480",
        "According to the Statistics Agency, for five months of 2023, electric vehicles from 10 foreign countries were imported to "
            + "Uzbekistan, Azernews reports, citing Uza.uz.",
        "Uzbekistan imported the largest number of electric vehicles from China – 3,480 and Hong Kong – 256.");
    // As above, the extractor gives the outlet cited ("citing Uza.uz"); the page's own name is not the credit.
    assertTrue(credit != null && !credit.contains("Azernews"), () -> "credit " + credit);
    // https://www.inform.kz/en/kazakhstan-to-launch-electric-cars-production-in-2022_a3857849/amp (Kazinform, 2021-11-04)
    // expected: 110, station, amount, EV charging stations installed, KZ, credit Uskenbayev; never Kazinform.
    String minister = creditAt("Kazinform", "https://www.inform.kz/en/kazakhstan-to-launch-electric-cars-production-in-2022_a3857849/amp",
        LocalDate.of(2021, 11, 4), "110",
        "Production of electric cars is set to be launched in Kazakhstan starting from 2022, First Vice Minister of Industry and "
            + "Infrastructure Development Kairbek Uskenbayev said Thursday, Kazinform correspondent reports.",
        "First Vice Minister Uskenbayev also stressed that in order to support electric vehicle efforts and create necessary "
            + "infrastructure 110 electric charging stations had been installed in the cities of Nur-Sultan, Almaty and Pavlodar.");
    assertTrue(minister == null || !minister.contains("Kazinform"), () -> "credit " + minister);
  }

  @Test
  void readAloneTheOutletIsTheCredit() {
    // The Trend sentence read alone (no page, no publisher): nothing tells it is the publisher's own voice; the outlet named
    // is the credit, as before the rule.
    Attribution alone = Texts.starting(Texts.figures(null,
        "Uzbekistan imported 5,403 electric cars worth $167 million from January through June 2023, Trend reports."), "5,403").attribution();
    assertEquals("Trend", alone == null ? null : alone.display());
    // On another outlet's page the outlet it retells stays: "…, QazMonitor reports" at autokazak.com-like pages is not
    // the publisher's own.
    String other = creditAt("Astana Daily", "https://astanadaily.example/x", LocalDate.of(2023, 3, 1), "5,403",
        "Uzbekistan imported 5,403 electric cars worth $167 million from January through June 2023, Trend reports.");
    assertEquals("Trend", other);
  }
}
