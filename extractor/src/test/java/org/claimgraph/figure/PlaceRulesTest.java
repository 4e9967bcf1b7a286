package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocs, companies, subjects that refer to a country, and import directions, on devset/tune publishers' text. */
class PlaceRulesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 7, 20);

  private static List<String> place(String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).place();
  }

  @Test
  void theEuIsAPlace() {
    // Eurostat
    assertEquals(List.of("EU"), place("29.3%",
        "In 2024, a total of 12 900 tonnes of rare earth elements (REE+) were imported to the EU, marking a decrease of 29.3% compared with 2023."));
    assertEquals(List.of("EU"), place("0.8%", "At the same time, 5 500 tonnes of rare earth elements were exported from the EU, a drop of only 0.8%."));
  }

  @Test
  void aCompanysFiguresAreItsCountrys() {
    // The Driven
    assertEquals(List.of("CN"), place("502,657", "BYD saw sales reach 502,657 for the month of October."));
  }

  @Test
  void theWorldsLargestSupplierIsTheArticlesCountry() {
    // The Telegraph India (PTI)
    assertEquals(List.of("CN"), place("5,774 metric tons",
        "China's rare earth magnet exports fell 6.1% in September from August. China expanded controls of rare earth exports.",
        "China is the biggest market for magnets.",
        "Shipments from the world's largest rare earth magnet supplier stood at 5,774 metric tons in September, down from a seven-month high of 6,146 tons in August."));
  }

  @Test
  void importsFromACountryGoToTheArticlesCountry() {
    // Mysteel: an article about China's lithium carbonate imports
    assertEquals(List.of("CL", "CN"), place("20,300 tonnes",
        "China's lithium carbonate imports rose in May. China imported more from South America, and China's demand held up.",
        "The imports from Chile amounted to 20,300 tonnes, moving up 59.3% MoM and 18.1% YoY."));
  }

  @Test
  void aRegionsFigureGetsNoCountry() {
    // South China Morning Post (Rho Motion data): Europe is a region, not the article's China
    List<Figure> fs = Texts.figures(DATE, "Sales in China jumped 28 per cent to 1.11 million units, while Europe's demand rose 23 per cent to 390,000 units.");
    assertEquals(List.of(), PeriodRulesTest.figure(fs, "390,000 units").place());
    assertEquals(List.of("CN"), PeriodRulesTest.figure(fs, "1.11 million units").place());
  }

  @Test
  void currenciesAndCompanyHomesAreNoPlaces() {
    // electrive: "US dollars" is a currency; Reuters: "U.S. automaker Tesla" is Tesla's home, the sales are China-made
    assertEquals(List.of(), place("108 US dollars per kWh",
        "This projected decrease is smaller than this year’s: battery prices fell by eight per cent to 108 US dollars per kWh in 2025."));
    assertEquals(List.of("CN"), place("82,432 cars",
        "Sales of U.S. automaker Tesla’s China-made electric vehicles skidded 17.8% in November from the same month a year earlier, to 82,432 cars."));
    // The Driven: "Leapmotor, owned by Dutch carmaker Stellantis" delivers in China
    assertEquals(List.of("CN"), place("38,177 vehicles",
        "Leapmotor, owned by Dutch carmaker Stellantis, delivered 38,177 vehicles in October, up 109.74 percent year-on-year."));
  }

  @Test
  void aRegionNamedLastBeforeAFigureScopesIt() {
    // SCMP; Business Insider
    assertEquals(List.of(), place("2 million", "China led with 5.5 million units, followed by Europe with 2 million and North America with 900,000."));
    assertEquals(List.of(), place("29%", "Global EV sales surged 29% in the first four months of the year, led by China and Europe."));
    assertEquals(List.of("CN"), place("5.5 million units",
        "China led with 5.5 million units, followed by Europe with 2 million and North America with 900,000."));
  }

  @Test
  void respectivelyListsPairCountriesInOrder() {
    // Metals Wire: shares of China's exports by buyer
    String s = "China exported 4,075 metric tons of antimony products in August, China's customs said, as Chinese shipments rose. "
        + "The United States was the top buyer, accounting for 29% of August’s shipments, followed by Vietnam and Japan with 14% and 10%, respectively.";
    assertEquals(List.of("CN", "US"), place("29%", s));
    assertEquals(List.of("CN", "VN"), place("14%", s));
    assertEquals(List.of("CN", "JP"), place("10%", s));
  }

  @Test
  void importsFromAListFlowToTheImporter() {
    // Mysteel: the title names imports and exports; imports from Chile and Argentina are CL → CN, AR → CN
    String[] text = {"China's lithium carbonate imports and exports both increase in April", "",
        "China's imports of lithium carbonate from January to April totaled 78,900 tonnes, an increase of 26.8% YoY. "
            + "Specially, the imports from Chile and Argentina rose 9.8% YoY and 80.7% YoY respectively to 53,200 tonnes and 22,600 tonnes.",
        "China imported more lithium carbonate in April than China exported."};
    assertEquals(List.of("CL", "CN"), place("53,200 tonnes", text));
    assertEquals(List.of("AR", "CN"), place("22,600 tonnes", text));
  }

  @Test
  void aSentenceReferringBackKeepsThePlace() {
    // Asia City; China Daily
    assertEquals(List.of("CN", "US"), place("28.7%",
        "China's exports of rare earth magnets to the United States in September decreased by 29.5% year-on-year to 420 tons. "
            + "This represents a 28.7% decrease compared to the previous month."));
  }

  @Test
  void aBlocsImportsAreTheBlocs() {
    // Daily Finland (Xinhua): an article about the EU's imports
    String[] text = {"EU imports of electric, hybrid cars increase significantly in 2019", "",
        "The European Union (EU)'s imports of electric and hybrid electric cars more than tripled between 2018 and 2019, showed the figures released by Eurostat, the EU statistical office.",
        "The imports more than doubled between 2017 and 2018 (104 percent), said the Eurostat.",
        "The EU exported 8.2 billion euros of such cars in 2019."};
    assertEquals(List.of("EU"), place("104 percent", text));
  }

  @Test
  void partnersOfAnImportingBlocFlowToIt() {
    // Eurostat; Rare Earth Exchanges: the article is about the EU's imports
    String[] text = {"Imports of rare earth elements saw 30% drop in 2024", "",
        "In 2024, a total of 12 900 tonnes of rare earth elements (REE+) were imported to the EU, marking a decrease of 29.3% compared with 2023.",
        "In 2024, China was the largest partner for imports of rare earth elements, accounting for 46.3% of the total weight of imports, or 6 000 tonnes. "
            + "China was followed by Russia with 28.4% of imports, or 3 700 tonnes, and Malaysia, contributing 19.9% of the imports, or 2 600 tonnes."};
    assertEquals(List.of("EU"), place("12 900 tonnes", text));
    assertEquals(List.of("CN", "EU"), place("6 000 tonnes", text));
    assertEquals(List.of("RU", "EU"), place("28.4%", text));
    assertEquals(List.of("RU", "EU"), place("3 700 tonnes", text));
    assertEquals(List.of("MY", "EU"), place("2 600 tonnes", text));
  }

  @Test
  void countedCarsAndDeliveriesAreVehicles() {
    // Reuters (via Nasdaq); BNN Bloomberg
    assertEquals("vehicle", PeriodRulesTest.figure(Texts.figures(DATE,
        "Sales of Tesla’s China-made electric vehicles skidded 17.8% in November from the same month a year earlier, to 82,432 cars."),
        "82,432 cars").quantity().unit());
    assertEquals("vehicle", PeriodRulesTest.figure(Texts.figures(DATE,
        "Xpeng Inc. reported 23,917 deliveries, while Nio Inc. sold 20,976 vehicles."), "23,917 deliveries").quantity().unit());
  }

  @Test
  void aPriceIsTheMarketItsPhraseNames() {
    // S&P Global (Platts); Summa Money (BMI); Australian Mining (Lynas)
    String platts = "The Platts-assessed cobalt hydroxide CIF China price surged 69.9% to $54,674.58/mt on Dec. 9 from $32,187.45/mt on Sept. 21, "
        + "when Congo announced the export quotas.";
    assertEquals(List.of("CN"), place("$54,674.58/mt", platts));
    assertEquals(List.of("CN"), place("69.9%", platts));
    assertEquals(List.of(), place("$25/lb",
        "“In 2026, we forecast cobalt prices to average $25/lb ($55,150 a tonne) as the DRC introduces a quota regime,” said research agency BMI."));
  }

  @Test
  void aBlocDescribingACountryAndAnOfficesCountryAreNoPlaces() {
    // Reuters; OE Digital
    assertEquals(List.of("CN", "NL"), place("3,011.98 metric tons",
        "The Netherlands was the top EU importer of antimony from China in 2023, bringing in 3,011.98 metric tons that year."));
    assertEquals(List.of("CN"), place("67,000 tons",
        "According to the U.S. Geological Survey, China will dominate global tungsten supply, with 67,000 tons of tungsten in 2024."));
  }

  @Test
  void aHeadlineMentionCountsTowardsTheArticlesCountry() {
    // Reuters via Postmedia (upnewsinfo): one mention in the text, one in the headline
    assertEquals(List.of("CN"), place("3,737 tonnes",
        "China April rare earth exports fall 22.7% from prior month\n",
        "China's rare earth exports fell 22.7% in April from the previous month, data from the General Administration of Customs showed on Friday.",
        "Exports from the world's top producer of the group of 17 minerals were 3,737 tonnes last month."));
    // SMM (news.metal.com): exports in a later sentence are the headline country's
    assertEquals(List.of("CN"), place("19,266 mt",
        "China's rare earth exports decline 16% in May\n",
        "China, the world's largest rare earth producer, exported 3,640 mt of such materials in May, down 16% month on month, according to data from China Customs released on Monday June 10.",
        "Exports in the first five months of the year came in at 19,266 mt, down 7.2% from the same period last year."));
  }

  @Test
  void aNationalBodysFiguresAreItsCountrys() {
    // Green Car Congress (KBA data): Germany is named twice; the KBA makes it the article's country
    String[] kba = {"In 2020, e-mobility became more popular in Germany, despite a 20% decline in registration numbers in the year of the COVID 19 pandemic. "
        + "Alternative drives (battery-electric, hybrid, plug-in hybrid, hydrogen fuel cell, gas, and hydrogen) took up around a quarter of all new "
        + "light-duty vehicle registrations in Germany in 2020, according to figures from the KBA (Federal Motor Transport Authority).",
        "The number of newly registered passenger cars powered solely by electricity grew significantly—+206% compared to 2019."};
    assertEquals(List.of("DE"), place("+206%", kba));
    // Outlook India (FADA data): the country is never named
    String[] fada = {"Electric vehicle retail sales in the country witnessed over a three-fold jump the last fiscal with two-wheeler offtake leading the segment, "
        + "according to data compiled by automobile dealers' body FADA.",
        "Total EV sales had stood at 1,68,300 units in the 2019-20 fiscal, it noted. "
            + "According to the Federation of Automobile Dealers Associations (FADA), electric passenger vehicle retail sales stood at 17,802 during the last fiscal, "
            + "up over three-fold from 4,984 units in FY21."};
    assertEquals(List.of("IN"), place("4,984 units", fada));
    assertEquals(List.of("IN"), place("1,68,300 units", fada));
  }

  @Test
  void aFigureWithoutAMeasureInAnArticleAboutOneCountryIsItsCountrys() {
    // Argus (via St Louis Group): the seizure names no country and no measure
    String[] argus = {"China’s antimony metal exports grew in 2019 as a result of Beijing’s crackdown on unauthorized boarder shipments since 2016.",
        "China’s legitimate exports have returned to normal since September 2018 as Beijing took measures to curb unauthorized trading. "
            + "The Chinese government adopted several measures to clamp down on unauthorized trading since 2016. "
            + "A cargo of 3,000t of metal was seized in August 2018, with 11 participants arrested."};
    assertEquals(List.of("CN"), place("3,000t", argus));
  }

  @Test
  void theArticlesCountryDoesNotGoToFiguresOfTheWorldOrARegion() {
    // EV Fleet World (Rho Motion data): an article about China; the world's and Europe's figures keep no country
    String[] text = {"China becomes first country to sell over a million EVs in a month", "",
        "China has broken records, becoming the first country to sell more than a million electric vehicles in a month.",
        "Elsewhere, Rho Motion’s August figures reveal the European market is now down 4% so far this year compared to the same period last year; "
            + "the first time that sales growth has turned negative in the region.",
        "Despite this, 9.8 million EVs have been sold globally so far this year, growing by 20% year-to-date (YtD) with 1.5 million sold in August 2024."};
    assertEquals(List.of(), place("4%", text));
    assertEquals(List.of(), place("9.8 million EVs", text));
  }

  @Test
  void aTariffRateIsBetweenTheGoodsOriginAndTheImposer() {
    // Anadolu (anews.com.tr): the pair is named once, the rates name a company or the goods' side only
    String[] anews = {"EU announces extra tariffs on Chinese electric vehicles", "",
        "The European Commission announced on Wednesday that it will impose additional customs duties of up to 38.1% on electric vehicles imported from China beginning July 4.",
        "The first provisional decision sets individual duties for BYD at 17.4%, Geely at 20%, and SAIC at 38.1%.",
        "Other Chinese producers not sampled by the commission will be subject to a duty rate of 21%, while all other producers, "
            + "which did not cooperate in the investigation will be subject to residual duty of 38.1%."};
    assertEquals(List.of("CN", "EU"), place("up to 38.1%", anews));
    assertEquals(List.of("CN", "EU"), place("17.4%", anews));
    assertEquals(List.of("CN", "EU"), place("21%", anews));
    // Reuters via The Loadstar: two tariffs in one sentence, each rate takes the tariff named before it
    String loadstar = "Less than a month after Washington quadrupled duties for Chinese EVs to 100%, Brussels said it would set tariffs of 17.4% for BYD, "
        + "20% for Geely and 38.1% for SAIC over what it said were excessive subsidies.";
    assertEquals(List.of("CN", "US"), place("100%", loadstar));
    assertEquals(List.of("CN", "EU"), place("20%", loadstar));
  }

  @Test
  void aCompanysShareOfTheWorldIsTheCompanysCountrys() {
    // TechNode (SNE Research data): "global" after the company names what the share is of, not the figure's region
    String[] technode = {"Global battery usage for electric vehicles (EVs, PHEVs, and HEVs) reached 133.0 GWh in the first quarter of 2023, "
        + "representing a year-on-year growth of 38.6%, according to data from Korean renewable energy consultancy SNE Research. "
        + "Chinese battery manufacturer CATL recorded usage of 46.6 GWh during the period, a 35.9% year-on-year increase, "
        + "securing a global market share of 35.0% and ranking as the top producer."};
    assertEquals(List.of("CN"), place("35.0%", technode));
    assertEquals(List.of(), place("133.0 GWh", technode));
  }

  @Test
  void theOnlyCountryAnArticleNamesIsItsCountry() {
    // Wheels Within Wales (SMMT data): the UK is named once, its industry body once, no other country
    String[] smmt = {"Electric cars accounted for over a quarter of new registrations last month, said the car makers’ body, the Society of Motor Manufacturers and Traders.",
        "The UK new car market remained stable in October as registrations rose 0.5% to reach 144,948 units, with petrol and diesel models declining.",
        "Business registrations rose by 32.7% although, as a very small volume portion of the market, this sector is always subject to volatility."};
    assertEquals(List.of("GB"), place("32.7%", smmt));
    // Teller Report (BOVAG data): the Netherlands named once, with its motor trade body
    String[] bovag = {"The share of electrified cars in the Netherlands was 46.1 percent, according to an analysis by BOVAG.",
        "In October, 22.6 percent of new cars registered were fully electric."};
    assertEquals(List.of("NL"), place("22.6 percent", bovag));
    // named once without a body, it is still the article's country where it names no other and no world total (SoleCountry,
    // round 30: the gold of iheart f12-e-06, "the total U.S. market", and pledgetimes f24-e-13, "the UAE", says so) …
    assertEquals(List.of("NL"), place("22.6 percent", "The share of electrified cars in the Netherlands was 46.1 percent.",
        "In October, 22.6 percent of new cars registered were fully electric."));
    // … but not beside another country
    assertEquals(List.of(), place("22.6 percent", "The share of electrified cars in the Netherlands was 46.1 percent, according to an analysis by BOVAG.",
        "Belgium's share was lower.", "In October, 22.6 percent of new cars registered were fully electric."));
  }

  @Test
  void aCompanysResultsAreItsCountrys() {
    // Karachi Chronicle (Reuters): a headline about Lynas, sentences naming neither the company nor a country
    String[] lynas = {"Lynas second-quarter sales revenue rises nearly 4%\n",
        "Australia’s Linus Rare Earths on Friday reported a nearly 4% increase in second-quarter sales revenue, benefiting from higher quality products and favorable exchange rates.",
        "The total amount of rare earth oxides in the second quarter was 2,617 tons, compared to 2,722 tons reported in the previous quarter.",
        "The company said revenue rose to A$141.2 million ($87.69 million) in the three months to December 31."};
    assertEquals(List.of("AU"), place("2,617 tons", lynas));
    assertEquals(List.of("AU"), place("A$141.2 million", lynas));
    // IANS: results earned in the United States are still LG Energy Solution's (KR), also where the headline names the US market
    String[] lg = {"LG Energy's Q3 operating profit jumps 34.1 pc on strong US demand\n",
        "Seoul, Oct 13 (IANS) LG Energy Solution Limited, South Korea's leading battery maker, said on Monday that its third-quarter operating profit likely jumped "
            + "34.1 per cent from a year earlier, driven by strong sales of energy storage systems (ESSs) in the United States.",
        "On top of increased ESS sales in the U.S., higher demand for batteries contributed to the quarterly earnings, a company spokesperson said.",
        "Sales, however, fell 17.1 per cent to 5.69 trillion won from 6.87 trillion won amid an overall slowdown in EV sales."};
    assertEquals(List.of("KR"), place("34.1 per cent", lg));
    assertEquals(List.of("KR"), place("5.69 trillion won", lg));
    // Topfx Managers: a company's selling price is the company's, not a market's
    assertEquals(List.of("AU"), place("A$38.90 per kilogram",
        "Additionally, Lynas noted a drop in its average selling price from A$48.30 per kilogram to A$38.90 per kilogram."));
    // Squid Business (Reuters): units sold and a share of a country's market are the market's, not the carmaker's
    String[] tesla = {"Tesla's China-made EV sales skid 17.8% on year in November\n",
        "Sales of U.S. automaker Tesla’s China-made electric vehicles skidded 17.8% in November from the same month a year earlier, to 82,432 cars.",
        "A Tesla-triggered price war in China since the start of the year has roped in more than 40 brands but its share of the country’s EV market dropped to 5.78% from 8.7%."};
    assertEquals(List.of("CN"), place("82,432 cars", tesla));
    assertEquals(List.of("CN"), place("5.78%", tesla));
  }

  @Test
  void aPriceIsItsMarketsOrNone() {
    // CM Group, Breaking Latest: commodities quoted in yuan per tonne are the Chinese market's
    assertEquals(List.of("CN"), place("RMB95,000/t",
        "Domestic tungsten prices continue to rise after the CNY holiday, further surging to RMB95,000/t after rebounding to RMB90,000/t in January."));
    assertEquals(List.of("CN"), place("492,500 yuan/ton",
        "On January 9, data from Shanghai Steel Union showed that the average spot price of battery-grade lithium carbonate fell by 10,000 yuan/ton to 492,500 yuan/ton."));
    // Swarajya, Benchmark: "Prices in China", "… in China" after the price
    assertEquals(List.of("CN"), place("$90,850 per metric ton",
        "Prices in China reached $90,850 per metric ton in late August, the highest since March 2023 and close to a two-and-a-half-year peak."));
    assertEquals(List.of("CN"), place("$100.1/kWh", "This has helped bring LCO prices to their lowest levels of $100.1/kWh in China and $123.6/kWh in the rest of Asia."));
    // Argus (fob China) names one market; Fastmarkets' "cif China, Japan and Korea" several
    assertEquals(List.of("CN"), place("$62,800-63,800/t", "Export prices for NdPr oxide are at $62,800-63,800/t fob China, down from February's high of $111,800/t fob."));
    assertEquals(List.of(), place("$6.50-8 per kg",
        "Fastmarkets assessed the lithium carbonate, 99.5% Li2CO3 min, battery grade, spot price at $6.50-8 per kg cif China, Japan and Korea on Thursday."));
    // Swarajya, 4nownews: a price in Europe, or in an article about China that names no market, is no country's
    String[] china = {"China restricted exports of gallium and germanium. China is the top producer of both metals, and China's exports fell.",
        "Dysprosium was trading at $840 per kilogram in Europe on 18 September, around three times higher than before Beijing introduced export curbs in April.",
        "Just since the beginning of June this year, the cost of germanium has risen by 52% to $2,280 per kilogram, as Argus notes."};
    assertEquals(List.of(), place("$840 per kilogram", china));
    assertEquals(List.of(), place("$2,280 per kilogram", china));
    assertEquals(List.of(), place("52%", china));
  }

  @Test
  void aCountryDescribedInsteadOfNamedIsTheOneNamedBefore() {
    // NAI 500 (Roskill data): "the southern African nation", "the country", "the island", "the project"
    String[] graphite = {"Graphite suppliers in Africa are ramping up production to meet China’s surging demand. China buys most of it, and China's imports rose.",
        "Leading the way is Mozambique, which produces mostly the small and medium size flakes required for battery applications. "
            + "The southern African nation exported 100 kt through the first six months of 2019, 82% of which went to China. "
            + "To put that into perspective, the country exported 51.8 kt all of 2018, and merely 0.8 kt the year before.",
        "Much of the exponential increase in Mozambique’s graphite shipments can be attributed to Syrah Resources and its Balama project, which came on line late 2017. "
            + "The project produced 104 kt last year and 92 kt already in H1 2019.",
        "Madagascar is one of the major producers of large flake graphite, and shipments from the island have increased rapidly in recent years, from 9.4 kt in 2017 to 46.9 kt in 2018."};
    assertEquals(List.of("MZ"), place("100 kt", graphite));
    assertEquals(List.of("MZ", "CN"), place("82%", graphite));
    assertEquals(List.of("MZ"), place("51.8 kt", graphite));
    assertEquals(List.of("MZ"), place("104 kt", graphite));
    assertEquals(List.of("MG"), place("9.4 kt", graphite));
    // CECN (Xinhua): the country named in the sentence before
    assertEquals(List.of("CN"), place("337,000 motor vehicles",
        "BEIJING, Nov. 10 (Xinhua) -- Japan's car exports fell, while China's automobile exports hit a record high in October, data showed.",
        "The country exported 337,000 motor vehicles last month, surging 46 percent year on year."));
  }

  @Test
  void eachFigureOfAListTakesThePartnerNamedBeforeIt() {
    // Raw Materials: recipients of China's exports, each before its number
    String[] rm = {"China: Gallium, Germanium Exports Jump in July, But Destinations Narrow\n",
        "China significantly increased gallium exports in July, according to the latest customs data.",
        "Germanium shipments also showed signs of recovery, though still far below historic levels. Exports totaled 763 kilograms in July, up from just 96 kilograms in June. "
            + "Here, the number of recipients also dwindled to just a few: Germany received 392 kilograms, Japan 352 kilograms, and Russia 19 kilograms."};
    assertEquals(List.of("CN", "DE"), place("392 kilograms", rm));
    assertEquals(List.of("CN", "JP"), place("352 kilograms", rm));
    // Fastmarkets: a total to two destinations, then one figure per destination
    String[] fm = {"China graphite exports slump in December\n", "China's graphite exports fell in December, and China's buyers held back.",
        "Total exports of spherical graphite to Japan and the US fell to zero in December, with exports to Japan at 2,238 tonnes and exports to the US at 280 tonnes in November."};
    assertEquals(List.of("CN", "JP", "US"), place("zero", fm));
    assertEquals(List.of("CN", "JP"), place("2,238 tonnes", fm));
    assertEquals(List.of("CN", "US"), place("280 tonnes", fm));
    // Abachy: the exporter named between two figures is no partner of the second
    assertEquals(List.of("CN", "KR"), place("122.3%",
        "Particularly, South Korea accounted for 30% of China's total exports, exhibiting a remarkable year-on-year increase of 122.3%."));
  }

  @Test
  void theExporterAHeadlineNamesIsTheArticlesCountry() {
    // Ang Minero (Business Mirror): Indonesia is named most, but as a buyer of the Philippines' nickel
    String[] nickel = {"China, Indonesia drive Philippine nickel shipments\n",
        "The Philippines earned more than USD 600 million from nickel shipments in the first half of 2025, Business Mirror reported.",
        "China accounted for the bulk of purchases at USD 421.71 million, while Indonesia followed with USD 181.14 million.",
        "Indonesia, now producing over half of the world’s nickel, has expanded output rapidly with the help of China-backed smelters. Indonesia introduces mining quotas."};
    assertEquals(List.of("PH", "CN"), place("USD 421.71 million", nickel));
    assertEquals(List.of("PH", "ID"), place("USD 181.14 million", nickel));
  }

  @Test
  void whatACarmakerSoldInOneCountrysMarketIsTheMarkets() {
    // Vroomhead: Tesla's China-made sales in an article about China's market
    assertEquals(List.of("CN"), place("82,432 units", "Tesla Sales In China Fall By 17.8% In November\n",
        "Tesla's China-made EV sales fell in November, data from the China Passenger Car Association showed.",
        "82,432 units of various Tesla EVs were sold during the span."));
    // Best Practice: Holden and Ford in Australia's market
    assertEquals(List.of("AU"), place("5.8%", "Australia's new car market shrank in 2020. Electric cars are still rare in Australia, and Australian buyers prefer utes.",
        "In spite of its podium finish, Holden’s sales reported a steep 5.8% decline in sales, and an identical drop for Ford."));
    // without an article's country, the carmaker's own
    assertEquals(List.of("US"), place("5.8%", "In spite of its podium finish, Holden’s sales reported a steep 5.8% decline in sales, and an identical drop for Ford."));
  }
}
