package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A quote no tag credits, opened right after a sentence that names a person speaking ("Kabuswe said the increase …
 * “The copper production has increased …"), is that person's. The sentences are from outside the development set, as
 * published, and the expected speaker was written down before the rule.
 */
class LeadInSpeakersTest {

  private static final LocalDate DATE = LocalDate.of(2024, 10, 1);

  /** A page's paragraphs, words inside one of its quotes, and whose quote that is (null: nobody's). */
  private record Case(String url, String words, String speaker, String... paragraphs) {}

  private static final List<Case> OUTSIDE = List.of(
      // the quote opens after the indirect speech in the same paragraph and stays open to the page's end
      new Case("https://diggers.news/local/2021/01/29/mopani-projected-to-hit-150000-tonnes-of-copper-year-after-zccm-ih-takeover-musukwa/",
          "immediate turn-around", "Richard Musukwa",
          "MINES and Minerals Development Minister Richard Musukwa says Mopani Copper Mines is now projected to hit 150,000 tonnes of copper "
              + "production per year following ZCCM-IH’s takeover from Glencore Plc. Speaking in Parliament, Wednesday, Musukwa announced that "
              + "Mopani was now projected to produce 150,000 tonnes of copper per year. “Government and ZCCM-IH are envisaged to ensure we have "
              + "an immediate turn-around..."),
      new Case("https://br.headtopics.com/news/elon-musk-on-tesla-s-aspiration-of-reaching-20-million-cars-made-per-year-by-2030-26461982",
          "about three years", "Elon Musk",
          "Elon Musk added that Tesla’s annual growth rates are faster than any large manufactured product in the history of the earth. "
              + "“There are some raw material constraints we see coming in lithium production probably in about three years. And in cathode "
              + "production, the cathode — the two main cathode choices are nickel and iron phosphate.”"),
      // a paragraph all quote after a paragraph of the person's indirect speech
      new Case("https://www.arabnews.com/node/376175", "maintain the existing policies", "Situmbeko Musokotwane",
          "Situmbeko Musokotwane said new mines and expansion projects by Canada’s First Quantum Minerals, Brazil’s Vale, Equinox, London-listed "
              + "Vedanta and Glencore International AG would boost copper production.",
          "Musokotwane said the government did not intend changing current mining policies.",
          "“We will maintain the existing policies in order to continue attracting investors.”"),
      // "…,” he said" after the indirect speech, no quote of his before
      new Case("https://www.arabnews.com/node/376175", "new mines still to open", "Situmbeko Musokotwane",
          "Situmbeko Musokotwane said new mines and expansion projects would boost copper production.",
          "Musokotwane said copper production was expected to rise to the targeted 1 million tons by 2012.",
          "“There are new mines still to open and that should help raise production,” he said."),
      new Case("https://www.metalbulletin.com/Article/3779944/FORECAST-Cobalt-prices-poised-to-moderate-analyst-says.html",
          "these minor metals", "Chris Berry",
          "Following explosive growth over the past year and a half, cobalt prices will moderate over the next five years as a result of "
              + "additional supply, recycling and substitution, Chris Berry, founder and president of research and investing firm House Mountain "
              + "Partners, told Metal Bulletin sister title American Metal Market.",
          "Substitution is one of the main factors behind the price stabilization, with companies developing lithium-ion batteries that "
              + "contain more nickel and less cobalt than previous chemistries, Berry said.",
          "“When you look at these minor metals, anytime there’s..."),
      // a body speaking is no person: its quote stays as it was (the lead is the page's; the quote after it is made up)
      new Case("https://theamericannews.net/america/peru/peru-copper-output-slides-nearly-12-in-june", "3.00 million", null,
          "The ministry said it expects this year’s output to hit 3.00 million tons, up from 2.76 million last year.",
          "“Output will hit 3.00 million tons.”"),
      // a quote with a tag of its own (an unnamed trader) is not the speaker before it
      new Case("https://www.metalbulletin.com/Article/2836892/Channel/197818/Long-but-unhappy-cobalt-market-drops.html", "tooth and nail", null,
          "Low-grade cobalt fell 50 cents to $17.50-18.40 per lb from $18-18.90 while high-grade dropped to $18.50-19.75 per lb from $19-20.25, "
              + "market sources said. “People are fighting tooth and nail for business. The last rally, which I never believed in anyway, was "
              + "over and done with in two weeks,” one trader said."));

  private static String speaker(Article article, String words) {
    int at = article.text().indexOf(words);
    for (CreditResolver.Quote q : CreditResolver.quotes(article)) {
      if (q.start() <= at && at < q.end()) return q.speaker() == null ? null : q.speaker().name();
    }
    return null;
  }

  @Test
  void aQuoteNoTagCreditsIsThePersonSpeakingInTheSentenceBefore() {
    for (Case c : OUTSIDE) assertEquals(c.speaker(), speaker(Texts.article(DATE, c.paragraphs()).article(), c.words()), c.url());
  }

  @Test
  void aloneAQuoteWithNoSpeakerInTheSentenceCreditsNobody() {
    // The diggers.news sentence read alone, with no page and no date.
    Article alone = Texts.article(null, "“The copper production has increased by 6.2 percent this year as you heard the minister announce in the "
        + "budget and this is key for us to reach the three million tonnes.").article();
    assertEquals(null, speaker(alone, "6.2 percent"));
    assertEquals(null, PeriodRulesTest.figure(Texts.figures(null, alone.text()), "6.2 percent").attribution());
  }
}
