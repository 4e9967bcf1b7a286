package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A country a sentence fronts as its topic ("For Malaysia, the country’s fully electric car sales surged 142 percent", "As for
 * Indonesia, the country’s … sales more than doubled"; lexicon {@code topic-fronts.tsv}) is what the sentence is about, not where
 * a flow goes: "for" before it marks no destination there. Only at a sentence's start (or a paragraph's), with a comma right
 * after the country: "supplies for Japan, Korea and …" stays a destination list. Pure and stateless.
 */
final class FrontedTopics {
  private static final Pattern FRONT = front();
  /** A comma right after the country ends the fronted topic. */
  private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*,");

  private FrontedTopics() {}

  private static Pattern front() {
    List<String> cues = Tsv.read("topic-fronts.tsv").stream().map(r -> Pattern.quote(r.get("cue")).replace(" ", "\\E\\s+\\Q")).toList();
    // The start of the text, or of a sentence or line in it, then the cue, then "the" at most, right before the country.
    return Pattern.compile("(?i)(?:^|[.!?][\"”’)]?\\s+|\\n\\s*)(?:" + String.join("|", cues) + ")\\s+(?:the\\s+)?$");
  }

  /** Whether the country at {@code [start, end)} of {@code text} is a sentence's fronted topic. */
  static boolean fronted(String text, int start, int end) {
    // A cut inside the text is no start: a mark before it keeps "^" from matching there.
    String before = start <= 40 ? text.substring(0, start) : "\u0000" + text.substring(start - 40, start);
    return FRONT.matcher(before).find() && COMMA_AFTER.matcher(text.substring(end)).find();
  }
}
