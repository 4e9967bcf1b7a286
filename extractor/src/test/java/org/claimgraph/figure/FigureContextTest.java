package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period, countries and credited source of one figure, on sentences shaped like other publishers'. */
class FigureContextTest {

  private static final LocalDate DATE = LocalDate.of(2025, 8, 21);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | quote | period | place (space separated) | attributed to
      "In July, Chinese exports to the US hit 619 mt, up 75.5% over June, according to a Platts analysis of customs data.|619 mt|2025-07|CN US|a Platts analysis of customs data",
      "US imports from China hit a mere 46 mt in May.|46 mt|2025-05|CN US|",
      "China's exports of gallium fell 38% in September from a month earlier to 1.2 metric tons, customs data showed on Monday.|1.2 metric tons|2024-09|CN|customs data",
      "From January to July 2025, the value of China's rare earth exports decreased by 23.3% year-on-year.|23.3%|2025-01/2025-07|CN|",
      "In the first half of 2025, China's total export of rare earth magnets was 22,319 tons, a year-on-year decrease of 18.9%.|22,319 tons|2025-01/2025-06|CN|",
      "Japan's imports of rare earth magnets from China rose 12% last month, data from the Ministry of Finance showed.|12%|2025-07|CN JP|the Ministry of Finance",
      "Germany imported 1,116 tons in July, a 46% increase from June, as per the General Administration of Customs.|1,116 tons|2025-07|DE|the General Administration of Customs",
      "Australia shipped 2.1 million tonnes of spodumene to China in Q2 2025, according to the Department of Industry.|2.1 million tonnes|2025-04/2025-06|AU CN|the Department of Industry",
      "Lithium output in Chile rose 9% year-to-date, Cochilco said.|9%|2025-01/2025-07|CL|Cochilco",
      "China mined 61% of the world's rare earths in 2024, according to the International Energy Agency's 2025 outlook.|61%|2024|CN|the International Energy Agency's 2025 outlook",
      "Germany's imports slid 12.4 per cent month-on-month to 1,020 tonnes in September, according to Destatis.|12.4 per cent|2024-09|DE|Destatis",
      "China's rare earth exports fell 23% in October to 4,394.7 tonnes, customs data showed on Friday.|4,394.7 tonnes|2024-10|CN|customs data",
      "Exports of rare earths rose 20% in July, said the China Nonferrous Metals Industry Association.|20%|2025-07|CN|the China Nonferrous Metals Industry Association",
      "In the first 10 months of the year, exports from Chile totalled 48,235 tonnes, down 3.4%.|48,235 tonnes|2024-01/2024-10|CL|",
      "Exports in the first seven months of 2025 rose 4% to 31,000 tonnes.|31,000 tonnes|2025-01/2025-07||",
      // not "late 2022": the level prices have plunged to is the page's month (as "Terbium … has climbed to $3,600 per kilogram", m-20)
      "Lithium prices have plunged more than 80% since late 2022 to about $9,000 a ton.|about $9,000 a ton|2025-08||",
      "Overall, China exported 3188 tons in June, a 157.5% increase from 1238 tons in May, but still down 38.1% compared to the same period in 2024.|38.1%|2025-06|CN|",
      "Overall, China exported 3188 tons in June, a 157.5% increase from 1238 tons in May, but still down 38.1% compared to the same period in 2024.|1238 tons|2025-05|CN|"})
  void resolvesContext(String sentence, String quote, String period, String place, String source) {
    List<Figure> figures = Texts.figures(DATE, sentence);
    Figure f = figures.stream().filter(x -> x.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "\" in " + figures));
    assertEquals(period, f.period(), f.toString());
    assertEquals(place == null ? List.of() : List.of(place.split(" ")), f.place(), f.toString());
    assertEquals(source, f.attribution() == null ? null : f.attribution().source(), f.toString());
  }
}
