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

  /** Headings and titles of alterslust.at and eklausmeier.goip.de, whose title leads with or sits inside the page's. */
  @Test
  void aHeadingThatRepeatsThePageTitleIsTheHeadline() {
    assertTrue(FurnitureFilter.repeatsTitle("Ein erster Beitrag für Musterhausen", "Ein erster Beitrag für Musterhausen – Alterslust"));
    assertTrue(FurnitureFilter.repeatsTitle("Example Theme for Simplified Saaze: Wendt",
        "Blog · Example Theme for Simplified Saaze: Wendt · Elmar Klausmeier"));
    assertFalse(FurnitureFilter.repeatsTitle("Gut zu wissen", "Ein erster Beitrag für Musterhausen – Alterslust"));
    assertFalse(FurnitureFilter.repeatsTitle("Simplified Saaze", "Example Theme for Simplified Saaze: Wendt"));
    assertFalse(FurnitureFilter.repeatsTitle("Installation", null));
  }

  @Test
  void onlyAHeadingBeforeTheStoryIsTakenForTheTitle() {
    String page = "Ein erster Beitrag für Musterhausen – Alterslust";
    Block title = new Block("Ein erster Beitrag für Musterhausen", Paragraph.Kind.HEADING, 0, false);
    Block text = new Block("Das ist der erste Text für die Unterwebsite der fiktiven Gemeinde Musterhausen. Als Titelfoto dieses "
        + "Artikels ist ein Foto der Gemeinde Rinn in Tirol zu sehen.", Paragraph.Kind.PARAGRAPH, 0, false);
    Block section = new Block("Gut zu wissen", Paragraph.Kind.HEADING, 0, false);
    Block more = new Block("Dieser Text ist ein WordPress-Beitrag, also ein Blogartikel, der im Blog immer ganz oben stehen kann.",
        Paragraph.Kind.PARAGRAPH, 0, false);
    Block lead = new Block("Ein erster Beitrag für Musterhausen", Paragraph.Kind.PARAGRAPH, 0, false);
    FurnitureFilter.Result r = new FurnitureFilter().filter(List.of(title, text, section, more), null, page);
    assertEquals(List.of(text, section, more), r.kept());
    assertEquals("Ein erster Beitrag für Musterhausen", r.headline());
    // A paragraph (not a heading) that repeats the title is the story's own first line.
    assertEquals(List.of(lead, text), new FurnitureFilter().filter(List.of(lead, text), null, page).kept());
  }
}
