package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The size of a change that words stand between: a verb of change, "by" and graded words before the number ("increased by a
 * remarkable 53 per cent", "slid by a margin of 1.4%", "contracting by a total 30 percent"); a verb of change and the rate it
 * moves at ("growing at an impressive average rate of 33.5% annually", "dropped at an annual pace of 4.2 percent"); and a
 * percent set against a change with its verb left out ("fall by 6.9% versus 10.8% in 2016", "increase purchase intent by
 * 10.8%, compared to only 3.6% for discounts"). All were read as amounts or shares. The open devset splits: 14 gold figures of
 * 12 publishers have "by a/an WORDS" before the number (11 changes; the amount is "followed by an outlay of", an agent's "by"),
 * 2 fresh26 publishers the rate, 2 publishers the set-against percent; plus inflections the word list lacked ("cuts",
 * "boosting", "upped", "upward").
 */
class GradedChangeSizesTest {

  private static final LocalDate DATE = LocalDate.of(2019, 9, 10);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // emerging-europe.com (f26-e-06)
      "Demand for electric cars in Ukraine increased by a remarkable 53 per cent during the first seven months of this year in comparison with the corresponding period of 2018, Open4Business Ukraine has reported.|53 per cent|up",
      // afma.org.nz (f17-e-04)
      "The Clean Car Discount is transforming New Zealand’s vehicle fleet, with EV and hybrid adoption rising by an impressive 180%, while registrations for petrol and diesel vehicles have decreased by 30%.|180%|up",
      // businesstelegraph (f14-m-02)
      "According to the International Copper Study Group (ICSG) preliminary data reveals that global mine copper output slid by a margin of 1.4% in 1H19.|1.4%|down",
      // outside the devset: in.reuters.com/article/greece-industrialoutput-idINEMS1I5HES20140509 (Reuters)
      "Greek industry has been in decline for six consecutive years in 2008-2013, contracting by a total 30 percent from its peak.|30 percent|down",
      // outside the devset: Institute of Export & International Trade (ioe-app-web-stage-uks.azurewebsites.net/insights/trade-news/british-exports-hit-record-high)
      "Whilst the rise in exports helped narrow Britain's trade deficit by £1.8 billion in April to £2.1 billion, a separate report by the ONS showed factory output rose by a weaker than expected 0.2 per cent in April while construction output fell 1.6 per cent.|0.2 per cent|up",
      // outside the devset: urdupoint.com (Pakistan's commerce ministry)
      "He said in December 2023 alone, the deficit shrank by a significant 40% to USD 1.7 billion, representing a decrease of USD 1.141 billion compared to the previous year.|40%|down",
      // oreaco (f26-e-10), thetechnologyexpress (f26-e-11)
      "Latin America has emerged as a significant player in the global transition to electric public transportation, with its e-bus fleet growing at an impressive average rate of 33.5% annually since 2017.|33.5%|up",
      "The demand for EVs in the UAE is expected to continue rising at a compound annual rate of 30 percent between 2022 and 2028.|30 percent|up",
      // outside the devset: in.reuters.com/article/greece-industrialoutput-idINEMS1I5HES20140509 (Reuters)
      "Mining and quarry production dropped at an annual pace of 4.2 percent and manufacturing output by 1.5 percent.|4.2 percent|down",
      // arka.am (f24-m-12), motopatrol (f21-e-05): the percent set against a change
      "In addition, copper prices are expected this year to fall by 9.2% against a decline of 19.7% in 2015, prices for aluminum will fall by 6.9% versus 10.8% in 2016 and prices of iron ore are expected to decrease by 24.7 % against 42.4% in 2015.|10.8%|down",
      "In addition, copper prices are expected this year to fall by 9.2% against a decline of 19.7% in 2015, prices for aluminum will fall by 6.9% versus 10.8% in 2016 and prices of iron ore are expected to decrease by 24.7 % against 42.4% in 2015.|42.4%|down",
      "According to the study, high-tech features increase purchase intent by 10.8%, compared to only 3.6% for discounts or lower prices.|3.6%|up",
      // inflections the word list lacked: startuppakistan (f26-e-02), montsame (f20-m-01), ftmercati (f17-m-02)
      "The new policy cuts electricity rates for these stations by 44%, making it cheaper to charge electric vehicles and boosting confidence among investors.|44%|down",
      "In January, export of iron ore concentrate upped by 34 percent, reaching 815 thousand tons or USD 55.5 million.|34 percent|up",
      "The LME three-month price of copper edged upward by 0.75% to $9,951.50 per tonne on September 5.|0.75%|up"})
  void gradedSizesAreChanges(String sentence, String quote, String direction) {
    BracketedRatesTest.assertChange(DATE, sentence, quote, direction);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // ndtvprofit (f9-e-05): an agent's "by", no size of a change
      "This is followed by an outlay of Rs 1,772 crore for electric two-wheelers, and Rs 907 crore for electric three-wheelers, he said.|Rs 1,772 crore",
      // outside the devset: bbj.hu (Lithuania's industrial output): a fall set against a rise, each with its own sign
      "At the same time, output declined for mining & quarrying (-0.1% vs 8.9%), manufacturing (-0.4% vs 1.5%), and water supply, sewerage & waste management (-0.9% vs -6.1%).|8.9%",
      // fiscalnepal (f20-e-04): a rate set, no verb of change
      "For the EVs between 100-200 kW, both the customs duty and excise duty are slapped at the rate of 30 percent each.|30 percent",
      // review32a, constructed (news shape, no page found in time): a graded "by" after another verb than the change's, the
      // percent a level of the agent; was read as a change because "grew"/"rose" stood anywhere before
      "Exports grew last year, pushed by a record 95% utilization rate at the mills.|95%",
      "Output rose sharply, aided by a high 85 percent operating rate.|85 percent"})
  void otherSizesAreNot(String sentence, String quote) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
    if (quote.equals("8.9%")) {
      assertNotEquals("down", f.direction(), f.toString());
    } else {
      assertNotEquals(Kind.CHANGE, f.kind(), f.toString());
    }
  }
}
