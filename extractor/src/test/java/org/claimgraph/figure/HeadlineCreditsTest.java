package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A headline figure restated by the body takes the credit the body gives it (carry11, round 11; first runs of fresh2
 * "EV cars take a quarter of registrations" and "…exports to China rise by 170%", fresh3 "BNEF predicts … $100/kWh",
 * fresh7 "Zambia targets one million tonnes", fresh8 "Electric car sales may reach 4,500 units", fresh10 "EV Battery Market
 * Expanded In September 2020 To 15.7 GWh": every annotated headline credits the source of the body's same figure). A
 * headline whose value the body does not restate exactly (rounded: "22%" for "22.2%") still credits nobody. Real headlines
 * and leads of publishers outside the devset (the search tool's stored pages, URLs in the comments), the expected credit
 * written down before the rule.
 */
class HeadlineCreditsTest {

  private static String headlineCredit(String title, String quote, LocalDate date, String... paragraphs) {
    AnnotatedArticle body = Texts.article(date, paragraphs);
    Article b = body.article();
    Article titled = new Article(b.id(), b.source(), title, b.publisher(), b.authors(), b.date(), b.url(), b.language(), b.text(),
        b.paragraphs());
    List<Figure> bodyFigures = new FigureExtractor().extract(new AnnotatedArticle(titled, body.sentences()));
    List<Figure> headline = new TitleFigures(new FigureExtractor()).extract(titled, h -> Texts.article(date, h.text()), bodyFigures);
    Figure f = PeriodRulesTest.figure(headline, quote);
    return f.attribution() == null ? null : f.attribution().display();
  }

  @Test
  void aWireHeadlineTakesTheLeadsCredit() {
    // https://www.nasdaq.com/articles/china-march-rare-earth-exports-fall-8.2-on-year-customs (Reuters)
    assertEquals("the General Administration of Customs", headlineCredit("China March rare earth exports fall 8.2% on year - customs",
        "8.2%", LocalDate.of(2023, 4, 12),
        "BEIJING, April 13 (Reuters) - China's exports of rare earths in March slid 8.2% from a year earlier, data from the General "
            + "Administration of Customs showed on Thursday."));
    // https://upnewsinfo.com/2021/05/06/china-april-rare-earth-exports-fall-22-7-from-prior-month/
    assertEquals("the General Administration of Customs", headlineCredit("China April rare earth exports fall 22.7% from prior month",
        "22.7%", LocalDate.of(2021, 5, 6),
        "BEIJING — China’s rare earth exports fell 22.7% in April from the previous month, data from the General Administration of "
            + "Customs showed on Friday.",
        "Exports from the world’s top producer of the group of 17 minerals were 3,737 tonnes last month."));
    // https://upnewsinfo.com/2021/07/12/china-june-rare-earth-exports-at-4012-tonnes-customs/: the body's figure carries the
    // credit of the sentence before it.
    assertEquals("the General Administration of Customs", headlineCredit("China June rare earth exports at 4,012 tonnes - customs",
        "4,012 tonnes", LocalDate.of(2021, 7, 12),
        "China’s rare earth exports fell 3.8% in June from the previous month, data from the General Administration of Customs "
            + "showed on Tuesday.",
        "Exports from the world’s top producer of the minerals used in consumer electronics and military equipment were 4,012 "
            + "tonnes last month."));
  }

  @Test
  void aHeadlineTakesTheCreditTheBodyNamesLater() {
    // https://www.kitco.com/news/off-the-wire/2025-09-08/china-august-rare-earth-exports-fall-34-month: "customs data" is the
    // office the article names.
    assertEquals("the General Administration of Customs", headlineCredit("China August rare earth exports fall 3.4% on month",
        "3.4%", LocalDate.of(2025, 9, 8),
        "China’s rare earth exports in August fell 3.4% from July, customs data showed on Monday.",
        "The world’s largest producer of rare earths last month exported 5,792 metric tons of a group of 17 minerals used in products "
            + "vital for autos, consumer electronics and defence, data from the General Administration of Customs showed."));
    // https://www.finanznachrichten.de/nachrichten-2024-12/64052305-bnef-lithium-ion-battery-pack-prices-drop-to-record-low-of-dollar-115-kwh-451.htm
    assertEquals("BloombergNEF", headlineCredit("BNEF: Lithium-Ion Battery Pack Prices Drop To Record Low Of $115/kWh",
        "$115/kWh", LocalDate.of(2024, 12, 11),
        "Battery prices saw their biggest annual drop since 2017, with lithium-ion battery pack prices down by 20% from 2023 to a "
            + "record low of $115/kWh, according to analysis by BloombergNEF (BNEF)."));
  }

  @Test
  void aHeadlineTheBodyDoesNotRestateCreditsNobody() {
    // https://business.financialpost.com/pmn/business-pmn/china-april-rare-earth-exports-fall-22-on-month: rounded in the
    // headline, 22.2% in the body.
    assertNull(headlineCredit("China April rare earth exports fall 22% on month", "22%", LocalDate.of(2020, 5, 7),
        "BEIJING — China’s rare earth exports fell 22.2% month-on-month in April, customs data showed on Thursday, easing from a "
            + "spike in March that saw ports clear shipments held up by coronavirus-related curbs on transport."));
    // https://testing.airqualitynews.com/uncategorised/ev-sales-grow-by-150-in-july/
    assertNull(headlineCredit("EV sales grow by 150% in July", "150%", LocalDate.of(2019, 8, 5),
        "2,271 battery electric cars were sold in July, a 158% increase on the same month last year, according to the latest "
            + "Society of Motor Traders and Manufacturers (SMMT) figures."));
  }
}
