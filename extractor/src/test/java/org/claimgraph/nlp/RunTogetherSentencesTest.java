package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sentences run together by a missing space ("…export controls.Data released…") end at the stop. */
class RunTogetherSentencesTest {

  /** Tokens split at spaces, as CoreNLP leaves "controls.Data" in one token. */
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) out.add(new Token(out.size(), m.group(), m.start(), m.end(), "O"));
    return out;
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (List<Token> part : Annotator.splitAfterUnitAbbreviations(Annotator.splitRunTogether(tokens(text), text))) {
      out.add(text.substring(part.get(0).start(), part.get(part.size() - 1).end()));
    }
    return out;
  }

  @Test
  void aStopWithoutASpaceEndsTheSentence() {
    // The wire story of issue 10 ("…export controls.Data released…")
    String text = "Shipments slowed after Beijing tightened export controls.Data released on Monday showed exports fell 6.1% in September.";
    assertEquals(List.of("Shipments slowed after Beijing tightened export controls.",
        "Data released on Monday showed exports fell 6.1% in September."), sentences(text));
  }

  @Test
  void aCapitalizedWordBeforeTheStopEndsTheSentenceToo() {
    // A startup blog post (public page; "…after the United States and China.The Indian startup ecosystem…")
    String text = "India has the third largest number of startups in the world, after the United States and China.The Indian "
        + "startup ecosystem is growing at a rate of 20-25% per year.";
    assertEquals(List.of("India has the third largest number of startups in the world, after the United States and China.",
        "The Indian startup ecosystem is growing at a rate of 20-25% per year."), sentences(text));
    // A Melbourne city page ("…the second most populous city in Australia.The name…")
    String melbourne = "Melbourne is the second most populous city in Australia.The name refers to an area spanning 9,900 km2.";
    assertEquals(2, sentences(melbourne).size(), melbourne);
    // A conference report ("…by Dr. Imran Khan, Tesla, Australia.The conference successfully fostered collaboration…")
    String conference = "The event featured a workshop by Dr. Imran Khan, Tesla, Australia.The conference successfully fostered "
        + "collaboration between academia and industry.";
    assertEquals(List.of("The event featured a workshop by Dr. Imran Khan, Tesla, Australia.",
        "The conference successfully fostered collaboration between academia and industry."), sentences(conference));
  }

  @Test
  void titlesAndSiteNamesStayWhole() {
    String title = "The bill was backed by Gov.Newsom and Mrs.Pelosi on Tuesday.";
    assertEquals(List.of(title), sentences(title));
    String site = "The figures were first reported by Today.Az and Dropbox.Tech readers.";
    assertEquals(List.of(site), sentences(site));
  }

  @Test
  void abbreviationsAndDomainsStayWhole() {
    // Reuters ("U.S. Geological Survey"), a domain name
    String text = "Output reached 67,000 tons, according to the U.S. Geological Survey and metal.com data.";
    assertEquals(List.of(text), sentences(text));
  }
}
