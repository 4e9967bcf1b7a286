package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Prices per tonne written without "per" (round 27, prices27): a metal's price named without its market just after a price per
 * tonne, the change beside such a price, a price with its tonne after it ("$16,500 MT"), a slashed per-unit before "before"
 * ("$67,196/tonne before 25% export duty"), and "p.c" as per cent. The open splits had 14 such figures of 5 publishers read as
 * bare dollars or vehicles (f14-m-10, f15-m-01, f16-e-02, f17-m-09, f20-m-13); the outside sentences are cited where they are
 * used, and the expected units were written before the rules.
 */
class PricesPerTonneTest {

  private static final LocalDate DATE = LocalDate.of(2021, 10, 12);

  @Test
  void aMetalNamedJustAfterAPricePerTonneGoesOnWithThatMarket() {
    // f15-m-01 miningtopnews (Bloomberg's LME report): the second sentence names no market; its prices and changes are per ton
    // ("$2" stays dollars: below a thousandth of the price, NeighbourPerUnits does not take it for a change of it)
    String p = "Zinc gained $68, or 2 percent, to $3,408 a ton, and lead fell $8to at $1,357. Tin slipped $45 to $8,950 and aluminum"
        + " dropped $2 to $2,468.";
    for (String quote : new String[] {"$45", "$8,950", "$2,468"}) {
      assertEquals("USD/tonne", Texts.unitOf(DATE, p, quote), quote);
    }
    // https://brecorder.com/news/amp/3168063 (Reuters): "$3,300" and "$3,242" are copper's per tonne, "$34" a change of it
    String b = "Copper's losses were triggered by another failure to clear $3,300 a tonne and re-test April's all-time highs. \"There"
        + " has been profit-taking and resistance after it failed there ($3,300) again. That is becoming a hurdle that it does need"
        + " to overcome,\" one said. Copper, which earlier moved above $3,300, tumbled during the late kerb to close at $3,242, a $34"
        + " loss from Monday's close.";
    assertEquals("USD/tonne", Texts.unitOf(DATE, b, "$3,242"));
    assertEquals("USD/tonne", Texts.unitOf(DATE, b, "$34"));
  }

  @Test
  void vehiclesNamedAfterTheMetalsPriceLeaveItPerTonne() {
    // f14-m-10 ninefinance: the electric vehicles are why nickel rose; the price is the LME's per tonne
    assertEquals("USD/tonne", Texts.unitOf(DATE, "AUTOS: Nickel prices soared to a two-year peak at $US13,030 on November 1 in a"
        + " rally triggered partly by expectations of demand to make rechargeable batteries for electric vehicles.", "$US13,030"));
    // a car's price stays dollars, and so does an amount in a sentence naming vehicles beside a metal's price
    assertEquals("USD", Texts.unitOf(DATE, "Nickel prices have fallen, and the cheapest Model 3 is now priced at $38,990.", "$38,990"));
    assertEquals("USD", Texts.unitOf(DATE, "Copper hit $10,000, which could add $500 to the price of an EV.", "$500"));
  }

  @Test
  void aPriceWithItsTonneAfterItIsPerTonne() {
    // f20-m-13 boliviaeconomica (El Diario): both per metric ton
    String s = "Lithium prices in the international market fell from $16,500 MT in 2018 to $10,500 MT in 2019, due to the oversupply.";
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$16,500 MT"));
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$10,500 MT"));
    // https://www.bloombergquint.com/charts/chart-of-the-day-nickel-plunges-the-most-in-eight-years
    assertEquals("USD/tonne", Texts.unitOf(DATE, "Nickel prices have crashed below $14,000 tonne, the lowest since July.", "$14,000 tonne"));
    // written for the test: a mine's name after a total, a mass after a misplaced sign
    assertEquals("USD", Texts.unitOf(DATE, "Wesfarmers approved a $500,000 MT Holland study.", "$500,000"));
  }

  @Test
  void aTonneThatOpensACompoundUnitIsNoPricePerTonne() {
    // review27c: a freight rate per tonne (or ton) carried a kilometre or a mile is no price per tonne; SpacedTonnes read
    // "$0.05 tonne-km" as USD/tonne. The shape of freight-cost notes (US rail rates are quoted "$0.0185/ton mile",
    // "$0.40/ton mile" on pages of rail-versus-truck costs; written here without the slash), so the amount stays dollars.
    assertEquals("USD", Texts.unitOf(DATE, "Rail freight costs about $0.05 tonne-km, against $0.15 for trucks.", "$0.05"));
    assertEquals("USD", Texts.unitOf(DATE, "Coal moved by barge at $0.02 ton mile in 2018.", "$0.02"));
    // the tonne alone still is the price's unit
    assertEquals("USD/tonne", Texts.unitOf(DATE, "Nickel prices have crashed below $14,000 tonne, the lowest since July.", "$14,000 tonne"));
  }

  @Test
  void aSlashedPriceBeforeBeforeStaysPerTonne() {
    // f17-m-09 imamagnets (Asian Metal): the dollar conversions in brackets are per tonne "before 25% export duty"
    String s = "In the meantime, suppliers have also raised offers for 99% praseodymium/neodymium metal to about RMB420,000/tonne"
        + " ($67,196/tonne before 25% export duty) and prices of RMB410,000-415,000/tonne ($65,596-66,396/tonne before 25% export"
        + " duty) have been accepted by buyers.";
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$67,196/tonne"));
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$65,596-66,396/tonne"));
    // "a year before", "a share before items": a point in time and an article's per stay as they were
    assertEquals("USD", Texts.unitOf(DATE, "Revenue rose to $2.1 billion from $1.31 billion a year before.", "$1.31 billion"));
  }

  @Test
  void pcIsPerCent() {
    // f16-e-02 hocdirect
    assertEquals("percent", Texts.unitOf(DATE, "Statistics Canada is reporting that 3.5 p.c of Canadian new automobile gross sales within"
        + " the third quarter of 2020 have been zero-emissions autos (ZEVs).", "3.5 p.c"));
    // an agricultural geography text outside the development set (a GitHub repository's notes): "14 p.c. of the cultivable lands"
    assertEquals("percent", Texts.unitOf(DATE, "On the other hand, big farmers owning more than 10 hectares land hold as much as 14 p.c."
        + " of the cultivable lands.", "14 p.c"));
  }
}
