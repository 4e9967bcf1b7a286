package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change restated in brackets right after it is the same change ("rose by CNY3,000 (USD413)", "decreased by 69.9 billion won
 * (-12.3%)"): the bracketed conversion or rate takes the change's kind, direction and basis (RestatedChanges). And a bracketed
 * aside between a change and its base ("up 3.96% (29,435) on 2022") does not cut the change from the time it compares with
 * (BracketedBases). A count in brackets after a percent change is the level reached (SIMI's releases; GUIDELINES), not a change.
 * Devset: f6 autodiary, f5 vir, f3 commercialsolarguy, f19 southernstar (basis yoy/direction/kind null). Outside sentences (search
 * tool, corpus pages) annotated before the rules were written.
 */
class RestatedChangesTest {

  private static Figure of(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  private static final List<Object> UP_YOY = Arrays.asList(Kind.CHANGE, "up", "yoy");
  private static final List<Object> DOWN_YOY = Arrays.asList(Kind.CHANGE, "down", "yoy");

  @Test
  void aBracketedConversionOfAChangeIsTheSameChange() {
    // yicaiglobal.com (2021-10-28, "Tianqi Lithium drops despite…"): CNY3,000 change up, USD413 change up; the level and its
    // conversion stay amounts.
    String yicai = "The price of battery-grade lithium carbonate rose by CNY3,000 (USD413) to an average of CNY551,000 (USD75,873) per ton "
        + "today, according to data from the Shanghai Metals Market.";
    LocalDate d = LocalDate.of(2021, 10, 28);
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), Arrays.asList(of(d, yicai, "USD413").kind(), of(d, yicai, "USD413").direction()));
    assertEquals(Kind.AMOUNT, of(d, yicai, "USD75,873").kind());
    // same page (guard): "fell by 4.5 percent to HKD63.85 (USD8.10)": a level and its conversion, amounts.
    assertEquals(Kind.AMOUNT, of(d, "Its Hong Kong-listed shares fell by 4.5 percent to HKD63.85 (USD8.10), resulting in a more than 20 "
        + "percent decrease so far this year.", "USD8.10").kind());
    // devset f5-m-05-vir: change, up, yoy.
    assertEquals(UP_YOY, kdb(of(LocalDate.of(2025, 8, 1), "Its after-tax profit reached VND6 billion ($229,000), an improvement of "
        + "VND400 billion ($15.3 million) from the same period last year.", "$15.3 million")));
  }

  @Test
  void aBracketedRateOfAChangeSharesItsBasis() {
    // devset f6-e-06-autodiary: -12.3% change, down, yoy (the lead "Compared to the same period last year" holds for both changes).
    assertEquals(DOWN_YOY, kdb(of(LocalDate.of(2023, 7, 28), "Compared to the same period last year, revenue increased by 580.1 billion "
        + "won (10.8%), while operating profit decreased by 69.9 billion won (-12.3%).", "-12.3%")));
  }

  @Test
  void aBracketedAsideDoesNotCutAChangeFromItsBase() {
    // kilkennypeople.ie (2019-03-01, SIMI figures): change down yoy; the bracketed count is February 2019's level (an amount).
    LocalDate d = LocalDate.of(2019, 3, 1);
    String kilkenny = "The performance of the rest of the car market tells a different story, with new car registrations for the month of "
        + "February down 11.1% (15,128) when compared to February 2018 (17,011).";
    assertEquals(DOWN_YOY, kdb(of(d, kilkenny, "11.1%")));
    assertEquals(Kind.AMOUNT, of(d, kilkenny, "15,128").kind());
    // same page: change down yoy (already read before the rule: "the same period last year" names the basis itself).
    assertEquals(DOWN_YOY, kdb(of(d, "Registrations year to date are also down 12.2% (47,425) on the same period last year (54,034).", "12.2%")));
    // irishexaminer.com (2019-12-02, SIMI figures): changes up, yoy.
    LocalDate e = LocalDate.of(2019, 12, 2);
    // (Its "up 50.4% (856) on November 2018 (569)" is read as a change of November 2018 itself, a period misread that is not
    // this rule's: left out.)
    assertEquals(UP_YOY, kdb(of(e, "The Society of the Irish Motor Industry (SIMI) have revealed how new car registrations for November are up "
        + "19.2% (769) when compared with November 2018 (645).", "19.2%")));
    // (So is "increased 51.3% (121) in comparison to November 2018 (80)" on the same page: left out.)
    // devset f19-e-01-southernstar (2023-08): change up yoy.
    assertEquals(UP_YOY, kdb(of(LocalDate.of(2023, 8, 2), "Year to date imports are up 3.96% (29,435) on 2022 (28,315).", "3.96%")));
  }

  @Test
  void readAloneTheRulesCarryNothingFromNothing() {
    // No page, no date: the conversion is the change's; the base year gives no yoy without a period of the change's own.
    Figure usd = of(null, "The price of battery-grade lithium carbonate rose by CNY3,000 (USD413) to an average of CNY551,000 per ton.", "USD413");
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), Arrays.asList(usd.kind(), usd.direction()));
    Figure ytd = of(null, "New Light Commercial Vehicle (LCV) registrations are up 50.4% (856) on November 2018 (569).", "50.4%");
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), Arrays.asList(ytd.kind(), ytd.direction()));
  }
}
