package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * A body stating its own plan or target, the figures in the plan's own clause (credit31c): the subject credits them, as "X
 * forecast" would (GUIDELINES: targets are credited to their owner when the sentence shows the owner setting them).
 *
 * <pre>
 * "The Government of Indonesia plans to have around 13 million electric motorbikes …"        → Government of Indonesia
 * "The Ethiopian government set a 2030 goal of having 148,000 electric vehicles …"           → The Ethiopian government
 * "Looking ahead, the Ghana Chamber of Mines projected that manganese production could …"   → Ghana Chamber of Mines
 * "The Industry Ministry targets investment in the domestic manufacturing industry to reach …" → The Industry Ministry
 * </pre>
 *
 * The verbs, goal nouns and heads are those of stated-plans.tsv. Only a subject that names a body does: its last word is
 * capitalized (a name) or a body's head ("government", "ministry"); no plan nor policy ("The Comprehensive Roadmap … aims to
 * deploy": nobody's), no country ({@link Credits#couldName}: "India has set a target of 500 GW" credits nobody). Like a
 * forecast's reviser ({@link ForecastRevisions}), the owner covers only the figures after it in its own clause and runs on to no
 * other sentence; it is read only where the sentence names no other credit ("…, the ABI agency reported": the agency's).
 */
final class StatedPlans {

  /** The cue of the credits read here. */
  static final String CUE = "plans";

  private static final List<Map<String, String>> ROWS = Tsv.read("stated-plans.tsv");
  private static final Set<String> HEADS = words("head");
  private static final Set<String> INSTRUMENTS = words("instrument");
  /** "plans to", "is targeting", or a setter and its goal: "set a 2030 goal of", "has set a conservative target of". */
  private static final Pattern VERB = Pattern.compile("(?<![\\p{L}'’-])(?:(?:" + alternation("verb") + ")|(?:"
      + alternation("setter") + ")\\s+(?:a|an|its|their|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?(?:" + alternation("goal")
      + "))(?![\\p{L}'’-])");
  /** A possessive ("Beijing's planned halt") or a determiner before the verb: a noun phrase, no subject's verb. */
  private static final Pattern NOT_A_SUBJECT_END = Pattern.compile("(?:['’]s?|\\b(?:the|a|an|its|their|of|for|to|in|on))\\s*$");

  /**
   * "The federal government had planned to increase … to 7.50 per cent", "The government had set a target of supporting one
   * million two-wheelers": a plan the writer recalls, no owner setting it (GUIDELINES, fresh25's settled calls); the figures keep
   * the credit the page runs on.
   */
  private static final Pattern RECALLED = Pattern.compile("\\bhad\\s+(?:(?:also|already|earlier|previously|once)\\s+)?$");

  private StatedPlans() {}

  private static Set<String> words(String role) {
    return ROWS.stream().filter(r -> role.equals(r.get("role"))).map(r -> r.get("words")).collect(Collectors.toUnmodifiableSet());
  }

  private static String alternation(String role) {
    return String.join("|", ROWS.stream().filter(r -> role.equals(r.get("role"))).map(r -> Pattern.quote(r.get("words")))
        .sorted((a, b) -> b.length() - a.length()).toList());
  }

  /** Where the plan verbs of {@code sentence} start, in text order. */
  static List<Integer> verbs(String sentence) {
    List<Integer> out = new ArrayList<>();
    Matcher m = VERB.matcher(sentence);
    while (m.find()) {
      String before = sentence.substring(0, m.start());
      if (NOT_A_SUBJECT_END.matcher(before).find() || RECALLED.matcher(before).find()) continue;
      out.add(m.start());
    }
    return out;
  }

  /**
   * Whether {@code subject} (the sentence's first words when {@code opensSentence}) names a body that may own a plan: a name or a body's head at its end, no plan nor policy in it.
   */
  static boolean owner(String subject, boolean opensSentence) {
    String[] words = subject.strip().split("\\s+");
    for (String w : words) if (INSTRUMENTS.contains(w.toLowerCase(Locale.ROOT))) return false;
    String last = words[words.length - 1].replaceAll("[()]", "");
    if (last.isEmpty()) return false;
    // "Production targets …": a sentence's first word is capitalized whatever it is; alone, only a short form ("EVAP projects")
    // or a name with inner capitals ("NamPort") is a name by its look.
    if (Character.isUpperCase(last.codePointAt(0))) {
      return words.length > 1 || !opensSentence && !Regexes.matches(last, "(?i)he|she|it|they|we|this|that")
          || last.chars().filter(Character::isUpperCase).count() >= 2;
    }
    return HEADS.contains(last.toLowerCase(Locale.ROOT));
  }
}
