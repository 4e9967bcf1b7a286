package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A share of the people asked, as the subject of a verb of saying ("More than two-thirds said …", "Only 60 percent of overall
 * drivers said the same"), is what a survey found, not who reports it: no credit. Sentences of survey write-ups outside the
 * development set, the reading annotated before the rule was written; the page in a comment.
 */
class SharesOfPeopleTest {

  private static List<String> sources(String sentence) {
    return new AttributionFinder(Lexicon.get()).find(sentence, 0).stream().map(Attribution::source).toList();
  }

  @Test
  void aShareOfThePeopleAskedCreditsNobody() {
    // https://electrek.co/2019/02/27/survey-drivers-evs-future
    assertEquals(List.of(), sources("Only 60 percent of overall drivers said the same."));
    assertEquals(List.of(), sources("Only about one out of every four non-EV drivers said that “styling similar to traditional vehicles” "
        + "would make them any more likely to buy an EV."));
    // https://docslib.org/doc/5385410/national-ev-survey (Consumer Reports)
    assertEquals(List.of(), sources("Approximately 98% of drivers say they’ve heard of electric vehicles, but only 30% say they’re "
        + "knowledgeable about them."));
    // https://lotsixteen.com/blogs/new-poll-shows-anxiety-about-reliance-on-foreign-mineral-supplies-and-support-for-more-domestic-mining
    assertEquals(List.of(), sources("Majorities say it is very important to source minerals domestically for their use in health care, "
        + "medicine, and medical devices (71%), semiconductors and electronics (69%), and defense and military equipment and technology (67%)."));
  }

  @Test
  void theSurveyStillCreditsItsFindings() {
    // the survey named in the same sentence keeps its credit; the share beside it gives none
    assertEquals(List.of("the survey"), sources("More than two-thirds said they would buy an EV, according to the survey."));
    // a company as the subject is still a source
    assertEquals(List.of("Albemarle"), sources("Albemarle said its lithium sales rose 12%."));
    assertTrue(Credits.couldName("Rystad Energy"));
  }
}
