package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A sentence naming no place on a national page is the page's country's, unless it names the world as its figures' scope
 * ({@link PlaceResolver#nationalCarry}). The world of a cause or circumstance clause ("amid slowing global demand", "reflecting
 * weak global prices", "despite weakening global demand") and the "International" of a body's name are no scope: counted over the
 * open splits, 14 figures on 8 pages of 8 publishers lost their country so (fresh10 globalsteelweb, fresh20 zwnews, fresh25
 * miningnetwk, fresh9 ssyglobal, fresh24 bizwatchnigeria, fresh27 maaal / writecaliber / atlantigaz); one figure gold leaves
 * without a place gains one (fresh10 newser: the International Energy Agency's world forecast on a Chinese page).
 */
class WorldCircumstancesTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  @Test
  void theWorldOfACircumstanceIsNoScope() {
    // fresh10 globalsteelweb (a Chinese battery page): all four figures are China's.
    assertFalse(PlaceResolver.worldScoped("CABIA reports battery sales rose 46.9% year-on-year to 87.5 GWh, while exports saw a modest "
        + "11.3% gain to 13.9 GWh amid slowing global demand."));
    // fresh20 zwnews (Zimbabwe's diamond exports), fresh25 miningnetwk (Ghana's manganese).
    assertTrue(PLACES.nationalCarry("Revenue was down 37%, reflecting weak global prices.", "rough diamond export earnings", "ZW"));
    assertTrue(PLACES.nationalCarry("In 2022 and early 2023, output reached approximately 3.07 million tonnes, reflecting improved "
        + "operational stability and global demand recovery.", "manganese production", "GH"));
    // Outside the devset: kesq.com/news/ap-national-business/2023/05/08/china-exports-up-8-5-in-april-in-unexpected-climb-2 (AP).
    assertFalse(PlaceResolver.worldScoped("Customs data shows Chinese exports grew in April by 8.5% to $295.4 billion compared with a "
        + "year earlier, despite weakening global demand."));
  }

  @Test
  void aBodyNamedInternationalIsNoScope() {
    // fresh27 writecaliber and atlantigaz (Saudi Arabia's exploration sites), fresh9 ssyglobal (South Africa's manganese).
    assertTrue(PLACES.nationalCarry("Five new exploration sites are up for licensing and the Kingdom will release details of an additional "
        + "10 opportunities next year, the minister said in a speech at the International Mining and Resources Conference in Sydney.",
        "copper mining", "SA"));
    assertTrue(PLACES.nationalCarry("The International Manganese Institute estimates that just 2% of ore is locally refined into alloys, "
        + "with the remaining 98% exported as raw material.", "manganese exports", "ZA"));
  }

  @Test
  void theWorldAsTheFiguresScopeStillHoldsThePageCountryBack() {
    // fresh16 ktpress (a Rwandan page) and fresh12 africangreenminerals: shares of the world's total are no one country's.
    assertFalse(PLACES.nationalCarry("Countries subjected to DFA law contributed only 23% of global tantalum exports.", "tantalum exports",
        "RW"));
    assertTrue(PlaceResolver.worldScoped("According to Heycar, electric car sales grew worldwide by 40% in 2022."));
    // Outside the devset: mining.com/web/peru-copper-output-up-nearly-2-in-october-as-antapaccay-surges (Reuters). The world of a
    // relative clause describing the metal still holds Peru back (a miss left alone: only cause and circumstance clauses are read so).
    assertTrue(PlaceResolver.worldScoped("In the year through October, output of the metal, which is key to industry worldwide, rose "
        + "slightly more than 14% to settle at around 2.25 million tons."));
  }
}
