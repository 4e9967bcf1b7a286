package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** units31: a table turned into text states its unit once, in a header cell, a caption line or a run-in caption. */
class TableUnitsTest {

  @Test
  void aHeaderCellsBracketedUnitIsItsColumns() {
    // ecosfinbridge.com (fresh25 f25-m-07): Indonesia's nickel production table, one row a paragraph as the page prints it.
    List<Figure> fs = Texts.figuresOfHtml("<html><head><title>Indonesia's nickel downstream strategy</title></head><body><article>"
        + "<h1>Indonesia's nickel downstream strategy</h1>"
        + "<p>Indonesia commands the world's largest nickel reserves, holding approximately 55 million metric tons as of 2023.</p>"
        + "<p>The scale of Indonesia's dominance becomes clear when examining production trends over the past decade:</p>"
        + "<p>Year | Indonesia Production (Mt) | Global Production (Mt) | Indonesia's Share (%) |</p>"
        + "<p>---|---|---|---|</p>"
        + "<p>2010 | 0.23 | 1.6 | 14 |</p>"
        + "<p>2015 | 0.45 | 2.0 | 23 |</p>"
        + "<p>This mineral wealth has gained strategic importance as global nickel demand surges.</p></article></body></html>");
    Texts.assertQuantity(fs, "0.23", "megatonne", 0.23);
    Texts.assertQuantity(fs, "1.6", "megatonne", 1.6);
    Texts.assertQuantity(fs, "14", "percent", 14);
    Texts.assertQuantity(fs, "2.0", "megatonne", 2.0);
    assertEquals("percent", fs.stream().filter(f -> f.evidence().quote().equals("23")).findFirst().orElseThrow().quantity().unit());
  }

  @Test
  void aCaptionLinesBracketedUnitIsTheWholeTables() {
    // World Nuclear Association's "World Uranium Mining Production" (world-nuclear.org, outside the devset): an HTML table
    // under the caption "Production from mines (tonnes U)", read into rows "Kazakhstan | 23,607 | 24,689".
    List<Figure> fs = Texts.figuresOfHtml("<html><head><title>World Uranium Mining Production</title></head><body><article>"
        + "<h1>World Uranium Mining Production</h1>"
        + "<p>In 2022 Kazakhstan produced the largest share of uranium from mines (43% of world supply), followed by Canada (15%) "
        + "and Namibia (11%).</p>"
        + "<p>Production from mines (tonnes U)</p>"
        + "<table><tr><th>Country</th><th>2015</th><th>2016</th></tr>"
        + "<tr><td>Kazakhstan</td><td>23,607</td><td>24,689</td></tr>"
        + "<tr><td>Canada</td><td>13,325</td><td>14,039</td></tr></table>"
        + "<p>Mining methods have been changing, and in situ leaching has been steadily increasing its share.</p>"
        + "</article></body></html>");
    Texts.assertQuantity(fs, "24,689", "tonne", 24689);
    Texts.assertQuantity(fs, "13,325", "tonne", 13325);
  }

  @Test
  void aRunInTablesCaptionUnitIsItsNumbers() {
    // African Mining on joomag.com (fresh23 f23-m-13): the magazine's Table 1 run into the text.
    List<Figure> fs = Texts.figures(null,
        "Table 1: Production from mines in tonnes of Uranium 2018 [adapted from World Nuclear Association]. Country Kazakhstan "
            + "Tonnes (t) 21 705 Canada 7 001 Australia 6 517 Namibia 5 525 Niger 2 911 USA 582 *Data from the World Nuclear "
            + "Association.");
    Texts.assertQuantity(fs, "21 705", "tonne", 21705);
    Texts.assertQuantity(fs, "7 001", "tonne", 7001);
    Texts.assertQuantity(fs, "582", "tonne", 582);
  }

  @Test
  void aTableStatingNoUnitAndCountedCellsKeepTheirs() {
    // statinvestor.com (outside the devset): a consumption table with no unit in its rows; its prose gives metric tons.
    List<Figure> fs = Texts.figures(null,
        "Year | Consumption |",
        "2019 | 2288 |",
        "2020 | 2376 |");
    assertEquals("count", Texts.endingWith(fs, "2376").quantity().unit());
    List<Figure> counted = Texts.figures(null,
        "Brand | Sales (units) | Models |",
        "BYD | 12 vehicles | 3 |");
    assertEquals("vehicle", Texts.endingWith(counted, "12 vehicles").quantity().unit());
  }

  @Test
  void aRankColumnTakesNoCaptionUnit() {
    // review31a: World Nuclear Association's "Production from mines (tonnes U)" table shape with the rank column that
    // https://en.wikipedia.org/wiki/List_of_countries_by_uranium_production and Statista's country rankings print first: the rank
    // numbers the rows, the caption's unit measures the production columns only.
    List<Figure> fs = Texts.figuresOfHtml("<html><head><title>World Uranium Mining Production</title></head><body><article>"
        + "<h1>World Uranium Mining Production</h1>"
        + "<p>In 2022 Kazakhstan produced the largest share of uranium from mines (43% of world supply), followed by Canada (15%) "
        + "and Namibia (11%).</p>"
        + "<p>Production from mines (tonnes U)</p>"
        + "<table><tr><th>Rank</th><th>Country</th><th>2015</th><th>2016</th></tr>"
        + "<tr><td>1</td><td>Kazakhstan</td><td>23,607</td><td>24,689</td></tr>"
        + "<tr><td>2</td><td>Canada</td><td>13,325</td><td>14,039</td></tr>"
        + "<tr><td>3</td><td>Australia</td><td>5,654</td><td>6,315</td></tr></table>"
        + "<p>Mining methods have been changing, and in situ leaching has been steadily increasing its share.</p>"
        + "</article></body></html>");
    Texts.assertQuantity(fs, "24,689", "tonne", 24689);
    Texts.assertQuantity(fs, "5,654", "tonne", 5654);
    for (String rank : List.of("1", "2", "3")) {
      assertEquals(true, fs.stream().noneMatch(f -> f.evidence().quote().equals(rank) && "tonne".equals(f.quantity().unit())),
          () -> "rank " + rank + " read as tonnes");
    }
  }
}
