package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * The tag a page sets as its own line after a quote that ends its paragraph: "“… 63.7% (from 16.3 thousand to 26.7 thousand
 * tons)”," then "Ministry of Industry and Construction of Kazakhstan said." (vestikavkaza); a pull quote or closing quote with
 * its attribution line "Behyad Jafari, CEO, Electric Vehicle Council" (climateworks) or "Honoré Mondomobé, Economist –
 * Cameroon" (africa24tv). Pages laid out from a wire or a print layout break the line between a quote and its tag; the line
 * is a tag when it is short, holds no quote mark and reads as one: a tag with its verb ("X said."), or a person's name with
 * a title after a comma and no sentence of its own.
 */
final class NextLineTags {

  private NextLineTags() {}

  /** Longest line read as a tag. */
  private static final int MAX_LINE = 120;
  /** What may stand after the closing mark for the next line to hold the tag: nothing, a comma or a full stop. */
  private static final Pattern NOTHING_AFTER = Pattern.compile("^[\\s,.]*$");
  private static final Pattern MARK = Pattern.compile("[“”\"]");
  /** "Ministry of Industry and Construction of Kazakhstan said.": the whole line before its verb is who said it. */
  private static final Pattern SUBJECT_SAID = Pattern.compile(
      "^(?:[Tt]he\\s+)?(\\p{Lu}[^,.;:!?]{1,90}?)\\s+(?:said|says|stated|added|noted|explained|informed|reported)\\.?$");
  /** "Behyad Jafari, CEO, Electric Vehicle Council": a name, a comma, a title; no full stop that would make it a sentence. */
  private static final Pattern ATTRIBUTION_LINE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}),\\s+[^.!?]{2,100}$");

  /**
   * The speaker the line after a quote names, or null: {@code after} is the quote's paragraph after its closing mark, {@code
   * next} the next paragraph.
   */
  static Speaker speaker(String after, String next) {
    String line = next.strip();
    if (!NOTHING_AFTER.matcher(after).matches() || line.isEmpty() || line.length() > MAX_LINE || MARK.matcher(line).find()) return null;
    var said = SUBJECT_SAID.matcher(line);
    if (said.matches()) return new Speaker(said.group(1), null, null);
    Speaker sp = QuoteTags.speaker(" " + line);
    if (sp == null) sp = AttributionFinder.speaker("” " + line);
    if (sp != null) return sp;
    var m = ATTRIBUTION_LINE.matcher(line);
    if (m.matches() && AttributionFinder.isPersonName(m.group(1))) return new Speaker(m.group(1), null, null);
    return null;
  }
}
