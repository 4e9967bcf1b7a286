package org.claimgraph.figure;

import org.claimgraph.lexicon.Tsv;

/**
 * Verbs of statement besides "said" and its usual companions (statement-verbs.tsv): "confirms", "highlighted", "stressed",
 * "reiterated". Publishers that relay a statement vary the verb, and a name set off with its title or description ("Bayo
 * Onanuga, Special Adviser on Information and Strategy to President Bola Tinubu, confirms that …") is the credit whichever
 * verb follows; the patterns that read a name, its description and a verb take these verbs as they take "said".
 */
final class StatementVerbs {

  private static final java.util.List<java.util.Map<String, String>> ROWS = Tsv.read("statement-verbs.tsv");
  private static final java.util.Set<String> VERBS = ROWS.stream().map(r -> r.get("verb"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static final String ALTERNATION = Tsv.literalAlternation(ROWS, "verb");

  private StatementVerbs() {}

  /**
   * Whether {@code cue} is one of these verbs: a person's or a body's verb, not a record's ("The Federal Government's December
   * Resource Quarterly report has confirmed ongoing concerns": the report's credit is read where the page names it).
   */
  static boolean isStatementVerb(String cue) {
    return VERBS.contains(cue);
  }
}
