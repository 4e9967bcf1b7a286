package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence read again in a context that differs only by its data month reads as a fresh reading: the thread's last
 * reading stands in for it only when it never asked for the data month.
 */
class LastReadingTest {

  private static final PeriodResolver.Context JUNE_2024 = new PeriodResolver.Context(LocalDate.of(2024, 6, 15), 2024);

  private static List<String> periods(List<PeriodMention> found) {
    return found.stream().map(PeriodMention::period).toList();
  }

  @Test
  void aReadingThatAsksForTheDataMonthIsReadAgain() {
    String sentence = "Sales so far this year reached 1.2 million units.";
    PeriodResolver periods = new PeriodResolver();
    assertEquals(List.of("2024-01/2024-05"), periods(periods.find(sentence, JUNE_2024)));
    assertEquals(List.of("2024-01/2024-03"), periods(periods.find(sentence, JUNE_2024.withDataMonth(YearMonth.of(2024, 3)))));
  }

  @Test
  void aReadingThatNeverAsksStandsForTheNext() {
    String sentence = "Exports rose 5% in March 2024 from a year earlier.";
    PeriodResolver.Context withDataMonth = JUNE_2024.withDataMonth(YearMonth.of(2024, 2));
    PeriodResolver periods = new PeriodResolver();
    List<PeriodMention> fresh = periods.find(sentence, withDataMonth);
    periods.find("Another sentence.", JUNE_2024);
    List<PeriodMention> first = periods.find(sentence, JUNE_2024);
    List<PeriodMention> second = periods.find(sentence, withDataMonth);
    assertEquals(List.of("2024-03"), periods(second));
    assertEquals(fresh, second);
    assertEquals(first, second);
    // Each caller gets a list of its own.
    assertNotSame(first, second);
    second.clear();
    assertEquals(first, periods.find(sentence, JUNE_2024));
  }
}
