package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-08-21T09:30:00Z|2025-08-21",
      "2025-08-21|2025-08-21",
      "2025/8/21|2025-08-21",
      "20250821|2025-08-21",
      "August 21, 2025|2025-08-21",
      "Aug. 21, 2025|2025-08-21",
      "Sept 2, 2025|2025-09-02",
      "21 August 2025|2025-08-21",
      "21st Aug 2025, 10:02 IST|2025-08-21",
      "Thu, 21 Aug 2025 09:30:00 GMT|2025-08-21",
      "Published: 21 Aug 2025|2025-08-21"})
  void readsDatesAsPagesWriteThem(String text, String expected) {
    assertEquals(LocalDate.parse(expected), DateText.parse(text));
  }

  /** Bylines and datelines of French, German, Spanish, Italian, Portuguese and Dutch pages. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mis à jour le 1er février 2021 à 10h05|2021-02-01",
      "Veröffentlicht am 24. März 2004, 19:49|2004-03-24",
      "Publicado el 3 de marzo de 2020|2020-03-03",
      "Pubblicato il 12 giugno 2019 alle 08:30|2019-06-12",
      "5 de janeiro de 2022 às 14h|2022-01-05",
      "Geplaatst op 14 mei 2021|2021-05-14",
      "Dezember 3, 2018|2018-12-03"})
  void readsMonthNamesInSevenLanguages(String text, String expected) {
    assertEquals(LocalDate.parse(expected), DateText.parse(text));
  }

  @Test
  void aMonthNameInAnotherLanguageKeepsItsPrecision() {
    assertEquals(new DateText.Dated(LocalDate.parse("2004-03-01"), DateText.Precision.MONTH), DateText.parseDated("März 2004"));
  }

  /** Words that abbreviate a month in one language but are everyday words in another are not months. */
  @ParameterizedTest
  @ValueSource(strings = {"two years ago 2019", "the set 2020", "sold out 2021", "Marco 2020"})
  void everydayWordsAreNotMonths(String text) {
    assertNull(DateText.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "Mayday 21, 2025", "2025-13-40", "619 tons in July"})
  void returnsNullWithoutADate(String text) {
    assertNull(DateText.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"August 21, 2025", "2025-09-02", "Updated: 21 Aug 2025 10:02 GMT", "Thursday, August 21, 2025"})
  void recognisesDatelines(String text) {
    assertTrue(DateText.isDateOnly(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"On May 10, 2023, in Shanghai, Northern Rare Earth showcased its products.",
      "July 2025: NEV production hit 1.243 million units"})
  void doesNotTakeSentencesForDatelines(String text) {
    assertFalse(DateText.isDateOnly(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-01|2024-01-01|MONTH",
      "2024|2024-01-01|YEAR",
      "January 2024|2024-01-01|MONTH",
      "Sept. 2025|2025-09-01|MONTH",
      "2025-08-21|2025-08-21|DAY",
      "21.08.2025|2025-08-21|DAY",
      "21/08/2025 10:02|2025-08-21|DAY",
      "08/21/2025|2025-08-21|DAY",
      "2025年8月21日 10:02|2025-08-21|DAY",
      "Published on Tuesday, 20 August 2024 at 09:14|2024-08-20|DAY"})
  void keepsThePrecisionADateIsWrittenWith(String text, String date, DateText.Precision precision) {
    assertEquals(new DateText.Dated(LocalDate.parse(date), precision), DateText.parseDated(text));
  }

  @Test
  void readsNoDateFromAnAmbiguousSlashedDate() {
    assertNull(DateText.parse("03/04/2025"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Reuters, 20 Aug 2025; PR Newswire; Xinhua; AP: as their stories open.
      "BEIJING, Aug 20 (Reuters) - China's exports of rare earth magnets to the United States surged in July.|2025|2025-08-20",
      "LONDON, March 3, 2025 /PRNewswire/ -- Rare earth producers announced a new supply agreement.||2025-03-03",
      "KINSHASA, Feb. 22 (Xinhua) -- The Democratic Republic of Congo suspended cobalt exports for four months.|2025|2025-02-22",
      "WASHINGTON (AP) — The Commerce Department said Tuesday it would review imports.|2025|"})
  void readsWireDatelines(String paragraph, Integer year, String expected) {
    assertEquals(expected == null ? null : LocalDate.parse(expected), DateText.wireDateline(paragraph, year));
  }

  @Test
  void aDatelineWithoutAYearNeedsTheArticlesYear() {
    assertNull(DateText.wireDateline("BEIJING, Aug 20 (Reuters) - China's exports rose.", null));
  }
}
