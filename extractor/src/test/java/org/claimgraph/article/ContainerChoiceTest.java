package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Which part of a page is the story when the furniture beside it holds more text than the story
 * does: a long sidebar widget, a list of teasers for other posts. Text from e.politics,
 * the Sunlight Foundation and two WordPress help blogs (styledthemes, johnrampton).
 */
class ContainerChoiceTest {

  private static final String STORY = "<p>Inspired by the May 16th article on the conspicuous lack of presidential"
      + " campaign widgets, a group of software developers has started to build their own — if the campaigns won’t"
      + " help their supporters spread the word, these guys are happy to do it for them.</p>"
      + "<p>Based in the thriving tech hub of, um, Idaho, the folks at Widgetnest have taken the first steps toward"
      + " creating a comprehensive suite of widgets for campaign promotion. As a start, they’ve built some"
      + " nice-looking widgets to display RSS feeds for four of the candidates.</p>"
      + "<p>Nice work! Maybe the campaigns would like to follow suit and create their own? How about holding a"
      + " build-a-widget contest, with the most useful widgets and their creators getting featured on the official"
      + " campaign site and in outreach emails?</p>";

  private static final String LONG_WIDGET = "<p>Everyone’s writing about politicians these days, so Sunlight’s"
      + " developed a tool to help enliven that article, blog post or comment. Our thinking was that when you write"
      + " about a member of Congress, you should be able to insert contextual information about who funds their"
      + " campaigns, who gets their earmarks and the like, into a blog post or news article as easily as you can"
      + " embed a YouTube video.</p><p>We have ten free Politiwidgets that can help you display lawmakers’ top"
      + " campaign contributors, earmarks they have requested, their voting record on any current bill, where their"
      + " fundraisers are, etc. They are all based on data from groups like the Center for Responsive Politics so"
      + " you know they’re factually correct and contain the very latest information.</p><p>When the Sunlight Labs"
      + " created these Politiwidgets, we were challenged by our funder to ensure that 50 websites used them by"
      + " Election Day. Today we have 106 sites that have implemented Politiwidgets into their reporting routine!"
      + " Sites have used Politiwidgets as a way to easily show information about incumbents in their area.</p>";

  private final ArticleReader reader = new ArticleReader();

  private String body(String html) throws ArticleException {
    return reader.readHtml("page.html", "page.html", html).text();
  }

  @Test
  void aSidebarWidgetLongerThanTheStoryIsNotTheStory() throws Exception {
    String text = body("<html><body><div id=\"content\"><article class=\"post\"><h1>Widgets Not Waiting for the"
        + " Campaigns</h1>" + STORY + "</article></div><section id=\"sidebar\"><aside class=\"widget widget_text\">"
        + "<h3 class=\"widget-title\">About our widgets</h3>" + LONG_WIDGET + "</aside></section></body></html>");
    assertTrue(text.startsWith("Inspired by the May 16th article"), text);
    assertTrue(text.contains("build-a-widget contest"), text);
    assertFalse(text.contains("Politiwidgets"), text);
  }

  @Test
  void aForumThreadLongerThanThePostIsNotThePost() throws Exception {
    // SPIP and bulletin-board sites call a reader-comment thread a forum.
    String text = body("<html><body><div class=\"texte\">" + STORY + "</div><div class=\"divforum\"><h2>3 commentaires"
        + "</h2><ul class=\"forum\"><li class=\"forum-fil\"><p>We are geeks and don’t need the campaign to make us"
        + " widgets. We use pledgebank and can post our own links on our own sites.</p></li><li class=\"forum-fil\">"
        + LONG_WIDGET + "</li></ul></div></body></html>");
    assertTrue(text.startsWith("Inspired by the May 16th article"), text);
    assertFalse(text.contains("pledgebank"), text);
    assertFalse(text.contains("Politiwidgets"), text);
  }

  @Test
  void aWrapperOnlyMentioningTheSidebarKeepsTheStory() throws Exception {
    String text = body("<html><body><div class=\"content-with-sidebar\">" + LONG_WIDGET + "</div>"
        + "<div class=\"meta\"><p>Filed under campaigns and widgets, with three comments so far.</p></div>"
        + "</body></html>");
    assertTrue(text.contains("Politiwidgets into their reporting routine"), text);
  }

