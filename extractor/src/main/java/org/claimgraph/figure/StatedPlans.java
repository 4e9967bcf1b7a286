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

  /**
   * "…, while the government has set a target of 30% EV sales by 2030", "…, with the Dubai Electricity and Water Authority
   * targeting 1,000 public charging stations": the conjunction or the "with" of an absolute clause opens the owner's clause and
   * is no part of the owner (credit36).
   */
  private static final Pattern CLAUSE_OPENER = Pattern.compile("(?i)^(?:while|whereas|with)\\s+(?=\\S)");

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
   * "… in Kigali with Siemens, the German power equipment firm planning to set up 15 charging stations": a description of a body
   * right after a name set off by a comma stands for that name (credit36). The description opens on an article and ends on a
   * body's head (stated-plans.tsv); the name is up to five capitalized words, no month or weekday ("In October, the ministry").
   */
  private static final Pattern DESCRIPTION = Pattern.compile("^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}(\\p{Ll}+)$");
  private static final Pattern NAME_BEFORE_COMMA = Pattern.compile(
      "(?<![\\p{L}&.'’-])(\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|and|for)\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,4}),\\s+$");
  /** The sentence's opening, a preposition that opens a phrase of place or time, or "as" ("Previously known as MAUTO, the firm"), right before the name. */
  private static final Pattern INTRODUCED = Pattern.compile("(?i)(?:^\\s*|\\b(?:in|on|at|during|since|after|before|by|from|for|of|to|under|over|as)\\s+)$");
  private static final Pattern TIME = Pattern.compile("(?:" + PeriodResolver.MONTH_NAMES + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b.*");

  /** The name a description owner stands for when set off right after it ({@link #DESCRIPTION}): its span in {@code sentence}, else null. */
  static int[] apposedName(String sentence, int from, int to) {
    Matcher d = DESCRIPTION.matcher(sentence.substring(from, to));
    if (!d.matches() || !HEADS.contains(d.group(1))) return null;
    Matcher n = NAME_BEFORE_COMMA.matcher(sentence.substring(0, from));
    if (!n.find() || TIME.matcher(n.group(1)).matches() || Credits.isPlace(n.group(1))) return null;
    // "Meanwhile, the government plans", "In Nairobi, the authority aims": an opening word or phrase, no name set off.
    if (INTRODUCED.matcher(sentence.substring(0, n.start(1))).find()) return null;
    return new int[] {n.start(1), n.end(1)};
  }

  /** Where the owner starts in the words before a plan verb: after a clause's "while", "whereas" or "with", else 0. */
  static int ownerStart(String subject) {
    Matcher m = CLAUSE_OPENER.matcher(subject);
    return m.lookingAt() ? m.end() : 0;
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
