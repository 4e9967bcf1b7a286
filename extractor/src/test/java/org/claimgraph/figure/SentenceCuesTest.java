package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cues PeriodResolver skips its patterns on say "may match" for every case the patterns match: a month's name in any case
 * ("(?i)" patterns match "through june"), an upper-case word ("QUARTER"), and a sentence without digits still reads its
 * relative periods.
 */
class SentenceCuesTest {

  @Test
  void monthsAndWordsInAnyCase() {
    SentenceCues cues = SentenceCues.of("Sales rose THROUGH JUNE in the FIRST QUARTER");
    assertTrue(cues.month());
    assertTrue(cues.has("quarter"));
    assertTrue(cues.has("first"));
    assertFalse(cues.digit());
  }

  @Test
  void digitsAreAscii() {
    assertTrue(SentenceCues.of("in 2024").digit());
    assertFalse(SentenceCues.of("in ٢٠٢٤ sales rose").digit()); // \d without UNICODE_CHARACTER_CLASS matches 0-9 only
    assertFalse(SentenceCues.of("Prices rose sharply").month());
  }

  @Test
  void aSentenceWithoutDigitsStillReadsItsPeriods() {
    PeriodResolver.Context ctx = new PeriodResolver.Context(LocalDate.of(2024, 6, 15), 2024);
    List<PeriodMention> found = new PeriodResolver().find("Exports fell in the first half of last year but rose last month", ctx);
    assertEquals(List.of("2023-01/2023-06", "2024-05"), found.stream().map(PeriodMention::period).toList());
  }
}
