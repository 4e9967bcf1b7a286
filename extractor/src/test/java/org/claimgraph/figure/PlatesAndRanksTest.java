package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers that name things, not quantities (corpus/gold/GUIDELINES.md: "top five destinations" is no figure; GUIDELINES.md,
 * fresh5 notes: "‘74’ and 74-plate are plate names"): a UK registration plate's age identifier and a rank ("the world's top
 * two producers", "the world’s three largest producers"). Sentences of publishers outside the development set.
 */
class PlatesAndRanksTest {

  private static final LocalDate DATE = LocalDate.of(2024, 8, 15);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // gbnews.com/lifestyle/cars/number-plate-changes-september-fines
      "From September 1, drivers around the country looking to invest in a vehicle will see the new \"74\" licence plate adorning cars across forecourts.|74",
      "This is one of two dates when new number plates are released, with the \"24\" registration plate having been introduced on March 1.|24",
      // regtransfers.co.uk/content/uk-number-plate-news-august-2024
      "The new 74 plates can be displayed from 1st September.|74",
      // metrocarblog.blogspot.com/2018/09/no-68-reg.html
      "On the 1st, the new 68 registration plates came out.|68",
      // centreforjournalismprojects.co.uk (Voice of Kent, SMMT September 2019)
      "New car registrations rose by 270% between August and September, spurred on by the new ‘69’ reg, statistics show.|69",
      // oil-store.co.uk/blog/russia-becomes-worlds-number-two-oil-producer/
      "It’s likely to be some time before it is truly clear what the world’s three largest producers of oil can really do.|three",
      // opportimes.com/the-10-largest-oil-producers-in-the-world/
      "The world’s top 10 oil producers in 2019 were led by the United States, Saudi Arabia and Russia.|10",
      // centreforjournalismprojects.co.uk (as above)
      "The report also features the UK’s top 10 most popular new cars in September.|10"})
  void namesAndRanksAreNoFigures(String sentence, String number) {
    List<Figure> figures = Texts.figures(DATE, sentence);
    assertTrue(figures.stream().noneMatch(f -> f.evidence().quote().matches("(?i)(?:.*\\s)?" + number + "\\b.*")
        && f.quantity().value() < 100), figures.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // negatives: the counts and changes beside them stay figures
      "New car registrations rose by 270% between August and September, spurred on by the new ‘69’ reg, statistics show.|270%",
      // panoramaoffshore.com.br (JODI data, 2016)
      "The United States ranked third on the list of major producers, with about 8.8 million units.|about 8.8 million units",
      "The company sold 74 cars last month.|74 cars",
      // "top" as a verb (review6; written for the test): the figure it exceeds stays
      "Battery storage installations top 5 GW in the quarter.|5 GW",
      "China's solar exports top 15 GW a month.|15 GW a month"})
  void countsBesideThemStay(String sentence, String quote) {
    assertFalse(Texts.figures(DATE, sentence).stream().noneMatch(f -> f.evidence().quote().equals(quote)));
  }
}
