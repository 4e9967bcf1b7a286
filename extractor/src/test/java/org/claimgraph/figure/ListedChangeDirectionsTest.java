package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percent change whose own clause names no word of change takes the direction of the nearest word of change in its
 * sentence: the later steps of a list written under one verb ("falls of 14.2 per cent in October, 17.2 per cent in
 * September", "an increase of 3.0%, including 2.7% … and 3.5% …"). Real sentences of publishers outside the development set
 * (USGS, Xinhua, City A.M., Outdoor Industry Compass, MarketScreener, Ward's, Eyewear Intelligence), each annotated (kind
 * change, direction) before the rule was written: the first five were already right (lists under one verb that the clause
 * rules reach) and must stay so; the rest had no direction. Two are read alone too.
 */
class ListedChangeDirectionsTest {

  private static final LocalDate DATE = LocalDate.of(2020, 4, 14);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // docslib.org/doc/4006682/copper-in-1997 (USGS): change, up, both
      "Domestic production and consumption of refined copper rose by about 5% and 7%, respectively, both reaching record-high levels.|7%|up",
      // pdfslide.us … usgs-mineral-resources-1999-221-copper (USGS): change, down, both
      "U.S. copper smelter and refinery production also plummeted, falling by 25% and 15%, respectively, owing to the combined impact of mine cutbacks and low prices.|15%|down",
      // infosurhoy.com/economy/chinas-non-ferrous-metal-output-grows-3-9-pct/ (Xinhua): change, up, both
      "The output of copper and lead surged 10.82 percent and 16.59 percent to 8.88 million tonnes and 5.2 million tonnes respectively during the period.|16.59 percent|up",
      // cityam.com/article/car-registrations-driven-down-eu-18th-month-row (ACEA): change, down
      "Registration of light commercial vehicles across Europe fell 25.5 per cent, buses and coaches by 30.7 per cent, and heavy truck registration plummeted 56.8 per cent from October last year.|30.7 per cent|down",
      // oicompass.com/lafuma-declines-by-124/47448.article: change, down
      "The Mountain & Outdoor segment's sales declined by 12.7 percent in constant currencies and by 14.0 percent in euros, down to €76.7 million.|14.0 percent|down",
      // marketscreener.com Somfy, sales for the first nine months of 2018 (2018-10-18): changes, up (the later steps of "an increase of")
      "Group sales totalled €859.2 million for the first nine months of the financial year, an increase of 3.0% based on restated data (excluding Dooya), including 2.7% over the first six months and 3.5% over the third quarter, and of 5.1% on a like-for-like basis, including 5.2% over the first six months and 4.9% over the third quarter.|3.5%|up",
      "Group sales totalled €859.2 million for the first nine months of the financial year, an increase of 3.0% based on restated data (excluding Dooya), including 2.7% over the first six months and 3.5% over the third quarter, and of 5.1% on a like-for-like basis, including 5.2% over the first six months and 4.9% over the third quarter.|4.9%|up",
      // wardsauto.com/news-analysis/early-reports-show-strong-march-sales: change, up ("17 straight increases, several well over 50%")
      "Toyota Motor Sales U.S.A. Inc. recorded its 11th straight increase over year-ago with a 10.6% rise, while Volkswagen of America Inc. — up 48.1% from last year — has had 17 straight increases, several well over 50%.|well over 50%|up",
      // ewintelligence.com/essilor-predicts-organic-growth-of-5-or-more-for-all-of-2004/24241.article (the excerpt's sentence, cut after Japan): changes, up
      "Still in local currencies, the Asia-Pacific region sported a nice 15.4 percent sales increase for the 9 months, with gains in the 3rd quarter of about 10 percent in Australia and New Zealand, 13 percent in Japan.|13 percent|up",
      "Still in local currencies, the Asia-Pacific region sported a nice 15.4 percent sales increase for the 9 months, with gains in the 3rd quarter of about 10 percent in Australia and New Zealand, 13 percent in Japan.|about 10 percent|up"})
  void listedChangesTakeTheirListsDirection(String sentence, String quote, String direction) {
    BracketedRatesTest.assertChange(DATE, sentence, quote, direction);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // alone (no page, no date): the same lists, the same directions
      "Still in local currencies, the Asia-Pacific region sported a nice 15.4 percent sales increase for the 9 months, with gains in the 3rd quarter of about 10 percent in Australia and New Zealand, 13 percent in Japan.|13 percent|up",
      "Toyota Motor Sales U.S.A. Inc. recorded its 11th straight increase over year-ago with a 10.6% rise, while Volkswagen of America Inc. — up 48.1% from last year — has had 17 straight increases, several well over 50%.|well over 50%|up"})
  void alone(String sentence, String quote, String direction) {
    BracketedRatesTest.assertChange(null, sentence, quote, direction);
  }
}
