package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The ACT" is the Australian Capital Territory, so its figures are Australia's (devset/GUIDELINES-ev.md: "A figure for the ACT
 * gets AU"; subdivisions.tsv). Australian EV news names the territory by its short form: five publishers of the open splits do
 * (thedriven, miragenews, eva2z, afnnews, medianet), and two of them lost the place (thedriven's "In the ACT, it reached 21 per
 * cent" took the page's China, medianet's "The ACT continues to lead … at 21.8 per cent" had none). Sentences of publishers
 * outside the devset, found with the search tool's pages, annotated before the form was added; each read alone (no page, no
 * date), as the hidden sets read single sentences.
 */
class CapitalTerritoryTest {

  @Test
  void theActIsAustralias() {
    // canberratimes.com.au/story/8306588 (2023-08-13): the June quarter's hybrid sales in the ACT → [AU].
    assertEquals(List.of("AU"), Texts.place(null, "more than 40 per cent",
        "In the ACT, sales of hybrids rose more than 40 per cent, though they are overshadowed in popularity by EVs."));
    // canberratimes.com.au/story/8179620 (2023-05-02): ZEV registrations in the ACT → [AU].
    assertEquals(List.of("AU"), Texts.place(null, "Almost one in five",
        "Almost one in five new cars being registered now in the ACT is a zero-emissions vehicle, as Canberra surges ahead of other "
            + "states and territories in the take up of electric cars."));
    // acapmag.com.au (2023-04): the ACT's BEV registrations → [AU].
    assertEquals(List.of("AU"), Texts.place(null, "4002",
        "More than 1000 battery electric vehicle (BEV) registrations were added from January 1 to April 17, with total ACT "
            + "registrations of BEVs jumping from the previous high mark of 3000 in January 1, to 4002 in just under 15 weeks."));
    // servopro.com.au (the Electric Vehicle Council's 2020 report card): EVs per 10,000 combustion vehicles in the ACT → [AU].
    assertEquals(List.of("AU"), Texts.place(null, "83 electric vehicles",
        "As a percentage of new cars sold, the ACT strongly outperformed every other state or territory with 83 electric vehicles "
            + "per 10,000 combustion vehicles sold."));
  }

  @Test
  void aShareInTheActIsAustralias() {
    // cleantechnica.com/2022/02/08 (quoting the Guardian): the ACT's 5.87 per cent of 2021's new cars → [AU].
    assertEquals(List.of("AU"), Texts.place(null, "5.87 per cent",
        "Over 970 new electric vehicles were bought in the ACT last year, making up 5.87 per cent of all new cars purchased in the "
            + "ACT in 2021 — more than double the national average."));
  }
}
