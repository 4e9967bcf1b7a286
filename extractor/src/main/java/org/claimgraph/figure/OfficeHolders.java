package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * The person an office names before the verb of speech: "President of the Ghana Chamber of Mines, Joshua Mortoti, said …"
 * (newsafricagh), "President of the Ghana Chamber of Mines, Michael Edem Akafia, has said …" (mypublisher24), "The
 * Coordinating Minister for Maritime Affairs and Investment, Luhut Binsar Pandjaitan, said …" (indonesiaexpat), "Spokesperson
 * for the Ministry of Industry, Febri Hendri Antoni Arif, said …" (bandit4d). A tag reader that takes the capitalized words
 * right before the commas as the speaker's name reads the office's last word ("Mines", "Investment", "Industry"); when those
 * words close an "of" or "for" phrase and the words between the commas are a person's name, the person is the speaker. News
 * pages of many countries set the office first this way; the name before the commas is a person's only when it is not the
 * tail of such a phrase ("Evan Hartley, an analyst at Benchmark, said").
 */
final class OfficeHolders {

  private OfficeHolders() {}

  /** "… of the Ghana Chamber of ", "… for Maritime Affairs and ": an "of"/"for" phrase whose capitalized words run up to the name. */
  private static final Pattern OF_TAIL = Pattern.compile(
      "\\b(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'&.-]*\\s+(?:(?:of|and|for|&)\\s+)?)*$");

  /**
   * The person set off after an office whose last words {@code name} (at {@code nameStart} of {@code sentence}) are, or null:
   * {@code apposition} is the text between the commas after the name (null when there is none).
   */
  static String apposed(String sentence, int nameStart, String name, String apposition) {
    if (apposition == null) return null;
    String person = apposition.strip();
    if (!AttributionFinder.isPersonName(person) || AttributionFinder.isPersonName(name)) return null;
    return OF_TAIL.matcher(sentence.substring(Math.max(0, nameStart - 80), nameStart)).find() ? person : null;
  }
}
