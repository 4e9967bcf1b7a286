package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A basis stated once for coordinated changes of one sentence holds for all of them (GUIDELINES.md, "Bases": "fell by 28.7% in
 * September compared to August, while exports to Vietnam rose by 57.5%" → both m/m), whatever words stated it, not only a
 * "year-on-year" near the second; and a change written without a verb of its own continues the direction of the change before
 * it ("fell by 2.3%, …, of which in electricity and gas supply by 12.7%"). The first runs of fresh, fresh4, fresh5, fresh6,
 * fresh7, fresh9 and fresh10 left such bases or directions null (kind11, round 11). Sentences of publishers outside the
 * development set; the expected readings were written before the rule.
 */
class CoordinatedBasesTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // news.gov.hk/eng/2018/05/20180510/20180510_165813_793.html (Census & Statistics Department)
      "2018-05-10|For the first quarter of 2018, the volume of total exports of goods was up 7.3% over the same period last year, while that of goods imports rose 8.2%.|8.2%|yoy|up",
      "2018-05-10|On a seasonally adjusted basis, the volume of total exports of goods increased 2.2% in the first quarter of the year compared with the fourth quarter of 2017, while goods imports increased 2.9%.|2.9%|qoq|up",
      // sloveniatimes.com/7071/industrial-output-down-0-7-in-february
      "2014-04-10|Output in electricity, gas and steam supply was meanwhile by 1.4% higher than in January, while it was down by 11.9% in mining and quarrying.|11.9%|mom|down",
      // baltic-course.com/eng/analytics/?doc=152962 (Central Statistical Bureau of Latvia)
      // (a reference leading the sentence is read against the figure's period: October against September is m/m)
      "2019-12-10|Compared to September 2019, in October 2019 industrial production output fell by 2.3%, (according to seasonally adjusted data at constant prices), of which in electricity and gas supply by 12.7%, whereas in mining and quarrying there was an increase of 0.6%.|2.3%|mom|down",
      "2019-12-10|Compared to September 2019, in October 2019 industrial production output fell by 2.3%, (according to seasonally adjusted data at constant prices), of which in electricity and gas supply by 12.7%, whereas in mining and quarrying there was an increase of 0.6%.|12.7%|mom|down",
      "2019-12-10|Compared to September 2019, in October 2019 industrial production output fell by 2.3%, (according to seasonally adjusted data at constant prices), of which in electricity and gas supply by 12.7%, whereas in mining and quarrying there was an increase of 0.6%.|0.6%|mom|up",
      // forumchinaplp.org.mo/en/economic_trade/view/3144 (Xinhua)
      "2016-07-13|Judged year-on-year, in the first half of 2016, the value of exports dropped 2.1 percent, while that for imports slipped 4.7 percent.|4.7 percent|yoy|down",
      // reuters.com/article/eurozone-output-idUSL6N0TW1D720141212: each change with its own basis keeps it
      "2014-12-12|Energy output fell 1.9 percent month-on-month and 2.5 percent year-on-year.|2.5 percent|yoy|down",
      // autos.ca/auto-news/general-news/hybrid-sales-up-52-per-cent-in-february-in-u-s/: no basis stated, none carried
      "2007-03-07|The Honda Civic climbed 8 per cent to 1,924 units, while the Accord Hybrid was down 60 per cent at 312 units.|60 per cent|null|down"})
  void aBasisStatedOnceHoldsForTheCoordinatedChanges(String date, String sentence, String quote, String basis, String direction) {
    Figure f = PeriodRulesTest.figure(Texts.figures(LocalDate.parse(date), sentence), quote);
    assertEquals(Kind.CHANGE, f.kind());
    assertEquals(basis, f.basis());
    assertEquals(direction, f.direction());
  }
}
