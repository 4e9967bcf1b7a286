package org.claimgraph.figure;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A credit for an act, not for data (credit29c). A sentence that credits a government, a body or a person with a policy act and
 * states no figure ("On June 8 2023, the Namibian government announced an export ban on unprocessed lithium", londonpolitica;
 * "The government announced … to expand rare earth export controls", economictimes; "The Malian government revealed details of
 * the deal recently", gbc1) names who acted, not a record the page goes on to read. A reader lets that credit cover the figures
 * of its own paragraph (the deal's terms: "Thus, the Malian government gets a 30% stake") and not the background of later
 * paragraphs (lithium prices, another company's acquisitions, the exports of earlier months): the gold credits nobody there.
 * A sentence that states figures, or a data source's sentence ("according to customs data"), is no act's: its credit runs on.
 * The act nouns are those of {@code policy-acts.tsv}.
 */
final class PolicyActs {

  private static final Pattern ACT = Pattern.compile("(?i)\\b(?:" + Tsv.read("policy-acts.tsv").stream()
      .map(PolicyActs::alternative)
      .sorted((a, b) -> b.length() - a.length())
      .collect(Collectors.joining("|")) + ")\\b");

  /** A row's phrase, not right after its not_after words ("we deal with", "would deal with": the verb). */
  private static String alternative(java.util.Map<String, String> row) {
    String phrase = Pattern.quote(row.get("phrase")).replace(" ", "\\E\\s+\\Q");
    String notAfter = row.get("not_after");
    return notAfter == null || "-".equals(notAfter) ? phrase : "(?<!\\b(?:" + notAfter + ")\\s)" + phrase;
  }

  private PolicyActs() {}

  /** Whether {@code sentence} tells of a policy act ("an export ban", "the deal", "export controls"). */
  static boolean tells(String sentence) {
    return sentence != null && ACT.matcher(sentence).find();
  }
}
