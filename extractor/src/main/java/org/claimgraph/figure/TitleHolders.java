package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * A credit that is a title alone ("Minister", "Chairman", "Vice President") names nobody unless the page names the title's
 * holder, then the holder's name (GUIDELINES). The pages name the holder beside the title, set off by a comma, in two orders:
 * the name first ("Salisha Ilyas, Vice President, Investor Relations at Desert Lion Energy, said", economistna) or the title
 * first after a verb of saying ("…, announced Minister Delegate for Investment, …, Mohcine Jazouli.", assahifa; "…, said
 * Chairman, Sakura Graphite Pvt. Ltd., …, Keerthi Wickramaratne.", dailynews.lk). The holder is the last such naming on the
 * page before the figure's sentence ends; without one the credit is left as it is.
 */
final class TitleHolders {

  private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?: +(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.|de|van|von|da|del|dos|bin)){1,3}";
  /** A credit of up to three capitalized words, perhaps after "the": the only shape of a bare title this reads. */
  private static final Pattern BARE = Pattern.compile("(?:[Tt]he\\s+)?(\\p{Lu}\\p{Ll}+(?:[\\s-]+\\p{Lu}\\p{Ll}+){0,2})");
  /** A sentence's end: a stop before a space and a capital or a quote mark, not after a short abbreviation ("Pvt.", "Ltd."). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Pvt|Ltd|Co|Inc|Corp|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Prof))[.!?](?=[\"”’]?\\s+[\\p{Lu}\"“‘]|\\s*$)");
  /**
   * The title's holder at the end of the title's run of comma-set phrases: ", Mohcine Jazouli." , ", Zhemu Soda, said
   * yesterday.", ", Janaka Ratnayake at a ceremony on Friday …".
   */
  private static final Pattern LAST_NAME = Pattern.compile(",\\s+(" + NAME + ")(?:\\s*|,?\\s+(?:said|says|told|added|noted|stated|at|on|in|during)\\b[^,]*)$");
  /** "Salisha Ilyas, Vice President, …": a name right before the title and its comma (compiled once, read per title written). */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}.])(" + NAME + "), +$");
  /** A quote mark, semicolon or colon between the title and its sentence's end: the name there is no longer the title's. */
  private static final Pattern BREAK = Pattern.compile("[\"“”;:]");

  private TitleHolders() {}

  static List<Figure> apply(List<Figure> figures, String text) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Attribution a = f.attribution();
      String credit = a == null ? null : a.source() != null ? a.source() : a.speaker().name();
      String title = credit == null ? null : bareTitle(credit);
      String holder = title == null ? null : holder(title, text, Math.min(text.length(), f.evidence().sentenceEnd()));
      if (holder == null) {
        out.add(f);
        continue;
      }
      // The holder takes the title's place: a speaker's where a quote's speaker was the title, a source's where reported speech
      // credited it (no quote, no speaker).
      Speaker sp = a.speaker() == null ? null : new Speaker(holder, title, a.speaker().organization());
      Attribution named = new Attribution(a.source() == null ? null : holder, sp, a.cue(), a.start(), a.end(), a.carried(), a.via());
      out.add(new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), f.place(), named, f.evidence(),
          f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  /** The title a credit is when it is a title alone ("the Minister" → "Minister"), else null. */
  static String bareTitle(String credit) {
    Matcher m = BARE.matcher(credit.strip());
    if (!m.matches() || !ApposedTitles.titleAlone(m.group(1))) return null;
    return m.group(1);
  }

  /** The person the page names beside {@code title} before {@code until}, the last such naming, or null. */
  static String holder(String title, String text, int until) {
    // Cached: a page's few titles recur on every figure they credit.
    Pattern written = Regexes.get("(?<![\\p{L}])" + Pattern.quote(title) + "(?![\\p{L}])");
    Matcher t = written.matcher(text).region(0, until);
    String found = null;
    while (t.find()) {
      String name = named(text, t.start(), t.end());
      if (name != null) found = name;
    }
    return found;
  }

  private static String named(String text, int start, int end) {
    // "Salisha Ilyas, Vice President, …": the name right before the title and its comma.
    Matcher before = NAME_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
    if (before.find() && person(before.group(1))) return before.group(1);
    // "… announced Minister Delegate for Investment, …, Mohcine Jazouli.": the name closing the title's sentence.
    Matcher stop = SENTENCE_END.matcher(text);
    if (!stop.find(end)) return null;
    String rest = text.substring(end, stop.start());
    if (rest.length() > 200 || BREAK.matcher(rest).find()) return null;
    Matcher last = LAST_NAME.matcher(rest);
    return last.find() && person(last.group(1)) ? last.group(1) : null;
  }

  private static boolean person(String name) {
    return AttributionFinder.isPersonName(name) && !Credits.isPlace(name) && ApposedTitles.bareTitleFree(name);
  }
}
