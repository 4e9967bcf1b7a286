package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line rules of the furniture filter that are case-insensitive in their words but not in their names. */
class FurnitureFilterTest {

  @Test
  void aCreditLineOpensWithACapitalizedName() {
    assertTrue(FurnitureFilter.isCreditLine("Reuters with additional reporting by Ana Swanson"));
    assertTrue(FurnitureFilter.isCreditLine("Sources: GACC, Mysteel"));
    assertTrue(FurnitureFilter.isCreditLine("(source: Reuters)"));
    // Under (?i) a bare \p{Lu} matched lower case, so a trailing label passed for a credit line.
    assertFalse(FurnitureFilter.isCreditLine("updated with additional reporting by staff"));
    assertFalse(FurnitureFilter.isCreditLine("story with additional editing by the desk"));
  }

  @Test
  void aBylineNamesAPersonAndBySomethingElseIsNotOne() {
    assertTrue(FurnitureFilter.isByline("By Sofia Laurent"));
    assertTrue(FurnitureFilter.isByline("BY KIP KEEN"));
    assertTrue(FurnitureFilter.isByline("by Nadia Rahman and Tom Weber"));
    assertFalse(FurnitureFilter.isByline("By the numbers"));
    assertFalse(FurnitureFilter.isByline("By the end of the day, nothing had changed"));
  }

  @Test
  void aStoryOpeningWithBySomethingKeepsIt() {
    Block heading = new Block("By the numbers", Paragraph.Kind.HEADING, 0, false);
    Block text = new Block("Lithium carbonate prices fell by a fifth in the quarter, the third fall in a row, "
        + "as new mines in Australia and Argentina came on stream.", Paragraph.Kind.PARAGRAPH, 0, false);
    FurnitureFilter.Result r = new FurnitureFilter().filter(List.of(heading, text));
    assertEquals(List.of(heading, text), r.kept());
    assertTrue(r.bylineAuthors().isEmpty(), r.bylineAuthors().toString());
  }
}
