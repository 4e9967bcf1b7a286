package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A standfirst printed under the headline, outside the story's container, is read with the story. */
class StandfirstTest {

  private final ArticleReader reader = new ArticleReader();

  // Text of eklausmeier.goip.de ("Example Theme for Simplified Saaze: Wendt")
  private static final String DESCRIPTION = "Another theme for Simplified Saaze called Wendt, modeled after the blog of Alexander Wendt.";
  private static final String STORY = "<div class=\"entry-content\"><p>It offers responsive media breaks for large and small screens, "
      + "a top menu with submenus and a two-column CSS grid in the Holy Grail layout.</p><p>Each category and each author has a "
      + "blog of its own by filtering, and the aggregate blog combines them.</p></div>";

  private Article read(String head, String header, String after) throws ArticleException {
    String html = "<html><head><title>Wendt</title>" + head + "</head><body><header><h1>Example Theme for Simplified Saaze: Wendt</h1>"
        + header + "</header>" + STORY + after + "</body></html>";
    return reader.readHtml("wendt.html", "wendt.html", html);
  }

  private static List<String> paragraphs(Article a) {
    return a.paragraphs().stream().map(a::paragraphText).toList();
  }

  @Test
  void theDescriptionPrintedUnderTheHeadlineOpensTheBody() throws Exception {
    Article a = read("<meta property=\"og:description\" content=\"" + DESCRIPTION + "\">", "<p class=\"lead\">" + DESCRIPTION + "</p>", "");
    assertEquals(DESCRIPTION, paragraphs(a).get(0));
    assertEquals(3, a.paragraphs().size(), a.text());
  }

  @Test
  void aDescriptionWrittenOnlyForSearchEnginesIsNotText() throws Exception {
    Article a = read("<meta name=\"description\" content=\"" + DESCRIPTION + "\">", "", "");
    assertFalse(a.text().contains("modeled after"), a.text());
  }

  @Test
  void aHiddenOrShortenedDescriptionOrOneAfterTheStoryIsNotAStandfirst() throws Exception {
    String meta = "<meta property=\"og:description\" content=\"" + DESCRIPTION + "\">";
    assertFalse(read(meta, "<div style=\"display:none\"><p>" + DESCRIPTION + "</p></div>", "").text().contains("modeled after"));
    assertFalse(read(meta, "", "<div class=\"teaser\"><p>" + DESCRIPTION + "</p></div>").text().startsWith("Another theme"));
    String cut = "Another theme for Simplified Saaze called Wendt, modeled after the blog …";
    Article a = read("<meta property=\"og:description\" content=\"" + cut + "\">", "<p class=\"lead\">" + cut + "</p>", "");
    assertTrue(a.text().startsWith("It offers"), a.text());
  }
}
