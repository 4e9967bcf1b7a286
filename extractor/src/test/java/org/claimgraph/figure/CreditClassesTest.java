package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Titles;
import org.junit.jupiter.api.Test;

/**
 * Credit classes of the fresh3 study (issue 10, round of 2026-12-03 midday), each from real sentences of publishers
 * outside the devset (found with the search tool's stored pages; URLs in the comments), the expected credit written down
 * by the guidelines before the rule, and a case the rule must not fire on.
 */
class CreditClassesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  private static String creditOf(String quote, String... paragraphs) {
    return credit(Texts.figures(DATE, paragraphs), quote);
  }

  // ---- (a) a title or office before the person's name is the person's title, not part of the credit ----

  @Test
  void aTitleBeforeANameIsNoPartOfTheCredit() {
    // https://dunyanews.tv/en/Business/643817-Record-increase-of-26pc-in-country-exports-during-current-FY-Farrukh
    assertEquals("Farrukh Habib", creditOf("twenty-six percent",
        "ISLAMABAD (Dunya News) - Minister of State for Information and Broadcasting Farrukh Habib has said there has been a record "
            + "increase of twenty-six percent in the country’s exports during the first eight months of current fiscal year."));
    // https://newsone.tv/countrys-exports-during-last-month-increased-by-33-to-historic-monthly-high-of-2-9b/
    assertEquals("Abdul Razak Dawood", creditOf("33 percent",
        "Adviser to Prime Minister on Commerce and Investment Abdul Razak Dawood says the country’s exports during the last month "
            + "increased by 33 percent to a historic monthly high of 2.9 billion dollars."));
    // https://www.startribune.com/business/124712293.html (a quote: the speaker, without the title)
    Speaker phillips = PeriodRulesTest.figure(Texts.figures(DATE,
        "\"With 95 percent of consumers living outside of the United States, Minnesota must focus on selling its products to the global "
            + "marketplace,\" Commissioner Mark Phillips said."), "95 percent").attribution().speaker();
    assertEquals("Mark Phillips", phillips.name());
    assertEquals("Commissioner", phillips.title());
    // https://diggers.news/business/2024/10/01/6-2-increase-in-copper-production-shows-a-positive-trajectory-kabuswe/
    assertEquals("Paul Kabuswe", creditOf("three million tonnes",
        "MINES and Minerals Development Minister Paul Kabuswe says the increase in copper production by 6.2 percent this year shows a "
            + "positive trajectory in attaining the three million tonnes projected by government."));
    assertEquals("Situmbeko Musokotwane", creditOf("6.2 percent",
        "During the 2025 national budget presentation last Friday, Finance Minister Dr Situmbeko Musokotwane disclosed that copper "
            + "production had increased by 6.2 percent."));
    // https://www.daily-mail.co.zm/copper-production-up-by-55000-tonnes/
    assertEquals("Richard Musukwa", creditOf("646,111.25 metric tonnes",
        "Minister of Mines and Mineral Development Richard Musukwa told a media briefing yesterday that copper production by large-scale "
            + "miners during the period under review was 646,111.25 metric tonnes compared to 590,321.13 tonnes recorded over the same period last year."));
    // https://diggers.news/business/2020/11/30/zambia-to-remain-africas-second-top-copper-producer-after-drc-chamber/
    assertEquals("Richard Musukwa", creditOf("646,111.25 metric tonnes",
        "Last week, Mines Minister Richard Musukwa announced that copper production had increased to 646,111.25 metric tonnes by "
            + "September 30, this year, up from 590,321.13 tonnes in the same corresponding period last year."));
    // https://www.standardmedia.co.ke/business/article/2001307897/zambia-s-copper-output-expected-to-increase-above-last-year-s
    assertEquals("Margaret Mwanakatwe", creditOf("800,000 tonnes",
        "LUSAKA - Zambia’s 2018 copper production is projected to rise above the 800,000 tonnes produced last year, its Minister of "
            + "Finance Margaret Mwanakatwe said in a statement on Monday."));
    // https://newsghana.com.gh/zimbabwes-lithium-exports-increases/
    assertEquals("Zhemu Soda", creditOf("70 million dollars",
        "Zimbabwe’s lithium exports have grown tremendously over the years, rising from 1.8 million U.S. dollars in 2018 to 70 million "
            + "dollars in 2022, Mines and Mining Development Minister Zhemu Soda said Wednesday."));
    // https://tass.com/economy/1618853 (TASS publishes f3-m-06 too: not counted among the outside publishers)
    assertEquals("Denis Manturov", creditOf("2%",
        "MOSCOW, May 17. /TASS/. Production by Russia’s manufacturing industry may grow by 2% by the end of 2023, Deputy Prime Minister, "
            + "Industry and Trade Minister Denis Manturov said on Wednesday."));
  }

  @Test
  void anOfficialCreditedWithTheOfficeRunsOnButWhatAnOfficialSaidDoesNot() {
    // fresh3's Zambia Monitor shape: "according to <office> <name>" opens a briefing whose figures are all his
    List<Figure> briefing = Texts.figures(DATE,
        "Zambia’s copper production in 2024 reached 820,676.34 metric tonnes, a 12 percent increase from 732,583.45 metric tonnes recorded "
            + "in 2023, according to Mines and Minerals Development Minister Paul Kabuswe.",
        "Emeralds stood at 31,578 kg, up 113 percent from 14,813 kg.",
        "He stated that cobalt stood at 1,409 metric tonnes up 581 percent from 207 metric tonnes.");
    assertEquals("Paul Kabuswe", credit(briefing, "31,578 kg"));
    assertEquals("Paul Kabuswe", credit(briefing, "1,409 metric tonnes"));
    // fresh3's Santiago Chronicle shape: "Chairman Maximo Pacheco said" is his speech; the outlet's own figures after it are not his
    List<Figure> speech = Texts.figures(DATE,
        "Chile’s state-run Codelco, the world’s largest copper producer, produced 172,000 fewer tonnes of copper in 2022, Chairman Maximo "
            + "Pacheco said on Tuesday.",
        "Codelco produced an estimated 1.446 million tonnes of copper in 2022, compared to 1.618 million tonnes in 2021.");
    assertEquals("Maximo Pacheco", credit(speech, "172,000 fewer tonnes"));
    assertNull(credit(speech, "1.618 million tonnes"));
  }

  @Test
  void aQuotedSpeakerKeepsTheTitleAsTitle() {
    // https://business-standard.com/amp/article/pti-stories/exports-up-10-22-in-june-trade-deficit-at-11-month-high-114071601151_1.html
    Speaker s = AttributionFinder.speaker("\"Demand is improving in advanced as well as in emerging markets,\" Fieo President Rafeeq Ahmed said.");
    assertEquals("Rafeeq Ahmed", s.name());
    assertEquals("Fieo President", s.title());
    // https://www.business-standard.com (PTI, India's exports in May 2014)
    Speaker k = AttributionFinder.speaker("\"It is definitely an encouraging sign,\" Commerce Secretary Rajeev Kher told reporters here.");
    assertEquals("Rajeev Kher", k.name());
    assertEquals("Commerce Secretary", k.title());
  }

  @Test
  void titlesSplitFromNamesButBodiesStayWhole() {
    Titles t = Titles.get();
    assertEquals(new Titles.Titled("Mines and Minerals Development Minister", "Paul Kabuswe"),
        t.split("Mines and Minerals Development Minister Paul Kabuswe"));
    assertEquals("Pedro Paulo Dias Mesquita", t.name("Geology and Mining Secretary Pedro Paulo Dias Mesquita")); // breitbart.com
    assertEquals("Mines and Minerals Development Minister", t.titleBefore("according to Mines and Minerals Development Minister "));
    assertEquals("Union Minister of Mines", t.titleBefore("Union Minister of Mines ")); // thehindu.com, Pralhad Joshi
    // https://en.trend.az/iran/business/3450595.html
    assertEquals("Hamid Zadboom", t.name("the Head of Trade Promotion Organization of Iran (TPOI) Hamid Zadboom"));
    assertEquals("Farrukh Habib", t.name("Minister of State for Information and Broadcasting Farrukh Habib"));
    // no name after the office, or a body: unchanged
    assertNull(t.split("the Finance Minister"));
    assertNull(t.split("Chief Executive Officer"));
    assertEquals("Ministry of Commerce", Credits.normalize("Ministry of Commerce", Lexicon.get()));
    assertEquals("the Office of the United States Trade Representative",
        Credits.normalize("the Office of the United States Trade Representative", Lexicon.get()));
    assertNull(t.split("President Director Office"));
  }

  // ---- (b) an agency's dateline, in the agency's own house style, credits the figures no sentence credits ----

  @Test
  void anAgencyDatelineInItsHouseStyleCreditsTheArticle() {
    // https://thestlouisgroup.com/china-antimony-imports-fall-in-2019/ (an Argus story retold; a line of its own, day first)
    List<Figure> argus = Texts.figuresBy("St. Louis Group", DATE,
        "Beijing, 7 February (Argus) —",
        "China’s antimony concentrate imports fell in 2019 because of tighter profit margins at mines and moderate domestic demand.",
        "Shipments from Myanmar (Burma) totalled 6,870t, up by 127pc from a year earlier.");
    assertEquals("Argus", credit(argus, "6,870t"));
    assertEquals("Argus", creditOf("6,870t", "Beijing, 10 February (Argus)",
        "Shipments from Myanmar (Burma) totalled 6,870t, up by 127pc from a year earlier."));
    // https://www.finanznachrichten.de/nachrichten-2021-10/54323264-malaysia-exports-rises-more-than-expected-in-september-020.htm
    List<Figure> dpa = Texts.figuresBy("finanznachrichten.de", DATE,
        "KUALA LUMPUR (dpa-AFX) - Malaysia's exports rose more than expected in September, data from the Department of Statistics showed on Thursday.",
        "Exports grew 24.7 percent year-on-year to MYR 110.8 billion in September. Economists had expected a rise of 14.6 percent.");
    assertEquals("the Department of Statistics", credit(dpa, "24.7 percent"));
    // "Economists had expected" is no credit cue: the data's credit runs on (the dateline covers what nothing credits)
    assertEquals("the Department of Statistics", credit(dpa, "14.6 percent"));
    assertEquals("dpa-AFX", creditOf("24.7 percent", "KUALA LUMPUR (dpa-AFX) - Malaysia's exports rose more than expected in September.",
        "Exports grew 24.7 percent year-on-year to MYR 110.8 billion in September."));
    // IANS house style, month first and no dash (as republished by Indian outlets)
    assertEquals("IANS", creditOf("9.1 percent", "Seoul, Oct 13 (IANS) South Korea's exports rose 9.1 percent in September."));
    // http://en.people.cn/n3/2023/0711/c90000-20042225.html (Xinhua at People's Daily Online: the capitals form still holds)
    assertEquals("Xinhua", credit(Texts.figuresBy("People's Daily Online", DATE,
        "BEIJING, July 10 (Xinhua) -- Retail sales of new energy vehicles (NEVs) in China jumped 25.2 percent year on year in June.",
        "Retail sales of passenger vehicles totaled 1.89 million units in June, up 8.7 percent from the month prior."), "1.89 million units"));
  }

  @Test
  void aPublishersOwnDatelineOrATickerIsNoAgencyCredit() {
    // https://dunyanews.tv/en/Business/643817-Record-increase-of-26pc-in-country-exports-during-current-FY-Farrukh
    assertNull(credit(Texts.figuresBy("Dunya News", DATE, "ISLAMABAD (Dunya News) - The country’s exports remained 22.552 billion dollars "
        + "during this period."), "22.552 billion dollars"));
    // a company and its ticker at a paragraph's start, in mixed case and without a date, is no dateline
    assertNull(creditOf("5%", "Tesla (TSLA) - Shares rose 5% on Monday."));
  }

  // ---- (d) unnamed informants and the press in general name nobody ----

  @Test
  void unnamedInformantsAndTheMediaNameNobody() {
    // https://www.worldenergynews.com/news/sources-say-that-congo-cobalt-exporters-are-766989
    assertNull(creditOf("70%", "Four industry sources said that cobalt producers are still waiting on government approval for the resume of exports.",
        "Congo, which accounts for 70% of the global cobalt production, temporarily frozen exports in order to reduce supply and increase prices."));
    // https://www.ecofinagency.com/news-industry/1310-49495-cobalt-world-leader-cmoc-secures-6-500-ton-export-quota-in-drc-through-end-2025
    assertTrue(Credits.namesNobody("Local media"));
    // https://energynews.oedigital.com/mining/2025/06/20/sources-say-that-congo-is-considering-extending-the-cobalt-export-prohibition-as-it-considers-quotas
    assertTrue(Credits.namesNobody("Sources familiar with the discussion"));
    // https://www.kitco.com/news/off-the-wire/2025-03-19/congo-plans-cobalt-export-quotas-partnership-indonesia-tackle-glut
    assertTrue(Credits.namesNobody("Sources"));
    // https://www.miningmx.com/news/base-metals/60199-congo-considers-imposing-cobalt-export-quotas-after-ban/
    assertTrue(Credits.namesNobody("Two of the sources"));
    // fresh3's Radar Africa: "One source said …", "Media previously reported that …", "A source at Tenke Fungurume Mining confirmed …"
    assertTrue(Credits.namesNobody("One source"));
    assertTrue(Credits.namesNobody("Media"));
    assertTrue(Credits.namesNobody("A source at Tenke Fungurume Mining"));
    // named outlets and documents are somebody
    assertFalse(Credits.namesNobody("the Associated Press"));
    assertFalse(Credits.namesNobody("People's Daily"));
    assertFalse(Credits.namesNobody("the press release"));
    assertFalse(Credits.namesNobody("Reuters"));
    assertFalse(Credits.namesNobody("Argus Media"));
  }

  // ---- (c) a forecast or a share of world supply told amid a running data source is an aside: the data source runs on ----

  @Test
  void aForecastAmidStatisticsIsAnAside() {
    // http://uk.reuters.com/article/chile-copper-output-idUKL2N0WW0MQ20150330 (Reuters; the statistics agency's figures run on)
    List<Figure> chile = Texts.figures(DATE,
        "SANTIAGO, March 30 World No. 1 copper producer Chile produced 447,810 tonnes of copper in February, a 1.1 percent decrease from a "
            + "year earlier, due to plant maintenance at a key project, the government said on Monday.",
        "State copper commission Cochilco has forecast that Chile will produce 6 million tonnes of copper in 2015.",
        "Production of molybdenum, a metal used to harden steel, fell 11 percent in February to 3,357 tonnes from a year earlier.");
    assertEquals("the government", credit(chile, "447,810 tonnes"));
    assertEquals("Cochilco", credit(chile, "6 million tonnes"));
    assertEquals("the government", credit(chile, "3,357 tonnes"));
    // a forecaster with no statistics running before it is the article's source and runs on
    // http://uk.reuters.com/article/chile-copper-cochilco-idUKL2N0CR0Q020130404
    List<Figure> outlook = Texts.figures(DATE,
        "Chile will produce about 5.58 million tonnes of copper this year, up 2.6 percent from 2012, the country's state copper commission "
            + "Cochilco said on Thursday.",
        "The Andean country's red metal output is seen climbing to 5.73 million tonnes next year.");
    assertEquals("Cochilco", credit(outlook, "5.73 million tonnes"));
  }

  @Test
  void aShareOfWorldSupplyCreditedInPassingIsAnAside() {
    // TradingKey (Reuters), devset tune m-15 shape: the lead's quota takes no credit from the USGS share after it
    List<Figure> tungsten = Texts.figures(DATE,
        "China's first batch of mining quota for tungsten ore this year is set at 58,000 tons, marking an annual decrease of 6.5%.",
        "China dominates global tungsten production, contributing more than 80% of global supplies at 67,000 tons in 2024, according to "
            + "U.S. Geological Survey (USGS).");
    assertEquals("U.S. Geological Survey", credit(tungsten, "more than 80%"));
    assertNull(credit(tungsten, "58,000 tons"));
  }

  // ---- (c) a ministry's notice or circular credits the ministry; the quota figures that follow continue it ----

  @Test
  void aNoticeOrCircularOfAMinistryCreditsTheMinistry() {
    // http://www.globaltimes.cn/content/1142893.shtml
    assertEquals("the Ministry of Natural Resources and Ministry of Industry and Information Technology", creditOf("60,000 tonnes",
        "The first batch of quota for rare earths totals 60,000 tonnes, about half the quota set for 2018, according to a circular jointly "
            + "issued by the Ministry of Natural Resources and Ministry of Industry and Information Technology."));
    // http://news.chinatungsten.com/en/tungsten-product-news/128254-tpn-8892
    assertEquals("the Ministry of Natural Resources", Credits.normalize("news from the Ministry of Natural Resources", Lexicon.get()));
    // http://china.org.cn/wap/2011-04/26/content_22441953.htm
    assertEquals("the Ministry of Industry and Information Technology", creditOf("73,000 tons",
        "The 2011 mining quota for tungsten ores was capped at 73,000 tons, up from 65,000 tons, while that for antimony was raised to "
            + "105,000 tons from 100,000 tons, according to a statement from the Ministry of Industry and Information Technology yesterday."));
    // fresh3's Mosten Alloy shape: "X issued a notice on April 30 stating that …", the quotas in the next sentence
    List<Figure> notice = Texts.figures(DATE,
        "The Ministry of Natural Resources and the Ministry of Industry and Information Technology issued a notice on April 30 stating that "
            + "the first batch of rare earth and tungsten concentrate mining quotas have been released in 2018. The first batch of indicators "
            + "was released according to 70% of the previous year, namely, rare earth was 73,500 tons and tungsten concentrate was 63,900 tons.");
    assertEquals("The Ministry of Natural Resources and the Ministry of Industry and Information Technology", credit(notice, "73,500 tons"));
    // a licence "issued by" the ministry is no credit of the figures around it (Vinachem, fresh3)
    assertNull(creditOf("2,295 tonnes", "There is also uncertainty surrounding how long it will take for export licenses to be issued by "
        + "China’s Ministry of Commerce.", "Total shipments of flake graphite stood at 2,295 tonnes in February."));
  }

  // ---- a tracker's data on several companies covers each company its paragraph names, also in a wire's story ----

  @Test
  void aTrackersDataCoversEachCompanyItsParagraphNames() {
    // Yonhap (fresh f-e-08); the shape of Korea Herald, FinChannel, NationPress and City Life stories on SNE Research's data
    List<Figure> fs = Texts.figures(DATE,
        "SEOUL, Nov. 22 (Yonhap) -- South Korea's major electric vehicle (EV) battery producers sharply increased their market share in "
            + "September amid a slowdown in global EV battery use, industry data showed Friday.",
        "Based on the global usage of their EV batteries, the combined market share of three South Korean EV battery makers -- LG Chem Ltd., "
            + "Samsung SDI Co. and SK Innovation Co. -- stood at 16 percent in September, up 6.8 percentage points from a year earlier, "
            + "according to data from market tracker SNE Research.",
        "Samsung SDI was sixth on the list with 3.8 percent market share after the global usage of its EV batteries surged 37.9 percent on-year.");
    assertEquals("SNE Research", credit(fs, "3.8 percent"));
    // a company the tracker's paragraph does not name is still another company's news: the wire's
    assertEquals("Yonhap", credit(Texts.figures(DATE, "SEOUL, Nov. 22 (Yonhap) -- Battery makers gained share.",
        "LG Chem's share stood at 10.7 percent, according to data from market tracker SNE Research.",
        "Separately, Hyundai Motor sold 12,000 cars in September."), "12,000 cars"));
  }
}
