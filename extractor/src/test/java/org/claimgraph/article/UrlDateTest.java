package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses of real pages of several publishers. */
class UrlDateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://rareearths.com/2024/01/12/chinas-exports-of-rare-earths-rise-year-on-year/|2024-01-12|DAY",
      "https://blog.wikimedia.org/2018/06/28/interactive-maps-now-in-your-language/|2018-06-28|DAY",
      "https://www.france24.com/en/20190123-yellow-vests-french-riot-police-now-wear-body-cameras|2019-01-23|DAY",
      "https://observers.france24.com/en/20190826-mexico-african-migrants-trapped-protest-journey|2019-08-26|DAY",
      "http://blog.python.org/2016/12/python-360-is-now-available.html|2016-12-01|MONTH"})
  void readsTheDateAPublisherFiledThePageUnder(String url, String date, DateText.Precision precision) {
    assertEquals(new DateText.Dated(LocalDate.parse(date), precision), UrlDate.of(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a year in the slug is what the story is about, not when it was filed
      "https://www.nasdaq.com/articles/chinas-2023-rare-earth-exports-climb-7.3-y-y-on-growing-demand",
      // a report id, a month name in the slug
      "https://www.woodmac.com/reports/metals-global-rare-earths-short-term-outlook-january-2023-150096801/",
      // a two-digit year and month is as likely an id
      "https://www.benzinga.com/markets/asia/23/06/32666074/chinese-ev-giants-report-may-deliveries",
      // not a calendar day, a year before the web, the future, the host
      "https://example.com/2023/13/40/story", "https://example.com/1987/06/01/story",
      "https://example.com/2999/01/01/story", "https://news2024-05.example.com/story"})
  void refusesWhatIsNotAPublicationDate(String url) {
    assertNull(UrlDate.of(url));
  }
}
