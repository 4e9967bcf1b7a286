package org.claimgraph.cite;

import java.util.List;
import org.claimgraph.figure.Quantity;
import org.claimgraph.figure.QuantityFinder;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.UnitTable;

/**
 * The figure a user asks about: "619 tons", "619 mt", "75.5%", "1,116 t", "$1.2bn", or a bare
 * "619" or "30 million" (any unit). Units are normalized the way the extractor normalizes them, so
 * "619 mt" finds "619 tons", and compared across units of one kind, so "5,600 t" finds "5.6 kt".
 *
 * @param value the value
 * @param unit  normalized unit, or null to match any unit
 * @param text  as the user wrote it
 */
public record FigureQuery(double value, String unit, String text) {

  private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.get());

  public FigureQuery {
    if (!Double.isFinite(value)) throw new IllegalArgumentException("the value must be a finite number, not \"" + text + "\"");
  }

  /** Parses a figure as written; throws IllegalArgumentException naming the text if it holds no number. */
  public static FigureQuery parse(String text) {
    List<Quantity> qs = FINDER.find(text.strip(), 0);
    if (qs.isEmpty()) {
      // Bare numbers such as "2025" read as years in prose; here they are values.
      String digits = text.strip().replace(",", "");
      if (digits.matches("\\d+(\\.\\d+)?")) return new FigureQuery(Double.parseDouble(digits), null, text);
      throw new IllegalArgumentException("\"" + text + "\" holds no figure (try \"619 tons\", \"75.5%\" or --value 619 --unit tonne)");
    }
    Quantity q = qs.get(0);
    // "30 million", "619": a number without a unit matches a figure in any unit
    String unit = q.unit().equals("count") ? null : q.unit();
    return new FigureQuery(q.value(), unit, text);
  }

  /** Normalizes a unit name a user may type: tons, tonnes, mt, t → tonne; % → percent; kt → kilotonne. */
  public static String normalizeUnit(String unit) {
    if (unit == null) return null;
    Lexicon.Unit u = Lexicon.get().unit(unit);
    if (u == null) u = Lexicon.get().unitBefore(unit);
    return u != null ? u.unit() : UnitTable.canonical(unit);
  }
}
