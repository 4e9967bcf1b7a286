package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A credit that is a description of a body takes the name it refers to (credit30a; GUIDELINES attribution rule 1): the name the
 * page described the same way, the one name holding the head noun, the body credited last, else the name the next sentence
 * gives. Devset shapes: New Era (f24-m-08, "The local stock brokerage"), Macauhub reprints (f16-m-13 ipim, f16-m-14
 * mozambiqueminingpost, "the Australian company"), Sri Lanka Business (f21-e-08, "The audit"), Automotive Exports (f16-e-13,
 * "the country's top automotive association"), Bellona (f11-m-06, "Kazakhstan's national atomic energy company").
 */
class DescribedReferencesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 9, 2);
  private static final Lexicon LX = Lexicon.get();

  private static String bare(String credit) {
    return credit == null ? null : credit.replaceFirst("^(?:the|The)\\s+", "");
  }

  @Test
  void aDescriptionIsAHeadNounAfterKindWords() {
    assertEquals("brokerage", DescribedReferences.of("The local stock brokerage", LX).head());
    assertEquals(java.util.List.of("Australian"), DescribedReferences.of("the Australian company", LX).places());
    assertEquals(java.util.List.of("China"), DescribedReferences.of("China-based company", LX).places());
    assertEquals(java.util.List.of("Kazakhstan"), DescribedReferences.of("Kazakhstan's national atomic energy company", LX).places());
    assertEquals("association", DescribedReferences.of("recent data from the country’s top automotive association", LX).head());
    // A name's word before the kind, a quantifier, or no article and no place: no description.
    assertNull(DescribedReferences.of("the Energy agency", LX));
    assertNull(DescribedReferences.of("Rystad Energy", LX));
    assertNull(DescribedReferences.of("every company", LX));
    assertNull(DescribedReferences.of("company", LX));
    // A researcher or a consultant is as often a person (description-heads.tsv kind "person"): Mostenalloy (f3-m-08).
    assertNull(DescribedReferences.of("the non-ferrous metal researcher", LX));
  }

  // https://allafrica.com/stories/201901160550.html (AIM, outside the devset)
  private static final String SYRAH_OUTSIDE = "London — The Australian mining company Syrah Resources has announced that it has begun "
      + "commercial production of graphite at its mine in Balama district, in the northern Mozambican province of Cabo Delgado.";

  @Test
  void theNameThePageDescribedTheSameWay() {
    assertEquals("Syrah Resources", DescribedReferences.echoed(SYRAH_OUTSIDE, DescribedReferences.of("the Australian company", LX), LX));
    // Another place's company is another company.
    assertNull(DescribedReferences.echoed(SYRAH_OUTSIDE, DescribedReferences.of("the Chinese company", LX), LX));
    assertNull(DescribedReferences.echoed(SYRAH_OUTSIDE, DescribedReferences.of("the local brokerage", LX), LX));
  }

  // Macauhub's story as reprinted by ipim.gov.mo (f16-m-13).
  @Test
  void theAustralianCompanyIsTheCompanyDescribedBefore() {
    assertEquals("Syrah Resources", bare(Texts.credit(DATE, "48,000 tonnes",
        "Graphite production at the Balama concession in northern Mozambique reached 104,000 tonnes in 2018, with 33,000 tonnes in "
            + "the fourth quarter alone, Australian company Syrah Resources said on Monday.",
        "In December 2018, the Australian company announced it had signed a binding contract with China’s Qingdao Langruite Graphite "
            + "to provide 48,000 tonnes of graphite to be extracted at the Balama mine.")));
  }

  // New Era (neweralive.na, f24-m-08): the brokerage is the body the page credited before.
  @Test
  void theBrokerageIsTheBodyCreditedBefore() {
    String credit = bare(Texts.credit(DATE, "US$240.1 million",
        "Namibia’s lithium revenues, based on Simonis Storm estimates, could exceed all other commodities combined.",
        "In the report, SS cautions about a long-term view on lithium. “It can well be that lithium is not the preferred mineral for "
            + "battery production in the long run,” Simonis Storm observed.",
        "The local stock brokerage estimates the value of the local lithium industry as high as US$770 million (6.7% of GDP), with "
            + "total taxes paid to government at US$240.1 million."));
    assertEquals("Simonis Storm", credit);
  }

  // Sri Lanka Business (f21-e-08): the audit is the National Audit Office's.
  @Test
  void theAuditIsTheOfficeWhoseNameHoldsIt() {
    assertEquals("National Audit Office", bare(Texts.credit(DATE, "510 imported vehicles",
        "The National Audit Office has uncovered a staggering Rs. 2.66 billion loss in the former administration’s electric vehicle "
            + "import scheme for migrant workers.",
        "The audit revealed several irregularities, including the financial impact of the Government’s decision to raise the luxury "
            + "tax exemption limit for 510 imported vehicles from Rs. 6 million to Rs. 12 million.")));
  }

  // Automotive Exports (f16-e-13): the description first, the name in the next sentence.
  @Test
  void theNextSentenceNamesTheAssociation() {
    assertEquals("Automotive Distributors and Mobility Association", bare(Texts.credit(DATE, "257.3%",
        "Türkiye saw over 27,600 fully electric car sales in the first five months of the year, marking a staggering 257.3% rise when "
            + "compared to the same period of 2023, according to recent data from the country’s top automotive association. The market "
            + "share of electric cars has also surged over the same period to over 7% while hybrid sales continued to increase, the data "
            + "compiled by Anadolu Agency (AA) from the Automotive Distributors and Mobility Association (ODMD) showed.")));
  }

  // MercoPress (f19-m-01): no bank is named, and a month credited by mistake before is no body; the description stays.
  @Test
  void aCentralBankThePageNeverNamesStays() {
    assertEquals("Chile's central bank", bare(Texts.credit(DATE, "4.5%-5.5%",
        "Chile posted a trade surplus of US$ 904 million in August, the central bank said on Monday, with a drop in levels versus a "
            + "year earlier of both exports and imports for the month.",
        "Chile's central bank has estimated the economy will contract 4.5%-5.5% this year due to the impact of the pandemic.")));
  }

  @Test
  void aDescriptionThePageNeverNamesStaysAsWritten() {
    // No body before, none after: the description stays (it names nobody the page gives).
    String credit = Texts.credit(DATE, "1,369 tonnes",
        "Output of neodymium and praseodymium fell 14 per cent to 1,369 tonnes in the quarter, the Australian producer said.");
    assertNotNull(credit);
    assertEquals("Australian producer", bare(credit));
  }
}
