package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A lead's amount that a named speaker's direct quote states again further down is the speaker's: "Zimbabwe says it earned $209
 * million from lithium exports …" then "“… a total of $209 million had been realised from lithium exports,” Mines Minister
 * Zhemu Soda said". The same amount twice is one claim, and the quote names who made it; the other figures of the lead's
 * sentence that credit nobody ("nearly treble last year's earnings") are the same speaker's. Only amounts (a sum, a tonnage, a
 * count): a share or a change ("10%") meets its like too often on a page to be the same claim. A data source's sentence
 * restating a standfirst ("CAAM data showed … down 2.7% and 4%") lends it nothing (GUIDELINES-ev, e-20): only quotes.
 */
final class RestatedQuotes {

  private RestatedQuotes() {}

  /** Whether a figure of this kind and unit, stated again, is the same claim. */
  static boolean restates(Kind kind, String unit) {
    return kind == Kind.AMOUNT && !"percent".equals(unit);
  }

  /**
   * Credits, in {@code credits} (one per figure, null for none), the figures outside quotes that credit nobody and whose amount a
   * later quote of a named speaker states again, with the other uncredited figures of their sentence. Returns the indices credited.
   */
  static List<Integer> credit(List<Figure> figures, List<Attribution> credits, Function<Figure, Speaker> quotedBy) {
    List<Integer> done = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (credits.get(i) != null || quotedBy.apply(f) != null || !restates(f.kind(), f.quantity().unit())) continue;
      Speaker speaker = laterQuote(figures, f, quotedBy);
      if (speaker == null) continue;
      for (int k = 0; k < figures.size(); k++) {
        Figure g = figures.get(k);
        if (credits.get(k) != null || g.evidence().sentenceStart() != f.evidence().sentenceStart() || quotedBy.apply(g) != null) continue;
        credits.set(k, new Attribution(speaker.name(), null, "restated", g.evidence().start(), g.evidence().end(), true));
        done.add(k);
      }
    }
    return done;
  }

  /** The speaker of the first quote after {@code f}'s sentence that states its amount again, or null. */
  private static Speaker laterQuote(List<Figure> figures, Figure f, Function<Figure, Speaker> quotedBy) {
    for (Figure g : figures) {
      if (g.evidence().start() < f.evidence().sentenceEnd() || g.kind() != f.kind()) continue;
      Speaker speaker = quotedBy.apply(g);
      if (speaker != null && speaker.name() != null && !speaker.name().isBlank() && sameAmount(f.quantity(), g.quantity())) return speaker;
    }
    return null;
  }

  private static boolean sameAmount(Quantity a, Quantity b) {
    return a.unit().equals(b.unit()) && close(a.value(), b.value())
        && (a.valueMax() == null ? b.valueMax() == null : b.valueMax() != null && close(a.valueMax(), b.valueMax()));
  }

  private static boolean close(double x, double y) {
    return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  }
}
