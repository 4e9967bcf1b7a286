package org.claimgraph.cite;

import java.util.List;
import java.util.Locale;
import org.claimgraph.figure.Quantity;
import org.claimgraph.figure.QuantityFinder;
import org.claimgraph.lexicon.Lexicon;

/**
 * The figure a user asks about: "619 tons", "619 mt", "75.5%", "1,116 t", or a bare "619" (any
 * unit). Units are normalized the way the extractor normalizes them, so "619 mt" finds "619 tons".
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
    String unit = q.unit().equals("count") && !text.toLowerCase(Locale.ROOT).matches(".*\\d\\s*\\p{L}.*") ? null : q.unit();
    return new FigureQuery(q.value(), unit, text);
  }

  /** Normalizes a unit name a user may type: tons, tonnes, mt, t → tonne; % → percent. */
  public static String normalizeUnit(String unit) {
    if (unit == null) return null;
    Lexicon.Unit u = Lexicon.get().unit(unit);
    return u != null ? u.unit() : unit;
  }
}
