package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units as the text writes them (GUIDELINES "Units", the fresh19/fresh20 calls): a mass with "annually" right after it or after
 * its material is a rate per year ("13,000 tons annually" → tonne/year, year-rates.tsv); "tones", South Asian press's spelling
 * of tonnes, is tonne (units.tsv); employees are workers, and mining's "ore bodies" and "out crops" are counted as one noun
 * (counted-nouns.tsv). Real sentences of pages outside the development set, the expected unit written before the rows.
 */
class WrittenUnitsTest {


  @Test
  void annuallyAfterAMassIsAYearRate() {
    // http://www.pakistaneconomist.com/pagesearch/Search-Engine2009/S.E318.php: 250,000 tonne/year (Reko Diq, a forecast).
    Texts.assertQuantity(Texts.figures(LocalDate.of(2009, 5, 11), "The project would produce 250,000 tons of copper annually, according to an estimate."),
        "250,000 tons", "tonne/year", 250_000);
    // https://crestafrica.com/mozambique-launches-graphite-processing-plant-at-chinese-owned-facility: 1,600,000 tonne/year.
    Texts.assertQuantity(Texts.figures(LocalDate.of(2026, 1, 31), "Data from the United States Geological Survey shows that global mined graphite output "
        + "totals about 1.6 million metric tons annually, with Mozambique ranking among the world’s leading producers."),
        "1.6 million metric tons", "tonne/year", 1.6e6);
    // https://www.histclo.com/country/other/sri/eco/sect/mine/slm-gra.html: 35,000 tonne/year (exports of each war year).
    Texts.assertQuantity(Texts.figures(LocalDate.of(2020, 1, 1), "During World War I and II some 35,000 metric tons of natural graphite was exported annually."),
        "35,000 metric tons", "tonne/year", 35_000);
    // Not a rate: a time back after the mass, and a mass with no rate word (same sites' shapes).
    Texts.assertQuantity(Texts.figures(LocalDate.of(2009, 5, 11), "In 2007, the Escondida produced 1.483 million tons of copper, mainly as copper concentrate."),
        "1.483 million tons", "tonne", 1.483e6);
    // Alone: no page, no date; the rate is the sentence's own.
    Texts.assertQuantity(Texts.figures(null, "The smelter produces about 13,000 tons annually."), "13,000 tons", "tonne/year", 13_000);
  }

  @Test
  void tonesAreTonnes() {
    // http://www.pakistaneconomist.com/pagesearch/Search-Engine2009/S.E318.php: 412,000,000 tonne (ore reserves).
    Texts.assertQuantity(Texts.figures(LocalDate.of(2009, 5, 11), "Saindak project is based on ore reserves of 412 million tones containing on the "
        + "average 0.45%, 0.50 gram gold per ton and 1.50 gram silver per ton."), "412 million tones", "tonne", 412e6);
  }

  @Test
  void employeesAreWorkersAndMiningNouns() {
    // https://blackbuttecopper.com/faqs/when-does-the-hiring-process-begin/: 8 worker, 240 worker.
    List<Figure> bb = Texts.figures(LocalDate.of(2022, 1, 1),
        "Permitting: We are currently in the permitting stage; employee needs are minimal. We have 8 full time employees, some part "
            + "time/temporary employees and several contractors.",
        "We estimate a full time operations workforce of approximately 240 employees.");
    Texts.assertQuantity(bb, "240 employees", "worker", 240);
    // http://www.tsbreview.com/the-copper-mountain-mine-reopens-reviving-local-economy/: 240 worker.
    Texts.assertQuantity(Texts.figures(LocalDate.of(2015, 5, 1), "The health and safety of its 240 employees is one of Copper Mountain Mining "
        + "Corporation’s sustainability objectives, the other being environmental management."), "240 employees", "worker", 240);
    // http://balochistanhcr.blogspot.com/2011/10/balochistan-is-one-of-richest-region.html (APP): 3 ore-body.
    Texts.assertQuantity(Texts.figures(LocalDate.of(2011, 10, 21), "He informed that total resources are 412 million tons of ore, consisting of three ore "
        + "bodies, East, North and South."), "three ore bodies", "ore-body", 3);
  }

  @Test
  void emissionsPerKilometreAreGramPerKm() {
    // https://www.smmt.co.uk/2010/01/european-commission-annual-new-car-co2-report/: 153.5 and 5.2 gram-per-km.
    List<Figure> smmt = Texts.figures(LocalDate.of(2010, 1, 27), "The report shows that average CO2 emissions from new cars in 2008 "
        + "were 153.5g/km, a decrease of 5.2g/km from 2007.");
    Texts.assertQuantity(smmt, "153.5g/km", "gram-per-km", 153.5);
    // https://www.businesscar.co.uk/news/emissions-drop-to-all-time-low/: 138.1 gram-per-km.
    Texts.assertQuantity(Texts.figures(LocalDate.of(2012, 3, 1), "Revealed in the organisation’s 11th annual New Car CO2 Report, the data "
        + "showed that the average emissions level for a new car dropped to 138.1g/km last year."), "138.1g/km", "gram-per-km", 138.1);
    // http://www.just-auto.com/news/smmt-study-shows-decline-in-c02-emissions_id87551.aspx: 171.4 and 169.4 gram-per-km.
    List<Figure> justAuto = Texts.figures(LocalDate.of(2006, 3, 1), "According to the latest SMMT New Car Registrations by CO2 "
        + "Performance report, data from every new car registered last year show a 1.2% year-on-year drop from 171.4 g/km in 2004 to "
        + "169.4 g/km in 2005.");
    Texts.assertQuantity(justAuto, "169.4 g/km", "gram-per-km", 169.4);
    // https://www.greencarguide.co.uk/2010/05/new-car-co2-emissions-fall-to-145-9-gkm/: 145.9 gram-per-km.
    Texts.assertQuantity(Texts.figures(LocalDate.of(2010, 5, 1), "The volume-weighted European new car average is now 145.9 g/km, almost "
        + "20 g/km less than 2003."), "145.9 g/km", "gram-per-km", 145.9);
    // https://www.smmt.co.uk/industry-topics/emissions/co2-progress/: 173.7 gram-per-km; alone too (no page, no date).
    Texts.assertQuantity(Texts.figures(null, "Average light commercial vehicle CO2 was 173.7g/km in 2016, down 1.9%."), "173.7g/km",
        "gram-per-km", 173.7);
    // The spelled-out forms of the devset's pages (fresh, fresh17): "121 grams per kilometer", "188g per km".
    Texts.assertQuantity(Texts.figures(null, "Average CO2 emissions from newly registered vehicles were 121 grams per kilometer."),
        "121 grams per kilometer", "gram-per-km", 121);
  }
}
