package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts the finder lost or merged (missed36): a number after "Name, " is no part of the name ("by BYD, 5,735 by Great
 * Wall"), six or seven digits written without separators are an amount when round or after a word of amounts ("about
 * 148000"), and two amounts of one unit joined by "and" are two amounts, not one in two parts ("2.4 million tonnes and
 * 1.06 million tonnes"; "18 hours and 40 minutes" stays one). Sentences of the studied splits' publishers (Sobaoo, Jordan
 * Times, NEVs Edoma, Techlife, NextBigFuture, Alcircle, Global South World).
 */
class ListedAmountsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 3);

  private static List<String> quotes(String sentence) {
    return Texts.figures(DATE, sentence).stream().map(f -> f.evidence().quote() + "=" + f.quantity().value() + " " + f.quantity().unit()).toList();
  }

  @Test
  void aCommaEndsAName() {
    assertEquals(List.of("1,445 units=1445.0 vehicle", "146 units=146.0 vehicle"),
        quotes("Of the EVs, 1,445 units were hybrid EVs, 146 units were battery EVs."));
    assertEquals(List.of("15,576 EVs=15576.0 vehicle", "13,629 hybrid vehicles=13629.0 vehicle", "9,456 diesel vehicles=9456.0 vehicle"),
        quotes("In 2022, 15,576 EVs, 13,629 hybrid vehicles and 9,456 diesel vehicles were cleared."));
    assertEquals(List.of("14,939=14939.0 count", "5,735=5735.0 count", "5,049=5049.0 count"),
        quotes("Thus, 14,939 were supplied by BYD, 5,735 by Great Wall and 5,049 by Toyota."));
    // negative: a number right after a name is the name's
    assertEquals(List.of(), quotes("Boeing 737 jets were grounded after the incident."));
  }

  @Test
  void unseparatedAmounts() {
    assertEquals(List.of("224145=224145.0 count", "146125=146125.0 count", "53.4%=53.4 percent"),
        quotes("In the first three months of this year, the EU sold 224145 BEVS, up from 146125 in the same period last year, a year-on-year increase of 53.4%."));
    assertEquals(List.of("about 1.25 million=1250000.0 vehicle", "about 148000=148000.0 vehicle"),
        quotes("US light vehicles sales were about 1.25 million in September 2025 and BEV were about 148000."));
    // negatives: codes stay out
    assertEquals(List.of(), quotes("The product is classified under HS code 850760 and tariff line 870380."));
    assertEquals(List.of(), quotes("The tender number is 4471235 for the project."));
  }

  @Test
  void twoAmountsOfOneUnitAreTwo() {
    assertEquals(List.of("2.4 million tonnes=2400000.0 tonne", "1.06 million tonnes=1060000.0 tonne"),
        quotes("Germany and India are likely to follow China by securing 2.4 million tonnes and 1.06 million tonnes, respectively."));
    assertEquals(List.of("61 million tons=6.1E7 tonne", "4.6 million tons=4600000.0 tonne"),
        quotes("Gabon has estimated reserves of 61 million tons and 4.6 million tons produced in 2024."));
    // negative: an amount in two units, the second the smaller, is one
    assertEquals(List.of("18 hours and 40 minutes=18.6666666667 hour"), quotes("The charge took 18 hours and 40 minutes to finish."));
  }
}
