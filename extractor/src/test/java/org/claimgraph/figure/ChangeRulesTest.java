package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kind, direction and basis of one figure in real-world phrasings (quote | expected). */
class ChangeRulesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 8, 21);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports.|75.5%|change|mom|up",
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports.|4.8%|change|yoy|up",
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports.|619 mt|amount||",
      "The US tracked with a 75.5% MoM jump, getting 619 tons, a 4.8% upsurge over the same period last year.|4.8%|change|yoy|up",
      "The US tracked with a 75.5% MoM jump, getting 619 tons, a 4.8% upsurge over the same period last year.|75.5%|change|mom|up",
      "Exports of gallium fell 23% in September from a year earlier.|23%|change|yoy|down",
      "Lithium carbonate output was down 38.1% from a year earlier at 41,000 tonnes.|38.1%|change|yoy|down",
      "Shipments more than doubled to 1,200 tonnes in March.|more than doubled|change||up",
      "Prices have halved since January.|halved|change|vs-period|down",
      "Imports rose 12% month-on-month to 3,400 tonnes.|12%|change|mom|up",
      "Imports rose 12% month-on-month to 3,400 tonnes.|3,400 tonnes|amount||",
      "NEVs accounted for 48.7% of all new vehicle sales in China.|48.7%|share||",
      "China accounts for over 90% of the global supply of rare earth magnets.|over 90%|share||",
      "Companies rushed to avoid additional tariffs of 10%-25%.|10%-25%|amount||",
      "July exports to the US were just 0.2% lower than the average monthly exports in 2024.|0.2%|change|vs-period|down",
      "Output grew 5.2% y/y in the first half.|5.2%|change|yoy|up",
      "Sales rose 3% compared with the previous month.|3%|change|mom|up",
      "The value of exports decreased by 23.3% year-on-year.|23.3%|change|yoy|down",
      "Exports jumped 660% compared to May.|660%|change|mom|up",
      "In June 2025, exports to the U.S. surged by 660% to 353 tons.|353 tons|amount||",
      "Output: 25 kt (-3% q/q).|-3%|change|qoq|down",
      "Prices are 3 times higher than in 2020.|3 times|change|vs-period|up",
      "Civil unrest in Myanmar reduced supplies of heavy rare earths by 70%, and MP Materials halted exports.|70%|change||down",
      // Reuters via Nasdaq: "on the year" is y/y
      "China produced 88.3 million tonnes of crude steel in March, down 6.4% on the year, the statistics bureau said on Monday.|6.4%|change|yoy|down",
      // Pledge Times: a month of last year as the base is y/y
      "Also imports rose sharply and increased by 11 per cent from March last year.|11 per cent|change|yoy|up",
      // InvestmentNews, Irish Times: a monthly or yearly decline names its basis
      "The consumer price index, a key indicator of inflation, fell 1%, marking the largest monthly decline since the index was first computed in 1947.|1%|change|mom|down",
      "This compares to a yearly decline of 3.5 per cent in September.|3.5 per cent|change|yoy|down",
      // China Daily (kekenet), Xinhua (Shine): percentage points are a change; a comparative names its own reference
      "The industrial output posted steady growth in the first six months, up by 6.7% year-on-year, 0.1 percentage point lower than the first quarter, the data showed.|0.1 percentage point|change|vs-period|down",
      "The country's surveyed urban unemployment rate stood at 5 percent in June, 0.7 percentage points lower than the same period last year.|0.7 percentage points|change|yoy|down",
      // Xinhua (PKU news): a list of percentage points, respectively lower
      "The growth rates were 0.5 percentage points, 2.4 percentage points, and 1.6 percentage points, respectively, lower than the first half last year.|2.4 percentage points|change|vs-period|down",
      // Fruitnet, F&I Magazine: numbers listed after a change are changes of the same direction
      "Other significant increases in the fruit sector came in strawberries, with value up 18 per cent to €522m, while watermelons and melons also enjoyed growth of 13 per cent and 18 per cent respectively.|18 per cent|change||up",
      "But the big winners were the automaker's Transit and Transit Connect commercial vans, which realized sales increases of 97.6% and 93.8%, respectively.|93.8%|change||up",
      // SMM, Rinnovabili: changes "ranging from" one size to another
      "Other tungsten intermediates and downstream products generally followed the rise, with increases ranging from 19% to 21%.|19% to 21%|change||up",
      "According to the company, the price reductions in raw materials, which had been decreasing in previous months, have directly impacted the cell market, with monthly declines ranging from 4% to 6% as of August 2024.|4% to 6%|change|mom|down",
      // Auto Magazine, Wheels within Wales: a change written with a minus sign
      "Meanwhile, the market for plug-in hybrid vehicles saw a decline (-22.3%) last month, with decreases recorded in all major markets.|-22.3%|change||down",
      "Registrations by fleets declined slightly, falling -1.5%, but the decline was offset by a small increase in registrations by private buyers, up 2.0%.|-1.5%|change||down",
      // Zambian Observer: a list whose verb of change is left out
      "The Minister has also announced that gold production grew by 40 percent, cobalt at 581 percent, nickel at 164 percent and manganese at 102 percent among others.|581 percent|change||up",
      "The Minister has also announced that gold production grew by 40 percent, cobalt at 581 percent, nickel at 164 percent and manganese at 102 percent among others.|102 percent|change||up",
      // Abachy, New Electronics, Roskill via NAI500: rates of growth
      "Over the period of 2020 to 2022, the export value of these items showed steady growth with a compound growth rate of 6.77%.|6.77%|change|vs-period|up",
      "This represents an annual growth rate of over 30 per cent, which is below the increase in the number of EV’s sold in the UK in 2022, which grew by 38 per cent.|over 30 per cent|change|yoy|up",
      "Roskill estimates that demand for natural graphite from the battery sector is set to grow by 19% annually from 2018-2028.|19%|change|yoy|up",
      // Marketscreener (AFP), Car Dealer Magazine: a percent below or behind a reference
      "But, \"Compared to the first seven months of 2019, new registrations are 25 percent below,\" the German Association of the Automotive Industry (VDA) announced on Friday.|25 percent|change|vs-period|down",
      // Wheels within Wales: things added
      "Electrified vehicles were the only powertrain technologies to record growth, largely driven by battery electric vehicle (BEV) uptake, registrations of which rose by 23.6%, equivalent to 7,028 additional units.|7,028|change||up",
      // Benchmark, SMM, 4nownews: changes to date
      "Nickel prices, too, are in decline with Chinese nickel sulphate prices dropping 25% so far this year.|25%|change|vs-period|down",
      "Benchmark’s Cathode and Anode indices have fallen 41.9% and 17.6% so far this year, respectively.|17.6%|change|vs-period|down",
      "As of June 20, the domestic 65% black tungsten concentrate was quoted at 172,500 RMB/metric ton-degree, up 20.8% from the beginning of the year; APT closed at 252,000 RMB/ton, with a year-to-date increase of 19.7%.|19.7%|change|vs-period|up",
      "Just since the beginning of June this year, the cost of germanium has risen by 52% to $2,280 per kilogram, as Argus notes.|52%|change|vs-period|up",
      // BNN Bloomberg, Benzinga: a month named with its year is a year back
      "Li Auto Inc., whose Hong Kong-listed stock plunged almost 10% Friday after softer fourth-quarter guidance, sold 51,443 units, still up 27% from October 2023 but shy of a monthly record.|27%|change|yoy|up",
      "However, this figure represents a 25.9% decrease compared to May 2022.|25.9%|change|yoy|down",
      // Argus: the second of two coordinated changes, quarter on quarter
      "Sales volumes in the first quarter dropped by 13pc year on year and 6pc quarter on quarter, mainly because of the timing of deliveries, it said.|6pc|change|qoq|down",
      // Argus, Karachi Chronicle, The Driven, Chosun Biz: against the previous quarter
      "MP produced 10,671t of REO contained in concentrate in the first quarter, down by 1pc from a year earlier but up by 2pc on the previous quarter.|2pc|change|qoq|up",
      "Production of neodymium and praseodymium, elements used to make permanent magnets, fell nearly 30% from the previous quarter to 1,292 tonnes.|nearly 30%|change|qoq|down",
      "Li Auto delivered 52,584 vehicles in the first quarter, up 65.8 percent year-on-year and up 13.53 percent from the fourth quarter of last year.|13.53 percent|change|qoq|up",
      "The company's ESS order backlog now stands at 120 gigawatt-hours (GWh), more than double the previous quarter, with further backlog growth expected.|more than double|change|qoq|up",
      // CECN, China Daily: verbs of change in -ing and -en
      "Last month, 109,000 NEV units were exported, jumping 81.2 percent year on year.|81.2 percent|change|yoy|up",
      "Meanwhile, the installed capacity of power batteries for NEVs has grown by 38.1 percent year-on-year, reaching 152.1 GWh.|38.1 percent|change|yoy|up",
      // Metalnomist, Teller Report, 4nownews: a reference last year
      "First-half exports fell 84pc to 267t from 1,720t last year.|84pc|change|yoy|down",
      "The number of (plug-in) hybrid cars increased by 73 percent compared to the first ten months last year.|73 percent|change|yoy|up",
      "Market participants note that although gallium supplies from China are still significant, they have halved compared to last summer.|halved|change|yoy|down",
      // Mysteel: bases paired in order with "respectively"
      "China's lithium carbonate imports stood at 28,300 tonnes in April, up 56.3% and 33.6% month-on-month and year-on-year respectively, according to data from the General Administration of Customs.|33.6%|change|yoy|up",
      "China's lithium carbonate imports stood at 28,300 tonnes in April, up 56.3% and 33.6% month-on-month and year-on-year respectively, according to data from the General Administration of Customs.|56.3%|change|mom|up",
      // SteelOrbis, TMTPost: a basis after a list holds for the whole list
      "In October this year, production and sales of automotive vehicles in China amounted to 3.359 million units and 3.322 million units, increasing by 12.1 percent and 8.8 percent year on year, while rising by 2.5 percent and 3.0 percent month on month, respectively.|2.5 percent|change|mom|up",
      "However, outputs and sales in October dropped 2.7% and 4% respectively from the previous month.|2.7%|change|mom|down",
      // DealStreetAsia: "more than triple" is no comparison with last year for the change after it
      "But its battery materials and recycling business booked a gross margin of 26.42%, more than triple the level in the first half of last year, contributing to a 1.57 percentage point increase in overall gross profit margin.|more than triple|change|yoy|up",
      "But its battery materials and recycling business booked a gross margin of 26.42%, more than triple the level in the first half of last year, contributing to a 1.57 percentage point increase in overall gross profit margin.|1.57 percentage point|change||up",
      // Squid Business: the basis after another number is that number's
      "Chinese rival BYD saw passenger vehicle deliveries set another record at 301,378 vehicles in November, up 0.09% from October and 31% from a year earlier.|0.09%|change|mom|up"})
  void classifies(String sentence, String quote, String kind, String basis, String direction) {
    List<Figure> figures = Texts.figures(DATE, sentence);
    Figure f = figures.stream().filter(x -> x.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "\" in " + figures));
    assertEquals(kind, f.kind().label(), f.toString());
    assertEquals(basis, f.basis(), f.toString());
    assertEquals(direction, f.direction(), f.toString());
  }
}
