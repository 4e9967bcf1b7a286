package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of news prose that name the credited source (issue 10, round of the fresh2 study): appositions, citing chains,
 * exchange tickers, rates after "per", quoted bodies and "it said", reporting verbs of price reporters. Sentences from
 * the devset's publishers; each test has a case the rule must not fire on.
 */
class CreditShapesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  /** The credit of the figure quoted {@code quote} in an article of {@code paragraphs}. */
  private static String creditOf(String quote, String... paragraphs) {
    return credit(Texts.figures(DATE, paragraphs), quote);
  }

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aBodyDescribedBetweenCommasBeforeItsVerbIsTheBody() {
    // IANS (LG Energy Solution); the legal form is no part of the name
    assertEquals("LG Energy Solution", creditOf("34.1 per cent",
        "Seoul, Oct 13 (IANS) LG Energy Solution Limited, South Korea's leading battery maker, said on Monday that its third-quarter operating profit likely jumped 34.1 per cent from a year earlier."));
    // Metal Bulletin-like wording: a country described by a relative clause is no source
    assertNull(creditOf("48%", "China, which accounts for 48% of the world’s antimony production, announced export restrictions in August."));
  }

  @Test
  void aDescriptionAfterSaidIsTheNameThatFollowsIt() {
    // Wheels Within Wales (SMMT)
    assertEquals("the Society of Motor Manufacturers and Traders", creditOf("over a quarter",
        "Electric cars accounted for over a quarter of new registrations last month, said the car makers’ body, the Society of Motor Manufacturers and Traders."));
    // no name after the description: the description stays
    assertEquals("the ministry", creditOf("12%", "Exports rose 12% in May, said the ministry, citing strong demand."));
  }

  @Test
  void theCitedSourceBeforeTheReportThatCitesIt() {
    // Ang Minero (Business Mirror citing the PSA); the reporter goes into via where the pipeline's NER knows "Business Mirror"
    List<Figure> fs = Texts.figures(DATE,
        "The Philippines earned more than USD 600 million from nickel shipments in the first half of 2025, Business Mirror reported.",
        "Citing figures from the Philippine Statistics Authority (PSA), the report said shipments of nickel ores and concentrates hit "
            + "USD 606.15 million from January to June, up 46% from USD 414.76 million in the same period last year.");
    assertEquals("the Philippine Statistics Authority", credit(fs, "USD 606.15 million"));
    assertEquals("Business Mirror", credit(fs, "more than USD 600 million"));
    // without "citing", the report's own credit stays
    assertEquals("the General Administration of Customs", creditOf("28.7%", "Shipments stood at 5,774 metric tons in September, data from the "
        + "General Administration of Customs showed on Monday.", "Exports to the United States fell 28.7%, the data showed."));
  }

  @Test
  void perAfterAnAmountIsARateNotACredit() {
    // Ang Minero; "per Cox Automotive data" (South China Morning Post) still credits
    assertNotEquals("MT", creditOf("USD 15,368.50 per MT",
        "Average quotations fell further in the first semester, reaching USD 15,368.50 per MT, compared with USD 17,521 per MT in the same period last year."));
    assertEquals("Cox Automotive", creditOf("128,100 vehicles",
        "Tesla sold 128,100 vehicles in the US in the first quarter of the year, per Cox Automotive data."));
  }

  @Test
  void anExchangeTickerIsPartOfTheSubject() {
    // ASX Spectator
    List<Figure> fs = Texts.figures(DATE,
        "Lynas Rare Earths Ltd (ASX:LYC) reported quarterly sales revenue of A$157.5 million, compared to A$294.5 million reported last year.",
        "The company’s total rare earth oxide (REO) production for the quarter was 4,475 REO tonnes, up from 3,650 REO tonnes reported last year.");
    assertEquals("Lynas Rare Earths", credit(fs, "A$157.5 million"));
    assertEquals("Lynas Rare Earths", credit(fs, "4,475 REO tonnes"));
  }

  @Test
  void aQuotedBodyIsNamedAsTheArticleDefinesItAndItsItAddedToo() {
    // BusinessWorld (the MGB)
    List<Figure> fs = Texts.figures(DATE,
        "THE VALUE of the metallic minerals industry’s output in the first half rose 39.42% to P112.66 billion, driven by strong prices of gold, "
            + "copper and nickel, according to the Mines and Geosciences Bureau (MGB).",
        "“It is significant to note that production of chromite and iron has been expanding recently,” the MGB said.",
        "“Of the current 55 operating metallic mines listed, only 39 mines reported production,” it added.",
        "In terms of volume, nickel direct shipping ore output fell 20% to 10.82 million dry metric tons (DMT), it said.");
    assertEquals("the Mines and Geosciences Bureau", PeriodRulesTest.figure(fs, "39 mines").attribution().speaker().name());
    assertEquals("the Mines and Geosciences Bureau", credit(fs, "20%"));
    assertNull(PeriodRulesTest.figure(fs, "20%").attribution().speaker());
  }

  @Test
  void itSaidIsTheCompanyTheTextIsAbout() {
    // Argus Media (MP Materials)
    assertEquals("MP Materials", creditOf("13pc",
        "US-based MP Materials, owner of the Mountain Pass rare earth mine in California, steadied its rare earth oxide (REO) concentrate output.",
        "Sales volumes in the first quarter dropped by 13pc year on year and 6pc quarter on quarter, mainly because of the timing of deliveries, it said."));
    // "it expects" is no credit
    assertNull(creditOf("13pc", "US-based MP Materials steadied its output.", "Sales volumes dropped by 13pc, and it expects a recovery."));
  }

  @Test
  void priceReportersAssessAndNoteAndAMemberOfAGroupNamesNobody() {
    // Argus Media, 4NowNews ("as Argus notes", "One of the German traders said")
    assertEquals("Argus", creditOf("433,000-438,000 yuan/t",
        "Argus today assessed domestic Chinese prices for neodymium-praseodymium (NdPr) oxide at 433,000-438,000 yuan/t ex-works."));
    assertEquals("Argus", creditOf("52%",
        "Just since the beginning of June this year, the cost of germanium has risen by 52% to $2,280 per kilogram, as Argus notes."));
    assertTrue(Credits.namesNobody("One of the German traders"));
    assertFalse(Credits.namesNobody("One of Argus’s analysts"));
  }

  @Test
  void aQuotationOfANamedSiteShowsItsPrices() {
    // Breaking Latest (Shanghai Steel Union, then Shanghai Nonferrous.com)
    List<Figure> fs = Texts.figures(DATE, "On January 9, data from Shanghai Steel Union showed that the average spot price of battery-grade "
        + "lithium carbonate fell by 10,000 yuan/ton to 492,500 yuan/ton. Shanghai Nonferrous.com’s quotation on the same day also showed "
        + "that the average spot price of battery-grade lithium carbonate fell by 10,500 yuan/ton to 491,000 yuan/ton.");
    assertEquals("Shanghai Steel Union", credit(fs, "492,500 yuan/ton"));
    assertEquals("Shanghai Nonferrous.com", credit(fs, "491,000 yuan/ton"));
  }

  @Test
  void speakersWithoutTheTitlesCommaOrBeforeTheirName() {
    // Best Practice (ABS), Chosun Biz (LG Energy Solution)
    List<Figure> fs = Texts.figures(DATE, "Sarah Kiely, Director of the ABS’ Transport Statistics has said that “while electric vehicles are still "
        + "small in number, less than 0.1 per cent of the fleet, the 14,254 electric vehicles registered in 2020 is almost double the previous year.”");
    assertEquals("Sarah Kiely", PeriodRulesTest.figure(fs, "14,254 electric vehicles").attribution().speaker().name());
    fs = Texts.figures(DATE, "Vice President Lee Chang-sil, chief financial officer (CFO) of LG Energy Solution, said, \"Revenue rose 2.4% from the "
        + "previous quarter as energy storage system (ESS) revenue grew sharply.\"");
    assertEquals("Lee Chang-sil", PeriodRulesTest.figure(fs, "2.4%").attribution().speaker().name());
  }

  @Test
  void aSentenceThatAlsoNamesTheCreditedCompanyIsStillAboutIt() {
    // Yicai Global (CATL's earnings report); the other company's own sentence (Reuters via Nasdaq) keeps the wire's credit
    List<Figure> fs = Texts.figures(DATE,
        "(Yicai Global) July 26 -- Contemporary Amperex Technology, the world’s biggest maker of electric car batteries, reported a record profit.",
        "CATL’s sales to Tesla nearly doubled to almost CNY28 billion in the first half, according to the earnings report. Tesla has been "
            + "CATL’s largest client for two years in a row, contributing 11.6 percent to its revenue in 2022.");
    assertEquals("CATL", credit(fs, "11.6 percent"));
    assertEquals("Reuters", creditOf("301,378 vehicles",
        "BEIJING, Dec 4 (Reuters) - Sales of U.S. automaker Tesla's China-made electric vehicles skidded 17.8% in November from the same "
            + "month a year earlier, to 82,432 cars, China Passenger Car Association (CPCA) data showed on Monday.",
        "Chinese rival BYD, with its Dynasty and Ocean series of EVs, saw passenger vehicle deliveries set another record at 301,378 vehicles."));
  }

  @Test
  void aCompanysQuotedStatementRunsOnButAnAnalystsQuotedViewDoesNot() {
    // Karachi Chronicle (Lynas), Summa Money (BMI)
    List<Figure> fs = Texts.figures(DATE,
        "“Unfortunately, December production was affected by a technical issue regarding impurities in the MREC feedstock,” Lynas said in a statement.",
        "The company, the world’s largest producer of rare earths outside of China, had an average selling price of A$49.2 per kilogram for its "
            + "products in the quarter, compared to A$34.8 per kilogram last year.");
    assertEquals("Lynas", credit(fs, "A$49.2 per kilogram"));
    fs = Texts.figures(DATE, "“In 2026, we forecast cobalt prices to average $25/lb ($55,150 a tonne) as the DRC introduces a quota regime,” said "
        + "research agency BMI, a unit of Fitch Solutions.",
        "Exports until the end of the year have been capped at 18,125 tonnes with shipments in October set at 3,625 tonnes.");
    assertEquals("BMI", PeriodRulesTest.figure(fs, "$25/lb").attribution().speaker().name());
    assertNull(credit(fs, "18,125 tonnes"));
  }

  @Test
  void whenDataCameOutIsNoPartOfWhoseItIs() {
    // Oedigital (Reuters): the customs office the article names
    assertEquals("the General Administration of Customs", creditOf("23%",
        "Customs data released on Thursday showed that rare earth exports from China fell 23% in July, after reaching a record one month earlier.",
        "Data from the General Administration of Customs revealed that the world's leading producer of rare Earths exported 5,994.3 tons of the "
            + "material in July."));
  }

  @Test
  void aQuotedBodyKeepsItsArticleAndATaglessNextParagraphIsStillItsQuote() {
    // Ang Minero (the World Bank's report quoted over two paragraphs)
    List<Figure> fs = Texts.figures(DATE,
        "“The global glut has driven prices down 35 percent over the past two years, leading to production cuts in other economies,” the World "
            + "Bank said in its previous report.",
        "“However, global production growth is expected to slow gradually over the forecast horizon, as Indonesia—now accounting for about 60 "
            + "percent of global production—introduces mining quotas to stabilize prices.”");
    assertEquals("the World Bank", PeriodRulesTest.figure(fs, "35 percent").attribution().speaker().name());
    assertEquals("the World Bank", PeriodRulesTest.figure(fs, "about 60 percent").attribution().speaker().name());
  }

  @Test
  void aPriceReportersOwnSiteIsKnownByItsSiteName() {
    // Benchmark Source (Benchmark Mineral Intelligence's news site); the same sentence on another site credits nobody
    String[] text = {"The low nickel and cobalt prices have resulted in modelled prismatic NCM811 cell prices in China dropping to $82.6/kWh, "
        + "lower than $85.7/kWh price for an equivalent LFP cell."};
    Figure f = PeriodRulesTest.figure(Texts.figuresBy("Benchmark Source", DATE, text), "$82.6/kWh");
    assertEquals("Benchmark Mineral Intelligence", f.attribution().display());
    assertNull(PeriodRulesTest.figure(Texts.figuresBy("Electrive", DATE, text), "$82.6/kWh").attribution());
  }

  @Test
  void aMinisterWhoAttributesTheGrowthIsTheCreditNotHisMinistry() {
    // Zambian Observer; a passive "was attributed to" credits nobody new
    List<Figure> fs = Texts.figures(DATE,
        "The Ministry of Mines and Minerals Development has announced a 12 percent increase in copper production from 732,000 metric tonnes in "
            + "2023 to over 820,000 metric tonnes in 2024.",
        "Speaking at a media briefing on the 2024 performance review in Lusaka today, Mines Minister Paul Kabuswe has attributed the growth to "
            + "expansion in large scale mines such as Lumwana and First Quantum Minerals, especially with Lumwana doubling production during this period.",
        "The Minister has also announced that gold production grew by 40 percent, cobalt at 581 percent.");
    assertEquals("Paul Kabuswe", credit(fs, "doubling"));
    assertEquals("Paul Kabuswe", credit(fs, "40 percent"));
    assertEquals("The Ministry of Mines and Minerals Development", creditOf("40 percent",
        "The Ministry of Mines and Minerals Development has announced a 12 percent increase in copper production in 2024.",
        "The growth was attributed to gold production that grew by 40 percent."));
  }

  @Test
  void aShareOfOutputWorldwideIsBackground() {
    // Financial Gambits (customs data before and after); the release's own share still takes its credit
    List<Figure> fs = Texts.figures(DATE,
        "China’s rare earth exports in May rose 35.9% from April, as per customs data.",
        "China currently dominates the global rare earths market, accounting for 70% of mining and 90% of refined output worldwide.",
        "Japan took 29% of the May exports.");
    assertNull(credit(fs, "90%"));
    assertEquals("customs data", credit(fs, "29%"));
  }
}
