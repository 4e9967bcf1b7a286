package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The host of an article's URL: what site conventions (a local dollar, a fiscal year) are read from. */
class ArticleHostTest {

  private static Article at(String url) {
    return new Article("a", "a.html", null, null, List.of(), null, url, null, "Text.", List.of());
  }

  @Test
  void theHostIsLowerCaseWithoutPortOrPath() {
    assertEquals("www.australianmining.com.au", at("https://WWW.AustralianMining.com.au:443/rare-earths/?p=1").host());
    assertEquals("ltresources.com.au", at(" https://ltresources.com.au/?p=6418 ").host());
  }

  @Test
  void noUrlOrNoHostGivesNull() {
    assertNull(at(null).host());
    assertNull(at("corpus/003.html").host());
    assertNull(at("https://bad host/x").host());
  }
}
