package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number before a category noun of category-counts.tsv counts no quantity, also where counted-nouns.tsv gives the
 * number no noun ("elements", "types", "categories" announce an enumeration) and it stays a bare count: "Rare earths
 * consist of 17 elements", "a class of 17 chemical elements" (open sets: fresh3 Starfeu, fresh6 IndustryWeek; the
 * lexicon's own example "a group of 17 elements" was read as a bare count too). Sentences of publishers outside the
 * development set, annotated before the rule; the numbers before other plurals stay.
 */
class CategoryNounsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // gauder.net/en/blogs/magnet-lexikon/seltene-erden
      "The term rare earths refers to a group of a total of 17 elements that occur in small quantities in other minerals.",
      // en.gzcgxt.com
      "Rare earths is the general name of 17 elements of scandium, yttrium and lanthanide series in Group ⅢB of the periodic table of elements, and it is usually abbreviated R or RE.",
      // aip.org/dbis/DREYFUS/stories/14274.html
      "The rare earth elements are a class of 17 chemical elements, grouped together because of their chemically similar properties.",
      // ec.newdu.com/h1829185.html
      "The rare earth elements are a group of 17 naturally occurring metallic elements used in small amounts in everything from high-powered magnets to batteries and electronic circuits.",
      // quoteddata.com/glossary/rare-earth/
      "The 17 rare earth elements are scandium (Sc), yttrium (Y), lanthanum (La), cerium (Ce), praseodymium (Pr), neodymium (Nd), promethium (Pm), samarium (Sm), europium (Eu), gadolinium (Gd), terbium (Tb), dysprosium (Dy), holmium (Ho), erbium (Er), thulium (Tm), ytterbium (Yb) and lutetium (Lu)."})
  void countsOfACategoryAreNoFigures(String sentence) {
    assertEquals(List.of(), Texts.figures(DATE, sentence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | the figures that stay (separated by ";")
      // stockhouse.com/companies/bullboard?postid=34980715
      "Pilbara Minerals attracted 22 bids in the space of 30 minutes, with a highest bid of $US6988/dmt for the 5.5 per cent lithia product.|22 bids;$US6988/dmt",
      // stockhead.com.au/resources/ground-breakers-pilbara-pulls-in-another-bonanza-lithium-price-market-still-hot-hot-hot/
      "To that point, PLS fielded 41 bids in just 30 minutes.|41 bids",
      // lithiumwa.com.au/short-term-pain-for-wa-spodumene/
      "The increase in lithium demand saw four new spodumene operations enter the market in 2018, which has impacted the hard rock ore’s trading price and reduced realized profits for West Australian producers.|four new spodumene operations",
      // thewest.com.au/business/mining/albemarle-sells-hard-rock-lithium-for-us870-per-tonne-say-sources-well-above-the-prevailing-spot-price-c-15862968
      "Sources aware of the auction result say 16,150 tonnes of Albemarle’s spodumene was sold in China.|16,150 tonnes",
      // stockhead.com.au/resources/pilbara-minerals-sees-strong-upward-trajectory-in-lithium-chemicals-prices/
      "The company achieved record production in the March quarter of 77,820 dmt, which equates to an annualised rate of 311,000 tonnes for its spodumene concentrate product, up from 63,712 dmt in the December quarter.|77,820 dmt;311,000 tonnes;63,712 dmt"})
  void countsOfOtherNounsStay(String sentence, String stay) {
    GradeNamesTest.assertStay(sentence, stay);
  }
}
