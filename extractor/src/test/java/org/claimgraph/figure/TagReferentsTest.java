package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A quote whose tag is a pronoun or a bare title with any verb of the past ("…,” he posited.", "…,” the natural resources minister
 * disclosed.") is the person the page named a few paragraphs up (TagReferents; QuoteTags' tag by position). The positive cases
 * are sentences as published (devset pages, and two outside pages found in review32a: MyJoyOnline, GhanaWeb); the negative cases
 * change the tag of the dpigov sentence (a verb with an object; a title the person was not named with).
 */
class TagReferentsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 10);

  /** A page's paragraphs, words inside one of its quotes, and whose quote that is (null: nobody's). */
  private record Case(String url, String words, String speaker, String... paragraphs) {}

  private static final List<Case> CASES = List.of(
      // fresh24 f24-m-02 (MyPublisher24): "he posited" four paragraphs after "…, Michael Edem Akafia, has said"
      new Case("https://mypublisher24.com/amp/mining-firms-repatriate-4-2bn-of-5-9bn-mineral-revenue-recorded-in-2023", "70.6%",
          "Michael Edem Akafia",
          "President of the Ghana Chamber of Mines, Michael Edem Akafia, has said members of the Chamber repatriated $4.2 billion of the "
              + "$5.9 billion mineral revenue recorded in 2023.",
          "He made the assertion speaking at the 96th annual general meeting of the Chamber on Friday, June 7, 2024.",
          "He noted that it is the country’s highest output since the outbreak of the COVID-19 pandemic.",
          "“However, large-scale gold production declined from 3.1 million ounces in 2022 to 2.9 million ounces in 2023. Small-scale "
              + "production saw a significant increase of 70.6%, from 0.66 million ounces to 1.1 million ounces,” he posited."),
      // fresh25 f25-m-13 (Guyana DPI): a title's tag, the holder named beside the title
      new Case("https://dpi.gov.gy/1-7-million-tonnes-of-bauxite-produced-in-2024/", "523,732 tonnes", "Vickram Bharrat",
          "During a press briefing on Tuesday, the Minister of Natural Resources, Vickram Bharrat, described the level of production as a "
              + "remarkable turnaround of a sector that he said was in decline.",
          "“Bauxite has been a success story over the last few years. In 2023, the production of bauxite was at 523,732 tonnes,” the "
              + "natural resources minister disclosed."),
      // outside the devset (MyJoyOnline, Ghana): "he charged" two paragraphs after "…, Dr Amin Adam charged the officers …"; the
      // quote before it is untagged, so no earlier speaker carries (review32a)
      new Case("https://www.myjoyonline.com/revenue-mobilisation-is-my-topmost-priority-finance-minister", "about 11.3%", "Mohammed Amin Adam",
          "The Minister of Finance, Dr. Mohammed Amin Adam, has declared revenue mobilisation as his topmost priority for the running "
              + "of the state.",
          "Declaring his intention to make revenue mobilisation as top priority, Dr Amin Adam charged the officers to step up their work "
              + "as more opportunities exist in boosting revenue.",
          "“Revenue Mobilisation is my topmost priority because you can understand that we need money to fund the budget”.",
          "“The data shows that you are doing well and I want to commend you for it but also to remind you that there is a shortfall "
              + "for the first quarter of about 11.3% and therefore I need you to do more” he charged."),
      // outside the devset (GhanaWeb): "he remarked" after "Dr. Mohammed Amin Adam, the Minister of Finance, has emphasized …"
      new Case("https://mobile.ghanaweb.live/GhanaHomePage/NewsArchive/Revenue-we-generate-can-t-meet-our-infrastructural-needs-so-we-borrow-Finance-Minister-1925648",
          "not enough", "Mohammed Amin Adam",
          "Dr. Mohammed Amin Adam, the Minister of Finance, has emphasized the insufficiency of the country’s generated revenue to "
              + "address its infrastructure requirements.",
          "He stressed the need for the government to turn to international borrowing.",
          "“What we generate in Ghana is not enough to meet our infrastructural needs, and that is why we borrow,” he remarked."),
      // constructed from the dpigov sentence: a verb with an object after it is no tag, the quote stays nobody's
      new Case("https://dpi.gov.gy/1-7-million-tonnes-of-bauxite-produced-in-2024/", "523,732 tonnes", null,
          "During a press briefing on Tuesday, the Minister of Natural Resources, Vickram Bharrat, described the level of production.",
          "“In 2023, the production of bauxite was at 523,732 tonnes,” the natural resources minister compared with the old figures."),
      // constructed: a title the person was not named with names nobody ("the president" after "Minister … Bharrat")
      new Case("https://dpi.gov.gy/1-7-million-tonnes-of-bauxite-produced-in-2024/", "523,732 tonnes", null,
          "During a press briefing on Tuesday, the Minister of Natural Resources, Vickram Bharrat, described the level of production.",
          "“In 2023, the production of bauxite was at 523,732 tonnes,” the president remarked."));

  /** The people CoreNLP would tag (the test pipeline has no NER): every occurrence of the names given. */
  private static List<TagReferents.Person> people(String text, String... names) {
    List<TagReferents.Person> out = new java.util.ArrayList<>();
    for (String n : names) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) out.add(new TagReferents.Person(at, at + n.length(), n));
    }
    out.sort(java.util.Comparator.comparingInt(TagReferents.Person::start));
    return out;
  }

  private static String speaker(AnnotatedArticle annotated, String words) {
    String text = annotated.article().text();
    int at = text.indexOf(words);
    List<TagReferents.Person> people = people(text, "Michael Edem Akafia", "Vickram Bharrat", "Mohammed Amin Adam", "Amin Adam");
    for (CreditResolver.Quote q : CreditResolver.quotes(annotated.article(), people)) {
      if (q.start() <= at && at < q.end()) return q.speaker() == null ? null : q.speaker().name();
    }
    return null;
  }

  @Test
  void aPronounOrTitleTagIsThePersonNamedBefore() {
    for (Case c : CASES) assertEquals(c.speaker(), speaker(Texts.article(DATE, c.paragraphs()), c.words()), c.url() + " " + c.words());
  }
}
