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
  void abbreviationsAndDomainsStayWhole() {
    // Reuters ("U.S. Geological Survey"), a domain name
    String text = "Output reached 67,000 tons, according to the U.S. Geological Survey and metal.com data.";
    assertEquals(List.of(text), sentences(text));
  }
}
