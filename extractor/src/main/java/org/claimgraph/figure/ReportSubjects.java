package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * A named body's report as the subject of what it finds (credit27c, round 27): "The Electric Vehicle Council's annual State of
 * Electric Vehicles report has been released, finding that EVs are on track to more than double in 2023" (medianet), "The
 * Federal Government’s December Resource Quarterly report has confirmed …" (smsfinance), "the Office of the Chief Economist’s
 * Resources and Energy Quarterly report forecasting record export earnings of $278 billion" (amma.org.au). Unlike a record
 * named in passing ({@link OwnedRecords}, which credits its own clause only), such a report is a data source: its credit
 * runs on over the figures after it, and "The report finds …", "According to the report" refer back to it
 * ({@link CreditResolver}). The words are those of report-subjects.tsv.
 *
 * <p>The credit is the report's owner; a government named only as "the Federal Government" is no source's name, and the
 * report's own title is credited instead (GUIDELINES fresh17 call 16: "Resource Quarterly").
 */
final class ReportSubjects {

  /** The cue of the credits read here. */
  static final String CUE = "report found";

  private static final List<Map<String, String>> WORDS = Tsv.read("report-subjects.tsv");
  private static final String NOUNS = words("noun");
  private static final String VERBS = words("verb");
  private static final String NAME = "\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d&.-]*|of(?:\\s+the)?|for|and|on|de)){0,6}?";
  /** Words of the report's description or title ("annual State of Electric Vehicles", "December Resource Quarterly"). */
  private static final String TITLE = "((?:(?!(?:that|which|who|is|are|was|were|has|have|had|its|their|in|to|from|by|with)\\s)[\\p{L}\\d&-]+\\s+){0,7}?)";
  /** "the International Energy Agency’s annual report on the state of the EV industry shows": a short topic before the verb. */
  private static final String TOPIC = "(?:\\s+(?:on|into)\\s+[^,.;:“”\"]{1,60}?)?";
  private static final Pattern SUBJECT = Pattern.compile(
      "(?<![\\p{L}\\d&.-])(?:[Tt]he\\s+)?(" + NAME + ")['’]s?\\s+" + TITLE + "(?:" + NOUNS + ")" + TOPIC + ",?\\s+(?:" + VERBS + ")\\b");
  /**
   * "The 2022 Extractive Industries Transparency Initiative (EITI) Mining & Oil and Gas report has shown that …": a body named with
   * its short form at the head of its report's title, no possessive (credit37b); the body owns the report as "X's report" does.
   */
  private static final Pattern SHORT_FORM_SUBJECT = Pattern.compile(
      "(?<![\\p{L}\\d&.-])(?:[Tt]he\\s+)?(?:(?:19|20)\\d\\d\\s+)?(" + NAME + ")\\s+\\(\\p{Lu}[\\p{Lu}&]{1,9}\\)\\s+"
          + "((?:(?!(?:that|which|who|is|are|was|were|has|have|had|its|their|in|to|from|by|with)\\s)[\\p{L}\\d&-]+\\s+){0,7}?)"
          + "(?:" + NOUNS + ")" + TOPIC + ",?\\s+(?:" + VERBS + ")\\b");
  /** "It’s", "Tuesday’s", "January’s", "this year’s": no owner. */
  private static final Pattern NO_OWNER = Pattern.compile(
      "(?i)it|that|there|this|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
          + "|august|september|october|november|december|q[1-4]|h[12]|last|next|this year|last year");
  /** A government named by its level only ("the Federal Government"): no source's name, its report's title is. */
  private static final Pattern GOVERNMENT = Pattern.compile("(?i)(?:(?:federal|state|national|central|provincial)\\s+)?government");
  /** The title: capitalized words (and their "of", "and") right before the noun, after any month or "Annual". */
  private static final Pattern TITLE_WORDS = Pattern.compile(
      "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Annual|Latest|New)\\s+)*"
          + "(\\p{Lu}[\\p{L}&-]*(?:\\s+(?:\\p{Lu}[\\p{L}&-]*|of|and))*)\\s*$");

  private ReportSubjects() {}

  private static String words(String kind) {
    return WORDS.stream().filter(r -> kind.equals(r.get("kind"))).map(r -> r.get("word").replace(" ", "\\s+"))
        .collect(Collectors.joining("|"));
  }

  /** The owners of the reports {@code sentence} makes the subject of a finding (first character at article offset {@code base}). */
  static List<Attribution> find(String sentence, int base) {
    List<Attribution> out = new ArrayList<>();
    // The short form's brackets are the cheap guard of the second pattern.
    for (Pattern subject : sentence.contains(" (") ? List.of(SUBJECT, SHORT_FORM_SUBJECT) : List.of(SUBJECT)) {
      Matcher m = subject.matcher(sentence);
      while (m.find()) {
        if (overlaps(out, base + m.start(1))) continue;
        // The short form's credit spans its whole subject from "The", so that the verb's plain subject gives way to it.
        Attribution a = owner(m, base, subject == SHORT_FORM_SUBJECT ? m.start() : m.start(1));
        if (a != null) out.add(a);
      }
    }
    return out;
  }

  private static boolean overlaps(List<Attribution> found, int start) {
    return found.stream().anyMatch(a -> a.start() <= start && start < a.end());
  }

  /** The owner of the report matched by {@code m}, or null when the words before the title name no owner. */
  private static Attribution owner(Matcher m, int base, int start) {
    String owner = m.group(1);
    if (NO_OWNER.matcher(owner).matches() || Credits.isPlace(owner)) return null;
    String source = owner;
    if (GOVERNMENT.matcher(owner).matches()) {
      Matcher t = TITLE_WORDS.matcher(m.group(2));
      // "the Government's latest report": no title, the words as written.
      if (t.find() && !Regexes.matches(t.group(1), "(?:of|and)\\b.*")) source = t.group(1);
    }
    return new Attribution(source, null, CUE, base + start, base + m.end(1), false);
  }
}
