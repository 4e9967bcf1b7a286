package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, units, scales, ranges and qualifiers as different publishers write them. */
class QuantityFinderTest {

  private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.get());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | quote | value | value_max | unit | qualifier
      "Chinese exports to the US hit 619 mt in July.|619 mt|619||tonne|",
      "Exports reached 5,577 metric tons.|5,577 metric tons|5577||tonne|",
      "Shipments totalled 3,188 tonnes in June.|3,188 tonnes|3188||tonne|",
      "China exported 3188 tons of rare earth magnets.|3188 tons|3188||tonne|",
      "Output was 12 kt last quarter.|12 kt|12||kilotonne|",
      // Battery Materials Review writes a capital K ("19.5Kt"): it was read as a bare count before round 19.
      "Chilean lithium carbonate exports remained elevated at 19.5Kt.|19.5Kt|19.5||kilotonne|",
      "Imports rose to 4,200 kg.|4,200 kg|4200||kg|",
      "NEV production reached 1.243 million units.|1.243 million units|1243000||vehicle|",
      "Factory output reached 1.2 million units.|1.2 million units|1200000||count|",
      "Each vehicle needs 2-5 kg of magnets.|2-5 kg|2|5|kg|",
      "They faced tariffs of 10%-25%.|10%-25%|10|25|percent|",
      "Sales rose 12–12.7% on the year.|12–12.7%|12|12.7|percent|",
      "The deal is worth $1.2 billion.|$1.2 billion|1200000000||USD|",
      "Prices reached US$40,000 per tonne.|US$40,000 per tonne|40000||USD/tonne|",
      "Revenue was 5 billion yuan.|5 billion yuan|5000000000||CNY|",
      "Eighty percent of the ore is processed in China.|Eighty percent|80||percent|",
      "Exports soared nearly 75% from June.|nearly 75%|75||percent|nearly",
      "China supplies more than 90% of the magnets.|more than 90%|90||percent|more than",
      "Exports jumped to more than seven times that of May.|more than seven times|7||factor|more than",
      "Output rose 1.5 percentage points.|1.5 percentage points|1.5||percentage-point|",
      "Production fell 3.4 per cent.|3.4 per cent|3.4||percent|",
      "NEV production hit 1.243 million units (+26.3% YoY).|+26.3%|26.3||percent|",
      "Some 40,000 tonnes were shipped.|Some 40,000 tonnes|40000||tonne|some",
      // other publishers (devset/quantities, tune split): units of every kind, counted nouns, ranges, shares
      "Damaging 58 mph or higher winds extend outward 100 NM to the northeast.|58 mph|58||mph|or higher",
      "Damaging 58 mph or higher winds extend outward 100 NM to the northeast.|100 NM|100||nautical-mile|",
      "Current movement is north-northwest at about 8 knots (9 mph).|about 8 knots|8||knot|about",
      "1200-2500 people died in a firestorm that generated 110+ mph winds.|1200-2500 people|1200|2500|person|",
      "Hypercanes can form when ocean temperatures exceed 120°F.|120°F|120||degF|more than",
      "The price of copper opened today at $3.89 per pound, as of 9 a.m. ET.|$3.89 per pound|3.89||USD/pound|",
      "Benchmark refined copper price: approximately $4.20–$4.50 per lb (COMEX).|approximately $4.20–$4.50 per lb|4.2|4.5|USD/pound|approximately",
      "In Krasta and Krujë, more than 50 hectares (120 acres) of forest were destroyed.|more than 50 hectares|50||hectare|more than",
      "GE has promised to create 1,000 jobs within three years of the deal.|1,000 jobs|1000||job|",
      "GE has promised to create 1,000 jobs within three years of the deal.|three years|3||year|",
      "Intel said half of the layoffs, about 6,000, will be complete by the end of this year.|half|50||percent|",
      "Nearly one in five otherwise healthy American adults have a 10% or higher risk.|Nearly one in five|20||percent|nearly",
      "Paddy procurement is going on smoothly with 44.9 lakh tonnes procured so far.|44.9 lakh tonnes|4490000||tonne|",
      "The victim, identified as a 30-year-old man, told police that he was stabbed.|30-year-old|30||year|",
      "Indonesia has rejected the proposed 5% cut (around 37 kb/d).|around 37 kb/d|37000||barrel/day|around",
      "Drought is less than 60% of normal rainfall for 8 consecutive weeks.|8 consecutive weeks|8||week|",
      "US GDP shrinks -0.3% annualized in Q1, price pressures building up.|-0.3%|-0.3||percent|",
      "Gold output was expected to be in the range of 27,000 to 32,000 ounces.|27,000 to 32,000 ounces|27000|32000|troy-ounce|",
      "The company plans to lay off between 300 and 400 workers.|between 300 and 400 workers|300|400|worker|",
      "Recovery could take 2 to 3 weeks, officials said.|2 to 3 weeks|2|3|week|",
      "Hurricane Irma two weeks ago snarled at 185 miles an hour.|two weeks|2||week|",
      "The deal is worth $1.2bn.|$1.2bn|1200000000||USD|",
      "China exported four smelters worth of capacity, and 12.3 million lb of copper.|12.3 million lb|12300000||pound|",
      "The lab produced 12 kt of lithium hydroxide.|12 kt|12||kilotonne|",
      "Exports hit 5.6 Mt last year.|5.6 Mt|5.6||megatonne|",
      "New York City saw temperatures dip well below -5C.|well below -5C|-5||degC|well below",
      "Storage capacity reached 35 gigawatt-hours in 2023.|35 gigawatt-hours|35||GWh|",
      "Uranium prices reached a high of US$136 a pound in 2007.|US$136 a pound|136||USD/pound|",
      // a noun or unit stated elsewhere in the sentence is the unit of a bare number (ElidedUnits)
      "Worldwide, total infections have reached 4.9 million, and more than 321,000 people have died.|4.9 million|4900000||infection|",
      "US jobless claims fell by 5,000 to a seasonally adjusted 180,000 for the week ending April 23.|180,000|180000||claim|",
      "The virus has killed more than 2,100 people and infected more than 74,000 in the country.|more than 74,000|74000||person|more than",
      "2017 output was now expected to be 1.3-million ounces, while 2018's expected output was now 1.46-million.|1.46-million|1460000||troy-ounce|",
      "At 250 MW capacity it boasts densities of up to 1,500 w/SF.|up to 1,500|1500||count|up to",
      "The Rare Earths MMI picked up three points, rising to a June MMI value of 22.|22|22||count|",
      // "the number of NOUNs" before a bare number names what it counts (NumberOfNouns): IBC (ibcentre, fresh18), IEA via
      // GreenTech Lead (fresh9), F5A (fresh25); outside the devset Free Press Journal (freepressjournal.in, Navi Mumbai EV
      // registrations) and EV Insight Data (evinsightdata.com, SMMT figures for September 2023)
      "Charging infrastructure has also seen substantial development, with the number of public charging stations rising to 2,834 nationwide, a 45% increase from last year.|2,834|2834||station|",
      "According to the IEA, the number of public EV chargers globally doubled since 2022, reaching over 5 million in 2024.|over 5 million|5000000||charger|over",
      "The number of newly installed charging points was over 1,200 (an increase by 8% YOY).|over 1,200|1200||chargepoint|over",
      "Similarly, the number of electric cars people bought in 2021 was 166 which was 26 in 2019.|166|166||car|",
      "Similarly, the number of electric cars people bought in 2021 was 166 which was 26 in 2019.|26|26||car|",
      "After nine months of 2023, the total number of new registrations amounted to 1,451,908 (up 20 percent year-over-year).|1,451,908|1451908||registration|",
      // left alone: "units" name no thing (thenextavenue.com after InsideEVs), "a number of" is not a count's name
      "The number of publicly available charging units (charging stations may have multiple units) in the U.S. increased to over 68,800 as of May 2019.|over 68,800|68800||count|over",
      "A number of dealers said they had 300 on their waiting lists.|300|300||count|",
      // "N of the NOUNs": the number counts the things named after it
      "As of 2024, he holds three of the seven fastest marathons in history.|three|3||marathon|",
      "Officials said 29 of the 30 regional hospitals reported shortages.|29|29||hospital|",
      // counted nouns: compounds, headline capitals, irregular plurals (counted-nouns.tsv)
      "The company operates 12 data centers across Europe.|12 data centers|12||data-center|",
      "Storm Damage Reported After 12 Tornadoes Touch Down|12 Tornadoes|12||tornado|",
      "Warehouse Fire Leaves 3 Men Injured|3 Men|3||man|",
      "The fund tracks 14 indices of emerging-market debt.|14 indices|14||index|",
      // ages bounded after the people, "younger than"
      "The shingles vaccine is recommended for adults 50 and older.|50|50||year|and older",
      "Children younger than 2 should not be given the syrup.|younger than 2|2||year|younger than",
      // temperatures written with a detached F or C, fractions of a unit, "for each"
      "Puntzi Mountain, B.C.: -22.4C (-8.3 F) shatters old record of -18.7C (-1.7 F) set in 2003|-8.3 F|-8.3||degF|",
      "A blizzard means sustained 35 mph winds with visibility under 1/4 mile lasting at least three hours.|under 1/4 mile|0.25||mile|under",
      "She is said to have finished in 5+1⁄2 hours.|5+1⁄2 hours|5.5||hour|",
      "The meteor was moving at 26 kilometres for each second as it entered the atmosphere.|26 kilometres for each second|26||km/second|",
      // money: scale letters after a currency, exchange rates, per-units after a bracketed conversion, cents of a dollar price
      "Regulators said the wind farms will cost $1.6M per megawatt.|$1.6M per megawatt|1600000||USD/MW|",
      "Prosecutors said the ring stole $30M from individuals and companies.|$30M|30000000||USD|",
      "The outlook assumes the yen to average around ¥108 to the U.S. dollar versus ¥107 previously.|¥107|107||JPY/USD|",
      "Ivory Coast raised the farmgate price to 900 CFA francs ($1.33) per kilogramme from 825 CFA francs.|900 CFA francs|900||XOF/kg|",
      "Ivory Coast raised the farmgate price to 900 CFA francs ($1.33) per kilogramme from 825 CFA francs.|$1.33|1.33||USD/kg|",
      "March arabica coffee KCc2 settled down 3.3 cents, or 2.0%, at $1.602 per lb.|3.3 cents|3.3||USc/pound|",
      "March raw sugar SBc1 settled up 0.09 cents, or 0.5%, at 19.48 cents per lb.|0.09 cents|0.09||USc/pound|",
      "1 Megawatt Powers 778 Homes!|1 Megawatt|1||MW|",
      "The 3.1TWh of battery manufacturing capacity online today is two-and-a-half times the demand.|two-and-a-half times|2.5||factor|",
      "The flight from Delhi took about one and a half hours.|about one and a half hours|1.5||hour|about",
      "The film runs 2 hrs 15 mins.|2 hrs 15 mins|2.25||hour|",
      "Fibre broadband download speeds reach 1 Gbps in the city.|1 Gbps|1||Gbit/s|",
      // a tilde range (CM Group), the Philippine peso written P (BusinessWorld, Philstar), abbreviated tonnages (Ang Minero, BusinessWorld)
      "Boosted by strong concentrate prices, mainstream domestic APT prices rose to RMB143,000~146,000/t this week.|RMB143,000~146,000/t|143000|146000|CNY/tonne|",
      "THE VALUE of the metallic minerals industry’s output in the first half rose 39.42% to P112.66 billion, driven by strong prices.|P112.66 billion|112660000000||PHP|",
      "Excise taxes from mining and mineral products dropped 12.44 percent to P96.15 million that month.|P96.15 million|96150000||PHP|",
      "Export volumes also improved, climbing to 20.66 million metric tons (MMT) from 19.83 MMT a year earlier.|19.83 MMT|19830000||tonne|",
      "This was followed by Palawan with 2.52 million DMT, Zambales with 1.71 million DMT.|1.71 million DMT|1710000||tonne|",
      "Production for the quarter was 5077 tU (100% basis), up from 4744 tU for the same period in 2023.|5077 tU|5077||tonne|",
      "Argus today assessed NdPr oxide at 433,000-438,000 yuan/t ex-works, down sharply from a multi-year high of Yn752,500/t ex-works on 1 February.|Yn752,500/t|752500||CNY/tonne|",
      // tungsten prices per metric ton unit (Republic of Mining, SMM), ore in million wet tonnes (Project Blue), charging piles (China Daily)
      "The price of ammonium paratungstate (APT) has climbed to $400 per metric ton unit (mtu) on the European spot market.|$400 per metric ton unit|400||USD/mtu|",
      "As of June 18, the European APT price was quoted at 430 USD/ton-degree, up 30.3% from the beginning of the year.|430 USD/ton-degree|430||USD/mtu|",
      "Eramet’s PT Weda Bay Nickel joint venture with Tsingshan reduced the operations’ 2024 volume target for external marketable nickel ore to 29Mwt, down from a previous 40–42Mwmt target.|40–42Mwmt|40|42|megatonne|",
      "The country aims to add 3,000 charging piles and 5,000 charging parking spaces in highway service areas this year, Li added.|3,000 charging piles|3000||charger|",
      // a zero of the measure stated before (Fastmarkets), ratings in brackets (Mirage News)
      "Flake graphite volumes to Japan fell from 6,138 tonnes in November to zero in December, while exports to the United States fell from 511 tonnes in November to zero in December.|zero|0||tonne|",
      "The EVC has graded Australia's states and territories on their EV policies with NSW now claiming the top spot (9/10), followed by the federal government and ACT (8/10), WA (7/10).|8/10|8||point|",
      // ranges: "ranging from" (SMM, Rinnovabili, Autocar Professional), number words (Metals Wire), a lower end without its thousands (Project Blue)
      "Other tungsten intermediates and downstream products generally followed the rise, with increases ranging from 19% to 21%.|19% to 21%|19|21|percent|",
      "Tariffs on steel, aluminium and personal protective equipment – which range from zero to 7.5% – will rise to 25%.|zero to 7.5%|0|7.5|percent|",
      "This requirement is expected to delay shipments, with licenses typically taking two to three months to secure.|two to three months|2|3|month|",
      "Restricting ore supply has been viewed as a potential tool for Indonesian authorities to address the oversupply in the global nickel market and support prices, which have hovered around the US$14–16,000/t mark for several months.|US$14–16,000/t|14000|16000|USD/tonne|around",
      "That means enough water is being pumped into the reservoir to fill an average 15-16,000 gallon swimming pool every two seconds.|15-16,000 gallon|15000|16000|gallon|",
      "At Kalgoorlie, Mineral Resources and Ganfeng plan to build a lithium-hydroxide plant to produce 20,000-25,000 tpy of battery-grade lithium hydroxide.|20,000-25,000 tpy|20000|25000|tonne/year|",
      // a percent sign whose space after it was lost (smoke16: mobility21.cmu.edu/electric-vehicle-sales-in-the-us-rise-by-largest-amount-ever-in-august/)
      "Overall, 93,197 plug-ins have been sold, which is up 29%over the 72,270 moved last year.|29%|29||percent|",
      // smoke17, each read alone: a currency code glued to its dollar sign (theskylark.org/2019/11/12/electric-car-batteries-are-only-13-the-price-they-were-10-years-ago/)
      "In 2010, the average cost for a 100kWh battery (large for an electric car) would have been USD$110,000.|USD$110,000|110000||USD|",
      // a count "a year ago" is a base, no rate (financialexpress.com/express-mobility/vehicles/2-wheelers/indias-top-10-electric-two-wheeler-manufacturers-in-april/2525233/)
      "The overall sales of electric two-wheeler were 49,166 units, compared to 5,132 units a year ago, and 49,642 units in the previous month.|5,132 units|5132||vehicle|",
      // energy with the SI space between its unit symbols (cen.acs.org/energy/energy-storage-/Tesla-plans-big-US-battery/101/i4)
      "The electric carmaker Tesla is adding 100 GW h of battery production capacity at its Nevada manufacturing facility, nearly quadrupling its current capacity of 35 GW h.|100 GW h|100||GWh|",
      "The electric carmaker Tesla is adding 100 GW h of battery production capacity at its Nevada manufacturing facility, nearly quadrupling its current capacity of 35 GW h.|35 GW h|35||GWh|",
      // "10-plus years" is a span of years, as "110+ mph" is miles an hour (torquenews.com/11826/tesla-shares-analyst-vehicle-delivery-consensus-it-works-lower-expectations-ahead-quarterly)
      "For instance, last Quarter Tesla posted the best vehicle production and delivery number in the company's 10-plus years history.|10-plus years|10||year|"})
  void readsQuantities(String sentence, String quote, double value, Double max, String unit, String qualifier) {
    List<Quantity> qs = FINDER.find(sentence, 100);
    Quantity q = qs.stream().filter(x -> sentence.substring(x.start() - 100, x.end() - 100).equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + quote + "\" in " + qs + " of: " + sentence));
    assertEquals(value, q.value(), 1e-9);
    assertEquals(max, q.valueMax());
    assertEquals(unit, q.unit());
    assertEquals(qualifier, q.qualifier());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "On May 10, 2023, in Shanghai, a brand day was held.",
      "According to a report by Reuters on July 20th, exports rebounded.",
      "In 2024, profits grew.",
      "The F-35 program faced stagnation risks.",
      "Section 232 tariffs apply to imports.",
      "Beijing issued a third batch of bonds.",
      "A year ago, exports rebounded sharply.",
      "Two months later, exports rebounded sharply.",
      "One of the largest producers said so.",
      "The meeting starts at 10:30 on Monday.",
      "In the first 10 months of the year, trade slowed.",
      // other publishers: codes, phone numbers, list numbering, scores, seasons, record ages
      "8505.11.00.70 Sintered neodymium-iron-boron magnets",
      "The telephone number is 301-496-7631, the same number used during normal working hours.",
      "Colombia got off to an impressive start with a 3-0 victory over Venezuela.",
      "This year's procurement exceeded the previous high achieved in the full 2020-21 marketing year.",
      "U.S. copper futures jumped to the highest in nearly nine months.",
      "Savannah got its first snowfall in seven years.",
      "Oil prices hit a six-month high on Friday.",
      "Officers responded to a reported assault near 113 Avenue.",
      "The import falls under HS code 85051110.",
      "The storm made landfall around 9 p.m. ET on Saturday.",
      "It was the hottest day in the city in 20 years.",
      "It was the closest encounter by such a massive space rock in more than three decades.",
      "Arabica stocks climbed to a 7-1/2-month high on Feb. 8.",
      "The new estimates (Tables 1 and 2 in Appendix) include drill results.",
      "10 Kylian Mbappe: cost per goal",
      "Police said the victim was in her 30s.",
      "Average weekly wages grew in the three months to June.",
      "The figures cover the period from August 1 to 10.",
      // things named before counted again (Zambian Observer, Plawiuk), zero in a name (SMMT), an ordinal "second" (Yonhap)
      "Industry warns delay on Zero Emission Vehicle Mandate details puts decarbonisation goals at risk.",
      "According to SNE Research, global EV battery usage fell for a second straight month.",
      // a P before a bare number is no peso (bassexp.com glossary)
      "Using P90, P50, and P10 gives a range of outcomes from conservative to optimistic.",
      // an ad script printed as text, its exponent no figure (smoke16: hdmune.cn/news/detail/12560605375505)
      "var rnd = window.rnd || Math.floor(Math.random() * 10e6);",
      // smoke17: the number of a numbered list, a sentence of its own (greencarcongress.com/2023/10/china-to-restrict-export-of-graphite.html)
      "1.", "2.",
      // a number in a product's name before a vehicle noun the lexicon reads as a unit (review17), as "Model 3 cars" is:
      // https://driveteslacanada.ca/model-3/tesla-model-3-price-drop-equals-big-demand-in-china/
      "Elon Musk was in China last week to help deliver the first made-in-China Model 3 vehicles to Chinese customers at a ceremony "
          + "at Gigafactory Shanghai."})
  void skipsDatesOrdinalsNamesAndWords(String sentence) {
    assertEquals(List.of(), FINDER.find(sentence, 0), sentence);
  }

  @Test
  void aCountBeforeAProductNameStays() {
    // https://www.autotimesnews.com/tesla-began-shipping-chinese-model-3-electric-cars/: the 15 cars are counted, the model's 3 is its name
    List<Quantity> qs = FINDER.find("As the corporation noted on Twitter, the debut 15 Tesla Model 3 electric cars produced by a Chinese "
        + "company found their owners.", 0);
    assertEquals(1, qs.size(), qs.toString());
    assertEquals(15, qs.get(0).value());
  }

  @Test
  void doubledIsAFactor() {
    List<Quantity> qs = FINDER.find("Imports more than doubled in March.", 0);
    assertEquals(1, qs.size());
    assertEquals(2, qs.get(0).value());
    assertEquals("factor", qs.get(0).unit());
    assertEquals("more than", qs.get(0).qualifier());
  }

  @Test
  void signsAreKept() {
    Quantity q = FINDER.find("Sales: +27.4% YoY; output −3.1%", 0).get(0);
    assertEquals('+', q.signed());
    assertNull(q.valueMax());
    assertTrue(FINDER.find("output −3.1% YoY", 0).get(0).signed() == '-');
  }

  /**
   * Thousands grouped by spaces (South African, French and many African publishers' style) in every place a number is
   * read: after "to" a second grouped number once threw NumberFormatException, and the whole article was lost.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Output fell 3.2% year-on-year to 412 118 tonnes and exports rose 11.4% to 23 556 tonnes.|412 118 tonnes|412118",
      "Output fell 3.2% year-on-year to 412 118 tonnes and exports rose 11.4% to 23 556 tonnes.|23 556 tonnes|23556",
      "Refined output rose by 470 000 t to 675 000 t over the decade.|675 000 t|675000",
      "Sales were between 12 500\u00a0t and 14 000\u00a0t a month.|12 500|12500",
      "The mine produced 1 250 000 tonnes, 12 500 t more than in 2021.|12 500 t|12500",
      // figures32: a decimal point or comma after the groups, and a group run before a comma or a full stop (fresh12 Harare
      // Post; outside the devset the Financial Gazette, fingaz.co.zw/2023/01/08/mining-posts-growth-in-q3, and Newsday,
      // newsday.co.zw/2018/05/chrome-ore-spurs-minerals-sales/)
      "Bikita Minerals contributed about 64% of the total Lithium exports comprising of Petalite which is valued at US$219 596 062.14 and Spodumene valued at US$18 114 700, said the contact.|US$219 596 062.14|219596062.14",
      "Bikita Minerals contributed about 64% of the total Lithium exports comprising of Petalite which is valued at US$219 596 062.14 and Spodumene valued at US$18 114 700, said the contact.|US$18 114 700|18114700",
      "According to current central bank data, gold output rose by 8,5 percent to 10 222,9 tonnes in the period under review.|10 222,9 tonnes|10222.9",
      "HCFC earned $80 624, chrome concentrates raked in $30 425, nickel $23 878 and diamonds $22 998.|$80 624|80624",
      "Last year, in the same period, the minerals earned $511 403.|$511 403|511403"})
  void spaceGroupedThousandsEverywhere(String sentence, String quote, double value) {
    String s = sentence.replace("\\u00a0", "\u00a0");
    List<Quantity> qs = FINDER.find(s, 0);
    assertTrue(qs.stream().anyMatch(q -> s.substring(q.start(), q.end()).replace('\u00a0', ' ').startsWith(quote) && q.value() == value),
        () -> "no " + quote + " = " + value + " in " + qs);
  }
}
