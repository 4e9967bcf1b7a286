package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Article-level credits, quotes, credits naming nobody and data sources over paragraphs, on devset/tune publishers' text. */
class AttributionRulesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void anAgencyDatelineCreditsWhatNoSentenceCredits() {
    // BNN Bloomberg: "(Bloomberg) --"; "data released Friday show" names nobody
    List<Figure> fs = Texts.figures(DATE, "(Bloomberg) -- BYD Co. kicked off the final quarter of 2024 with another record month of sales.",
        "China’s No. 1 automaker sold 500,526 units in October, data released Friday show.");
    assertEquals("Bloomberg", credit(fs, "500,526 units"));
  }

  @Test
  void aFigureInAQuoteIsTheSpeakersAlsoWhenTheTagIsInAnotherSentence() {
    // Business Insider (Rho Motion)
    List<Figure> fs = Texts.figures(DATE, "\"The EU is certainly the success story for EV sales in 2025 so far,\" said Charles Lester, data manager "
        + "at Rho Motion. \"In China, that year-on-year sales increase is even greater at 35%, spurred on by the vehicle trade-in scheme.\"");
    Figure f = PeriodRulesTest.figure(fs, "35%");
    assertEquals("Charles Lester", f.attribution().speaker().name());
  }

  @Test
  void reportsNameNobody() {
    // Observer News: "According to reports, …"
    List<Figure> fs = Texts.figures(DATE, "According to reports, China's rare earth magnet exports in September fell to 5,774 tons from 6,146 tons in August.");
    assertNull(credit(fs, "5,774 tons"));
  }

  @Test
  void aDataSourceCoversItsReleaseInLaterParagraphs() {
    // Rare Earth Exchanges (Eurostat)
    List<Figure> fs = Texts.figures(DATE,
        "The European Union imported 12,900 tonnes of rare earth elements in 2024, marking a significant 29.3% year-over-year decrease, "
            + "according to new Eurostat trade data (opens in a new tab).",
        "In 2024, China maintained its position as the EU’s largest REE supplier, accounting for 46.3% of all imports (6,000 tonnes).");
    assertEquals("Eurostat", credit(fs, "12,900 tonnes"));
    assertEquals("Eurostat", credit(fs, "6,000 tonnes"));
  }

  @Test
  void aDataSourceRunsOnOverLaterParagraphsUntilAnotherCredit() {
    // South China Morning Post (Rho Motion)
    List<Figure> fs = Texts.figures(DATE,
        "Global sales of electric and plug-in hybrid vehicles surged 24 per cent in June from a year earlier, according to the market research firm Rho Motion.",
        "In the first half of this year, 9.1 million electric vehicles (EVs) were sold globally, a 28 per cent increase from a year earlier.",
        "Tesla sold 128,100 vehicles in the US in the first quarter of the year, per Cox Automotive data.");
    assertEquals("Rho Motion", credit(fs, "9.1 million electric vehicles"));
    assertEquals("Cox Automotive", credit(fs, "128,100 vehicles"));
  }

  @Test
  void aPersonsWordsCoverTheirContinuationThenTheDataSourceRunsOn() {
    // China Daily (NDRC official), Automagazine (ACEA and its director general)
    List<Figure> fs = Texts.figures(DATE,
        "As of the end of May, China had erected 9.92 million chargers throughout the country, marking a significant 56 percent year-on-year "
            + "expansion, Li Chao, an official from the National Development and Reform Commission (NDRC), told a press conference on Tuesday.",
        "Among them, public charging facilities totaled 3.05 million units, surging 46 percent year on year.");
    assertEquals("Li Chao", credit(fs, "9.92 million chargers"));
    assertEquals("Li Chao", credit(fs, "3.05 million units"));
    fs = Texts.figures(DATE,
        "However, according to ACEA, the cumulative volume from January to September was 5.8% lower than in the same period last year.",
        "Sigrid de Vries also noted that “instead, the market share of electric cars for the year-to-date is nearly 1% lower than last year.”",
        "In September, plug-in hybrids accounted for 6.8% of the automotive market, down from 8.2% last year, with 54,889 units sold.");
    assertEquals("Sigrid de Vries", credit(fs, "nearly 1%"));
    assertEquals("European Automobile Manufacturers' Association", credit(fs, "6.8%"));
  }

  @Test
  void aPhraseNamingNobodyStopsTheRunForItsParagraph() {
    // Electronics For You (CABIA)
    List<Figure> fs = Texts.figures(DATE,
        "The data by China Automotive Battery Innovation Alliance (CABIA) also revealed that CATL installed 23.99 GWh of power batteries in September.",
        "According to global automobile experts, China will lead the same in the coming twenty years. In 2023, China’s lithium-ion battery "
            + "output increased 25 percent year-on-year.",
        "BYD grabbed the second spot by installing 13.18 GWh, with a 24.2 percent share.");
    assertNull(credit(fs, "25 percent"));
    assertEquals("China Automotive Battery Innovation Alliance", credit(fs, "13.18 GWh"));
  }

  @Test
  void aCreditForOneCompanysFiguresDoesNotCoverAnothers() {
    // Reuters via Nasdaq: BYD's deliveries after CPCA's Tesla figures are Reuters' (dateline)
    List<Figure> fs = Texts.figures(DATE,
        "BEIJING, Dec 4 (Reuters) - Sales of U.S. automaker Tesla's China-made electric vehicles skidded 17.8% in November from the same "
            + "month a year earlier, to 82,432 cars, China Passenger Car Association (CPCA) data showed on Monday.",
        "Chinese rival BYD, with its Dynasty and Ocean series of EVs, saw passenger vehicle deliveries set another record at 301,378 vehicles.");
    assertEquals("China Passenger Car Association", credit(fs, "82,432 cars"));
    assertEquals("Reuters", credit(fs, "301,378 vehicles"));
  }

  @Test
  void theLeadTakesTheCreditOfTheParagraphRightAfterIt() {
    // Telegraph India
    List<Figure> fs = Texts.figures(DATE, "China's rare earth magnet exports fell 6.1% in September from August.",
        "Shipments stood at 5,774 metric tons in September, data from the General Administration of Customs showed on Monday.");
    assertEquals("the General Administration of Customs", credit(fs, "6.1%"));
  }

  @Test
  void aDescribedPersonIsThePersonNamedNext() {
    // Reuters via Nasdaq
    List<Figure> fs = Texts.figures(DATE,
        "JAKARTA, March 19 (Reuters) - Indonesia has issued mining production quotas of 152.62 million metric tons of nickel ore so far "
            + "this year, a senior mining official told parliament on Tuesday.",
        "In total, the government has issued approvals for 191 miners, ministry director general Bambang Suswantono said.",
        "Production quotas for 99.24 million tons of copper ore have also been handed out, he added.");
    assertEquals("Bambang Suswantono", credit(fs, "152.62 million metric tons"));
    assertEquals("Bambang Suswantono", credit(fs, "99.24 million tons"));
  }

  @Test
  void articleLevelCredits() {
    // Car Dealer Magazine: a closing line
    List<Figure> fs = Texts.figures(DATE, "Plug-in hybrid car registrations for September also declined by a sizeable 22.3 per cent.",
        "The statistics come from the ACEA – the European Automobile Manufacturers’ Association.");
    assertEquals("European Automobile Manufacturers' Association", credit(fs, "22.3 per cent"));
    // Newsdirectory3: a rewrite's lead credits a news outlet
    fs = Texts.figures(DATE, "According to a report by Bloomberg, the company’s sales surged 66% in October.",
        "Other Chinese automakers also reported strong sales in October. Geely Automobile Holdings Ltd. sold 226,686 vehicles.");
    assertEquals("Bloomberg", credit(fs, "226,686 vehicles"));
    // The Driven: figures published by the respective companies
    fs = Texts.figures(DATE, "BYD saw sales reach 502,657 for the month of October.", "Xpeng delivered 23,917 vehicles in October.",
        "All figures were published at the beginning of November by the respective companies.");
    assertEquals("BYD", credit(fs, "502,657"));
    assertEquals("Xpeng", credit(fs, "23,917 vehicles"));
  }

  @Test
  void theOriginalSourceBeforeTheOutletThatReportsIt() {
    // Daily Finland (Xinhua)
    List<Figure> fs = Texts.figures(DATE,
        "The EU's imports of electric and hybrid electric cars more than tripled between 2018 and 2019, showed the figures released "
            + "Tuesday by Eurostat, the EU statistical office, reported Xinhua.",
        "The statistical office said the bloc exported 8.2 billion euros of electric and hybrid electric cars in 2019.");
    assertEquals("Eurostat", credit(fs, "more than tripled"));
    assertEquals("Xinhua", PeriodRulesTest.figure(fs, "more than tripled").attribution().via());
    assertEquals("Eurostat", credit(fs, "8.2 billion euros"));
  }

  @Test
  void customsDataIsTheOfficeTheArticleNames() {
    // Reuters
    List<Figure> fs = Texts.figures(DATE, "China's rare earth exports fell 31% in September from August, customs data showed on Monday.",
        "China sold 4,000.3 tonnes, according to data from the General Administration of Customs of China.");
    assertEquals("the General Administration of Customs of China", credit(fs, "31%"));
  }

  @Test
  void quotedSpeakers() {
    // Summa Money (BMI, Pricepedia), S&P Global (Cobalt Blue), Project Blue (a fragment quoted in the dek)
    List<Figure> fs = Texts.figures(DATE,
        "“In 2026, we forecast cobalt prices to average $25/lb,” said research agency BMI, a unit of Fitch Solutions.",
        "“The announcement pushed LME cobalt prices above $42,000/tonne. The mechanism aims to regulate export flows,” said Luca Sazzini on Pricepedia.",
        "\"[Congo's] export quota for 2026 is set at less than half of the country's 2024 production,\" Joel Crane, commercial manager at "
            + "Cobalt Blue Holdings, an Australia-based mining and processing company, told Platts.");
    assertEquals("BMI", PeriodRulesTest.figure(fs, "$25/lb").attribution().speaker().name());
    assertEquals("Luca Sazzini", PeriodRulesTest.figure(fs, "above $42,000/tonne").attribution().speaker().name());
    assertEquals("Joel Crane", PeriodRulesTest.figure(fs, "less than half").attribution().speaker().name());
    fs = Texts.figures(DATE, "Senior mining official claims quota issued at “…around 200Mt”, with 292 RKAB permits approved.",
        "Indonesia’s Director General of Minerals and Coal of the Ministry of Energy and Mineral Resources, Tri Winarno, stated that the quota "
            + "had been set at “…around 200Mt”, a level that could be reduced.");
    assertEquals("Tri Winarno", PeriodRulesTest.figure(fs, "around 200Mt").attribution().speaker().name());
    assertEquals("Tri Winarno", PeriodRulesTest.figure(fs, "292 RKAB permits").attribution().source());
  }

  @Test
  void aShareOfWorldSupplyIsBackgroundButAShareOfTheReleasesMarketIsNot() {
    // Reuters, Saudi Press (Rho Motion)
    List<Figure> fs = Texts.figures(DATE, "BEIJING (Reuters) - China's rare earth exports fell 31% in September from August, customs data showed on Monday.",
        "China produces over 90% of the world’s processed rare earths and rare-earth magnets.");
    assertEquals("Reuters", credit(fs, "over 90%"));
    fs = Texts.figures(DATE, "Global sales of fully electric and plug-in hybrid vehicles rose to a record 2.1 million units in September, "
        + "according to market research firm Rho Motion.", "China dominated the global EV market, accounting for 65% of sales with around 1.3 million units.");
    assertEquals("Rho Motion", credit(fs, "65%"));
  }

  @Test
  void aSurnameIsThePersonNamedBefore() {
    // Electronics For You (Rho Motion)
    List<Figure> fs = Texts.figures(DATE, "Charles Lester, data manager at Rho Motion, explained that the lower growth rate is attributed to China.",
        "According to Lester, Rho Motion anticipates a global increase in electric car sales of between 25% and 30% for the year.");
    assertEquals("Charles Lester", credit(fs, "between 25% and 30%"));
  }

  @Test
  void theAgencyCitingASourceKeepsTheSourceAndPronounsAndFamilyNamesAreThePersonBefore() {
    // CnEVPost (Xinhua citing CAAM), China Daily (CPCA, Cui Dongshu)
    List<Figure> fs = Texts.figures(DATE,
        "By the end of May 2021, China had about 5.8 million new energy vehicles, accounting for about 50 percent of the world's total, "
            + "Xinhua news agency said Friday, citing data from the China Association of Automobile Manufacturers (CAAM).",
        "Fu Bingfeng, executive vice chairman and secretary-general of the CAAM, said at the 11th China Automotive Forum on Friday that "
            + "production and sales declined by less than 2 percent in 2020.",
        "Over the next five years, China's new energy vehicle sales will maintain an average annual growth rate of more than 40 percent, Fu predicted.");
    assertEquals("the China Association of Automobile Manufacturers", credit(fs, "about 5.8 million new energy vehicles"));
    assertEquals("Fu Bingfeng", credit(fs, "more than 40 percent"));
    fs = Texts.figures(DATE, "Statistics the CPCA released on Wednesday showed sales totaled 304,000 units last month.",
        "\"The upward trend will continue in coming months,\" said Cui Dongshu, the association's secretary-general.",
        "He estimated their sales in the passenger car segment will reach 2.75 million units.");
    assertEquals("China Passenger Car Association", credit(fs, "304,000 units"));
    Figure f = PeriodRulesTest.figure(fs, "2.75 million units");
    assertEquals("Cui Dongshu", f.attribution().source());
    assertNull(f.attribution().speaker());
  }

  @Test
  void industryDataNamesNobodyAndTheDatelineCovers() {
    // Xinhua
    List<Figure> fs = Texts.figures(DATE,
        "BEIJING, Aug. 8 (Xinhua) — Sales of China’s new energy passenger vehicles rose 36.9 percent in July, industry data showed.",
        "Exports reached 92,000 vehicles, according to an industry association.");
    assertEquals("Xinhua", credit(fs, "36.9 percent"));
    assertEquals("Xinhua", credit(fs, "92,000 vehicles"));
  }

  @Test
  void thisAccordingToCreditsWhatCameBeforeItInItsParagraphOnly() {
    // The phrasing issue 10 cites ("This, according to news from X"), on SteelOrbis's CAAM figures
    List<Figure> fs = Texts.figures(DATE,
        "In October, production and sales of new energy vehicles in China totaled 1.772 million units and 1.715 million units. "
            + "This, according to news from the China Association of Automobile Manufacturers (CAAM).",
        "Sales of new energy vehicles accounted for 46.7 percent of total new vehicle sales.");
    assertEquals("the China Association of Automobile Manufacturers", credit(fs, "1.772 million units"));
    assertNull(credit(fs, "46.7 percent"));
  }

  @Test
  void theAgencyIsTheLongNamedBodyBeforeIt() {
    // Thiourea.net (Shengyi Society, the DRC's cobalt authority)
    List<Figure> fs = Texts.figures(DATE,
        "According to the Commodity Cobalt Market Analysis System of Shengyi Society, the cobalt price rose 2.13% on September 22.",
        "The Strategic Mineral Market Supervision and Control Authority of the Democratic Republic of Congo announced on the 21st that "
            + "the country will end the cobalt export ban from October 15th. The agency stated in a statement that mining companies will be "
            + "allowed to export over 18000 tons of cobalt for the remainder of this year.");
    assertEquals("The Strategic Mineral Market Supervision and Control Authority of the Democratic Republic of Congo", credit(fs, "over 18000 tons"));
  }

  @Test
  void aCreditLaterInTheLeadCoversTheLeadWhenItsSentenceIsAboutTheFigures() {
    // Metal Bulletin (Commerce figures), Financial Post (Reuters: the customs office in the next sentence)
    List<Figure> fs = Texts.figures(DATE, "The United States exported 433,800 tonnes of steel in July, the last month for which figures are available. "
        + "That is up 13.1% from 383,680 tonnes in June and 35.3% from a post-pandemic low of 320,597 tonnes in May, per Commerce figures.");
    assertEquals("Commerce", credit(fs, "433,800 tonnes"));
    fs = Texts.figures(DATE, "China’s rare earth exports fell 22.2% month-on-month in April, easing from a spike in March. "
        + "Shipments totalled 4,316.7 tonnes last month, the General Administration of Customs said.");
    assertEquals("the General Administration of Customs", credit(fs, "22.2%"));
  }

  @Test
  void aCreditLaterInTheLeadAboutSomethingElseLeavesTheLeadsFigures() {
    // Himalayan Times (AP): the media report is about the target, not the earlier sales figures
    List<Figure> fs = Texts.figures(DATE, "Sales plunged 15 percent to 7.57 million vehicles last year. "
        + "Toyota Motor Corp. will raise its annual global sales target, local media reported Wednesday.");
    assertNull(credit(fs, "7.57 million vehicles"));
  }

  @Test
  void aCompanysReportCoversItsOwnFiguresNotAnotherCompanys() {
    // Himalayan Times (AP: Toyota's report, then the Prius), then a sentence of MediaPost about Ford
    List<Figure> fs = Texts.figures(DATE, "Toyota said it sold 152,165 vehicles in the U.S. during the month, nearly flat from a year earlier.",
        "Sales of the Prius, however, jumped 14 percent to 13,496 units.",
        "Ford's Volvo division, part of the Premier Automotive Group, sold 8,395 vehicles last month, a 3.6 percent decrease versus the month last year.");
    assertEquals("Toyota", credit(fs, "152,165 vehicles"));
    assertEquals("Toyota", credit(fs, "13,496 units"));
    assertNull(credit(fs, "8,395 vehicles"));
  }

  @Test
  void aMeasureOrAClauseBeforeAReportingVerbIsNoSource() {
    // Kyodo ("cut its annual sales volume forecast"), AMM ("metal shipments … according to … Census Bureau data")
    List<Figure> fs = Texts.figures(DATE, "The upward revisions came even as the Toyota group cut its annual sales volume forecast to 11.23 million units "
        + "from 11.38 million, affected by recent quality scandals.");
    assertNull(credit(fs, "11.23 million units"));
    fs = Texts.figures(DATE, "U.S. metal shipments and new orders declined in July compared with the previous month, according to "
        + "non-seasonally-adjusted Census Bureau data released Friday.", "Primary metal producers’ shipments showed a decline of 5.9 percent from June.");
    assertEquals("Census Bureau", credit(fs, "5.9 percent"));
  }

  @Test
  void varyingAccordingToSomethingCreditsNobody() {
    // Kallanish-like tariff wording at Bing/MSN ("can vary based on where the goods are coming from"), The Star (EU tariffs)
    List<Figure> fs = Texts.figures(DATE, "A tariff of 10% can vary based on where the goods are coming from and what the products are.");
    assertNull(credit(fs, "10%"));
    fs = Texts.figures(DATE, "Import tariffs on battery electric vehicles from China in the range of 17% to 38% will vary according to the manufacturer.");
    assertNull(credit(fs, "17% to 38%"));
  }

  @Test
  void aNamedSurveyIsNoReferenceBackToAnEarlierSource() {
    // MSCI (Metals Service Center Institute), then a sentence of Stacker News (Statista) crediting the USGS
    List<Figure> fs = Texts.figures(DATE, "According to the Metals Service Center Institute, U.S. service center steel shipments in June 2020 decreased by "
        + "15.5 percent from June 2019.", "Yet, China was still responsible for almost 70 percent of global production in 2024, according to "
        + "the U.S. Geological Survey.");
    assertEquals("the U.S. Geological Survey", credit(fs, "almost 70 percent"));
  }

  @Test
  void aPriceReportersOwnPricesAreItsAssessment() {
    // SMM Tungsten Daily Review (SMM), Asian Metal News via CM Group (Asian Metal)
    List<Figure> fs = Texts.figuresBy("SMM", DATE, "Today, the tungsten market continued its sharp rally.",
        "A tungsten enterprise in Xiamen raised its APT long-term contract purchase price by 30,000 yuan/mt MoM, implementing a price of 500,000 yuan/mt.");
    assertEquals("Shanghai Metals Market", credit(fs, "500,000 yuan/mt"));
    fs = Texts.figuresBy("Asian Metal", DATE, "Domestic APT prices have recently been on the rise, seeing most quotations standing at RMB130,000/t by cash.",
        "The company produced 1 kt of APT in July and holds no stock at present.");
    assertEquals("Asian Metal", credit(fs, "RMB130,000/t"));
    assertNull(credit(fs, "1 kt"));
    fs = Texts.figuresBy("Reuters", DATE, "Domestic APT prices have recently been on the rise, seeing most quotations standing at RMB130,000/t by cash.");
    assertNull(credit(fs, "RMB130,000/t"));
  }

  @Test
  void aRewritesDataSourceEndsWhereTheSectionEnds() {
    // Just-auto (Reuters rewrite): Toyota's statement covers its own paragraph; after two paragraphs without figures the
    // rewrite's framing credit takes over again
    List<Figure> fs = Texts.figures(DATE, "Toyota aimed for group global sales of 9.8m units in 2008, Reuters reported.",
        "Net revenues are now forecast at JPY5,500bn, up 5.8% from the previously predicted JPY5,200bn, the automaker said in a statement on Wednesday.",
        "The new vehicle sales goal means that Toyota is more likely than ever to overtake General Motors as the world’s biggest maker by sales volume.",
        "Plagued with a rise in vehicle recalls as it struggles to catch up with runaway demand, the carmaker plans new hiring.",
        "In May, the group projected a consolidated operating profit of JPY1.9 trillion for the year to end-March.");
    assertEquals("Reuters", credit(fs, "JPY1.9 trillion"));
  }

  @Test
  void aCompanysOwnDocumentCreditsTheCompanyAlsoForTheResultsBeforeIt() {
    // Caixin Global: "according to a stock exchange filing" is Tianqi's own filing, and covers the lead's result before it
    List<Figure> fs = Texts.figures(DATE,
        "Shenzhen-listed Tianqi Lithium, one of the world’s biggest lithium suppliers, is seeing its stock slide today after reporting weak earnings yesterday.",
        "In the Thursday report, first-half net profit for the company fell 85% year-on-year, as the price for lithium — used in EV car batteries — sputtered out.",
        "Tianqi’s January-June net income was 193.4 million yuan ($27.30 million), compared to 1.31 billion yuan a year earlier, "
            + "according to a stock exchange filing.",
        "Revenue fell 21.3% to 2.6 billion yuan.");
    assertEquals("Tianqi", credit(fs, "193.4 million yuan"));
    assertEquals("Tianqi", credit(fs, "2.6 billion yuan"));
    assertEquals("Tianqi", credit(fs, "85%"));
    // CNBC via USA Everyday Life: "a statement on its third-quarter results" is BYD's, named in the sentence before
    fs = Texts.figures(DATE,
        "Among China’s top performers, BYD maintained its lead with 436,856 units delivered in October, breaking past the 300,000 streak this year.",
        "This comes amid the EV behemoth’s steepest profit decline of 32.6% year-on-year, according to a statement on its third-quarter "
            + "results published last week.");
    assertEquals("BYD", credit(fs, "32.6%"));
    // Made-in-China (BHP Billiton results): the document names its company
    fs = Texts.figures(DATE, "According to BHP Billiton's statement, its Queensland coal operations achieved a significant milestone during the quarter "
        + "with first production achieved at the Daunia mine, ahead of schedule. The ramp-up of this mine and future commissioning of Caval Ridge will "
        + "underpin an increase in the capacity of BHP's Queensland coal business to 66 million mt per year by the end of the 2014 calendar year.");
    assertEquals("BHP Billiton", credit(fs, "66 million mt per year"));
    // Digital Market Reports: "their own reports"
    fs = Texts.figures(DATE, "Zeekr’s deliveries took a hit in April. Per their own reports, they delivered 13,727 units, down from 15,422 units last month.");
    assertEquals("Zeekr", credit(fs, "13,727 units"));
  }

  @Test
  void aCompanyThatShowedARiseIsNoSourceButDataThatShowedOneIs() {
    // Lipphead (SMMT figures): BYD had the rise; the SMMT's figures still run on
    List<Figure> fs = Texts.figures(DATE,
        "The new car market in October saw a raft of companies showing double-digit growth, according to the latest figures from the Society of "
            + "Motor Manufacturers & Traders.",
        "In a market that overall saw sales fall -6% for the month with a -12% decline in retail sales, BYD showed the biggest rise – from a low "
            + "base – with a three-fold increase in sales to 780 units.");
    assertEquals("the Society of Motor Manufacturers & Traders", credit(fs, "780 units"));
    // India Empire: data furnished by SIAM showed
    fs = Texts.figures(DATE,
        "Car-makers’ association, Society of Indian Automobile Manufacturers (SIAM) in December reported that the domestic passenger car sales in "
            + "November has grown upto 9.52 percent, which stood at 156,445 units.",
        "Data furnished by SIAM showed that total passenger vehicle sales, which include cars, utility vehicles and vans, in the month under review, "
            + "went up by 5.42 percent at 212,438 units from 201,521 units in November 2013.");
    assertEquals("Society of Indian Automobile Manufacturers", credit(fs, "212,438 units"));
  }

  @Test
  void companiesThatPublishTheirOwnFiguresAreEachCreditedForTheirs() {
    // TheStreet: "both companies reported … deliveries"; "the company" is the one named before
    List<Figure> fs = Texts.figures(DATE,
        "Shares of Chinese electric vehicle makers Nio (NIO) and Li Auto (LI) gained on Wednesday after both companies reported strong upticks in "
            + "November deliveries.",
        "Shanghai-based Nio delivered 10,878 vehicles in November, a 105.6% year over year increase. Year to date, the company has delivered "
            + "80,940 vehicles, a 120% increase year over year.",
        "Meanwhile, Beijing's Li Auto reported delivering 13,485 vehicles in the month, a 190.2% year over year increase that was a new record for "
            + "the company. Total deliveries year to date reached 76,404.");
    assertEquals("Nio", credit(fs, "10,878 vehicles"));
    assertEquals("Nio", credit(fs, "80,940 vehicles"));
    assertEquals("Li Auto", credit(fs, "13,485 vehicles"));
    assertEquals("Li Auto", credit(fs, "76,404"));
    // Yicai Global: "the Chengdu-based company said in its earnings report" is Tianqi Lithium, named two paragraphs before
    fs = Texts.figures(DATE, "Tianqi Lithium's Shenzhen-listed stock [SHE: 002466] slid 3.4 percent to close at CNY92.44 (USD12.70). The equity is 8 "
            + "percent down this year.",
        "Its Hong Kong-listed shares [HK:9696] fell by 4.5 percent to HKD63.85 (USD8.10), resulting in a more than 20 percent decrease so far this year.",
        "The lithium supplier's net profit jumped nearly 13 times to CNY5.7 billion (USD780 million) in the third quarter from a year ago, the "
            + "Chengdu-based company said in its earnings report yesterday. From January to September, its net profit soared by 29 times to CNY16 "
            + "billion (USD2.2 billion) from a year earlier.");
    assertEquals("Tianqi", credit(fs, "CNY5.7 billion"));
    assertEquals("Tianqi", credit(fs, "CNY16 billion"));
    // Green Energy Daily (Yicai): "the Xinyu-based firm said in a financial report" is Ganfeng, named in the possessive before
    fs = Texts.figures(DATE, "Ganfeng Lithium Group’s shares tumbled after the major Chinese supplier of battery raw materials reported a 98 percent "
            + "drop in third-quarter profit from a year ago as overcapacity in the industry squashed the price of lithium salt, its main product.",
        "Net profit was CNY160 million (USD21.9 million) in the three months ended Sept. 30, the Xinyu-based firm said in a financial report "
            + "published late yesterday. Revenue sank almost 43 percent to CNY7.5 billion.");
    assertEquals("Ganfeng", credit(fs, "CNY160 million"));
    assertEquals("Ganfeng", credit(fs, "CNY7.5 billion"));
    // Yicai Global: "the Guangzhou-based firm said" is the company the sentence is about
    fs = Texts.figures(DATE, "Xpeng shipped 30,500 vehicles in February, exceeding 30,000 for the fourth consecutive month, the Guangzhou-based firm said recently.");
    assertEquals("Xpeng", credit(fs, "30,500 vehicles"));
  }

  @Test
  void quotedParagraphsWithoutATagAreTheSpeakerBefore() {
    // ESD News: one tag ("Jafari said") for three quoted paragraphs, the middle one left open; "he said" two paragraphs on
    var article = Texts.article(DATE,
        "“I am hugely proud of the historic outcomes our members and our team of experts have achieved,” Jafari said.",
        "“A sustainable and prosperous Australia requires an electric fleet and we are now established on that path.",
        "“We now have an incredible team of leaders and experts at the EVC so I’m very comfortable leaving knowing the sector is in good hands.”",
        "Jafari thanked Johnson for taking on the role of interim CEO.",
        "“I’m thrilled we have been able to attract a senior executive of Samantha’s experience and ability,” he said.").article();
    List<CreditResolver.Quote> quotes = CreditResolver.quotes(article);
    assertEquals(4, quotes.size());
    for (CreditResolver.Quote q : quotes) assertEquals("Jafari", q.speaker().name());
    // Transport & Energy: "X said: “…" left open, the next paragraph opens the quote again
    article = Texts.article(DATE,
        "SMMT chief executive Mike Hawes said: “Recovery for Britain’s new car market is back within our grasp, energised by electrified vehicles.",
        "“By doing so we can encourage consumer appetite across the country and accelerate the UK’s journey to net zero.”").article();
    quotes = CreditResolver.quotes(article);
    assertEquals(2, quotes.size());
    for (CreditResolver.Quote q : quotes) assertEquals("Mike Hawes", q.speaker().name());
  }

  @Test
  void highlightLinesAboveAWiresDatelineTakeTheWiresCredit() {
    // Reuters via Nasdaq (2022-10-24): the story's key line and bylines above "BEIJING, Oct 24 (Reuters) -"
    List<Figure> fs = Texts.figures(DATE, "China Sept copper imports rise 25.6% on-year, 2.4% on-month", "Siyi Liu Reuters",
        "BEIJING, Oct 24 (Reuters) - China imported 25.6% more copper in September than a year earlier, data from the General Administration "
            + "of Customs showed on Monday.");
    assertEquals("Reuters", credit(fs, "2.4%"));
  }
}
