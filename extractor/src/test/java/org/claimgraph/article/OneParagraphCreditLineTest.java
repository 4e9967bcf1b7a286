package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-paragraph story keeps the credit line signed under it (credit26b, round 26). Before, the reader took the lone
 * paragraph as the whole container and dropped "Source: El Diario" (fresh20 boliviaeconomica: 3 figures whose gold credit is
 * El Diario, GUIDELINES fresh20 call 12), though the same line under a story of two paragraphs was kept (GUIDELINES-ev:
 * "Source: ACEA" closing lines credit the figures no sentence credits).
 */
class OneParagraphCreditLineTest {

  private final ArticleReader reader = new ArticleReader();

  private List<String> paragraphs(String body) throws Exception {
    String html = "<html><head><title>Brief</title></head><body><article><h1>Brief</h1>" + body + "</article></body></html>";
    Article a = reader.read("brief.html", html.getBytes(StandardCharsets.UTF_8));
    return a.paragraphs().stream().map(a::paragraphText).toList();
  }

  @Test
  void theSourceLineUnderALoneParagraphStays() throws Exception {
    String story = "Lithium carbonate prices in China fell below 400,000 yuan per ton today, a pullback of more than 30 percent "
        + "from the November peak.";
    assertEquals(List.of(story, "Source: El Diario"), paragraphs("<p>" + story + "</p><p>Source: El Diario</p>"));
    assertEquals(List.of(story, "Attribution: Reuters"), paragraphs("<p>" + story + "</p><p>Attribution: Reuters</p>"));
  }

  @Test
  void anotherShortLineUnderItIsStillDropped() throws Exception {
    String story = "Lithium carbonate prices in China fell below 400,000 yuan per ton today, a pullback of more than 30 percent "
        + "from the November peak.";
    assertEquals(List.of(story), paragraphs("<p>" + story + "</p><p>Share this</p>"));
  }
}
