package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source named inside a description of what it is is credited by its name (credit26a, round 26): fresh20's "the state-run
 * Petra news agency reported" (famagusta), "According to the Energyprom analytical website" (astanatimes), fresh19's "according
 * to a Newsroom analysis of pre-election sales trends" (dosugcityintim); the gold credits Petra, Energyprom, Newsroom, and the
 * scorer's word overlap gives the whole phrase no match. Lower-case words before and after the name say what kind of body or
 * work it is (DescribedNames); a news outlet's kind before a name is a body's kind too (body-nouns.tsv "daily", "newspaper").
 *
 * <p>The sentences are real ones of publishers outside the devset (URLs beside them), the expected credits written down before
 * the rule; the first is a devset sentence read alone (no page, no date but the test's).
 */
class DescribedNamesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

  @Test
  void aSentenceReadAloneCreditsTheNameInsideTheDescription() {
    // fresh20 f20-e-05-famagusta, read alone
    assertEquals("Petra", Texts.credit(DATE, "38,277 units", "Jordan’s imports of electric vehicles (EV) surged by 146 percent to "
        + "38,277 units in 2023, the state-run Petra news agency reported Thursday."));
  }

  @Test
  void aNewsOutletsKindBeforeItsName() {
    // https://www.zawya.com/en/projects/mining/egypt-seeks-new-investments-for-phosphate-projects-wxeigsux (2023-10-13)
    assertEquals("Addustour", Texts.credit(DATE, "around 90 million tonnes", "Companies affiliated to the Oil and Mineral Resources Ministry are "
        + "working to identify new phosphate-rich areas and determine Egypt’s reserves, which are known at around 90 million tonnes, "
        + "the Arabic language daily Addustour said."));
  }

  @Test
  void descriptionsThatAlreadyGaveTheNameStaySo() {
    // https://mining.com/web/rusals-august-aluminium-exports-7-percent-july-ifax (Reuters, 2018-09-06)
    assertEquals("Interfax", Texts.credit(DATE, "7 percent", "Russian aluminium producer Rusal, under U.S. sanctions since April, "
        + "increased its aluminium exports by 7 percent in August compared to the previous month, Interfax news agency said."));
    // https://nationalpost.com/pmn/entertainment-pmn/chiles-codelco-top-miners-see-production-plunge-in-december (2021-02-02)
    assertEquals("Cochilco", Texts.credit(DATE, "157,800 tonnes", "The national copper commission Cochilco said that output at Codelco, "
        + "the world’s largest copper miner, fell 16% year-on-year to 157,800 tonnes for the month."));
    // https://www.dailysabah.com/business/economy/turkey-exports-less-but-generates-more-revenue-from-boron-sales/amp
    assertEquals("Eti Maden", Texts.credit(DATE, "some 73%", "Turkey holds some 73% of the world’s boron reserves, according to state-run "
        + "mining firm Eti Maden."));
    // https://www.reuters.com/article/chengtun-mining-lithium/chinas-chengtun-starts-construction-of-60000-tonnes-lithium-project-sichuan-daily-idUSL4N23V0AA
    // (2019-06-24): a name whose last word is a kind ("Daily") keeps it.
    assertEquals("Sichuan Daily", Texts.credit(DATE, "60,000 tonnes", "China's Chengtun Mining Group Co Ltd started construction of a "
        + "lithium processing project with an annual production capacity of 60,000 tonnes in the southwestern province of Sichuan, the "
        + "local-government backed Sichuan Daily reported."));
    // https://technode.com/2022/07/07/new-energy-vehicle-registrations-in-china-exceed-10-million/
    assertEquals("Xinhua", Texts.credit(DATE, "More than 10.01 million new energy vehicles", "More than 10.01 million new energy vehicles (NEVs), which include "
        + "battery-powered cars, plug-in hybrid cars, and hydrogen cars, were registered in China as of June, a major milestone for the "
        + "world’s biggest auto market, state news agency Xinhua reported on Wednesday, citing official figures."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // fresh20 famagusta and astanatimes, fresh19 dosugcityintim (the phrases the attribution finder gives)
      "the state-run Petra news agency|Petra",
      "the Energyprom analytical website|Energyprom",
      "a Newsroom analysis of pre-election sales trends|Newsroom",
      // a kind after a name of several words; an own tally of what is no other source's record
      "the Mining Weekly website|Mining Weekly",
      "the Nikkei business daily|Nikkei",
      "a Reuters tally of company announcements|Reuters",
      // what the rule must leave: an analysis of a record (a chain), a one-word name with no description but its kind, a place,
      // a place's base, an owner's possessive
      "a Platts analysis of customs data|a Platts analysis of customs data",
      "the Energy agency|the Energy agency",
      "the Tesla company|the Tesla company",
      "the Chinese news agency|the Chinese news agency",
      "the UK statistics office|the UK statistics office",
      "the US-based research firm|the US-based research firm",
      "the European Commission's statistics office|the European Commission's statistics office",
      "an Australian study of lithium deposits|an Australian study of lithium deposits"})
  void theNameInsideTheDescription(String phrase, String name) {
    assertEquals(name, DescribedNames.cut(phrase, Lexicon.get()));
  }
}
