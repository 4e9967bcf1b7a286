package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * place27b: "Global" inside a survey's capitalised name ("the 2024 Mobility Consumer Global Survey") names a study run in many
 * countries, whose national results a national page reports: it does not make the page the world's (WorldPages), and the
 * page's figures naming no place keep the page's country (devset/GUIDELINES.md "Places").
 */
class NamedGlobalSurveysTest {

  @Test
  void aSurveysNameIsNotTheWorld() {
    // nationalcollisionrepairer.com.au (National Collision Repairer), December 2024 (devset f14-e-09): the FCAI's November figures.
    assertFalse(WorldPages.namesTheWorld("The future of electric vehicles (EVs) looks uncertain, as the surprising results from the 2024 "
        + "Mobility Consumer Global Survey are in."));
    // electricvehicleweb.com (outside the devset), 2020: a heading over Indian consumers' answers.
    assertFalse(WorldPages.namesTheWorld("Deloitte Global Automotive Consumer Study minimum driving range"));
  }

  @Test
  void theWorldStaysTheWorld() {
    // business-standard.com (outside the devset), January 2021: "The Global Automotive survey was conducted from September 2020".
    assertTrue(WorldPages.namesTheWorld("The Global Automotive survey was conducted from September 2020 through October 2020."));
    // A title-case headline is not read for names: "Global Sales Of EVs Surge 24%".
    assertTrue(WorldPages.of("Global Sales Of EVs Surge 24%", null, false));
    assertTrue(WorldPages.namesTheWorld("Electric car sales grew worldwide by 40% in 2022."));
    assertTrue(WorldPages.namesTheWorld("global lithium output rose"));
    // review27c: "Global" in a name that is no survey's nor study's is the world's: the IEA's Global EV Outlook (a GitHub
    // dashboard's note, outside the devset: "Electric car sales are BEV + PHEV passenger cars, in million units, per the IEA
    // Global EV Outlook"), and title-case headings (devset fresh10 f10-m-03-gate "Australia Leads Global Output", fresh
    // f-m-10-metalnomist "China’s Antimony Export Restrictions Reshape Global Supply and Prices")
    assertTrue(WorldPages.namesTheWorld("Electric car sales are BEV + PHEV passenger cars, in million units, per the IEA Global EV Outlook."));
    assertTrue(WorldPages.namesTheWorld("Australia Leads Global Output"));
    assertTrue(WorldPages.namesTheWorld("Export Restrictions Reshape Global Supply and Prices"));
  }

  @Test
  void anAustralianPageCitingAGlobalSurveyKeepsAustralia() {
    // nationalcollisionrepairer.com.au, "New vehicle sales contract as EVs halve on 2023" (devset f14-e-09; gold: place AU).
    List<Figure> fs = Texts.figuresAt("https://www.nationalcollisionrepairer.com.au/new-vehicle-sales-contract-as-evs-halve-on-2023/",
        LocalDate.of(2024, 12, 10),
        "New vehicle sales contract as EVs halve on 2023",
        "The future of electric vehicles (EVs) looks uncertain, as the surprising results from the 2024 Mobility Consumer Global Survey are in.",
        "The FCAI monthly figures show overall new vehicle sales dropped 11.6 per cent in November compared to 2023 with EVs dropping 54 per "
            + "cent for the month and almost 13 per cent for the year to date.");
    assertEquals(List.of("AU"), Texts.endingWith(fs, "11.6 per cent").place());
  }
}
