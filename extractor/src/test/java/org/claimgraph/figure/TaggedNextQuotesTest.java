package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * A quoted paragraph with no tag before a quoted paragraph whose tag names the speaker is the same voice (TaggedNextQuotes).
 * Real paragraphs as published; the expected speaker was written down before the rule.
 */
class TaggedNextQuotesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 10);

  /** The people CoreNLP would tag (the test pipeline has no NER): every occurrence of the names given. */
  private static List<TagReferents.Person> people(String text, String... names) {
    List<TagReferents.Person> out = new ArrayList<>();
    for (String n : names) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) out.add(new TagReferents.Person(at, at + n.length(), n));
    }
    out.sort(Comparator.comparingInt(TagReferents.Person::start));
    return out;
  }

  private static String speaker(String words, String... paragraphs) {
    AnnotatedArticle annotated = Texts.article(DATE, paragraphs);
    String text = annotated.article().text();
    int at = text.indexOf(words);
    for (CreditResolver.Quote q : CreditResolver.quotes(annotated.article(), people(text, "Michael Edem Akafia", "Mohammed Amin Adam", "Amin Adam"))) {
      if (q.start() <= at && at < q.end()) return q.speaker() == null ? null : q.speaker().name();
    }
    return null;
  }

  /** mypublisher24.com (devset fresh24): the untagged quoted paragraph is Akafia's, whose "he posited" tags the next one. */
  @Test
  void anUntaggedQuotedParagraphTakesTheNextParagraphsTag() {
    String[] page = {
        "President of the Ghana Chamber of Mines, Michael Edem Akafia, has said members of the Chamber repatriated $4.2 billion of the "
            + "$5.9 billion mineral revenue recorded in 2023.",
        "He noted that it is the country’s highest output since the outbreak of the COVID-19 pandemic.",
        "“Ghana saw an increase in the production and export of traditional minerals, except manganese. Gold production rose from 3.7 "
            + "million ounces in 2022 to four million ounces in 2023, an 8.3% increase, driven by the expansion of small-scale mining.”",
        "“However, large-scale gold production declined from 3.1 million ounces in 2022 to 2.9 million ounces in 2023. Small-scale "
            + "production saw a significant increase of 70.6%, from 0.66 million ounces to 1.1 million ounces,” he posited."};
    assertEquals("Michael Edem Akafia", speaker("8.3% increase", page));
  }

  /**
   * Outside the devset (MyJoyOnline, https://www.myjoyonline.com/revenue-mobilisation-is-my-topmost-priority-finance-minister):
   * "“Revenue Mobilisation is my topmost priority …”." then "“… about 11.3% …” he charged."
   */
  @Test
  void anOutsidePage() {
    assertEquals("Mohammed Amin Adam", speaker("topmost priority because",
        "The Minister of Finance, Dr. Mohammed Amin Adam, has declared revenue mobilisation as his topmost priority for the running "
            + "of the state.",
        "Declaring his intention to make revenue mobilisation as top priority, Dr Amin Adam charged the officers to step up their work "
            + "as more opportunities exist in boosting revenue.",
        "“Revenue Mobilisation is my topmost priority because you can understand that we need money to fund the budget”.",
        "“The data shows that you are doing well and I want to commend you for it but also to remind you that there is a shortfall "
            + "for the first quarter of about 11.3% and therefore I need you to do more” he charged."));
  }

  /** A quote inside the writer's sentence, or a next paragraph that is the writer's, gives the quote no speaker. */
  @Test
  void aQuoteInTheWritersSentenceStaysNobodys() {
    assertEquals(null, speaker("turning point",
        "Analysts called the 8.3% rise “a turning point for the country’s small-scale mining sector.”",
        "“Small-scale production saw a significant increase of 70.6%, from 0.66 million ounces to 1.1 million ounces,” Michael Edem "
            + "Akafia said."));
    assertEquals(null, speaker("turning point",
        "“The rise is a turning point for the country’s small-scale mining sector.”",
        "Small-scale production rose 70.6%, Michael Edem Akafia said, quoting “the Chamber’s own figures for the year”."));
  }
}
