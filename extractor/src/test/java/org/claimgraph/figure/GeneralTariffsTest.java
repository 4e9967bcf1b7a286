package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A general tariff, the duty a market levies on all imports of a good whatever their origin ("its standard 10% tariff
 * for car imports", "an existing duty rate of ten percent", "a 25% tariff on all imported cars"), is the imposer's alone:
 * the origin of the page's other tariff (Chinese EVs) is not its place (devset/GUIDELINES.md "Places": a tariff is
 * [origin, imposer] where it names the goods' origin). Sentences of publishers outside the devset, found with the search
 * tool's pages; the readings were written before the rule.
 */
class GeneralTariffsTest {

  /** dpa-AFX via MarketScreener, https://marketscreener.com/quote/stock/BMW-AG-56358353/news/EU-penalty-duties-on-electric-cars-from-China-are-in-force-47317128 */
  private static final String[] DPA = {
      "BRUSSELS (dpa-AFX) - From now on, provisional EU additional duties on electric cars from China must be deposited as security. "
          + "The duty is due when an electric car arrives at a European port.",
      "Specifically, the following duty rates apply to Chinese manufacturers: 17.4 percent for BYD, 19.9 percent for Geely and "
          + "37.6 percent for SAIC. Other manufacturers are subject to 20.8 percent, and companies that did not cooperate with the "
          + "investigation would be subject to a 37.6 percent penalty duty. The duties are in addition to an existing duty rate of ten percent."};
  /** EU Daily Times, https://eudailytimes.com/chinese-made-electric-vehicles-to-be-slapped-with-additional-eu-import-tariffs-up-to-38/ */
  private static final String EUDAILY_TITLE = "Chinese-made electric vehicles to be slapped with additional EU import tariffs up to 38%";
  private static final String EUDAILY = "The rate will be added to the existing 10 per cent import tariff on the vehicles, bringing "
      + "the total level to 31 per cent from July 4 for vehicles that were not among those sampled in the probe, after which the "
      + "European Commission will have four months to affix permanent duties.";
  /** AFP via Business Recorder, https://www.brecorder.com/news/40311290/eu-slaps-chinese-electric-cars-with-tariffs-of-up-to-38pc */
  private static final String[] AFP = {
      "BRUSSELS: The European Union on Thursday slapped extra provisional duties of up to 38 percent on Chinese electric car imports "
          + "because of Beijing’s “unfair” support, a move that risks escalating tensions with Beijing.",
      "The Chinese Chamber of Commerce to the EU slammed the tariffs, coming on top of current import duties of 10 percent, as "
          + "“politically-motivated” and “protectionist”, while voicing hope the dispute could yet be resolved through dialogue."};
  /** Particle News, https://staging.particle.news/story/trump-announces-25-tariff-on-imported-cars-effective-april-2 */
  private static final String PARTICLE = "Donald Trump confirmed a 25% tariff on all imported cars not manufactured in the U.S., raising "
      + "the total tax to 27.5%, effective April 2, 2025.";

  @Test
  void theBaseDutyNewDutiesAddToIsTheImposersAlone() {
    assertEquals(List.of("EU"), Texts.place(LocalDate.of(2024, 7, 5), "ten percent", DPA), "an existing duty rate");
    assertEquals(List.of("EU"), Texts.place(LocalDate.of(2024, 7, 4), "10 percent", AFP), "current import duties");
    List<Figure> figures = Texts.figuresUnder(LocalDate.of(2024, 6, 12), EUDAILY_TITLE, EUDAILY);
    assertEquals(List.of("EU"), PeriodRulesTest.figure(figures, "10 per cent").place(), "the existing import tariff");
  }

  @Test
  void theNewDutiesOnChineseCarsKeepBothSides() {
    // Negatives (must stay): the rates of the duties on the Chinese goods.
    assertEquals(List.of("CN", "EU"), Texts.place(LocalDate.of(2024, 7, 5), "20.8 percent", DPA));
    assertEquals(List.of("CN", "EU"), Texts.place(LocalDate.of(2024, 7, 4), "up to 38 percent", AFP));
  }

  @Test
  void aTariffOnAllImportedCarsIsTheImposersAlone() {
    LocalDate mar = LocalDate.of(2025, 3, 27);
    assertEquals(List.of("US"), Texts.place(mar, "25%", PARTICLE));
  }
}
