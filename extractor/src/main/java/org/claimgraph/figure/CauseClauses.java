package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A cause clause after a figure ("…, pressured by the decline in the German market", "… will be driven by the output of
 * major lithium-producing countries like Australia, Chile and Argentina", "… dropped 32% YoY due to Indonesian ban") says
 * why the figure moved: the countries it names are not the figure's place (lexicon {@code cause-cues.tsv}). Like
 * {@link PlaceResolver#beforeAside} for ", with …".
 */
final class CauseClauses {

  private static final String ADVERB = "(?:largely|mainly|mostly|partly|partially|primarily|chiefly|in\\s+part|also|further)";
  /** The cue up to the clause's end (a semicolon or a closing bracket, else the sentence's end). */
  private static final Pattern CLAUSE = clause();

  private CauseClauses() {}

  private static Pattern clause() {
    List<String> participles = new ArrayList<>();
    List<String> prepositions = new ArrayList<>();
    for (var row : Tsv.read("cause-cues.tsv")) {
      String cue = row.get("cue").trim().replace(" ", "\\s+");
      String notBefore = row.get("not_before");
      if (notBefore != null && !notBefore.equals("-")) cue += "(?!\\s+(?:" + notBefore + ")\\b)";
      ("participle".equals(row.get("type")) ? participles : prepositions).add(cue);
    }
    String participle = "(?:" + ADVERB + "\\s+)?(?:" + String.join("|", participles) + ")\\s+(?:" + ADVERB + "\\s+)?by";
    String preposition = "(?:" + String.join("|", prepositions) + ")";
    return Pattern.compile("(?i)\\b(?:" + participle + "|" + preposition + ")\\b[^;)]*");
  }

  /**
   * The mentions that may place a figure ending at {@code end}: those outside a cause clause opening after it. Figures
   * inside the clause keep every mention ("dragged down by Canada's 23% decline"), and so do countries also named outside it.
   */
  /**
   * {@code text} with its cause clauses blanked out, each up to its comma or full stop ("Exports fell 12%, dragged down by weaker
   * global demand." keeps "Exports fell 12%,"; "Driven largely by electric vehicles, global lithium demand is projected to surge"
   * keeps "global lithium demand …").
   */
  static String without(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = CLAUSE.matcher(text);
    while (m.find()) {
      Matcher stop = CLAUSE_STOP.matcher(text).region(m.start(), m.end());
      int end = stop.find() ? stop.start() : m.end();
      for (int i = m.start(); i < end; i++) out.setCharAt(i, ' ');
    }
    return out.toString();
  }

  /** Where a cause clause read inside a longer text ends: a comma or a full stop before a space. */
  private static final Pattern CLAUSE_STOP = Pattern.compile("[,.](?=\\s|$)");

  static List<PhraseMatcher.Match<Lexicon.Country>> before(String sentence, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    if (mentions.isEmpty()) return mentions;
    Matcher cause = CLAUSE.matcher(sentence);
    return cause.find(end) ? PlaceResolver.namedOutside(mentions, cause.start(), cause.end()) : mentions;
  }
}
