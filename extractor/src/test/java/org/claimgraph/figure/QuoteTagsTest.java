package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Whose a quote is when its speaker is named outside the tags the finder reads ("…,” said X"): a tag with another verb of
 * speech right after the closing mark ("…,” commented Tai Wong", "…,” INS informs", "…”, news agency ANI quoted Union minister
 * Anurag Thakur as saying": {@link QuoteTags}); a quote of several paragraphs opened after a paragraph of the person's speech
 * ("Mr Jones said:" then "“…" / "“…" / "“….”"); and a last quoted paragraph left open after a tagged quote. Real
 * paragraphs of pages outside the development set (URLs below), as published; the expected speaker was written down before
 * the rule.
 */
class QuoteTagsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 8, 16);

  /** A page's paragraphs, words inside one of its quotes, and whose quote that is (null: nobody's). */
  private record Case(String url, String words, String speaker, String... paragraphs) {}

  private static final List<Case> OUTSIDE = List.of(
      // a tag with a verb of speech before the name
      new Case("https://resourceglobalnetwork.com/2021/04/30/copper-hits-10000-per-tonne-as-analysts-point-to-further-gains/",
          "remarkable run", "Tai Wong",
          "“This is a remarkable run for copper in terms of magnitude and consistency,” commented Tai Wong, head of metals derivatives "
              + "trading at BMO Capital Markets."),
      // a tag with the name before the verb: a body's short form
      new Case("https://www.romaniajournal.ro/business/new-vehicles-registration-up-by-13-3-pc-in-2015/", "by 22.9%", "INS",
          "New vehicles registration rose by 13.3% in 2015 against 2014, reaching 433,653 units, the National Statistics Institute (INS) "
              + "has informed on Thursday.",
          "“In Q4 2015, as compared to the same quarter of 2014, the registrations of road vehicles for passenger transport increased in "
              + "all categories, the most significant increase was in the category of buses and minibuses by 22.9%. During the same period "
              + "new vehicle registrations for goods transport increased by 32.0% for tractors, by 20.1% for trailers and semitrailers and "
              + "by 7.4% for trucks,” INS informs."),
      // an outlet's tag quoting the speaker
      new Case("https://www.hindustantimes.com/india-news/centre-announces-10-000-electric-buses-across-100-cities-under-pm-e-bus-seva-101692179042080.html",
          "77,613 crores", "Anurag Thakur",
          "The Centre on Wednesday announced 10,000 new electric buses across 100 cities under the PM e-bus Seva.",
          "\"PM E-Bus Seva has been given approval. ₹77,613 crores will be spent on this. Around 10,000 new electric buses will be "
              + "provided across the country\", news agency ANI quoted Union minister Anurag Thakur as saying at the cabinet briefing held "
              + "after the Union cabinet meet."),
      // a quote of several paragraphs after "Mr Jones said:", closed only at its end
      new Case("https://fuelincluded.com/2016/01/electric-cars-will-become-as-ubiquitous-as-the-internet", "a similar picture",
          "Andrew Jones",
          "Andrew Jones, the roads minister, said sales of ultra-low emissions vehicles (ULEVs) were “rocketing”, with 28,188 new ULEV "
              + "cars on the road in 2015 – almost double the number in 2014, and more than the previous five years combined.",
          "In a speech this week, Mr Jones said:",
          "“The shift we are seeing reminds me of the spread of the internet in the 1990s.",
          "“The internet started small, as a niche interest, but then it snowballed, and now it’s hard to imagine being without it.",
          "“I think we are seeing a similar picture emerging for ultra-low emission vehicles in Britain today.",
          "“ULEV sales are not just growing rapidly, they are rocketing.”"),
      new Case("https://www.ukpol.co.uk/historic-press-release-electric-cars-at-number-10-october-2008/", "cut fuel costs", "Geoff Hoon",
          "The PM was shown each of the cars and given an explanation of an electric charging point. Earlier, at an International Experts "
              + "Meeting, Transport Secretary Geoff Hoon set out the next steps of a £100 million commitment to the development of greener "
              + "vehicles.",
          "Speaking at the convention, Mr Hoon said:",
          "“Electric cars and other low carbon vehicles, like plug-in hybrids, cut fuel costs and reduce harmful emissions. If we can "
              + "inspire more people to use them, it will help us to make a positive impact on climate change.",
          "“Alongside this, their research and manufacture is an emerging industry with the potential to create new jobs and safeguard "
              + "existing employment in the UK.”"),
      // the last quoted paragraph left open, after the speaker's tagged quote
      new Case("https://mqworld.com/2023/03/08/australian-lithium-boom-rolls-on", "surging", "Madeleine King",
          "Federal Minister for Resources Madeleine King has affirmed Australia’s position as a world leader in the lithium sphere.",
          "“As the world’s largest producer of lithium, a key component in batteries for electric vehicles, our minerals sector has an "
              + "enormous role to play in the success of the energy transition over the coming decades,” King said.",
          "“Demand for battery minerals is surging with the uptake of electric vehicles and our lithium sector is going from strength "
              + "to strength.",
          "The Minister’s comments formed the foreword of Geoscience Australia’s 2022 report on Australia’s Identified Mineral Resources "
              + "(AIMR)."),
      // an unnamed speaker stays nobody
      new Case("https://www.latestly.com/agency-news/latest-news-around-11k-e-buses-to-be-provided-to-5-big-cities-including-delhi-under-pm-e-drive-scheme-6874137.html",
          "4,500 electric buses", null,
          "\"Following detailed deliberations, the Ministry of Heavy Industries has assured that approximately 4,500 electric buses will be "
              + "provided to Bengaluru, 2,000 to Hyderabad, 2,800 to Delhi, 1,000 to Ahmedabad, and 600 to Surat under the current phase of "
              + "the PM E-Drive Scheme,\" an official statement said."));

  static String speaker(Article article, String words) {
    int at = article.text().indexOf(words);
    for (CreditResolver.Quote q : CreditResolver.quotes(article)) {
      if (q.start() <= at && at < q.end()) return q.speaker() == null ? null : q.speaker().name();
    }
    return null;
  }

  @Test
  void aQuoteIsTheSpeakersNamedOutsideTheUsualTag() {
    for (Case c : OUTSIDE) assertEquals(c.speaker(), speaker(Texts.article(DATE, c.paragraphs()).article(), c.words()), c.url());
  }

  @Test
  void theTagAfterTheClosingMark() {
    assertEquals("Tai Wong", QuoteTags.speaker(" commented Tai Wong, head of metals derivatives trading at BMO Capital Markets.").name());
    assertEquals("Parker", QuoteTags.speaker(" Minister Parker highlighted.").name());
    assertEquals("Jerome", QuoteTags.speaker(" Jerome was quoted as saying by the newspaper.").name());
    // an unnamed speaker, and words that are no tag (the verb not right after the mark)
    assertEquals(null, QuoteTags.speaker(" mentioned a smaller metals dealer in Europe."));
    assertEquals(null, QuoteTags.speaker(" and the plan Tesla announced last week."));
  }

  /**
   * A quote closed with a full stop ends its sentence: a capitalized subject and a verb in the past after it start the writer's
   * next sentence, not a tag (review32a: "Exports increased to …" was read as the quote's speaker "Exports", ahead of the
   * speaker the quote's own lead-in names). Constructed from forexbrokersalliance.com's China trade paragraph (the economist's
   * quote, then the page's next sentence put in the same paragraph); the tags "…,” he remarked." and "…” he charged." stay
   * tags (TagReferentsTest).
   */
  @Test
  void aCapitalizedSentenceAfterAFullStopIsNoTag() {
    String url = "https://forexbrokersalliance.com/post/china-s-exports-surge-in-march-as-us-importers-rush-orders-imports-fall-amid-weak-demand";
    Article page = Texts.article(DATE,
        "Julian Evans-Pritchard, an economist at Capital Economics, said: “We expect export volumes to decline in the coming months.” "
            + "Exports increased to $27.6 billion in March.").article();
    assertEquals("Julian Evans-Pritchard", speaker(page, "export volumes"), url);
    assertEquals(null, QuoteTags.speaker(" Exports increased to $27.6 billion in March.", true));
    assertEquals(null, QuoteTags.speaker(" Prices surged in April.", true));
    // after a comma the same shape is a tag ("…,” Parker disclosed."), and so is a lower-case tag after a full stop
    assertEquals("Parker", QuoteTags.speaker(" Parker disclosed.", false).name());
    assertEquals("Vickram Bharrat", QuoteTags.speaker(" Vickram Bharrat disclosed.", false).name());
  }

  @Test
  void aloneATaggedQuoteIsItsSpeakers() {
    // The resourceglobalnetwork sentence read alone, with no page and no date: its tag is in the sentence.
    String sentence = "“This is a remarkable run for copper in terms of magnitude and consistency,” commented Tai Wong, head of metals "
        + "derivatives trading at BMO Capital Markets.";
    assertEquals("Tai Wong", speaker(Texts.article(null, sentence).article(), "remarkable run"));
    // read alone by the whole extractor: no figure in it, no credit made up, no failure
    assertEquals(List.of(), Texts.figures(null, sentence));
  }
}
