package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page that names its country at least three times is about that country, however often it names foreign carmakers
 * (whose homes counted as mentions of their countries): its figures naming no place are the country's market's
 * (devset/GUIDELINES.md, "Places": units a carmaker sells in a market are the market's). Pages of publishers outside the
 * devset (search tool, corpus pages), as published; the expected places were written down before the rule.
 */
class NamedCountryPagesTest {

  @Test
  void anAustralianMarketPageNamingTeslaMoreOften() {
    // drive.com.au (Drive, 2023-04-06, "Australia's best-selling electric cars of 2023 so far").
    LocalDate d = LocalDate.of(2023, 4, 6);
    String[] page = {
        "Tesla continues its electric-car sales dominance in Australia, but there's a close battle for the positions behind – and close to "
            + "90 per cent of electric vehicles sold were built in China.",
        "Three in five electric vehicles sold in Australia so far this year have worn Tesla badges – as sales of battery-powered cars more "
            + "than triple compared to the same period last year.",
        "Data published by the Federal Chamber of Automotive Industries (FCAI) industry body shows 17,396 battery-electric vehicles have "
            + "been reported as sold so far this year, up 220 per cent on the same period the year prior.",
        "March 2023 is the first time electric-car sales in one month can be accurately compared to the same month the previous year, as "
            + "US electric-car specialist Tesla only begun reporting its sales (deliveries) data to the FCAI last March.",
        "Tesla sales (deliveries) are up 136 per cent compared to the first three months of last year, though in March the company's "
            + "deliveries are only up 16 per cent, as it starts to move away from shipping vehicles in large batches, rather than "
            + "progressively through the year.",
        "Behind Tesla in the Australian electric-car sales race is the BYD Atto 3 from China – deliveries of which began in September 2022 "
            + "– with 2098 examples reported as delivered since the start of 2023."};
    assertEquals(List.of("AU"), Texts.place(d, "17,396 battery-electric vehicles", page));
    assertEquals(List.of("AU"), Texts.place(d, "220 per cent", page));
  }

  @Test
  void anAustralianPageOfHalfYearFigures() {
    // zecar.com (2023, "Electric Car Sales Soar for the first 6 months of 2023").
    String[] zecar = {
        "Leading the charge is the Tesla Model Y, which has leapfrogged the Ford Ranger to become the second best-selling car of any type "
            + "in Australia.",
        "The Tesla Model Y's success is not an anomaly. Tesla, as a brand, led the market with a whopping 7,018 sales during June, marking "
            + "their biggest month of sales in 2023. So far this year, Tesla has sold 25,577 EVs in Australia, which exceeds Tesla’s 2022 "
            + "total national sales and accounts for 60% of the EV total of 43,092 in the first six months of the year.",
        "But Tesla isn't the only player in the game. Chinese automaker BYD is also making waves in the Australian market. BYD had its best "
            + "month of sales so far with 1,532 sales in June, bringing the total year-to-date sales to 6,196.",
        "When we look at the broader landscape of EV sales in Australia for June 2023, the diversity of models and brands is striking.",
        "The future of EVs in Australia looks bright."};
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2023, 7, 10), "7,018 sales", zecar));
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2023, 7, 10), "1,532 sales", zecar));
  }

  @Test
  void anAustralianPageOfMonthlyFigures() {
    // thedriven.io (The Driven, 2023-08-03, "Model Y drops back to fourth most popular new car in July, EV sales at 7 pct").
    String[] driven = {
        "The Tesla Model Y dropped back from second place to fourth place in the rankings of new car sales in Australia for the month of "
            + "July, as the share of full battery electrics also eased to 7.0 per cent.",
        "In June, the Model Y electric SUV became the top selling passenger vehicle for the first time in Australia, and second in overall "
            + "sales behind the Toyota Hi-Lux ute.",
        "The V-Facts data shows that 7.0 per cent of new car sales in July were full electric, down from a record 8.8 per cent in June. "
            + "A further 10.9 per cent were hybrid or plug in hybrid vehicles.",
        "Tesla was the top ranking EV brand, and eighth most popular brand overall, with 3,934 sales for the month, including 604 Model 3 "
            + "sales. It had a 4.1 per cent share of the market in July.",
        "BYD again had a strong month, with the Atto 3 electric SUV totalling 1,005 sales. This brings the total year-to-date sales to 7,201. "
            + "The Atto 3 has overtaken the Tesla Model 3 electric sedan, reflecting the overall shift to SUVs over passenger cars.",
        "New data from the Federated Chamber of Automative Industries V-Facts service says Australia enjoyed a record July month for new "
            + "vehicle sales of 96,859, with more than 58 per cent of new car buyers choosing SUVs.",
        "Polestar also had its best-selling month for the year with 306 sales in July."};
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2023, 8, 3), "10.9 per cent", driven));
  }

  @Test
  void anAustralianPageOfTeslasQuarter() {
    // ilovetesla.com (2023-10, "Tesla Model Y best-selling passenger car in Australia, Q3 2023").
    String[] page = {
        "The Tesla Model Y topped passenger car sales in Australia. The Land Down Under has been smashing milestone after milestone in the "
            + "pure battery electric vehicle (BEV) segment this year, with 65,000 BEVs sold year-to-date.",
        "Electric vehicles made up 8% of total car sales in Australia last month, up 21% year-over-year. Meanwhile, plug-in hybrid and "
            + "hybrid sales made up 18.3% market share.",
        "Tesla Model Y outsold other battery electric vehicles and diesel/gas passenger cars in the Australian market. In September, Tesla "
            + "sold 3,811 Model Y units behind the Ford Ranger and the Toyota Hilux. The EV manufacturer has sold a total of 23,457 Model Y "
            + "units in Australia this year so far.",
        "Last month, the Tesla Model 3 was Australia’s second best-selling BEV, with approximately 1,366 units sold. The Driven calculated "
            + "that Tesla has sold 14,540 Model 3 units this year. Tesla Model 3 Highland deliveries are expected to start in January 2024."};
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2023, 10, 5), "18.3%", page));
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2023, 10, 5), "14,540", page));
  }

  @Test
  void anAustralianPageOfTheQuarterByBrand() {
    // automundochina.com (a copy of carsales.com.au, 2024-04, "Chinese and Korean brands catching Tesla").
    String[] page = {
        "Tesla continues to dominate electric vehicle sales in Australia, but its share of the growing EV market has slipped just below "
            + "50 per cent, allowing 29 other brands to fight over the remaining half of the segment.",
        "Second on the sales charts was the Tesla Model 3 sedan (5954) followed by two BYDs – the Atto 3 small SUV (2220) and Seal sedan "
            + "(1573) – and the MG4 (1335) and BYD Dolphin (688) hatchbacks.",
        "Australians bought 25,591 battery-electric vehicles in the first three months of 2024, representing 8.4 per cent of the market.",
        "The growth is being led by newcomer EV brands, predominantly Tesla and BYD. Between them they accounted for more than two-thirds "
            + "of all EVs sold in the first quarter.",
        "Of course, the numbers are pumped up by Tesla, but even in isolation other luxury brands perform strongly.",
        "Tesla sold half of all EVs in Australia so far this year, but MG and BYD are making inroads."};
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2024, 4, 4), "more than two-thirds", page));
  }
}
