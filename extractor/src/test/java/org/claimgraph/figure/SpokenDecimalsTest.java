package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decimals written as they are read aloud, the style of broadcasters' web copy ("304-point-three gigawatt hours",
 * "two-point-two percentage points", fresh8): one number, whole part and decimals in digits or words, never the fragment
 * "two-point". Right answers decided before the rule ran, from GUIDELINES.md (the value as written, its written unit and
 * scale). Outside sentences: KBS World Radio (world.kbs.co.kr, rki.kbs.co.kr), KBS News (news.kbs.co.kr) and a KBS World
 * Radio report carried by itpc-busan.kr; the style is one broadcaster's, its reprints carry it to other sites.
 */
class SpokenDecimalsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // world.kbs.co.kr/service/contents_view.htm?lang=e&board_seq=426482
      "The South Korean economy grew zero-point-seven percent in the second quarter from the previous quarter thanks to a recovery in private consumption.|zero-point-seven percent|0.7|percent",
      "Exports declined three-point-one percent, the worst performance since the second quarter of 2020.|three-point-one percent|3.1|percent",
      "The organization marked down its forecast for Asia’s fourth largest economy by zero-point-two percentage points from three months ago.|zero-point-two percentage points|0.2|percentage-point",
      // rki.kbs.co.kr/service/news_view.htm?Seq_Code=126878&lang=e: digits and words mixed
      "South Korea’s exports reached 83-point-five billion dollars during the period, up 15-point-seven percent on-year.|83-point-five billion dollars|83500000000|USD",
      "South Korea’s exports reached 83-point-five billion dollars during the period, up 15-point-seven percent on-year.|15-point-seven percent|15.7|percent",
      "According to the World Trade Organization on Sunday, 71 major countries’ trade volume came to four-point-84 trillion U.S. dollars in the first two months of the year.|four-point-84 trillion U.S. dollars|4840000000000|USD",
      // news.kbs.co.kr/news/view.do?ncd=2127464
      "The Bank of Korea projects the economy will grow 5-point-9 percent this year.|5-point-9 percent|5.9|percent",
      // itpc-busan.kr (KBS World Radio News, 2016-06-02)
      "The OECD forecast economic growth of one-point-eight percent for the U.S. and six-and-a-half percent for China.|one-point-eight percent|1.8|percent",
      // world.kbs.co.kr/english/news/news_Ec_detail.htm?No=135386
      "The unemployment rate for young people, aged between 15 and 29, came to eleven-point-six percent, the highest March figure since 2016.|eleven-point-six percent|11.6|percent",
      "According to data by Statistics Korea on Wednesday, the number of people with jobs stood at 26-point-six million in March, up 112-thousand from a year earlier.|26-point-six million|26600000|count",
      // the fresh8 shape written again: the unit joined by a hyphen
      "The company claimed a 36-point-eight-percent share.|36-point-eight-percent|36.8|percent"})
  void aSpokenDecimalIsOneNumber(String sentence, String quote, double value, String unit) {
    Quantity q = Texts.quantity(sentence, quote);
    assertEquals(value, q.value(), 1e-6 * Math.max(1, value));
    assertEquals(unit, q.unit());
  }

  @Test
  void noFragmentIsLeft() {
    String sentence = "Their combined market share came to 23-point-nine percent in the first half, down two-point-two percentage points from the previous year.";
    List<Quantity> qs = new QuantityFinder(org.claimgraph.lexicon.Lexicon.get()).find(sentence, 0);
    assertEquals(2, qs.size(), qs.toString());
    Figure points = PeriodRulesTest.figure(Texts.figures(LocalDate.of(2025, 8, 7), sentence), "two-point-two percentage points");
    assertEquals(Kind.CHANGE, points.kind());
    assertEquals("down", points.direction());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // negatives: a points score, a plan, a game lead are no decimals
      "The party unveiled a ten-point plan to revive exports.",
      "The team held a three-point lead at half-time."})
  void pointsThatAreNoDecimals(String sentence) {
    List<Quantity> qs = new QuantityFinder(org.claimgraph.lexicon.Lexicon.get()).find(sentence, 0);
    assertTrue(qs.stream().noneMatch(q -> q.value() != Math.rint(q.value())), qs.toString());
  }
}
