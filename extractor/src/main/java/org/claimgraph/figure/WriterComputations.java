package org.claimgraph.figure;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * The writer's own computation (credit29c; devset/GUIDELINES.md fresh22 call 22: a writer's computation credits nobody where the
 * page has no page-level credit). A sentence that marks its figures as the writer's arithmetic ("By our maths, that puts South
 * Africa’s EV sales total for 2024 at 12,57 units", bizcommunity; "The non-Tesla BEV registrations (calculated as the difference
 * between the total and Tesla) amounted to 363,450", evsolartech; "If converted, the 2017 figure stood around 36 million WMT",
 * philippinenickel) states no datum of the source the page credited before: its figures take no carried credit (a page-level
 * credit still covers them, GUIDELINES fresh22 call 20). The marks are those of {@code writer-computations.tsv}.
 */
final class WriterComputations {

  private static final Pattern MARK = Pattern.compile("(?i)\\b(?:" + Tsv.read("writer-computations.tsv").stream()
      .map(r -> Pattern.quote(r.get("phrase")).replace(" ", "\\E\\s+\\Q"))
      .sorted((a, b) -> b.length() - a.length())
      .collect(Collectors.joining("|")) + ")\\b");

  private WriterComputations() {}

  /** Whether {@code sentence} marks its figures as the writer's own computation. */
  static boolean marks(String sentence) {
    return sentence != null && MARK.matcher(sentence).find();
  }
}
