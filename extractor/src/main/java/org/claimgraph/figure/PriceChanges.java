package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A change of a price takes the market of the price it is stated with, the nearest price of its sentence
 * (devset/GUIDELINES.md, "Places": prices are their market's):
 *
 * <pre>
 * "prices have risen to 118,000 yuan/t ($18,000/t), up by 59pc since the beginning of this year" → 59pc CN
 * "fell by 10,000 yuan/ton to 492,500 yuan/ton, a drop of about 5% from last week"                → 5% CN
 * </pre>
 *
 * The price's own place is read by {@link PlaceResolver#priceMarket} (its currency, "CIF China", "prices in China"); a
 * percent names no currency, so without this the change of a yuan price had no market. A change whose nearest price
 * names none ("European prices fell 3% to $20/kg") keeps none.
 */
final class PriceChanges {

  private PriceChanges() {}

  /**
   * {@code figures}, one sentence's in text order, with each price change that has no place given the place of the
   * nearest price figure.
   *
   * @param pricePlaced the start offsets of the figures placed as prices (a market's)
   */
  static List<Figure> placed(List<Figure> figures, Set<Integer> pricePlaced) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      if (f.kind() != Kind.CHANGE || !f.place().isEmpty() || !pricePlaced.contains(f.evidence().start())
          || PlaceResolver.isPrice(f.quantity().unit())) continue;
      Figure price = nearestPrice(figures, f);
      if (price == null || price.place().isEmpty()) continue;
      out.set(i, new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), price.place(), f.attribution(),
          f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  private static Figure nearestPrice(List<Figure> figures, Figure change) {
    Figure nearest = null;
    int best = Integer.MAX_VALUE;
    for (Figure o : figures) {
      if (!PlaceResolver.isPrice(o.quantity().unit())) continue;
      int distance = o.evidence().end() <= change.evidence().start() ? change.evidence().start() - o.evidence().end()
          : o.evidence().start() - change.evidence().end();
      if (distance >= 0 && distance < best) {
        best = distance;
        nearest = o;
      }
    }
    return nearest;
  }
}
