package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Regexes;

/**
 * The kind of a percent whose own clause marks none (no word of change, no "of the market", no "accounted for"), once
 * {@link ChangeRules} and {@link KindRules} have left it an amount; one instance reads one article, in text order:
 *
 * <ol>
 *   <li>its sentence speaks of a rate set or earned ({@code percent-nouns.tsv}: tariff, margin, royalty, discount) → an amount;
 *   <li>else, when its sentence says what its percents are (a share or proportion, or the trade partners a flow is split
 *       between: "The three largest origins are Madagascar (55%), Nigeria (25%)") → a share, whatever change came before;
 *   <li>else the kind of the article's previous percent, when that is a share or a change (a list of shares or of changes
 *       goes on: "Followed by Victoria (3.4%), New South Wales (3.7%)", "Germany sits at 26 percent, the UK at 19 percent");
 *   <li>else a share ("the VF 6 contributed 12 per cent").
 * </ol>
 *
 * A default chosen by counting, not a shape: of the 98 percents of the devset's gold that reach it (40 publishers),
 * "amount" gave 40 right, "share unless a rate noun" 73, this order 82, and no publisher fewer than "amount"; chosen on
 * every leave-one-set-out fold. A percent made a change here has no direction or basis (its clause states none).
 */
final class UnmarkedPercents {

  private static final Map<String, Kind> NOUNS = load();
  /** The nouns, longest first, so that "penetration rate" wins over "rate". */
  private static final Pattern NOUN = Pattern.compile("(?i)\\b(?:" + NOUNS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|")) + ")\\b");

  /** The kind of the article's last percent so far. */
  private Kind last;

  /** The sentence's figures (the next sentence of the article) with each percent amount settled as above. */
  List<Figure> settle(List<Figure> figures, String sentence) {
    List<Figure> out = new ArrayList<>(figures.size());
    Kind named = null;
    boolean read = false;
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (!f.quantity().unit().equals("percent")) {
        out.add(f);
        continue;
      }
      Figure settled = f;
      if (f.kind() == Kind.AMOUNT) {
        if (!read) {
          named = nounKind(sentence);
          read = true;
        }
        if (named == Kind.AMOUNT) settled = f;
        // "The proportion was even lower in New South Wales (68.74%)" after a rise: the sentence names shares, the change stops.
        else if (named == Kind.SHARE) settled = f.asBase(Kind.SHARE, f.period());
        // "took 22% in the month, compared with 17% a year earlier": a level and its base are no change, whatever came before.
        // "New registrations of electric vehicles reached 6.1 per cent in June" after a rise: a level reached is a share.
        else if (last == Kind.CHANGE && !compared(figures, i, sentence)
            && !ReachedShares.marks(sentence, f.evidence().start() - f.evidence().sentenceStart())) settled = new Figure(f.quantity(), Kind.CHANGE, null, null, f.period(), f.measure(), f.place(),
            f.attribution(), f.evidence(), null, null);
        else settled = f.asBase(Kind.SHARE, f.period());
      }
      last = settled.kind();
      out.add(settled);
    }
    return out;
  }

  /** Whether percent {@code i} is a comparison's base or the level a later percent of its sentence is the base of. */
  private static boolean compared(List<Figure> figures, int i, String sentence) {
    for (int j = i; j < figures.size(); j++) {
      Figure f = figures.get(j);
      if (f.quantity().unit().equals("percent")
          && ComparisonLinks.baseBefore(sentence, f.evidence().start() - f.evidence().sentenceStart())) return true;
    }
    return false;
  }

  /** Whether {@code sentence} names a rate that is an amount ("tariff", "margin", "interest rates"), not a rate of use. */
  static boolean namesARate(String sentence) {
    return nounKind(sentence) == Kind.AMOUNT;
  }

  /**
   * What the nouns of {@code sentence} make its unmarked percents: an amount where it names a rate set or earned, else a share
   * where it names a share, a proportion or trade partners, else null.
   */
  static Kind nounKind(String sentence) {
    Matcher m = NOUN.matcher(sentence);
    Kind out = null;
    while (m.find()) {
      Kind k = NOUNS.get(Regexes.replaceAll(m.group().toLowerCase(Locale.ROOT), "\\s+", " "));
      if (k == Kind.AMOUNT) return k;
      out = k;
    }
    return out;
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> out = new HashMap<>();
    for (var row : Tsv.read("percent-nouns.tsv")) out.put(row.get("noun"), Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
    return Map.copyOf(out);
  }
}
