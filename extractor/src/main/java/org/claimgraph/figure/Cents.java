package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount in cents is a part of the dollar (fresh6 Motley Fool Australia: "trading for 11 cents" → 0.11 AUD; fresh7
 * Democratic Accent: "the loss of 40 cents forecast by analysts" → 0.4 USD): share prices and earnings per share in cents
 * are dollar amounts divided by 100, in the dollar the page writes (value8). Prices per unit stay in cents ("3.3 cents per
 * lb" is `USc/pound`, as commodity desks quote them).
 */
final class Cents {

  private Cents() {}

  /** {@code quantities} with each plain amount in US cents as US dollars. */
  static List<Quantity> asDollars(List<Quantity> quantities) {
    List<Quantity> out = new ArrayList<>(quantities.size());
    for (Quantity q : quantities) {
      // earnings per share in cents ("a loss of 49 cents a share") are dollars per share as well
      if (!q.unit().equals("USc") && !q.unit().equals("USc/share")) {
        out.add(q);
        continue;
      }
      Double max = q.valueMax() == null ? null : QuantityFinder.round(q.valueMax() / 100);
      String unit = "USD" + q.unit().substring(3);
      out.add(new Quantity(QuantityFinder.round(q.value() / 100), max, unit, q.qualifier(), q.signed(), q.start(), q.end()));
    }
    return out;
  }
}
