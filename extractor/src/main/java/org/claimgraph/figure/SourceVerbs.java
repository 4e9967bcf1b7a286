package org.claimgraph.figure;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * Where a source phrase read after a cue runs on into its clause's verb: "tracked by the LME climbed 114 metric tons" names
 * "the LME", "published by the Shanghai and London exchanges lifted Chinese copper futures" names the exchanges (credit24c,
 * round 24). With no part-of-speech tags, a verb is a word of source-end-verbs.tsv, written in lower case, after a word
 * that is no determiner nor preposition ("the increased output" is a noun phrase) and not followed by "by" (a participle:
 * "figures reached by agreement").
 */
final class SourceVerbs {

  private static final Set<String> VERBS = Tsv.read("source-end-verbs.tsv").stream().map(r -> r.get("verb"))
      .collect(Collectors.toUnmodifiableSet());
  private static final Pattern WORD = Pattern.compile("(?<=\\s)\\p{Ll}+\\b");
  private static final Pattern NOT_A_VERB_AFTER = Pattern.compile(
      "(?i).*\\b(?:the|a|an|its|their|his|her|this|that|these|those|of|on|in|for|with|and|or|to|by|from|at|as)\\s+$");
  private static final Pattern BY_AFTER = Pattern.compile("\\s+by\\b");

  private SourceVerbs() {}

  /** The source phrase up to the first verb of its own clause, or the phrase itself when it has none. */
  static String cut(String source) {
    Matcher m = WORD.matcher(source);
    while (m.find()) {
      if (!VERBS.contains(m.group())) continue;
      String before = source.substring(0, m.start());
      if (before.isBlank() || NOT_A_VERB_AFTER.matcher(before).matches()) continue;
      if (BY_AFTER.matcher(source.substring(m.end())).lookingAt()) continue;
      return before.strip();
    }
    return source;
  }
}
