package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers that are no figures (NotQuantities): a day of the month in brackets after a day's word ("launched yesterday (20)",
 * Sri Lankan papers; "this Thursday (27)", Brazilian wire copy), and the later groups of a code written in spaced digit groups
 * ("EAEU code 8703 80 000 2", Armenian and Kazakh customs news), and a number touching an at sign ("the 30@30 goal", Thai
 * policy news, written "30\\@30" by pages that escape it). Sentences written the way those publishers write them;
 * the negatives keep the figures a bracket or a code sits beside.
 */
class DatesCodesAndLabelsTest {

  private static List<String> quantities(String sentence) {
    return new QuantityFinder(org.claimgraph.lexicon.Lexicon.get()).find(sentence, 0).stream()
        .map(q -> sentence.substring(q.start(), q.end())).toList();
  }

  @Test
  void bracketedDaysAreDates() {
    assertEquals(List.of("1,200 electric three-wheelers"), quantities("The Ministry of Transport launched a scheme for 1,200 electric three-wheelers yesterday (20)."));
    assertEquals(List.of("30,000 tonnes"), quantities("The minister accompanied, this Thursday (27), the shipment of 30,000 tonnes of lithium concentrate."));
    assertEquals(List.of("500 vehicles"), quantities("Police said on Monday (3) that 500 vehicles were checked."));
  }

  @Test
  void aBracketedNumberAfterOtherWordsStays() {
    // a bracketed number after a word of no day is a count the page gives in brackets
    assertEquals(List.of("12"), quantities("Uganda's fleet of electric buses (12) entered service in Kampala."));
    assertEquals(List.of("40"), quantities("Sales to dealers (40) fell on Friday."));
  }

  @Test
  void spacedCodeGroupsAreNoFigures() {
    assertEquals(List.of("0%", "2,563 units"), quantities("The remaining quota for electric vehicles classified under the EAEU code 8703 80 000 2, with "
        + "a 0% import customs duty rate, is 2,563 units."));
    assertEquals(List.of("15%"), quantities("Cells under HS code 8507 60 face a 15% duty."));
  }

  @Test
  void aShortLabelBeforeANumberIsNoCode() {
    // "Table 2 30 percent": a label of one digit is no product code; the figure after it stays
    assertEquals(List.of("30 percent"), quantities("As Table 2 30 percent of buyers chose a hybrid."));
  }

  @Test
  void numbersTouchingAnAtSignAreLabels() {
    assertEquals(List.of("at least 30%"), quantities("The 30@30 policy aims for at least 30% of the vehicles produced in Thailand to be ZEVs."));
    assertEquals(List.of("30%"), quantities("The new measures align with our national 30\\@30 goal of 30% by the decade's end."));
    assertEquals(List.of("50 percent"), quantities("Members of the 50@50 campaign want women in 50 percent of seats."));
  }
}
