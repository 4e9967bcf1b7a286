package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time of an event named after "since", "following" or "after" is not the period of the figures around it (GUIDELINES.md,
 * "Periods": a figure gets its own period, a comparison's base gets the base's; nothing else in the sentence dates it). On
 * sentences of publishers outside the development set; the readings were written down before the rule: after "since" the
 * event's time is where the change starts (a comparison's base, as "since February" alone is), after "following"/"after" it is
 * only when something happened, and no period of a figure at all.
 */
class EventTimesTest {

  private final PeriodResolver periods = new PeriodResolver();

  private List<PeriodMention> mentions(LocalDate date, String sentence) {
    return periods.find(sentence, new PeriodResolver.Context(date, 0));
  }

  private List<String> ownPeriods(LocalDate date, String sentence) {
    return mentions(date, sentence).stream().filter(p -> !p.basis()).map(PeriodMention::period).toList();
  }

  @Test
  void aChangeSinceAnEventStartsAtTheEventsTime() {
    // https://currencyhedger.com/copper-holds-advance-on-falling-stockpiles (CurrencyHedger, 2025): the 400 kilotons are
    // what has been shipped since February, not February's.
    String probe = "Since the Trump administration launched a probe into copper imports in February, an estimated 400 kilotons have been "
        + "rushed into the US in anticipation of possible levies, contributing to a supply squeeze in other markets.";
    List<PeriodMention> found = mentions(LocalDate.of(2025, 6, 9), probe);
    assertEquals(List.of("2025-02"), found.stream().map(PeriodMention::period).toList());
    assertTrue(found.get(0).basis());
  }

  @Test
  void theTimeOfAnEventFollowedIsNoPeriodOfTheSentence() {
    // https://metals-wire.net/commodities/cobalt-prices-surge-nearly-37-after-drc-export-ban-market-eyes-further-volatility
    // (Metals Wire, March 2025): the $32,795 is now, not the end of February when the ban was decided.
    assertTrue(mentions(LocalDate.of(2025, 3, 28), "Cobalt prices have surged nearly 37% in the past month, climbing from $23,985 per "
        + "metric ton to $32,795 per metric ton, following the Democratic Republic of Congo’s (DRC) decision to halt metal exports at the "
        + "end of February 2025.").stream().noneMatch(p -> p.text().contains("February")));
    // https://tengele.com/news/d8d0a7f2-5cf2-4ba0-81be-5c603071949a/ev-sales-plummet-in-october-after-federal-tax-credit-ends
    // (Tengele, November 2025): the decline is October's; September is when the credit expired.
    assertEquals(List.of("2025-10"), ownPeriods(LocalDate.of(2025, 11, 4), "A significant decline in electric vehicle (EV) sales was "
        + "observed in October, following the expiration of the $7500 federal EV tax credit at the end of September."));
    // https://www.etftrends.com/steel-etf-down-8-percent-from-high-in-february/ (ETF Trends, June 2018): March is the tariff's.
    assertTrue(mentions(LocalDate.of(2018, 6, 14), "After a 25 percent tariff imposed on steel imports by U.S. President Donald Trump "
        + "and his administration in March, the VanEck Vectors Steel ETF (NYSEArca: SLX) has dropped 8 percent after reaching a high of "
        + "$51.37 in February.").stream().noneMatch(p -> p.period().equals("2018-03")));
    // https://vuink.com/post/gurertvfgre-d-dpbz/2023/08/17/cost_of_gallium_peaks_china_ban (The Register, 2023-08-17)
    assertEquals(List.of(), mentions(LocalDate.of(2023, 8, 17), "The price of gallium is said to have hit a 10-month high following "
        + "export restrictions from China, which kicked in at the beginning of August in response to Western sanctions on sales of "
        + "advanced technology to the country.").stream().map(PeriodMention::period).toList());
  }
}
