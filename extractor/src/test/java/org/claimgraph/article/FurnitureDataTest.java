package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The furniture rules kept as data: an example for each heading row, and for the lines added with them. */
class FurnitureDataTest {

  /** One heading each row of furniture-headings.txt must match, in file order. */
  private static final List<String> HEADING_EXAMPLES = List.of("About the author", "Related stories", "More from Reuters",
      "Read next", "Recommended for you", "You might also like", "Most read", "Trending now", "Comments (12)",
      "Responses (3)", "Replies", "Discussion", "Leave a reply", "Share this article", "Tags", "Topics", "See also",
      "Further reading", "Sign up for our daily briefing", "Subscribe to Mining Weekly", "Newsletter",
      "Sur le même sujet", "Mehr zum Thema", "Noticias relacionadas", "Articoli correlati", "Notícias relacionadas",
      "Meer over dit onderwerp", "相关新闻", "関連記事");

  @Test
  void everyHeadingRowHasAnExample() {
    List<String> rows = Lines.load(FurnitureFilter.class, "furniture-headings.txt");
    assertEquals(rows.size(), HEADING_EXAMPLES.size(), "one example per row of furniture-headings.txt");
    for (int i = 0; i < rows.size(); i++) {
      Pattern p = Pattern.compile("(" + rows.get(i) + ")(\\s*\\(\\d+\\))?[:.]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      assertTrue(p.matcher(HEADING_EXAMPLES.get(i)).matches(), rows.get(i) + " should match " + HEADING_EXAMPLES.get(i));
    }
  }

  @Test
  void everyReadMoreRowIsALinkThatLeadsFromATeaser() {
    for (String row : Lines.load(BoilerplateRemover.class, "read-more-links.txt")) {
      assertTrue(BoilerplateRemover.isReadMore(row), row);
      assertTrue(BoilerplateRemover.isReadMore(row.toUpperCase(java.util.Locale.ROOT) + " »"), row);
    }
    assertFalse(BoilerplateRemover.isReadMore("Read more about the smelter"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lire aussi : Le prix de la baguette reste stable", "Lesen Sie auch: Bahn will pünktlicher werden",
      "Leggi anche: Export di vino in crescita", "延伸阅读：新高铁线路开通运营", "Publicité", "ANZEIGE", "广告", "1.2K14", "1.2K 14",
      "4 min read", "5 Min. Lesezeit", "Story continues below advertisement", "SCROLL TO CONTINUE WITH CONTENT",
      "Foto: dpa", "写真：共同", "图注：奥尔德林的圣餐杯回到了地球上", "[责任编辑:肖春芳]", "原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人",
      "A version of this article appears in print on May 8, 2024, Section B, Page 3 of the New York edition.",
      "Want to know more about the speakers? Follow them on Mastodon or Bluesky.", "Like us on Facebook", "Follow her on Twitter @jdoe.",
      "Posted on March 3, 2021 by admin", "Posted by Elmar Klausmeier at 10:32", "Publié le 12 février 2020 par la rédaction",
      "Veröffentlicht am 13.5.2019 von Redaktion"})
  void furnitureLinesInManyLanguages(String line) {
    assertTrue(FurnitureFilter.isFurnitureLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shipments to the U.S. rose to 619 metric tons in July.", "2025", "2024 | 1,234 | 5.6", "10,000", "Read the full report.",
      "Foto di gruppo dei ministri dopo il vertice di Roma, dove hanno firmato l'accordo.",
      "The YEP now boasts nearly 110,000 followers on Twitter.",
      "To become a fan of the Panolian on Facebook, simply log on to Facebook and perform a search on “The Panolian.”",
      "Following your YEP on Twitter is a great way to keep in touch for the very best local news.",
      "Posted by the council as a reminder to residents", "Published by Penguin, the book sold 200,000 copies in its first year and was translated into twelve languages."})
  void sentencesAreNotFurnitureLines(String line) {
    assertFalse(FurnitureFilter.isFurnitureLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"By Nadia Rahman·2023-09-05·4 min read", "記者 田中美咲 - 2025-04-15", "Kenji Watanabe4 min read·2025-01-29"})
  void bylineAndDateLinesAreMetaLines(String line) {
    assertTrue(FurnitureFilter.isMetaLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10:00", "9.45am", "14 h 30", "11:02 GMT"})
  void timeStampsOfLivePosts(String line) {
    assertTrue(FurnitureFilter.isTimeStamp(line), line);
  }

  @Test
  void aSentenceWithADateIsNotAMetaLine() {
    assertFalse(FurnitureFilter.isMetaLine("On May 10, 2023, Northern Rare Earth showcased its magnets."));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // smoke17, headlines read alone: a byline or date line states no percentage and no grouped count
      // (recurrentauto.com/research/used-electric-vehicle-buying-report, news18.com/auto/ev-sales-may-2023-42-percent-m-o-m-growth-registered-over-1-5-lakh-units-sold-8030491.html)
      "Used EV prices decline 28% from July 2022", "EV Sales May 2023: 42 Percent M-o-M Growth Registered, Over 1.5 Lakh Units Sold",
      "Tesla delivered 466,140 vehicles in June 2023"})
  void aHeadlineWithAFigureAndADateIsNotAMetaLine(String line) {
    assertFalse(FurnitureFilter.isMetaLine(line), line);
  }

  @Test
  void aWholeNameClassWordDoesNotMatchAsAPart() {
    assertTrue(BoilerplateRemover.junkWord("hidden"));
    assertFalse(BoilerplateRemover.junkWord("field--label-hidden"));
    assertTrue(BoilerplateRemover.junkWord("visually-hidden"));
  }
}
