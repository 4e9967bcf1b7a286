package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title set off by commas before the person who holds it ("according to the minister of Mines, Winston Chitando",
 * "Mines and Mining Development Minister, Winston Chitando, said") credits the person, as the title written straight before
 * the name does; the title written again later without the name ("Pakistan’s Federal Minister for Industries and
 * Production said", "Finance Minister, however, said") is that person still (credit28a). The expected credits were
 * written down before the rule.
 */
class ApposedTitlesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 11, 21);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aTitleBetweenCommasBeforeANameCreditsTheName() {
    // Financial Gazette (Zimbabwe), fresh21's f21-m-04
    assertEquals("Winston Chitando", credit(Texts.figures(DATE,
        "However, and following the recent prohibition of raw lithium exports, annual revenue of US$600 million is expected from just one "
            + "processing plant, according to the minister of Mines, Winston Chitando."), "US$600 million"));
    // outside the devset: equityaxis.net/post/3447/2018/5/govt-targets-75-tonnes-of-gold-annually (Chronicle)
    assertEquals("Winston Chitando", credit(Texts.figures(DATE,
        "Mines and Mining Development Minister, Winston Chitando, said his ministry was working on a five-year cycle that would take gold "
            + "output to 75 tonnes a year."), "75 tonnes a year"));
    // outside the devset: herald.co.zw, "Lithium, battery exports rake in US$209m"
    assertEquals("Zhemu Soda", credit(Texts.figures(DATE,
        "THE Lithium and Battery Minerals sector has generated US$209 million in export receipts in the first nine months of the year, "
            + "Mines and Mining Development Minister, Zhemu Soda, said yesterday."), "US$209 million"));
  }

  @Test
  void theTitleWrittenAgainWithoutTheNameIsThePersonNamedBefore() {
    // AZERTAC, fresh22's f22-e-05
    List<Figure> fs = Texts.figures(DATE,
        "The draft of the new five-year Electric Vehicles (EV) Policy for 2025-30 has been formulated under which local and foreign investors "
            + "will be offered attractive incentives. According to Pakistan's Federal Minister for Industries and Production, Rana Tanveer Hussain, "
            + "the target of the government is to have 90 percent Electric Vehicles (EV) on the roads by 2040.",
        "In the first phase, the government aims to have 30 percent electric vehicles on the road by 2030 and 3 thousand EV charging stations "
            + "will be established across the country.",
        "Pakistan’s Federal Minister for Industries and Production said that the use of EV is rising in many countries, and 40 percent of "
            + "new motorcycles could be electric.");
    assertEquals("Rana Tanveer Hussain", credit(fs, "90 percent"));
    assertEquals("Rana Tanveer Hussain", credit(fs, "40 percent"));
  }

  @Test
  void aCommaAfterATitleBeforeNoNameLeavesTheTitle() {
    // the words after the comma are the clause, not a name: the credit stays as it was
    assertEquals("the ministry", credit(Texts.figures(DATE, "Exports rose 12% in May, said the ministry, citing strong demand."), "12%"));
    // a body, not a title, before the comma: "according to the Ministry of Finance, Germany and France …" names no person
    assertEquals("the Ministry of Finance", credit(Texts.figures(DATE,
        "According to the Ministry of Finance, Germany and France agreed to cut the tariff by 15%."), "15%"));
    // ... which holds no office's head word: the guard the sentence above cannot reach (its "and" is no name's) (review28b)
    assertFalse(ApposedTitles.titleAlone("the Ministry of Finance"));
    assertTrue(ApposedTitles.titleAlone("the minister of Mines"));
    // a country between commas after the title is no holder: the title stays, not "South Africa" (review28b; constructed)
    assertEquals("the minister of Mines", credit(Texts.figures(DATE,
        "Lithium exports rose 15% to US$600 million, according to the minister of Mines, South Africa, China and India being the main buyers."),
        "US$600 million"));
    // a body between commas after the title is no holder either: not the person "Standard Bank" (review28b; constructed)
    assertNotEquals("Standard Bank", credit(Texts.figures(DATE,
        "Exports rose 15% to $2 billion in 2024, according to the chief economist, Standard Bank, which tracks the trade."), "$2 billion"));
  }
}
