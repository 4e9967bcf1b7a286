package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static void assertSpans(List<int[]> expected, QuoteMarks marks) {
    assertEquals(expected.size(), marks.closed().size());
    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), marks.closed().get(i));
  }

  @Test
  void curlyMarksPairAsWritten() {
    String p = "“Prices will rise,” he said. “Demand is strong.”";
    QuoteMarks m = QuoteMarks.of(p);
    assertSpans(List.of(new int[] {0, p.indexOf('”')}, new int[] {p.lastIndexOf('“'), p.length() - 1}), m);
    assertEquals(-1, m.unclosed());
  }

  @Test
  void straightMarksOpenThenClose() {
    String p = "He said \"supply is tight\" and \"it will stay so\".";
    QuoteMarks m = QuoteMarks.of(p);
    assertSpans(List.of(new int[] {8, 24}, new int[] {30, 46}), m);
  }

  @Test
  void aShortQuotedTermIsNoQuotation() {
    QuoteMarks m = QuoteMarks.of("The so-called \"EV\" boom, “ok” then.");
    assertSpans(List.of(), m);
    assertEquals(-1, m.unclosed());
  }

  @Test
  void aQuotationLeftOpenIsReported() {
    String p = "Dr Jake Whitehead said: “2024 has been a year of records";
    QuoteMarks m = QuoteMarks.of(p);
    assertSpans(List.of(), m);
    assertEquals(p.indexOf('“'), m.unclosed());
  }

  @Test
  void aClosingMarkWithoutOpeningIsIgnored() {
    String p = "records,” she said, “and more to come.”";
    QuoteMarks m = QuoteMarks.of(p);
    assertSpans(List.of(new int[] {p.indexOf('“'), p.length() - 1}), m);
  }
}