  @Test
  void aSidebarIsKeptWhenLittleTextIsLeftBesideIt() throws Exception {
    // Without a story of some length elsewhere, the box is the page's text after all.
    String text = body("<html><body><p>Posted in May by Colin Delany.</p><section id=\"sidebar\">" + LONG_WIDGET
        + "</section></body></html>");
    assertTrue(text.contains("Politiwidgets into their reporting routine"), text);
  }

  @Test
  void sidebarsAreNamedByTagRoleOrAWholeName() {
    assertTrue(BoilerplateRemover.isSidebar(Jsoup.parse("<aside>x</aside>").selectFirst("aside")));
    assertTrue(BoilerplateRemover.isSidebar(div("<div role=\"complementary\">x</div>")));
    assertTrue(BoilerplateRemover.isSidebar(div("<div id=\"secondary\">x</div>")));
    assertTrue(BoilerplateRemover.isSidebar(div("<div class=\"widget_rss foo\">x</div>")));
    assertTrue(BoilerplateRemover.isSidebar(div("<div class=\"commentsArea\">x</div>")));
    assertTrue(BoilerplateRemover.isSidebar(div("<div class=\"forum-fil\">x</div>")));
    assertFalse(BoilerplateRemover.isSidebar(div("<div class=\"content-with-sidebar\">x</div>")));
    assertFalse(BoilerplateRemover.isSidebar(div("<div class=\"post-related-note\">x</div>")));
  }

  private static final String TEASERS = "<div id=\"more-posts\">"
      + "<div class=\"card\"><h2><a href=\"/use-excerpts/\">Use Excerpts instead of the content summary</a></h2>"
      + "<p>There’s a couple ways to display post summaries in a blog: content summary with the classic Read More, or"
      + " excerpts which have a set number of words […]</p></div>"
      + "<div class=\"card\"><h2><a href=\"/post-excerpts-more-tag/\">Post Excerpts and the More Tag</a></h2>"
      + "<p>Not only once, it has been said that displaying full posts on your blog home page increases the chance"
      + " of being penalized for duplicate content. In WordPress, using post excerpts has proven […]</p></div>"
      + "<div class=\"card\"><h2><a href=\"/knowledge-base-excerpts/\">Knowledge Base: Excerpts</a></h2>"
      + "<p>When you write a post and publish it, by default only the first two paragraphs will appear on the home"
      + " page. To read the balance of the post, a reader needs to click on the title, which will display</p>"
      + "</div></div>";

  @Test
  void aListOfTeasersForOtherPostsIsNotTheStory() throws Exception {
    String text = body("<html><body><div id=\"wrap\"><h1>Customizing the Read More</h1><div class=\"entry\"><p>"
        + "Excerpts show up through two methods: by replacing the content tag with the excerpt tag, or the first 55"
        + " words of the post’s content. Users can then click on the title to continue reading.</p></div>" + TEASERS
        + "</div></body></html>");
    assertTrue(text.startsWith("Excerpts show up through two methods"), text);
    assertFalse(text.contains("duplicate content"), text);
    assertFalse(text.contains("two paragraphs"), text);
  }

  @Test
  void aNewslettersLinkedItemsWithTheirOwnCommentStay() throws Exception {
    String items = TEASERS.replace(" […]", ". A good read.");
    String text = body("<html><body><div id=\"issue\"><p>This week: three posts on excerpts, and why they"
        + " matter for your readers.</p>" + items + "</div></body></html>");
    assertTrue(text.contains("duplicate content"), text);
    assertTrue(text.contains("post summaries in a blog"), text);
    assertTrue(text.contains("first two paragraphs"), text);
  }

  @Test
  void aStorysSectionsHeadedByTheirOwnAnchorsStay() throws Exception {
    String sections = TEASERS.replace("href=\"/", "href=\"#");
    String text = body("<html><body><div id=\"doc\"><p>Three ways WordPress shortens posts, and when to use"
        + " each of them in a theme.</p>" + sections + "</div></body></html>");
    assertTrue(text.contains("duplicate content"), text);
  }

  private static Element div(String html) {
    return Jsoup.parse(html).selectFirst("div");
  }
}
