package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure of a named body's own record, credited by the record's owner in the figure's own sentence with no verb of saying
 * (sentcredit12, round 12; {@link OwnedRecords}): "Benchmark’s Cathode and Anode indices have fallen 41.9% and 17.6%"
 * (fresh2), "below Visible Alpha’s consensus forecast of A$154 million" (fresh), "Fastmarkets cobalt hydroxide prices …
 * increased 77%" (fresh10; GUIDELINES: "Fastmarkets cobalt hydroxide prices" credits Fastmarkets). Before, each was
 * credited to nobody or carried a credit of another sentence. Real sentences of publishers outside the devset (the search
 * tool's stored pages; no site in a devset SOURCES file), the expected credit written down before the rule: the owner
 * credits the figures of the record's own clause, not a figure stated before it, and a company's or a country's own
 * results ("Tesla's share", "China's output") are no record of a source.
 */
class OwnedRecordsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 11, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aPriceReportersIndexIsItsOwn() {
    // https://stockhead.com.au/resources/eye-on-lithium-carbonate-price-rally-slows-in-march-hydroxide-maintains-momentum/
    // (Stockhead). Before: null.
    assertEquals("Benchmark", creditOf("20.3%", "Benchmark’s lithium price index was up 20.3% month-on-month for March."));
    // The same page: "own" before the record. Before: null.
    assertEquals("Benchmark", creditOf("20.3%", "Benchmark’s own price index has seen a 20.3% increase month-on-month."));
  }

  @Test
  void anAnalystsFiguresSurveyAndPredictionAreItsOwn() {
    // https://mosaic.news/ev-sales-climb-in-europe-as-global-market-picking-up-again (Mosaic): the figures' clause follows
    // the possessive; the count stated before it is no part of Rho Motion's figures. Before: null, null.
    String sentence = "The largest, Volkswagen, last month laid out plans to close at least three factories in Germany, with Rho Motion’s "
        + "figures showing EV sales in the country down 18% so far in 2024.";
    assertEquals("Rho Motion", creditOf("18%", sentence));
    assertNull(creditOf("at least three factories", sentence));
    // https://konferencjaskd2024.pl/25_10_23_18090.html (a copy of BloombergNEF's release): "finds" is no verb of the cue
    // lexicon; the survey's owner credits its figure. Before: null.
    assertEquals("BloombergNEF", creditOf("14%",
        "BloombergNEF’s annual battery price survey finds a 14% drop from 2022 to 2023."));
    // https://techstory.in/iea-predicts-1-in-5-cars-sold-globally-will-be-electric-this-year/ (TechStory): the body's
    // short form between the possessive and the record. Before: null.
    assertEquals("International Energy Agency", creditOf("almost one in five",
        "The International Energy Agency’s (IEA) prediction that almost one in five cars sold globally this year will be electric "
            + "is an optimistic outlook for the electric vehicle market."));
  }

  @Test
  void aClubsSurveyIsItsOwn() {
    // https://wkkj.iheart.com/alternate/amp/2019-05-13-survey-shows-public-uncertainty-about-electric-cars (iHeart): a
    // motoring club's survey, the share in brackets. Before: null.
    assertEquals("AAA", creditOf("59 percent", "AAA’s survey found that a majority of Americans (59 percent) were unsure of whether "
        + "electric vehicles have better range when driving at highways speeds or in traffic."));
  }

  @Test
  void aCompanysOrACountrysOwnResultsAreNoRecord() {
    // fresh8 gold (a result, credited to nobody): a share is no record.
    assertNull(creditOf("57.4 percent",
        "Tesla's share in the all-electric segment in the United States decreased to 57.4 percent from over 65 percent a year ago."));
    // A country owns no record it could be credited for (guidelines: a country is no source).
    assertEquals(List.of(), OwnedRecords.find("China’s forecast of 5% growth was met.", 0, org.claimgraph.lexicon.Lexicon.get()));
  }
}
