package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source the text calls a kind of body before its name ("chargepoint mapping provider Zap Map", "EV mapping and data service
 * Zapmap", "battery research firm SNE Research") is a body, whatever its name looks like: a two-word name the tagger reads as a
 * person's ("Zap Map") must still run on over the figures of its data, as a body's credit does, not stop at its paragraph as a
 * person's indirect speech does (credit19b). The kinds are those of {@code body-nouns.tsv}; a consultant or a researcher alone
 * ("consultant John Smith") may be a person.
 */
final class BodyKinds {

  /** The kind written right before a capitalized name, after up to five words of description ("Electric Vehicle (EV) chargepoint mapping"). */
  private static final Pattern KIND_THEN_NAME = Pattern.compile(
      "^(?:(?:the|a|an|The|A|An)\\s+)?(?:(?:[\\p{L}-]+(?:['’]s)?|\\(\\p{Lu}{2,8}\\))\\s+){0,5}(?<noun>"
          + Credits.BODY_NOUNS
          + ")(?<plural>s?)\\s+\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3}$");
  /** Kinds a single person is also called. */
  private static final Pattern PERSON_KIND = Pattern.compile("consultant|researcher");

  private BodyKinds() {}

  /** Whether the credit as written names a body by its kind ("data provider Zap Map"), so that its name is no person's. */
  static boolean namesBody(String written) {
    if (written == null) return false;
    Matcher m = KIND_THEN_NAME.matcher(written.strip());
    return m.matches() && (!m.group("plural").isEmpty() || !PERSON_KIND.matcher(m.group("noun")).matches());
  }
}
