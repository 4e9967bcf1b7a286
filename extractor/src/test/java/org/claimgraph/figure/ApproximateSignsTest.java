package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tilde or "≈" right before a number reads "about" (devset/GUIDELINES.md, fresh17 call 23: "~26%", "≈306 t"), and the sign
 * stands in the qualifier's place, so the words before it still say what the number is ("jumped ~26%" is a change). Found on
 * fresh17 (batteryfeedstock: 7 figures without their qualifier, 3 of them read as amounts). Sentences of publishers outside
 * the devset, found with the search tool's pages; the expected values were written before the rule.
 */
class ApproximateSignsTest {

  private static final LocalDate DATE = LocalDate.of(2020, 6, 1);

  /** Greentech Media, https://www.greentechmedia.com/articles/read/how-soon-can-tesla-get-battery-cell-cost-below-100-per-kilowatt-hour */
  private static final String GTM = "Ben Kallo at equity analyst firm RW Baird believes that Tesla's current battery costs are ~$150 to "
      + "~$200 per kilowatt-hour, well below the industry average pack costs of ~$350 per kilowatt-hour (as estimated by Bloomberg "
      + "New Energy Finance).";
  /** Pan Asia Metals, https://panasiametals.com/lithium-market/ */
  private static final String PAM = "Compared to today, global battery demand is expected to grow by a factor of ~19 to reach ~3,600 GWh "
      + "in a 2030 target case.";
  /** RenewEconomy, https://reneweconomy.com.au/battery-storage-costs-plunge-below100kwh-19365/ */
  private static final String RENEW = "The cost of the battery is only ~10-20% higher than the bill of materials – suggesting a potential "
      + "long-term competitive price for Lithium Ion batteries could approach ~$100 per kWh.";
  /** Proactive Investors, https://www.proactiveinvestors.com/companies/news/959974/cobalt-blue-buoyed-on-positive-feedback-for-premium-cobalt-samples-959974.html */
  private static final String PROACTIVE = "\"Looking forward, the transition towards a (24/7) Demonstration Plant to produce ~3,000 "
      + "kilograms of cobalt samples will greatly assist in our global Project Partner search.";

  /** Thread Reader (Benchmark Mineral Intelligence's Simon Moores), https://threadreaderapp.com/thread/1283682187792048129.html */
  private static final String MOORES = "40,000 tonnes of anode = ~600,000 EVs or just over 1 Gigafactory";

  /** value, value_max, unit, qualifier. */
  private static List<Object> vq(Figure f) {
    return Arrays.asList(f.quantity().value(), f.quantity().valueMax(), f.quantity().unit(), f.quantity().qualifier());
  }

  private static Figure of(String sentence, String quote) {
    return figure(Texts.figures(DATE, sentence), quote);
  }

  @Test
  void aTildeBeforeANumberIsAbout() {
    // ~$350 per kilowatt-hour: 350 USD/kWh, about.
    assertEquals(Arrays.asList(350.0, null, "USD/kWh", "about"), vq(of(GTM, "~$350 per kilowatt-hour")));
    // ~3,600 GWh: 3,600 GWh, about.
    assertEquals(Arrays.asList(3600.0, null, "GWh", "about"), vq(of(PAM, "~3,600 GWh")));
    // ~10-20%: 10..20 percent, about; a change (higher than the bill of materials), up.
    Figure renew = of(RENEW, "~10-20%");
    assertEquals(Arrays.asList(10.0, 20.0, "percent", "about"), vq(renew));
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), Arrays.asList(renew.kind(), renew.direction()));
    // ~3,000 kilograms: 3,000 kg, about.
    assertEquals(Arrays.asList(3000.0, null, "kg", "about"), vq(of(PROACTIVE, "~3,000 kilograms")));
    // ~600,000 EVs: 600,000 (counted EVs), about.
    Figure evs = of(MOORES, "~600,000 EVs");
    assertEquals(Arrays.asList(600000.0, "about"), Arrays.asList(evs.quantity().value(), evs.quantity().qualifier()));
    // EV Support, https://evsupport.com/2017/01/almost-25000-evs-sold-as-december-2016-crushes-sales-records-in-the-us/ (also in
    // WholeYearsTest): ~159,139 sales → 159,139, about.
    Figure sales = of("For the full year, ~159,139 sales were achieved, good for a 40,000+ gain, or 37%.", "~159,139 sales");
    assertEquals(Arrays.asList(159139.0, "about"), Arrays.asList(sales.quantity().value(), sales.quantity().qualifier()));
  }

  @Test
  void theSignKeepsTheWordsBeforeItsNumber() {
    // fresh17 batteryfeedstock (the devset call): "jumped ~26%" is a change up; "around ~80%" keeps the word written.
    String jumped = "After the DRC introduced export quotas, cobalt standard grade Rotterdam jumped ~26% in October to ~$23/lb.";
    Figure f = of(jumped, "~26%");
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "about"), Arrays.asList(f.kind(), f.direction(), f.quantity().qualifier()));
    assertEquals("around", of("In October, NCM/NCA black mass cif South Korea saw nickel/cobalt payables around ~80%.", "around ~80%")
        .quantity().qualifier());
  }

  @Test
  void aTildeBetweenNumbersJoinsARangeAndQualifiesNothing() {
    // fresh2 cmgroup (the devset call: a Chinese price range written with a tilde): 94,000..96,000 CNY/tonne, no qualifier.
    Figure f = of("The price of lithium carbonate was RMB94,000~96,000/t.", "RMB94,000~96,000/t");
    assertEquals(Arrays.asList(94000.0, 96000.0, "CNY/tonne", null), vq(f));
  }

  @Test
  void aSentenceReadAloneKeepsItsSign() {
    // Pan Asia Metals read alone (no page, no date): ~3,600 GWh about, no period carried from nothing (2030 is its own).
    Figure f = figure(Texts.figures(null, PAM), "~3,600 GWh");
    assertEquals("about", f.quantity().qualifier());
    assertEquals("2030", f.period());
  }
}
