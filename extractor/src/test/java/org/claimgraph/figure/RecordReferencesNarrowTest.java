package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** review25a: a company's results and a target are no record of the source named before (record-nouns.tsv). */
class RecordReferencesNarrowTest {

  @Test
  void resultsAndTargetsAreNoRecord() {
    assertNull(RecordReferences.backReference("Results for the third quarter"));
    assertNull(RecordReferences.backReference("The 2030 target"));
    // the measured forms stay
    assertEquals("its member survey", RecordReferences.backReference("its April member survey"));
    assertEquals("their data", RecordReferences.backReference("their 2015 data"));
    assertEquals("the figures", RecordReferences.backReference("Figures for June"));
  }

  @Test
  void aCompanysResultsAreNotTheDataSourcesBefore() {
    // Constructed (review25a probe B1): the SMMT's registrations, then a company's quarter; the $13.8 billion is no SMMT figure.
    String credit = Texts.credit(LocalDate.of(2021, 9, 7), "$13.8 billion",
        "According to the SMMT, 32,721 battery electric vehicles were registered in August.", "Tesla is the best-selling brand.",
        "Results for the third quarter show revenue of $13.8 billion, up 57%.");
    assertNotEquals("Society of Motor Manufacturers and Traders", credit);
  }
}
