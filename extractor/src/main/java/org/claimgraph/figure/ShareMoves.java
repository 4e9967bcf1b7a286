package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * The level a share moves to, past or below is a share, not a change (GUIDELINES.md, "Shares": "A share that has risen to 62%
 * is still a share"), whatever words lie between the level and its preposition:
 *
 * <pre>
 * "Tesla's share of the U.S. market has fallen below 50%"                           → share
 * "pushing their overall market share to a solid 8%"                                 → share
 * "bringing the share of EVs … close to the symbolic threshold of 1 per cent"        → share
 * "though its share fell 9% year-over-year", "its share of exports to China rose by 5%" → a change, as before
 * </pre>
 *
 * {@link KindRules} reads a share subject only right before the percent and only for amounts; a verb of change before "below"
 * made these changes, and a change earlier in the sentence made the rest changes ({@link UnmarkedPercents}). Pure: works on the
 * figures of one sentence.
 */
final class ShareMoves {

  /**
   * A share (not a share price), then within the clause a preposition of level and at most a few words without a number:
   * "share … below ", "market share to a solid ", "share … close to the symbolic threshold of ".
   */
  private static final Pattern SHARE_TO_LEVEL = Pattern.compile(
      "(?i)\\b(?:market\\s+share|share|proportion|penetration(?:\\s+rate)?)\\b(?!\\s+(?:prices?|buy-?backs?|capital)\\b)[^%\\d;:]{0,90}?"
          + "\\b(to|below|above|under|past|beyond|close\\s+to|near)\\s+([^%\\d;,()]{0,40})$");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private ShareMoves() {}

  /** The sentence's figures, with each percent a share has moved to read as a share. */
  static List<Figure> settle(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      if (f.kind() == Kind.SHARE || !f.quantity().unit().equals("percent") || f.quantity().signed() != '\0') continue;
      if (movedTo(sentence, f.evidence().start() - base, f.evidence().quote())) out.set(i, f.asBase(Kind.SHARE, f.period()));
    }
    return out;
  }

  /** Whether the percent quoted {@code quote} at {@code start} is the level a share of its clause moves to. */
  static boolean movedTo(String sentence, int start, String quote) {
    Matcher digit = DIGIT.matcher(quote);
    // "below 50%": the preposition may be the quote's own qualifier
    String left = sentence.substring(Math.max(0, start - 140), start) + (digit.find() ? quote.substring(0, digit.start()) : "");
    Matcher m = SHARE_TO_LEVEL.matcher(left);
    if (!m.find()) return false;
    // "its share of exports to China rose by 5%", "share of sales to Europe grew 12%": a verb of change after the preposition
    return !ChangeRules.changeWordBefore(m.group(2)) && !Regexes.matches(m.group(2), "(?is).*\\bby\\s*$");
  }
}
