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

/**
 * The kind of a percent whose own clause marks none (no word of change, no "of the market", no "accounted for"), once
 * {@link ChangeRules} and {@link KindRules} have left it an amount: a share of something, unless its sentence speaks of
 * a rate set or earned ({@code percent-nouns.tsv}):
 *
 * <pre>
 * "Followed by Victoria (3.4%), New South Wales (3.7%), …"             → shares
 * "Germany sits at 26 percent, the UK at 19 percent"                  → shares
 * "the VF 6 contributed 12 per cent"                                  → share
 * "The operating margin stood at 7.7%", "a 25 per cent tariff"        → amounts
 * "the penetration rate would reach 70 percent"                       → share (a rate of use is a share)
 * </pre>
 *
 * A default chosen by counting, not a shape: of the 98 percents of the devset's gold that reach it, "amount" gave 40 right,
 * "share unless a rate noun" 73, and no publisher fewer (leave-one-set-out: the same choice on every fold).
 */
final class UnmarkedPercents {

  private static final Map<String, Kind> NOUNS = load();
  /** The nouns, longest first, so that "penetration rate" wins over "rate". */
  private static final Pattern NOUN = Pattern.compile("(?i)\\b(?:" + NOUNS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|")) + ")\\b");

  private UnmarkedPercents() {}

  /** The sentence's figures with each percent amount made a share where the sentence names no rate noun. */
  static List<Figure> settle(List<Figure> figures, String sentence) {
    if (figures.stream().noneMatch(UnmarkedPercents::amountPercent) || namesARate(sentence)) return figures;
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) out.add(amountPercent(f) ? f.asBase(Kind.SHARE, f.period()) : f);
    return out;
  }

  /** Whether {@code sentence} names a rate that is an amount ("tariff", "margin", "interest rates"), not a rate of use. */
  static boolean namesARate(String sentence) {
    Matcher m = NOUN.matcher(sentence);
    while (m.find()) {
      if (NOUNS.get(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) == Kind.AMOUNT) return true;
    }
    return false;
  }

  private static boolean amountPercent(Figure f) {
    return f.kind() == Kind.AMOUNT && f.quantity().unit().equals("percent");
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> out = new HashMap<>();
    for (var row : Tsv.read("percent-nouns.tsv")) out.put(row.get("noun"), Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
    return Map.copyOf(out);
  }
}
