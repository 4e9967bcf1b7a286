package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;

/** A huge single paragraph is cut to the limit at a sentence end, with a warning; a normal article is untouched. */
class TextLimitTest {

  final TextLimit limit = new TextLimit(10_000);

  @Test
  void aHugeSingleParagraphIsCutAtASentenceEnd() throws Exception {
    String sentence = "China exported 5,577 tonnes of rare earth magnets in July, up 6% from June. ";
    Article huge = new ArticleReader().readText("huge.txt", "huge.txt", sentence.repeat(2000));
    assertTrue(huge.text().length() > 100_000);
    Article kept = limit.apply(huge);
    assertTrue(kept.text().length() <= 10_000 && kept.text().length() > 9_000, "length " + kept.text().length());
    assertTrue(kept.text().endsWith("from June."), kept.text().substring(kept.text().length() - 30));
    assertEquals(huge.id(), kept.id());
    assertEquals(1, kept.paragraphs().size());
    assertEquals(kept.text().length(), kept.paragraphs().get(0).end());
    String w = limit.warning("huge.txt", huge, kept);
    assertTrue(w.startsWith("huge.txt: " + String.format(java.util.Locale.ROOT, "%,d", huge.text().length())
        + " characters of text; only the first "), w);
  }

  @Test
  void aNormalArticleIsTheSameObject() throws Exception {
    Article a = new ArticleReader().readText("a.txt", "a.txt", "The US imported 619 tons of magnets in July.");
    assertSame(a, limit.apply(a));
    assertNull(limit.warning("a.txt", a, a));
  }
}
