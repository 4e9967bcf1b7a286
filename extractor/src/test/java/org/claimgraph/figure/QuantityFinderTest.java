package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, units, scales, ranges and qualifiers as different publishers write them. */
class QuantityFinderTest {

  private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.get());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | quote | value | value_max | unit | qualifier
      "Chinese exports to the US hit 619 mt in July.|619 mt|619||tonne|",
      "Exports reached 5,577 metric tons.|5,577 metric tons|5577||tonne|",
      "Shipments totalled 3,188 tonnes in June.|3,188 tonnes|3188||tonne|",
      "China exported 3188 tons of rare earth magnets.|3188 tons|3188||tonne|",
      "Output was 12 kt last quarter.|12 kt|12||kilotonne|",
      "Imports rose to 4,200 kg.|4,200 kg|4200||kg|",
      "NEV production reached 1.243 million units.|1.243 million units|1243000||vehicle|",
      "Factory output reached 1.2 million units.|1.2 million units|1200000||count|",
      "Each vehicle needs 2-5 kg of magnets.|2-5 kg|2|5|kg|",
      "They faced tariffs of 10%-25%.|10%-25%|10|25|percent|",
      "Sales rose 12–12.7% on the year.|12–12.7%|12|12.7|percent|",
      "The deal is worth $1.2 billion.|$1.2 billion|1200000000||USD|",
      "Prices reached US$40,000 per tonne.|US$40,000 per tonne|40000||USD/tonne|",
      "Revenue was 5 billion yuan.|5 billion yuan|5000000000||CNY|",
      "Eighty percent of the ore is processed in China.|Eighty percent|80||percent|",
      "Exports soared nearly 75% from June.|nearly 75%|75||percent|nearly",
      "China supplies more than 90% of the magnets.|more than 90%|90||percent|more than",
      "Exports jumped to more than seven times that of May.|more than seven times|7||factor|more than",
      "Output rose 1.5 percentage points.|1.5 percentage points|1.5||percentage-point|",
      "Production fell 3.4 per cent.|3.4 per cent|3.4||percent|",
      "NEV production hit 1.243 million units (+26.3% YoY).|+26.3%|26.3||percent|",
      "Some 40,000 tonnes were shipped.|Some 40,000 tonnes|40000||tonne|some"})
  void readsQuantities(String sentence, String quote, double value, Double max, String unit, String qualifier) {
    List<Quantity> qs = FINDER.find(sentence, 100);
    Quantity q = qs.stream().filter(x -> sentence.substring(x.start() - 100, x.end() - 100).equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + quote + "\" in " + qs + " of: " + sentence));
    assertEquals(value, q.value(), 1e-9);
    assertEquals(max, q.valueMax());
    assertEquals(unit, q.unit());
    assertEquals(qualifier, q.qualifier());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "On May 10, 2023, in Shanghai, a brand day was held.",
      "According to a report by Reuters on July 20th, exports rebounded.",
      "In 2024, profits grew.",
      "The F-35 program faced stagnation risks.",
      "Section 232 tariffs apply to imports.",
      "Beijing issued a third batch of bonds.",
      "Two months later, exports rebounded sharply.",
      "One of the largest producers said so.",
      "The meeting starts at 10:30 on Monday.",
      "In the first 10 months of the year, trade slowed."})
  void skipsDatesOrdinalsNamesAndWords(String sentence) {
    assertEquals(List.of(), FINDER.find(sentence, 0), sentence);
  }

  @Test
  void doubledIsAFactor() {
    List<Quantity> qs = FINDER.find("Imports more than doubled in March.", 0);
    assertEquals(1, qs.size());
    assertEquals(2, qs.get(0).value());
    assertEquals("factor", qs.get(0).unit());
    assertEquals("more than", qs.get(0).qualifier());
  }

  @Test
  void signsAreKept() {
    Quantity q = FINDER.find("Sales: +27.4% YoY; output −3.1%", 0).get(0);
    assertEquals('+', q.signed());
    assertNull(q.valueMax());
    assertTrue(FINDER.find("output −3.1% YoY", 0).get(0).signed() == '-');
  }
}
