package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A nameless back-reference ("the industry representative body", "The entities") to the data owner a lead names without a
 * credit of its own (credit28b, round 28; GUIDELINES attribution rules 1 and 2). Each test has a case the rule must leave alone.
 */
class AnnouncedOwnersTest {

  private static final LocalDate DATE = LocalDate.of(2025, 2, 21);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void theOwnerALeadNamesForABackReference() {
    // Bizcommunity (bizcommunity.com/article/south-africa-doubled-its-nev-sales-in-2024-587020a, devset fresh22)
    String lead = "Naamsa has finally released official sales figures for new-energy vehicles (NEVs) in South Africa for 2024. "
        + "Here’s what happened in this steadily growing section of the market.";
    assertEquals("Naamsa", AnnouncedOwners.owner(lead + "\n", 0, lead.length(), "body"));
    // ePower Colombia (devset fresh22): two bodies joined for a plural reference
    String two = "FENALCO and ANDI announced the number of Electric Vehicles (EV) registered in July this year.";
    assertEquals("FENALCO and ANDI", AnnouncedOwners.owner(two, 0, two.length(), "entities"));
    // a plural reference wants two names, a singular one one
    assertNull(AnnouncedOwners.owner(two, 0, two.length(), "body"));
    assertNull(AnnouncedOwners.owner(lead, 0, lead.length(), "entities"));
    // a constructed sentence (not a quote) with the body's name as Mail & Guardian (mg.co.za, 2010-06-02) writes it: its kind in the name
    String mg = "The National Association of Automobile Manufacturers of South Africa released new vehicle sales figures on Wednesday.";
    assertEquals("The National Association of Automobile Manufacturers of South Africa", AnnouncedOwners.owner(mg, 0, mg.length(), "association"));
    // ... whose noun must fit: "the ministry" is no association
    assertNull(AnnouncedOwners.owner(mg, 0, mg.length(), "ministry"));
    // Retail Insight Network (retail-insight-network.com/news/ons-uk-retail-sales), outside the devset, shortened: a name with its short form
    String ons = "The UK’s Office for National Statistics (ONS) has released data that shows the volume of retail sales in the country dropped.";
    assertEquals("The UK’s Office for National Statistics", AnnouncedOwners.owner(ons, 0, ons.length(), "office"));
    // Irish Car Man (irishcarman.blogspot.com, 2014-07), outside the devset, the second sentence shortened: the release closes its paragraph
    String simi = "New car sales have already surpassed car sales for the whole of 2013. SIMI released the figures ahead of the launch of their review.";
    assertEquals("SIMI", AnnouncedOwners.owner(simi, 0, simi.length(), "body"));
    // blog.inautomotive.com/new-car-market-falls-by-a-fifth-in-september, outside the devset: the name, its short form, "has released"
    String smmt = "The Society of Motor Manufacturers and Traders (SMMT) has released registration figures for new cars which show that the "
        + "market was down 20.5% in September.";
    // ... one body though its name holds "and" (review28b; before, read as two names, the owner of "the entities" only)
    assertEquals("The Society of Motor Manufacturers and Traders", AnnouncedOwners.owner(smmt, 0, smmt.length(), "body"));
    assertNull(AnnouncedOwners.owner(smmt, 0, smmt.length(), "entities"));
    // the data written first is no owner (review28b): "Figures" and "Statistics" were taken for bodies' names (constructed sentences
    // of the shape "Figures released on Tuesday showed …")
    String figures = "Figures published on Tuesday showed registrations of electric cars rose for the fifth month.";
    assertNull(AnnouncedOwners.owner(figures, 0, figures.length(), "body"));
    String statistics = "Statistics released by the ministry on Monday showed sales of new vehicles rose.";
    assertNull(AnnouncedOwners.owner(statistics, 0, statistics.length(), "organisation"));
    // ... but a name that opens with such a word is a name
    String bridge = "Data Bridge Market Research has released figures on battery sales in India.";
    assertEquals("Data Bridge Market Research", AnnouncedOwners.owner(bridge, 0, bridge.length(), "body"));
    // a release of no data names no owner
    String goods = "China released 150,000 tonnes of industrial metals from its reserves.";
    assertNull(AnnouncedOwners.owner(goods, 0, goods.length(), "body"));
  }

  @Test
  void theBackReferenceTakesTheOwnerAndItRunsOn() {
    List<Figure> fs = Texts.figures(DATE,
        "Naamsa has finally released official sales figures for new-energy vehicles (NEVs) in South Africa for 2024. Here’s what happened in this steadily growing section of the market.",
        "According to the industry representative body, collective NEV sales from the 21 brands active in this space last year increased 100.6% year on year to 15,611 units.");
    assertEquals("Naamsa", credit(fs, "15,611 units"));
    List<Figure> co = Texts.figures(DATE,
        "FENALCO and ANDI announced the number of Electric Vehicles (EV) registered in July this year.",
        "The entities said that there were 1,915 EVs registered in the RUNT in July this year, according to a press release.");
    assertEquals("FENALCO and ANDI", credit(co, "1,915 EVs"));
    // with no owner named before, the reference names nobody to refer to: not Naamsa, not any other body
    List<Figure> alone = Texts.figures(DATE,
        "According to the industry representative body, collective NEV sales increased 100.6% year on year to 15,611 units.");
    assertNull(credit(alone, "15,611 units"));
    // "Figures published …" names no body: "the industry body" after it credits nobody (review28b; before, "Figures")
    List<Figure> unnamed = Texts.figures(DATE,
        "Figures published on Tuesday showed registrations of electric cars rose for the fifth month.",
        "According to the industry body, registrations rose 12% to 15,000 units.");
    assertNull(credit(unnamed, "15,000 units"));
  }
}
