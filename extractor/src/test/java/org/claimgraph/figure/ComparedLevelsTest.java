package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * review25b: ComparedPercents reads a percent compared with a time as a change only where its own words mark nothing. A level
 * verb right before it ("reached 27.6%", "stood at 78%", "were 5.25%") marks a level, which the sentence compares with its
 * earlier level ("compared to 2021 when it was 15%"); and a spaced hyphen or dash after a word ("BEV share by market – 18%",
 * "Sales in Norway - 82% compared to 2022 - were") is a separator, not a minus sign. Each sentence was read as below before
 * 44990172 and reads otherwise after it; the pages' shapes are those of the search tool's pages (besvol.com's "the market
 * penetration rate has reached 27.6%", a country-by-country dash list).
 */
class ComparedLevelsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 5);

  private static List<Object> kd(String sentence, String quote) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
    return Arrays.asList(f.kind(), f.direction());
  }

  @Test
  void aLevelVerbBeforeAComparedPercentKeepsItALevel() {
    assertEquals(Arrays.asList(Kind.SHARE, null), kd("In 2023 the market penetration rate reached 27.6%, compared to 2021 when it was 15%.", "27.6%"));
    assertEquals(Arrays.asList(Kind.SHARE, null), kd("Capacity utilisation stood at 78% compared with the same period last year.", "78%"));
    assertEquals(Arrays.asList(Kind.AMOUNT, null), kd("Interest rates were 5.25% compared to 2021, when they were close to zero.", "5.25%"));
  }

  @Test
  void aDashAfterAWordIsNoMinusSign() {
    // Before 44990172 both were shares; after, changes "down". The kind stays the rule's call (its words mark none); the
    // direction a separator gives is none.
    assertEquals(null, kd("BEV share by market – 18% compared to the same period in 2023.", "18%").get(1));
    assertEquals(null, kd("Sales in Norway - 82% compared to 2022 - were the highest in Europe.", "82%").get(1));
  }

  @Test
  void aSignStillMakesAChange() {
    // devset f11 discoveringdad (ComparedPercentsTest): the sign apart makes it a change whatever the verb.
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), kd("This is + 166% compared to 2019, when the share was only 7%.", "166%"));
    assertEquals("up", ComparedPercents.apartSign("This is + "));
    assertEquals("down", ComparedPercents.apartSign("sales fell (- "));
    assertEquals(null, ComparedPercents.apartSign("Sales in Norway - "));
  }
}
