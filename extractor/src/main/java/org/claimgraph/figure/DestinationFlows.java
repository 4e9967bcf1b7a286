package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * A figure sent to a country on a page about one country's exports: "40% (226,000 tons) of the ore went to Bulgaria",
 * "Concentrate worth $174 million (157,000 tons) went to China" on Hetq's "Armenia’s Copper Exports Up 32%" → AM, BG and AM, CN
 * (devset/GUIDELINES.md "Places": a flow's places are exporter then importer; the subject carries over). The sentence names
 * only where the quantity went and no flow word of its own, so no measure carries the exporter ({@code withImpliedOrigin}
 * reads measures); the page's exporter is its other end. Not where the sentence names a second country or an origin ("from").
 */
final class DestinationFlows {
  /** The verbs of destination-verbs.tsv as an alternation, read once for both patterns. */
  private static final String VERBS = String.join("|",
      org.claimgraph.lexicon.Tsv.read("destination-verbs.tsv").stream().map(r -> Pattern.quote(r.get("verb"))).toList());
  /** "went to", "were shipped mainly to", "exported every six weeks to mainland": a verb of sending, then its destination. */
  private static final Pattern SENT_TO = Pattern.compile("(?i)\\b(?:" + VERBS
      + ")\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:to|into)\\s+(?:the\\s+)?(?:mainland\\s+)?$");

  /** A word of sending before a "to": the verbs above, or an export noun ("copper exports to China", "the export of … to"). */
  private static final Pattern SENDING = Pattern.compile("(?i)\\b(?:exports?|shipments?|" + VERBS + ")\\b");
  private static final Pattern IMPORTING = Pattern.compile("(?i)\\bimport(?:s|ed|ing)?\\b");

  private DestinationFlows() {}

  /**
   * Whether {@code before}, the words of a sentence up to a "to" and the country after it, send something out ("copper exports to
   * China", "63% of all exports go to Chinese organizations"): the country is a buyer, a flow's other end. Not an importer
   * ("electric vehicle imports to Uzbekistan", "pouring into Georgia") nor a goal ("EV projects coming to Canada").
   */
  static boolean sentBefore(String before) {
    return SENDING.matcher(before).find() && !IMPORTING.matcher(before).find();
  }

  /**
   * {@code exporter} then the figure's one place, where that place is named in the sentence only after a verb of sending, the
   * sentence names no other country and the page is about {@code exporter}'s exports; else {@code place}.
   *
   * @param articleFlow the flow the page's headline names ("export"), or null
   */
  static List<String> apply(List<String> place, String exporter, String articleFlow, String sentence,
      List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    if (exporter == null || !"export".equals(articleFlow) || place.size() != 1 || place.contains(exporter)) return place;
    boolean sent = false;
    for (var m : mentions) {
      if (!m.value().code().equals(place.get(0))) return place;
      if (SENT_TO.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start())).find()) sent = true;
    }
    return sent ? List.of(exporter, place.get(0)) : place;
  }
}
