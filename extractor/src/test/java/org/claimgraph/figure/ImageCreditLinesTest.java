package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * review26a: a "Source: Getty Images" line credits a photo. Before, it was the page-level credit of every figure no sentence
 * credits ("Getty Images", "Shutterstock", "Wikimedia Commons"), and credit26b's one-paragraph rule read the box around a lone
 * paragraph for it. A data source's line ("Source: El Diario") is still the credit.
 */
class ImageCreditLinesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
  private static final String STORY = "Lithium carbonate prices in China fell below 400,000 yuan per ton today, a pullback of more than 30 percent "
      + "from the November peak.";

  @Test
  void aPhotoCreditCreditsNoFigure() {
    assertNull(Texts.credit(DATE, "below 400,000 yuan per ton", STORY, "Source: Getty Images"));
    assertNull(Texts.credit(DATE, "below 400,000 yuan per ton", STORY, "Source: Shutterstock/John Doe"));
    assertNull(Texts.credit(DATE, "below 400,000 yuan per ton", STORY, "Source: Wikimedia Commons"));
    assertEquals("El Diario", Texts.credit(DATE, "below 400,000 yuan per ton", STORY, "Source: El Diario"));
  }

  @Test
  void aLoneParagraphIsNotWidenedForAPhotoCredit() throws Exception {
    String html = "<html><head><title>Brief</title></head><body><article><h1>Brief</h1><p>" + STORY + "</p><p>Source: Getty Images</p>"
        + "</article></body></html>";
    Article a = new ArticleReader().read("brief.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(STORY), a.paragraphs().stream().map(a::paragraphText).toList());
  }
}
