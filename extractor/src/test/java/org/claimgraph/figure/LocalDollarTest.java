package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A bare "$" is the local dollar in an article about a dollar country written at home (real sentences of several publishers). */
class LocalDollarTest {

  private static String unitOf(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure \"" + quote + "\" in " + figures.stream().map(f -> f.evidence().quote()).toList()))
        .quantity().unit();
  }

  /** The article of {@code paragraphs} as published at {@code url}. */
  private static List<Figure> figuresAt(String url, String... paragraphs) {
    AnnotatedArticle a = Texts.article(LocalDate.of(2025, 1, 20), paragraphs);
    Article r = a.article();
    Article at = new Article(r.id(), r.source(), r.title(), r.publisher(), r.authors(), r.date(), url, r.language(), r.text(), r.paragraphs());
    return new FigureExtractor().extract(new AnnotatedArticle(at, a.sentences()));
  }

  @Test
  void canadianPolicyInACanadianOutletIsInCanadianDollars() {
    // The Epoch Times (Canadian edition), 2023-07-13.
    List<Figure> fs = Texts.figures(LocalDate.of(2023, 7, 13),
        "The federal government said it heavily competed with other countries, one of which was the United States, to entice Volkswagen to select Canada for the new plant.",
        "Industry Minister François-Philippe Champagne later confirmed that Ottawa has committed up to $13.2 billion in subsidies and a $700 million grant to incentivize Volkswagen to choose Canada for the plant’s location.",
        "Prime Minister Justin Trudeau said Canada had to offer the auto giant a significant sum in subsidies.");
    assertEquals("CAD", unitOf(fs, "up to $13.2 billion"));
    assertEquals("CAD", unitOf(fs, "$700 million"));
  }

  @Test
  void theGlobeAndMailsHondaDealIsInCanadianDollars() {
    // The Globe and Mail (as reprinted by canadiannewstoday.com), 2024-04-25.
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 4, 25),
        "Canada is betting big on electric-vehicle production as the country hopes to establish itself a major player in the global race to build EV supply chains within the next few years.",
        "Here’s a breakdown of the most recent EV projects coming to Canada.",
        "The federal government is expected to give Honda around $2.5-billion through tax credits for clean technology manufacturing and electric vehicle supply chain investments.",
        "Both governments say the deal is the largest ever single investment in Canada’s auto sector.");
    assertEquals("CAD", unitOf(fs, "around $2.5-billion"));
  }

  @Test
  void anAustralianCompanysReportOnItsOwnSiteIsInAustralianDollars() {
    // Liontown Resources, December 2024 quarterly report (ltresources.com.au): no country named in the text.
    List<Figure> fs = figuresAt("https://ltresources.com.au/?p=6418",
        "Ramp up continues to deliver strong performance at the Kathleen Valley Lithium Operation with 81,341 dry metric tonnes (dmt) of spodumene concentrate shipped to customers during the quarter, resulting in a solid financial performance with net cash from operating activities of $16.7 million and $192.9 million in cash at 31 December 2024.",
        "Sales revenue of $89.8m was recognised during the Quarter.");
    assertEquals("AUD", unitOf(fs, "$16.7 million"));
    assertEquals("AUD", unitOf(fs, "$89.8m"));
  }

  @Test
  void anExplicitUsDollarStaysUsOnAnAustralianSite() {
    // Australian Mining (australianmining.com.au), 2024-10-23, on Lynas: "$US48/kg ($73)".
    List<Figure> fs = figuresAt("https://www.australianmining.com.au/rare-earths-on-the-up-for-lynas/",
        "While the market prices for NdPr remained low during the quarter, they somewhat recovered towards the end.",
        "“The average NdPr market price was $US48/kg ($73) ex VAT (price excluding tax) during the quarter and Lynas achieved sales revenue of $120.5 million and sales receipts of $127.5 million … production levels were managed in line with market demand,” Lacaze said.",
        "Mining continued at the Mt Weld operation in Western Australia. The operation also maintained efficient concentrate production, which was fed to the Lynas Malaysia plant.");
    assertEquals("USD/kg", unitOf(fs, "$US48/kg"));
    assertEquals("AUD", unitOf(fs, "$120.5 million"));
  }

  @Test
  void aTextThatWritesTheLocalDollarKeepsTheBareDollarForTheUsDollar() {
    // BBC (as reprinted by mbeautysales.com): the Canadian amount is written out, "$" is the US dollar.
    List<Figure> bbc = Texts.figures(LocalDate.of(2023, 7, 6),
        "Canada has agreed to provide billions of dollars in incentives in a deal with carmaker Stellantis to build an electric vehicle (EV) battery plant in the province of Ontario, as the country tries to boost its clean-energy supply chain.",
        "The plant in Windsor, Ontario – a $3.8bn (five billion Canadian dollars) joint venture to supply EV batteries for a significant portion of the North American market – was billed by the federal government as the largest-ever investment in the country’s auto sector.",
        "In a statement on Thursday, the Ontario and Canadian governments announced that a deal had been finalised and would include “performance incentives” to Stellantis of up to $11bn (15 billion Canadian dollars).",
        "Canada and Ontario also said the agreement extended to a large Volkswagen EV battery cell manufacturing plant.");
    assertEquals("USD", unitOf(bbc, "$3.8bn"));
    assertEquals("USD", unitOf(bbc, "up to $11bn"));
    // Reuters (as reprinted by mining.com): "A$10.18" beside the company's US-dollar revenue.
    List<Figure> reuters = Texts.figures(LocalDate.of(2023, 1, 25),
        "Australian lithium miner Allkem Ltd on Wednesday posted a 11.1% sequential drop in second-quarter revenue as lower output from its Mt Cattlin operations in Western Australia offset strong lithium prices.",
        "The Australian company's revenue was $265 million for the three months ended Dec. 31, compared with $298 million in the previous quarter.",
        "Shares of Allkem fell 3.6% to A$10.18 in early trade in Australia.");
    assertEquals("USD", unitOf(reuters, "$265 million"));
  }

  @Test
  void aCanadianSiteReportingOnAChineseCarmakerQuotesUsDollars() {
    // BNN Bloomberg (bnnbloomberg.ca) on BYD: the article is about China, not about the site's country.
    List<Figure> fs = figuresAt("https://www.bnnbloomberg.ca/byd-revenue",
        "BYD Co. reported revenue that surpassed Tesla Inc.’s for the first time, as China's EV market boomed.",
        "The carmaker’s revenue soared 24% to 201.1 billion yuan ($28.2 billion) for the three months that ended in September, faster than China's overall car market.",
        "China's carmakers have cut prices at home.");
    assertEquals("USD", unitOf(fs, "$28.2 billion"));
  }
}
