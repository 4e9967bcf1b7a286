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
    Matcher m = SUBJECT.matcher(sentence);
    while (m.find()) {
      String owner = m.group(1);
      if (NO_OWNER.matcher(owner).matches() || Credits.isPlace(owner)) continue;
      String source = owner;
      if (GOVERNMENT.matcher(owner).matches()) {
        Matcher t = TITLE_WORDS.matcher(m.group(2));
        // "the Government's latest report": no title, the words as written.
        if (t.find() && !Regexes.matches(t.group(1), "(?:of|and)\\b.*")) source = t.group(1);
      }
      out.add(new Attribution(source, null, CUE, base + m.start(1), base + m.end(1), false));
    }
    return out;
  }
}
