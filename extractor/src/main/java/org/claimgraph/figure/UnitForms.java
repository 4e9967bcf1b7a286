package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Regexes;

/**
 * The unit, scale and currency forms of the lexicon as patterns that match next to a number.
 *
 * <pre>
 * unitAfter      on " tonnes were shipped"  → " tonnes"; on "-liter engine" → "-liter"
 * scaleAfter     on "bn in sales"           → "bn"
 * currencyBefore on "worth US$"             → "US$"
 * acceptUnit(" C", …)                        → false, unless the sentence speaks of temperatures
 * compound("mile", "hour")                   → "mph"
 * </pre>
 */
final class UnitForms {

  private static final Set<String> ATTACHED_ONLY = Set.of("C", "F", "L", "l", "h", "m", "R", "p", "ly", "in.", "mi", "ct", "pc",
      "min", "sec", "cal", "gal", "hr");
  /** "-22.4C (-8.3 F)": in a sentence with a temperature, a detached C or F is a degree too. */
  private static final Pattern TEMPERATURE = Pattern.compile("°|\\d[CF]\\b|(?i:\\bdegrees?\\b|celsius|fahrenheit)");

  private final Lexicon lexicon;
  final Pattern unitAfter;
  final Pattern scaleAfter;
  final Pattern currencyBefore;

  UnitForms(Lexicon lexicon) {
    this.lexicon = lexicon;
    List<String> after = new ArrayList<>(lexicon.units().keySet());
    List<String> before = new ArrayList<>(lexicon.unitsBefore().keySet());
    // forms as written, then lower-case words of four letters or more in any case ("Megawatt", "Homes")
    List<String> anyCase = after.stream().filter(f -> f.length() >= 4 && f.equals(f.toLowerCase(Locale.ROOT))).toList();
    this.unitAfter = Pattern.compile("^(?:[ \\u00A0]|[-‑‐](?=\\p{L}))?(?:" + alternation(after) + "|(?i:" + alternation(anyCase)
        // "5,784 tons a year earlier": "tons a year" is no rate there, only "tons" (value8)
        // "up 29%over the 72,270": a sign ends its word even when the space after it is lost; a word form needs a boundary,
        // and a capital or digit after a sign ("%E0%B8", a URL's escapes) is no unit
        + "))(?!(?<=[\\p{L}\\p{N}²³.])[\\p{L}\\p{N}²³])(?![\\p{N}\\p{Lu}])(?!(?<=\\sa\\syear|\\sa\\smonth)[\\s-]+(?:earlier|ago|before|prior|previously)\\b)");
    List<String> scales = new ArrayList<>(lexicon.scales().keySet());
    this.scaleAfter = Pattern.compile("^(?:[ \\u00A0-]?(?i:" + alternation(scales.stream().filter(s -> s.length() > 1).toList())
        + ")|(?:" + alternation(scales.stream().filter(s -> s.length() == 1).toList()) + "))(?![\\p{L}])");
    this.currencyBefore = Pattern.compile("(?<![\\p{L}])(?:" + alternation(before) + ")[ \\u00A0]?$");
  }

  /** The unit form a match of the unit pattern holds: " -liter" → "liter"; "-fold" stays a form of its own. */
  String formOf(String match) {
    String form = match.strip();
    if (lexicon.unit(form) != null) return form;
    return Regexes.replaceFirst(form, "^[-‑]", "");
  }

  /** A compound unit: USD/tonne; mile/hour is mph and km/hour km/h, as news writes them. */
  static String compound(String a, String b) {
    String c = a + "/" + b;
    return switch (c) {
      case "mile/hour" -> "mph";
      case "km/hour" -> "km/h";
      case "m/second" -> "m/s";
      default -> c;
    };
  }

  /** Single letters and short abbreviations count as units only when attached: "30C", "5L", but not "5 C". */
  boolean acceptUnit(String match, String rest, String currency, String sentence) {
    String form = formOf(match);
    if (ATTACHED_ONLY.contains(form) && match.startsWith(" ") && !(Regexes.matches(form, "[CF]") && TEMPERATURE.matcher(sentence).find())) return false;
    if (form.equals("in.") && !Regexes.matches(rest, "^ ?in\\.\\s*$") && match.startsWith(" ")) return false;
    return currency == null || lexicon.unit(form) != null;
  }

  /** Whether text starts with a lower-case word or a unit: "m tonnes", "m people" (then "m" is a million). */
  boolean startsWithWordOrUnit(String after) {
    return Regexes.matches(after, "^\\s+\\p{Ll}.*") || Regexes.matches(after, "^\\s+\\p{Lu}\\p{L}*\\s.*") && unitAfter.matcher(after).find();
  }

  static String alternation(java.util.Collection<String> forms) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder();
    for (String f : sorted) {
      if (b.length() > 0) b.append('|');
      b.append(Pattern.quote(f));
    }
    return b.length() == 0 ? "(?!)" : b.toString();
  }
}
