package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares and changes settled by their sentence, on devset/tune publishers' text. */
class KindRulesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 10, 24);

  private static Figure figure(String quote, String text) {
    return PeriodRulesTest.figure(Texts.figures(DATE, text), quote);
  }

  @Test
  void marketShareAndPenetrationAreShares() {
    // Auto Magazine; CnEVPost
    assertEquals(Kind.SHARE, figure("32.8%", "The market share is now 32.8%, up from 27.4% in September 2023.").kind());
    assertEquals(Kind.SHARE, figure("57.9 percent", "The penetration rate of NEVs in retail sales was 57.9 percent from August 1 to 10.").kind());
  }

  @Test
  void respectivelyListsKeepTheKind() {
    // Metals Wire
    List<Figure> fs = Texts.figures(DATE,
        "The United States was the top buyer, accounting for 29% of August’s shipments, followed by Vietnam and Japan with 14% and 10%, respectively.");
    assertEquals(Kind.SHARE, PeriodRulesTest.figure(fs, "14%").kind());
    assertEquals(Kind.SHARE, PeriodRulesTest.figure(fs, "10%").kind());
  }

  @Test
  void aSecondChangeOfACoordinatedPairIsAChange() {
    // The Driven
    Figure f = figure("12.01 per cent",
        "Xpeng delivered 23,917 vehicles in October, marking its second consecutive record month, up 19.57 per cent year-on-year and 12.01 per cent on September.");
    assertEquals(Kind.CHANGE, f.kind());
    assertEquals("mom", f.basis());
    assertEquals("up", f.direction());
  }

  private static Figure one(String quote, String sentence) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2025, 5, 1), sentence), quote);
  }

  @Test
  void aShareAChangeArrivesAtIsAShare() {
    // Zvenia; Reuters; China Daily; Business Insider
    assertEquals(Kind.SHARE, one("21%", "China accounted for 12% of global lithium mining in 2019, rising to 21% in 2025 thanks to mica mines.").kind());
    assertEquals(Kind.SHARE, one("5.78%", "Its share of the country’s EV market dropped to 5.78% in October from 8.7% in September.").kind());
    assertEquals(Kind.SHARE, one("43.4 percent", "However, CATL's market share declined to 43.4 percent, a drop of 4.27 percentage points.").kind());
    assertEquals(Kind.SHARE, one("51%", "It remains the biggest EV brand despite its market share falling from 51% to 44% over the past year.").kind());
  }

  @Test
  void changesNamedAfterTheNumberOrQualifiedAreChanges() {
    // electrive; Business Insider; Car Dealer Magazine; Reuters
    assertEquals(Kind.CHANGE, one("124 per cent", "The latter led to a 124 per cent price increase between January and October.").kind());
    assertEquals(Kind.CHANGE, one("35%", "China's 35% sales boost was driven by trade-in schemes.").kind());
    assertEquals(Kind.CHANGE, one("22.3 per cent", "Plug-in hybrid car registrations for September also declined by a sizeable 22.3 per cent.").kind());
    Figure skid = one("17.8%", "Sales of Tesla’s China-made electric vehicles skidded 17.8% in November from the same month a year earlier.");
    assertEquals(Kind.CHANGE, skid.kind());
    assertEquals("down", skid.direction());
  }

  @Test
  void equivalentToIsAShare() {
    // Summa Money (BMI)
    assertEquals(Kind.SHARE, one("half", "The quotas will cap DRC’s exports at 96,000 tonnes in 2026 – equivalent to half its mine production in 2024.").kind());
  }

  private static Kind kind(String quote, String sentence) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2025, 5, 1), sentence), quote).kind();
  }

  @Test
  void aPercentRestatingAPartIsAShare() {
    // Energetski portal, BusinessWorld, SMMT; Eurostat via Daily Finland: a restated change stays a change
    String ranked = "Russia ranked second with 3,700 tonnes (28.4 percent), followed by Malaysia with 2,600 tonnes (19.9 percent).";
    assertEquals(Kind.SHARE, kind("28.4 percent", ranked));
    assertEquals(Kind.SHARE, kind("19.9 percent", ranked));
    assertEquals(Kind.SHARE, kind("29%", "“Of the current 55 operating metallic mines listed, only 39 mines reported production, the remaining 16 or 29%"
        + " reported zero production and/or (were placed in) care and maintenance status,” it added."));
    assertEquals(Kind.CHANGE, kind("104 percent", "The imports more than doubled between 2017 and 2018 (104 percent), said the Eurostat."));
  }

  @Test
  void theLevelAChangeInPercentagePointsMovesIsAShare() {
    // Electronics For You, Yonhap; DealStreetAsia: a margin beside an unrelated change in points stays an amount
    assertEquals(Kind.SHARE, kind("44.46 percent",
        "With this massive volume of deployment, interestingly, the company witnessed a slump of 0.44 percentage points against August’s 44.46 percent."));
    assertEquals(Kind.SHARE, kind("16 percent", "Based on the global usage of their EV batteries, the combined market share of three South Korean EV battery makers"
        + " -- LG Chem Ltd., Samsung SDI Co. and SK Innovation Co. -- stood at 16 percent in September, up 6.8 percentage points from a year earlier."));
    assertEquals(Kind.AMOUNT, kind("26.42%", "But its battery materials and recycling business booked a gross margin of 26.42%, more than triple the level"
        + " in the first half of last year, contributing to a 1.57 percentage point increase in overall gross profit margin."));
  }

  @Test
  void sharesListedTogetherAreShares() {
    // Yicai Global, CnEVPost, EV Magz, China Daily, Zvenia, Marketscreener (AFP)
    String both = "The firm’s overseas and European market shares stood at 27 percent and 35 percent, respectively, ranking top for two straight months.";
    assertEquals(Kind.SHARE, kind("27 percent", both));
    assertEquals(Kind.SHARE, kind("35 percent", both));
    assertEquals(Kind.SHARE, kind("50.89 percent",
        "The penetration rate of NEVs in retail sales was 57.9 percent from August 1 to 10, and 50.89 percent year-to-date."));
    assertEquals(Kind.SHARE, kind("29.8%", "Diesel vehicles faced a steeper decline, with sales down 23.5%, leaving petrol and diesel vehicles at 29.8%"
        + " and 10.4% of the market, respectively."));
    assertEquals(Kind.SHARE, kind("29.85 percent", "This has played a significant role in boosting its power battery market share from 21.59 percent"
        + " in the first half of 2022 to 29.85 percent this year."));
    assertEquals(Kind.SHARE, kind("80%", "As of 2025, this has risen to 62%, of which 80% is Chinese-owned."));
    String client = "Tesla has been CATL’s largest client for two years in a row, contributing 11.6 percent to its revenue in 2022 and 14.7 percent"
        + " in the first half of 2023.";
    assertEquals(Kind.SHARE, kind("11.6 percent", client));
    assertEquals(Kind.SHARE, kind("14.7 percent", client));
    assertEquals(Kind.SHARE, kind("68 percent", "Commercial owners account for the majority of new registrations at 68 percent."));
    assertEquals(Kind.SHARE, kind("9.5 per cent", "EVs now represent nearly one in ten new light vehicle sales (9.5 per cent), a 150 per cent"
        + " increase on 2022, according to the Electric Vehicle Council's State of EVs report released today."));
    // Wheels within Wales, Business Car: the target a share is measured against
    assertEquals(Kind.SHARE, kind("28%", "As a result, BEVs took a 25.4% market share, the second highest recorded this year, although still short of"
        + " the 28% target set by the ZEV Mandate."));
    assertEquals(Kind.SHARE, kind("28%", "In terms of fuel mix, EV registrations were up by 23.6% year-on-year, for a 25.4% market share, the second-highest"
        + " seen this year – although the SMMT pointed out this was still behind the 28% required by the UK Government’s ZEV mandate."));
    // not a share: a change and a level of one list (Reuters)
    assertEquals(Kind.CHANGE, kind("4.8%", "In July, Chinese exports to the US hit 619 mt, up 75.5% over June and up 4.8% over year-ago exports."));
  }
}
