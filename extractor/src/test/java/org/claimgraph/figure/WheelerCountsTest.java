package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two- and three-wheelers are counted vehicles (GUIDELINES.md: every counted vehicle is {@code vehicle}; the open gold writes
 * f-e-09's two-wheeler units so). Written with a hyphen the noun was never read (the plural rule skips hyphenated words), so
 * "51,586 electric two-wheelers" was a bare count (smoke17). Sentences of publishers outside the development set; the
 * expected units were written before the lexicon rows.
 */
class WheelerCountsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 10, 5);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // thevegh.com/news/electric-bike-sales-continue-to-rise-in-the-indian-market/
      "51,586 electric two-wheelers were registered in September, according to data from the government's Vahan portal.|51,586|vehicle",
      // infralive.com/web/tvs-bajaj-notch-up-over-10k-registrations-of-electric-two-wheelers-in-nov
      "India's incumbent two-wheeler players, led by TVS Motors, are flexing their muscles, having crossed the registration of 10,000"
          + " electric two-wheelers for the first time in November this year.|10,000|vehicle",
      // business-standard.com/amp/industry/auto/two-states-breach-niti-aayog-s-e3w-target-seven-years-ahead-of-plan-123062101326_1.html
      "A total of 227,453 electric three-wheelers (e3Ws) have been sold so far this year, an 77 per cent increase from 128,094 in the"
          + " same period of last year.|227,453|vehicle",
      "With sales of 116,357 three-wheelers, Uttar Pradesh is the largest market with a share of 26 per cent of all three-wheelers"
          + " sold in the country.|116,357|vehicle",
      // livemint.com/industry/evs-cornered-60-of-india-s-three-wheeler-market-mahindra-emissions-incentives-erickshaw-11764051479673.html
      "Of the 1.1 million three-wheelers sold in India this calender year, more than 687,000 or about 60% were electric vehicles"
          + " (EVs), government data showed.|1.1 million|vehicle"})
  void aWheelerIsAVehicle(String sentence, String quote, String unit) {
    Figure f = Texts.figures(DATE, sentence).stream().filter(x -> x.evidence().quote().startsWith(quote)).findFirst()
        .orElseThrow(() -> new AssertionError(quote + " in " + Texts.figures(DATE, sentence)));
    assertEquals(unit, f.quantity().unit(), sentence);
  }
}
