package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A project's figures are its host country's (devset/GUIDELINES.md, "Places": "mine output: the mine's country"; fresh23
 * call 28): "the project", "The Ramu project" stand for the project the page placed, not for the last country named (the
 * operator's, the buyer's).
 */
class ProjectHostsTest {

  private static List<String> place(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(date, paragraphs), quote).place();
  }

  @Test
  void aDescribedProjectIsItsHostsNotTheBuyersOrOperators() {
    // ramumine.wordpress.com (The National), 2012-11-22 (devset fresh23): the buyer's "Chinese" named last before "The Ramu project".
    LocalDate d = LocalDate.of(2012, 11, 22);
    String[] ramu = {"The US$1.5 billion Ramu nickel cobalt mine, in Papua New Guinea, has loaded its maiden shipment from the Basamuk process plant, the developers, Highlands Pacific, reported yesterday.",
        "The shipment consisted of 576 tonnes of mixed nickel cobalt hydroxide intermediate product, containing some 217 tonnes of nickel and 19 tonnes of cobalt.",
        "The product was being exported to a Chinese customer.",
        "The Ramu project, located 75km southwest of the provincial capital of Madang, contains an estimated resource of 143 million tonnes at 1.01% nickel and 0.1% cobalt.",
        "Year-to-date, some 9,465 tonnes of mixed nickel cobalt hydroxide intermediate product has been produced, containing around 3,536 tonnes of nickel and 322 tonnes of cobalt.",
        "Highlands Pacific holds an 8.56% interest in the Ramu project."};
    assertEquals(List.of("PG"), place(d, "143 million tonnes", ramu));
    // … and a page naming no country of its own whose lead is about the project is the host's.
    assertEquals(List.of("PG"), place(d, "some 9,465 tonnes", ramu));
    assertEquals(List.of("PG"), place(d, "8.56%", ramu));
    // afr.com (AAP), 2011-09-30, outside the devset: the owner "Metallurgical Corp of China" named last before "The project".
    assertEquals(List.of("PG"), place(LocalDate.of(2011, 9, 30), "143 million tonnes",
        "Australian miner Highlands Pacific says its $US1.5 billion ($1.54 billion) Ramu nickel project in Papua New Guinea will start production next year, despite local threats to shut it down.",
        "Highlands Pacific has an 8.56 per cent stake in the mine, which is owned by Metallurgical Corp of China.",
        "The project has an estimated resource of 143 million tonnes at 1.01 per cent nickel and 0.1 per cent cobalt."));
    // english.anhuinews.com (cnanhui.org), 2019-07-19, outside the devset: a Chinese province's investment in Ecuador's mine.
    assertEquals(List.of("EC"), place(LocalDate.of(2019, 7, 19), "20 million tonnes",
        "As the biggest overseas project invested by East China’s Anhui province, the Mirador copper mine in Ecuador went into operation on Thursday.",
        "The project was jointly launched by China Railway Construction Corp and Tongling Nonferrous Metals Group Co.",
        "The first phase of the project, worth $1.89 billion, is expected to handle 20 million tonnes of copper ore on a yearly basis and have an annual capacity of 354,000 tonnes of concentrates."));
  }

  @Test
  void aMineOfTheLexiconIsItsCountrysWhoeverRunsIt() {
    // newsvog (PCJCCI), devset fresh20: MCC (China) runs Saindak (mines.tsv: PK).
    assertEquals(List.of("PK"), place(LocalDate.of(2025, 1, 10), "12,800 tons",
        "Hussain highlighted the pivotal role of Chinese companies, particularly the Metallurgical Corporation of China (MCC), which has contributed significantly since the Saindak Copper-Gold Project began in 1995. "
            + "The Saindak project processes 12,800 tons of copper ore daily, producing nearly 13,000 tons of copper blister annually."));
  }

  @Test
  void withoutAPlacedProjectTheDescriptionIsTheCountryNamedBefore() {
    // NAI 500 (Roskill data): no project placed by the page; "The project" is the country named before, as it was.
    assertEquals(List.of("MZ"), place(LocalDate.of(2019, 8, 1), "92 kt",
        "Leading the way is Mozambique, which produces mostly the small and medium size flakes required for battery applications.",
        "Much of the exponential increase in Mozambique’s graphite shipments can be attributed to Syrah Resources and its Cobra project, which came on line late 2017. "
            + "The project produced 104 kt last year and 92 kt already in H1 2019."));
    // "The country" is a country, not a project: the host answers only a project's or a mine's description.
    assertEquals(List.of("CN"), place(LocalDate.of(2012, 11, 22), "10 million tonnes",
        "The US$1.5 billion Ramu nickel cobalt mine, in Papua New Guinea, has loaded its maiden shipment.",
        "China buys most of the nickel, and its imports rose. The country imported 10 million tonnes of nickel ore last year."));
  }

  @Test
  void aDescriptionNamingProjectsOfTwoCountriesHasNoOneHost() {
    // review29b: before, the first name met in the hosts' Map.copyOf order won, and that order changes from one JVM run to the
    // next; a description of two placed projects in two countries now has no host (the country named before answers, as it did).
    String text = "The US$1.5 billion Ramu nickel cobalt mine, in Papua New Guinea, has loaded its maiden shipment. "
        + "As the biggest overseas project invested by East China’s Anhui province, the Mirador copper mine in Ecuador went into operation on Thursday. "
        + "The Ramu and Mirador mines are both run by Chinese state companies.";
    ProjectHosts hosts = ProjectHosts.of(text, new PlaceResolver(org.claimgraph.lexicon.Lexicon.get()));
    assertEquals(List.of("Ramu", "Mirador"), List.copyOf(hosts.hosts().keySet()), "in the order the page places them");
    int at = text.indexOf("The Ramu and");
    assertEquals(null, hosts.describedHost("The Ramu and Mirador mines", at));
    assertEquals("PG", hosts.describedHost("The Ramu mine", at));
    assertEquals("EC", hosts.describedHost("the mine", at), "the last project named before");
  }

  @Test
  void aCapitalisedCommonWordAtASentencesStartIsNoProject() {
    // review29b: shapes of antofagasta.co.uk ("Our mining operations depend on …") and cim.org ("Chile has a number of new
    // projects on the go"), outside the devset, with a country after the head. "Our", "New" were placed in Chile and
    // Argentina, and every later "Our" or "New" of the page was a site that "the mine" after it stood for.
    PlaceResolver places = new PlaceResolver(org.claimgraph.lexicon.Lexicon.get());
    assertEquals(java.util.Map.of(), ProjectHosts.of("Our operations in Chile produced 120,000 tonnes of copper, and our costs fell. "
        + "New projects in Argentina will add more; the new mine opens in 2026.", places).hosts());
    // … while a name the page writes only capitalised stays a project, at a sentence's start too.
    assertEquals(java.util.Map.of("Ramu", "PG"), ProjectHosts.of("Ramu nickel cobalt mine, in Papua New Guinea, has loaded its maiden "
        + "shipment. Our mine is the largest.", places).hosts());
  }
}
