package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Units as the text writes them (GUIDELINES "Units (additions)": the written unit, not converted): short tons stay short tons
 * ("376 t (414 st)", "4,000 short tons", the fresh8/fresh11 calls), and the Philippine government's "PhP" is the peso (units.tsv).
 * Real sentences of pages outside the development set, the expected unit written before the rows.
 */
class WrittenMassAndPesoTest {

  @Test
  void shortTonsAreShortTons() {
    // https://www.brecorder.com (Business Recorder's metals report, COMEX stocks): 55,661 short-ton, not 50,495 tonne.
    List<Figure> comex = Texts.figures(LocalDate.of(2021, 10, 4),
        "COMEX copper warehouse stocks went up 634 short tons to 55,661 short tons as of Friday.");
    Texts.assertQuantity(comex, "55,661 short tons", "short-ton", 55_661);
    // The bracketed symbol of SME's Mining Engineering news (fresh8 f8-m-05's shape): the "(397 st)" restatement is a figure
    // of its own in its written unit.
    List<Figure> sme = Texts.figures(LocalDate.of(2020, 1, 20), "For December, rare earth magnet shipments to the United States "
        + "came in at 360 t (397 st), down 4.5 percent from 376 t (414 st) in November.");
    Texts.assertQuantity(sme, "397 st", "short-ton", 397);
    Texts.assertQuantity(sme, "360 t", "tonne", 360);
  }

  @Test
  void aSpacedOrdinalIsNoShortTon() {
    // "st" outside a bracket is a spaced ordinal (spun and OCR'd text), not a mass.
    List<Figure> fs = Texts.figures(LocalDate.of(2022, 1, 1),
        "Lithium demand in the 21 st century is driven by batteries, with output of 540,000 tonnes in 2021.");
    assertTrue(fs.stream().noneMatch(f -> f.quantity().unit().equals("short-ton")), fs.toString());
    Texts.assertQuantity(fs, "540,000 tonnes", "tonne", 540_000);
  }

  @Test
  void aBracketedStoneAfterKilogramsIsNoShortTon() {
    // British papers restate a body weight in stone, written "st" ("if you're 14 st 10.5lbs", minimins.com; "17St 1lb",
    // projectporkshifter.blogspot.com): "95 kg (15 st)" is 15 stone, not 15 short tons. A short ton restates metric tons
    // ("360 t (397 st)", the SME shape above), never kilograms.
    List<Figure> fs = Texts.figures(LocalDate.of(2021, 5, 1), "The boxer weighed in at 95 kg (15 st) on Friday, well above the 90 kg limit.");
    assertTrue(fs.stream().noneMatch(f -> f.quantity().unit().equals("short-ton")), fs.toString());
    Texts.assertQuantity(fs, "95 kg", "kg", 95);
    // the tonnes it does restate, at any scale (Mining Engineering's style): 3.97 million short tons
    Texts.assertQuantity(Texts.figures(LocalDate.of(2020, 1, 20), "The mine produced 3.6 million t (3.97 million st) of ore in 2019."),
        "3.97 million st", "short-ton", 3.97e6);
  }

  @Test
  void phpIsThePeso() {
    // https://mgb.gov.ph/2015-05-13-02-02-11/mgb-news/945-metallic-production-value-ends-the-year-on-a-positive-note (MGB):
    // 132,210,000,000 PHP.
    List<Figure> mgb = Texts.figures(LocalDate.of(2021, 3, 1), "The metallic mineral production value ended the year on a positive "
        + "note with a 1.13% gain from PhP130.74 billion in 2019 to PhP132.21 billion in 2020, a PhP1.47 billion increase.");
    Texts.assertQuantity(mgb, "PhP132.21 billion", "PHP", 132.21e9);
    // https://ptvnews.ph/pnp-turns-over-p228-m-donation-to-dof (PTV News): 228,000,000 PHP, the code apart from the number.
    Texts.assertQuantity(Texts.figures(LocalDate.of(2020, 4, 20), "The PNP has donated around PhP 228 million from its personnel and "
        + "other organizations."), "PhP 228 million", "PHP", 228e6);
  }
}
