package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A time named inside a background clause — a cause, a past event, a point a change runs from — before the clause states any
 * number of its own (period29a, round 29): "despite disruptions in production due to bad weather in May, June and August,
 * alumina production rose to 3.63 million tonnes", "reached the 4 million tonne mark since the explosion in July 1999 at
 * Kaiser's Gramercy refinery", "its highest since the carmaker went public in 2010". Such a time dates the clause's event, not
 * the sentence's figures, and so not what the text reports after it either: after a "since" cue it is where a change starts (a
 * comparison's base, {@link EventTimes.Role#SINCE}), after the others ("due to", "despite", "after", "amid" …) no period at
 * all ({@link EventTimes.Role#AFTER}). {@link EventTimes} reads the same roles for an event noun after since/after/following
 * whatever stands between; this reads any clause, but only up to its first comma, number or reported figure verb, and only
 * with a preposition of time right before the time: a fronted "Despite weak demand, sales in May rose" and "after falling 3% in
 * April" keep their months. The cues are the lexicon's {@code background-cues.tsv}.
 */
final class BackgroundClauses {

  /**
   * A figure reported inside the clause ("after sales rose in May"): the time is that report's, left to the other rules. The verbs
   * are background-report-verbs.tsv's.
   */
  private static final String REPORTED = "(?:" + String.join("|", Tsv.read("background-report-verbs.tsv").stream()
      .map(r -> Pattern.quote(r.get("verb"))).toList()) + ")";
  /** Data a clause after a cue other than "since" concedes or cites ("despite record sales in 2023"): the time is theirs. */
  private static final Pattern DATA = Pattern.compile("(?i)\\b(?:" + String.join("|", Tsv.read("background-data-words.tsv").stream()
      .map(r -> r.get("word")).toList()) + ")\\b");
  /** A time the preposition is followed by in a list ("in May, June and August"): the items before the one read. */
  private static final String LIST_ITEM = "(?:" + PeriodResolver.MONTH + "(?:\\s+(?:19|20)\\d{2})?|(?:19|20)\\d{2}),\\s+";
  private static final Cues CUES = Cues.read();
  /**
   * A cue, the clause's words (no digit, no comma, full stop — the points of "U.S." and of initials are none —, semicolon or colon, no reported verb; up to ~100 characters), then
   * the preposition of its time and the words that may open it ("at the end of", "in early").
   */
  private static final Pattern CLAUSE_BEFORE = Pattern.compile("(?i)\\b(" + CUES.alternatives() + ")\\s(?:(?!\\b" + REPORTED
      + "\\b)(?:[^\\d,.;:!?%$€£¥()\"“”]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\.)){1,100}?\\s(?:in|on|at|during)\\s+(?:the\\s+)?(?:(?:end|start|beginning|middle)\\s+of\\s+)?"
      + "(?:(?:early|late|mid)[\\s-]+)?(?:" + LIST_ITEM + ")*$");

  /**
   * "The following is a list of the world's largest cobalt producers in 2022": a cue after an article is an adjective; "It was due
   * to the strong demand from China that Chile's copper export income doubled in October 2004": a cleft's cue fronts the cause of
   * the clause after "that", whose time it is.
   */
  private static final Pattern ADJECTIVE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:the|a|an|this|these|that)|\\bit\\s+(?:was|is|has\\s+been)(?:\\s+(?:largely|mainly|mostly|partly|only|also))?)\\s+$");
  /** A number in the time's clause after it ("in 2023 by 19% and 18%"): the clause reports a figure, whose time it is. */
  private static final Pattern NUMBER_AFTER = Pattern.compile("^[^,;]*?\\d");

  private BackgroundClauses() {}

  /**
   * The role of the time that starts right after {@code before} (its sentence up to there) and is followed by {@code after}: NONE
   * outside a background clause.
   */
  static EventTimes.Role of(String before, String after) {
    if (NUMBER_AFTER.matcher(clauseAfter(after)).find()) return EventTimes.Role.NONE;
    int from = Math.max(0, before.length() - 160);
    Matcher m = CLAUSE_BEFORE.matcher(before).region(from, before.length());
    while (m.find()) {
      String cue = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      EventTimes.Role role = CUES.role(cue);
      boolean data = role != EventTimes.Role.SINCE && DATA.matcher(before.substring(m.end(1))).find();
      if (!data && !CUES.vetoed(cue, before.substring(m.end(1))) && !ADJECTIVE_BEFORE.matcher(before.substring(0, m.start(1))).find()) {
        return role;
      }
      // "due to start operations in 2014", "The following is a list of … in 2022": not this cue; a later one may still open a clause.
      m.region(m.start(1) + 1, before.length());
    }
    return EventTimes.Role.NONE;
  }

  /** The time's clause after it: up to a comma, semicolon or full stop before a space. */
  private static String clauseAfter(String after) {
    Matcher stop = CLAUSE_STOP.matcher(after);
    return stop.find() ? after.substring(0, stop.start()) : after;
  }

  private static final Pattern CLAUSE_STOP = Pattern.compile("[,;]|\\.(?=\\s|$)");

  /** The cues of background-cues.tsv: their roles and the words that make each none. */
  private record Cues(Map<String, EventTimes.Role> roles, Map<String, Pattern> vetoes) {

    static Cues read() {
      Map<String, EventTimes.Role> roles = new HashMap<>();
      Map<String, Pattern> vetoes = new HashMap<>();
      for (var row : Tsv.read("background-cues.tsv")) {
        String cue = row.get("cue").trim().toLowerCase(Locale.ROOT);
        roles.put(cue, "since".equals(row.get("role")) ? EventTimes.Role.SINCE : EventTimes.Role.AFTER);
        String notBefore = row.get("not_before");
        if (notBefore != null && !notBefore.equals("-")) vetoes.put(cue, Pattern.compile("(?i)^\\s+(?:" + notBefore + ")\\b"));
      }
      return new Cues(Map.copyOf(roles), Map.copyOf(vetoes));
    }

    /** The cues as regex alternatives, longest first ("in the wake of" before shorter cues sharing its words). */
    String alternatives() {
      List<String> cues = new ArrayList<>(roles.keySet());
      cues.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
      return String.join("|", cues.stream().map(c -> c.replace(" ", "\\s+")).toList());
    }

    EventTimes.Role role(String cue) {
      return roles.getOrDefault(cue, EventTimes.Role.NONE);
    }

    boolean vetoed(String cue, String after) {
      Pattern veto = vetoes.get(cue);
      return veto != null && veto.matcher(after).find();
    }
  }
}
