package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percent that the words after it make part of a product's name is its grade, no figure (corpus/gold/GUIDELINES.md:
 * product grades are no figures): "65% black tungsten concentrate", "6 per cent lithia", "30% Co min", "45% Mo content",
 * "80% ferrovanadium", "60% FeMo", "(1.5% Si)". Open sets: 5 such percents read as figures in 5 publishers (tune SMM,
 * fresh4 Australian Resources, fresh5 Copperbelt Katanga, fresh7 Resources Rising Stars, fresh11 Foundry Planet); no
 * gold figure has this shape. Sentences of publishers outside the development set, annotated before the rule; the
 * negatives keep changes and shares whose noun phrase goes on to a concentrate ("a 6.5% rise in concentrate
 * production"), tariffs and taxes.
 */
class GradeNamesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | the grade, no figure | the figures that stay (separated by ";", or empty)
      // news.chinatungsten.com/en/tungsten-product-news/97450-tpn-2798
      "Up to now, 65% black tungsten concentrate prices have reached RMB 90,000/ton.|65%|RMB 90,000/ton",
      // m.sscollege.cn/en/news/44826.html (Chinatungsten Online's market analysis, retold)
      "The price of 65% wolframite concentrate was reported at RMB 270,000/ton, down 6.3% from its peak and up 88.8% from the beginning of the year.|65%|RMB 270,000/ton;6.3%;88.8%",
      // comelan.com/En/201808/894919.asp
      "The assessment of 55% concentrate and above also ascended to 1870-1890 yuan/mtu.|55%|",
      // bigmint.co/insights/detail/chinas-ferro-molybdenum-prices-strengthen-on-better-fundamentals-465870 (Mysteel's report)
      "On August 4, the price of moly concentrates with 45% Mo content in Henan, a major mining area in Central China, grew by Yuan 240/mtu on week to reach Yuan 4,200/mtu including the 13% VAT, according to Mysteel's tracking.|45%|",
      "As of August 4, the price of 60% FeMo in Northeast China, a core production hub for the ferroalloy, had climbed to Yuan 277,000/tonne ($38,509/t) including the 13% VAT, up by a substantial Yuan 15,000/t on week, Mysteel's assessment showed.|60%|",
      // wasiagroup.com/news/indian-ferrochrome-price-decline-again.html
      "Alloys (1.5% Si) are quoted at $1.22-1.24 Cr CIF, alloys (2% Si) are quoted at $1.18-1.19/lb Cr CIF, and alloys (3% Si) are quoted at $1.1-1.11/lb Cr CIF.|1.5%|",
      "Alloys (1.5% Si) are quoted at $1.22-1.24 Cr CIF, alloys (2% Si) are quoted at $1.18-1.19/lb Cr CIF, and alloys (3% Si) are quoted at $1.1-1.11/lb Cr CIF.|2%|",
      // stockhouse.com/companies/bullboard?postid=34980715 (a Pilbara Minerals auction report)
      "Pilbara Minerals attracted 22 bids in the space of 30 minutes, with a highest bid of $US6988/dmt for the 5.5 per cent lithia product.|5.5 per cent|$US6988/dmt",
      "This equates to $US7708/dmt (6 per cent lithia, CIF* China) on a pro rata basis.|6 per cent|$US7708/dmt",
      // stockhead.com.au/resources/ground-breakers-pilbara-pulls-in-another-bonanza-lithium-price-market-still-hot-hot-hot/
      "PLS will launch a 5000dmt cargo of 5.5% lithia spodumene to a lucky buyer for US$6188/dmt.|5.5%|US$6188/dmt",
      // metalbulletin.com/Article/3949974 (Fastmarkets' former Metal Bulletin site)
      "Fastmarkets’ cobalt hydroxide index 30% Co min, cif China was at $11.89 per lb on Friday September 4, up by 7 cents per lb (0.6%) from $11.82 per lb on August 21.|30%|$11.89 per lb;$11.82 per lb",
      // metalbulletin.com/Article/4009562
      "Sources indicated the China price for 72% ferro-silicon was around 16,000-17,000 yuan per tonne last week, when the price for 75% material had already reached 18,000-20,000 yuan per tonne.|72%|"})
  void gradesNamedAfterThePercentAreNoFigures(String sentence, String grade, String stay) {
    GradeCuesTest.assertGradeOnly(sentence, grade, stay);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | the figures that stay (separated by ";")
      // maritime-news.com/icsg-copper-mine-production-up-4-8-through-may-2021
      "Global copper mine production rose by 4.8% during the first five months of the year, including a 6.5% rise in concentrate production and a 2% decline in solvent extraction-electrowinning.|4.8%;6.5%;2%",
      // financialtribune.com/articles/economy-business-and-markets/33328/37-rise-in-copper-production
      "The report added that the companies produced 626,130 tons of copper concentrates during the eight-month period ending November 22, recording a 20% growth in volume compared to last year’s 523,598 tons.|20%",
      // gmanetwork.com/news/money/economy/954333/us-slaps-50-tariff-on-semi-finished-copper-imports-prices-retreat/story
      "US President Donald Trump imposed a 50 percent tariff on all semi-finished copper imports Wednesday, citing national security concerns, with prices of the commodity dropping sharply as the levies were not as wide-ranging as traders had feared.|50 percent",
      // investingnews.com/daily/resource-investing/base-metals-investing/copper-investing/copper-miners-may-pay-controversial-indonesian-export-tax/
      "Freeport and Newmont have previously argued that they should be exempt from the tax, which kicks in at 25 percent and rises to 60 percent in the second half of 2016, before a total concentrate export ban in 2017.|25 percent;60 percent",
      // turan.az/en/economics/copper-production-almost-entirely-involved-in-export-duty
      "The fee is 10% of the export value of the goods, but not less than $ 300 per ton.|10%",
      // written for the test: a class word and an adjective after "ferro", no alloy named
      "China kept a 20% ferroalloy export duty in place.|20%",
      "Mills paid 5% ferrous scrap premiums last month.|5%",
      // written for the test (coordinator review): "minimum" before a noun is a rate's, not a grade's
      "The country will apply a 15% minimum tax on large mining groups from next year.|15%",
      "Foreign miners must cede a 30 percent minimum stake to local investors.|30 percent"})
  void percentsBeforeOtherWordsStay(String sentence, String stay) {
    assertStay(sentence, stay);
  }

  /** The quotes of {@code stay} (";"-separated) are figures of {@code sentence}. */
  static void assertStay(String sentence, String stay) {
    List<String> quotes = Texts.figures(DATE, sentence).stream().map(f -> f.evidence().quote()).toList();
    for (String q : stay.split(";")) assertTrue(quotes.contains(q), q + " in " + quotes);
  }
}
