package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain-text articles: front matter, a title line, bylines and datelines, furniture. */
class PlainTextTest {

  private final ArticleReader reader = new ArticleReader();

  @Test
  void frontMatterGivesTheMetadata() throws Exception {
    String txt = String.join("\n",
        "---",
        "title: \"Mali suspends lithium exports\"",
        "date: 2023-02",
        "publisher: Ici Mali",
        "url: https://icimali.com/tag/production-de-lithium-a-goulamina",
        "author: Jane Doe and John Roe",
        "---",
        "",
        "To raise the revenue of its mine, Mali decided to suspend lithium exports until further notice.",
        "Find out more");
    Article a = reader.read("mali.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertEquals("Mali suspends lithium exports", a.title());
    assertEquals("Ici Mali", a.publisher());
    assertEquals("https://icimali.com/tag/production-de-lithium-a-goulamina", a.url());
    assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
    assertEquals(LocalDate.of(2023, 2, 1), a.date());
    assertEquals(DateText.Precision.MONTH, a.provenance().datePrecision());
    assertEquals("To raise the revenue of its mine, Mali decided to suspend lithium exports until further notice.", a.text());
  }

  @Test
  void anUnknownFrontMatterKeyIsAWarningNotAnError() throws Exception {
    String txt = "---\ntitle: Cobalt\nmood: sunny\n---\nCongo suspended cobalt exports for four months in February.";
    Article a = reader.read("c.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertEquals("Cobalt", a.title());
    assertEquals(List.of("front matter: unknown key \"mood\" ignored"), a.provenance().warnings());
  }

  @Test
  void theFirstLineIsTheTitleWhenItLooksLikeOne() throws Exception {
    // Reuters, 20 August 2025, as a user would paste it.
    String txt = String.join("\n",
        "China's rare earth magnet exports to US jump in July",
        "By Lewis Jackson and Amy Lv",
        "",
        "BEIJING, Aug 20 (Reuters) - China's exports of rare earth magnets to the United States surged in July,"
            + " customs data showed on Wednesday.",
        "Shipments to the U.S. rose to 619 metric tons.");
    Article a = reader.read("reuters.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertEquals("China's rare earth magnet exports to US jump in July", a.title());
    assertEquals(List.of("Lewis Jackson", "Amy Lv"), a.authors());
    assertNull(a.date()); // the dateline has no year and nothing else gives one
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void aWireDatelineGivesTheDayWithinTheYearTheFrontMatterGives() throws Exception {
    String txt = "---\ndate: 2025\n---\nBEIJING, Aug 20 (Reuters) - China's exports of rare earth magnets to the United"
        + " States surged in July, customs data showed on Wednesday.";
    Article a = reader.read("r.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertEquals(LocalDate.of(2025, 8, 20), a.date());
    assertEquals(DateText.Precision.DAY, a.provenance().datePrecision());
  }

  @Test
  void aSentenceIsNotTakenForATitle() throws Exception {
    String txt = "Exports of rare earth magnets rose 21% in July to 5,994 tons.\n\nPrices fell 23.3% year-on-year.";
    Article a = reader.read("s.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertNull(a.title());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void aFirstLineRunningIntoTheTextIsNotATitle() throws Exception {
    // Lines joined without a blank line, the way a paragraph-per-line text is written.
    String txt = "China exported 619 tons of magnets to the US in July\nThat is up 75.5% over June.";
    Article a = reader.read("p.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertNull(a.title());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void furnitureInPlainTextIsDroppedAsInHtml() throws Exception {
    String txt = String.join("\n",
        "Cobalt prices climb after Congo export ban",
        "",
        "Cobalt prices rose 60% in the weeks after the Democratic Republic of Congo suspended exports.",
        "Find out more",
        "By GlobalData",
        "Advertisement");
    Article a = reader.read("f.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertEquals("Cobalt prices rose 60% in the weeks after the Democratic Republic of Congo suspended exports.", a.text());
  }

  @Test
  void aBylineWithADateGivesBoth() throws Exception {
    String txt = "Grocery delivery start-up shuts down\n\nBy Nadia Rahman · Sept. 5, 2023 · 4 min read\n"
        + "The grocery delivery start-up that promised orders at the door in ten minutes has closed, two years after"
        + " raising 400 million dollars from investors.";
    Article a = reader.read("g.txt", txt.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("Nadia Rahman"), a.authors());
    assertEquals(LocalDate.of(2023, 9, 5), a.date());
    assertEquals(1, a.paragraphs().size());
  }
}
