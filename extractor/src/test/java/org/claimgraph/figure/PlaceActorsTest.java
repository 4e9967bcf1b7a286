package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * A company's credit carried onto a sentence whose subject is a country or region (credit37a, round 37; the census is in the
 * commit message). The rule reads CoreNLP's entity tags, which the rule tests' pages (Texts) do not have: the sentences are
 * tokenized here and tagged as CoreNLP tags them in the devset ingest. Real sentences of four publishers: ijreportika (fresh31,
 * f31-m-12), micromobility (fresh27, f27-e-13), trendsnafrica (fresh8, f8-m-10), chosunbiz (fresh2, f2-e-02), roskill's
 * relay clbrief (fresh4, f4-m-07), malaysiansmustknow (fresh26, f26-m-05).
 */
class PlaceActorsTest {

  private static final Pattern WORD = Pattern.compile("’s|'s|[\\p{L}\\p{N}.-]+|[^\\s\\p{L}\\p{N}]");

  /** The sentence's tokens, each tagged with the place tag {@code tags} gives its word, else "O". */
  private static Sentence sentence(String text, Map<String, String> tags) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) tokens.add(new Token(tokens.size(), m.group(), m.start(), m.end(), tags.getOrDefault(m.group(), "O")));
    return new Sentence(0, 0, text.length(), text, tokens);
  }

  @Test
  void aCountryOpeningTheSentenceIsItsSubject() {
    // ijreportika, after "… Asia-Potash International announced a $4.3 billion investment": the writer's comparison.
    assertTrue(PlaceActors.subject(sentence("China imports around 8 million metric tons each year, about half of its demand.",
        Map.of("China", "COUNTRY")), "Asia-Potash International"));
    // An apposition, and a possessive after an opening phrase.
    assertTrue(PlaceActors.subject(sentence("For a comparison, Canada, the world’s largest potash producer, exported around 23 million "
        + "metric tons, valued at approximately $6.6 billion, in 2023.", Map.of("Canada", "COUNTRY")), "Asia-Potash International"));
    assertTrue(PlaceActors.subject(sentence("In 2022, Laos’s potash exports were valued at approximately $580 million.",
        Map.of("Laos", "COUNTRY")), "Asia-Potash International"));
    // micromobility, after "… Ather Energy reported their best-ever annual e-2W sales".
    assertTrue(PlaceActors.subject(sentence("Region-wise, Maharashtra held the highest share with 18%.",
        Map.of("Maharashtra", "STATE_OR_PROVINCE")), "Ather Energy"));
    // trendsnafrica, after Mutanda's output.
    assertTrue(PlaceActors.subject(sentence("Katanga is on target to hit average production of 300,0000 tonnes annually by 2022.",
        Map.of("Katanga", "STATE_OR_PROVINCE")), "Mutanda"));
  }

  @Test
  void aPlaceThatDescribesOrSitsInsideTheClauseIsNoSubject() {
    // chosunbiz: "U.S." inside LG Energy Solution's own result.
    assertFalse(PlaceActors.subject(sentence("Operating profit excluding U.S. production subsidies was 235.8 billion won.",
        Map.of("U.S.", "COUNTRY")), "LG Energy Solution"));
    // malaysiansmustknow (fresh26, f26-m-05): "China" inside Lynas' own price report.
    assertFalse(PlaceActors.subject(sentence("The average China domestic price for NdPr was US$69.90 a kg for the quarter.",
        Map.of("China", "COUNTRY")), "Lynas Rare Earths"));
    // ijreportika: the company's own sentence after an opening phrase.
    assertFalse(PlaceActors.subject(sentence("In 2022, a subsidiary of the Chinese company Asia-Potash International announced a $4.3 "
        + "billion investment in a potash mining venture in Khammouane province.", Map.of("Chinese", "NATIONALITY", "Khammouane",
        "STATE_OR_PROVINCE")), "Asia-Potash International"));
    // (Constructed.) A place the credit's own name holds ("Vale Indonesia") is no new subject.
    assertFalse(PlaceActors.subject(sentence("Indonesia’s nickel output rose.", Map.of("Indonesia", "COUNTRY")), "Vale Indonesia"));
  }

  @Test
  void analystsAreKnownByTheirDescription() {
    assertTrue(PlaceActors.analyst("market analyst Roskill"));
    assertTrue(PlaceActors.analyst("consultancy Wood Mackenzie"));
    assertTrue(PlaceActors.analyst("Care Ratings"));
    assertFalse(PlaceActors.analyst("Swiss mining giant Glencore"));
  }
}
