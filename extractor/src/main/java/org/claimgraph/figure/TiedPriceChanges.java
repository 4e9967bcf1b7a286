package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A change of a price is the price's: its market is where the price is set (devset/GUIDELINES.md, "Places": prices take the
 * market's country; LME and world prices take none), so a change tied to the price it moved to takes that price's place,
 * whatever the page's country or a company's home would give it on its own:
 *
 * <pre>
 * "aluminum edging 0.1% lower to $1,796 a tonne"                        → 0.1% as $1,796 a tonne (no place)
 * "• Copper: $9,951.50 per tonne, up by 0.54%"                          → 0.54% as $9,951.50 per tonne
 * "Nickel … fell $400, or 1.3 percent, to $29,650 a metric ton"         → $400 and 1.3 percent as $29,650 a metric ton
 * </pre>
 *
 * Pure: works on one sentence's figures, in text order, once their places are settled (after the page's country, a company's
 * home and the running place have had their say, which {@link PriceChanges} runs before). Unlike {@link PriceChanges}, it also
 * takes a place away: a change tied to a price with no place (an LME or world price) has none. In the gold every change tied
 * this way to a price has the price's place (63 of 63 over the open splits).
 */
final class TiedPriceChanges {

  /** Between a change and the price after it: "lower to", "year-on-year to", ", to", "to about". */
  private static final Pattern TO_PRICE = Pattern.compile(
      "(?i)^\\s*(?:(?:lower|higher|down|up)\\s*)?(?:(?:year[- ]on[- ]year|y/y|m/m|month[- ]on[- ]month|on\\s+the\\s+(?:day|week))\\s*)?"
          + ",?\\s*(?:to|at)\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+|almost\\s+|roughly\\s+|an\\s+average\\s+(?:of\\s+)?"
          + "|a\\s+record\\s+|just\\s+(?:over|under)\\s+|over\\s+|under\\s+)?$");
  /** Between a price and the change after it: ", up by", "(down", ", a rise of". */
  private static final Pattern PRICE_THEN = Pattern.compile(
      "(?i)^\\s*[,(]\\s*(?:(?:up|down)\\s+(?:by\\s+)?|(?:a\\s+)?(?:rise|gain|fall|drop|decline|increase|decrease)\\s+of\\s+)?$");
  /** Between a change and its restatement: "$400, or 1.3 percent", "$400 (1.3 percent". */
  private static final Pattern RESTATED = Pattern.compile("(?i)^\\s*,?\\s*(?:or|\\()\\s*$");

  private TiedPriceChanges() {}

  /** {@code figures}: one sentence's, in text order; {@code base}: the sentence's offset in the article. */
  static List<Figure> carry(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    // Right to left, so that a change restated by the next one ("$400, or 1.3 percent, to") finds it already tied.
    for (int i = out.size() - 1; i >= 0; i--) {
      Figure c = out.get(i);
      if (c.kind() != Kind.CHANGE) continue;
      Figure price = tiedPrice(out, i, sentence, base);
      if (price == null || price.place().equals(c.place())) continue;
      out.set(i, new Figure(c.quantity(), c.kind(), c.basis(), c.direction(), c.period(), c.measure(), price.place(),
          c.attribution(), c.evidence(), c.fromLevel(), c.toLevel()));
    }
    return out;
  }

  /** The price change {@code i} moved to, the price it follows, or (through a restating change) the price after that; or null. */
  private static Figure tiedPrice(List<Figure> figures, int i, String sentence, int base) {
    Figure c = figures.get(i);
    if (i + 1 < figures.size()) {
      Figure next = figures.get(i + 1);
      String between = between(sentence, base, c, next);
      if (between != null) {
        if (isPrice(next) && TO_PRICE.matcher(between).matches()) return next;
        // The restating change was tied first (right to left): its place is the price's.
        if (next.kind() == Kind.CHANGE && RESTATED.matcher(between).matches() && i + 2 < figures.size()) {
          Figure after = figures.get(i + 2);
          String rest = between(sentence, base, next, after);
          if (rest != null && isPrice(after) && TO_PRICE.matcher(rest).matches()) return after;
        }
      }
    }
    if (i > 0) {
      Figure prev = figures.get(i - 1);
      String between = between(sentence, base, prev, c);
      if (between != null && isPrice(prev) && PRICE_THEN.matcher(between).matches()) return prev;
    }
    return null;
  }

  private static boolean isPrice(Figure f) {
    return f.kind() != Kind.CHANGE && PlaceResolver.isPrice(f.quantity().unit());
  }

  /** The text between two figures of the sentence, or null where they overlap or are out of order. */
  private static String between(String sentence, int base, Figure a, Figure b) {
    int from = a.evidence().end() - base;
    int to = b.evidence().start() - base;
    if (from < 0 || to > sentence.length() || from > to) return null;
    return sentence.substring(from, to);
  }
}
