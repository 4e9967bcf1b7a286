package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named firm's nationality is its home, not a place of the figures it reports, however many words describe its trade
 * ("Swedish market research firm EV-Volumes", "Norwegian analytical agency Rystad Energy", "U.S. electric car maker
 * Tesla"): devset/GUIDELINES-ev.md "Places" (a source's home is none of the figure's places; a carmaker's units sold
 * in a market are the market's). Sentences of publishers outside the devset, found with the search tool's pages.
 */
class FirmHomesTest {

  @Test
  void anAnalystsHomeIsNoPlace() {
    // urdupoint.com (UrduPoint News / Sputnik), 2021-11-09: Rystad Energy's global forecast.
    String s = "Global sales of electric vehicles will reach 7 million, and their share of the total new car market will exceed 10% by the end of the year, "
        + "Norwegian analytical agency Rystad Energy said on Monday.";
    assertEquals(List.of(), Texts.place(LocalDate.of(2021, 11, 9), "7 million", s));
    assertEquals(List.of(), Texts.place(LocalDate.of(2021, 11, 9), "10%", s));
  }

  @Test
  void aCarmakersHomeIsNotTheMarket() {
    // evnewstopic.com (EV News Topic), 2022-02: Tesla's China-built and BYD's sales in China in January.
    String s = "U.S. electric car maker Tesla sold 59,845 vehicles built in China in January, while Chinese automaker BYD sold 93,101 electric cars in the same month.";
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2022, 2, 10), "59,845 vehicles", s));
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2022, 2, 10), "93,101 electric cars", s));
  }

  @Test
  void aCountryBeforeAPhraseNamingTheFirmStaysAPlace() {
    // review6 (written for the test): "by state company Antam" names the exporter's firm, not Indonesia's home as a nationality
    String s = "Exports of nickel from Indonesia by state company Antam rose 5% to 20,000 tonnes.";
    assertEquals(List.of("ID"), Texts.place(LocalDate.of(2024, 8, 15), "20,000 tonnes", s));
  }
}
