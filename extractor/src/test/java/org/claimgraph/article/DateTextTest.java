package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
}
