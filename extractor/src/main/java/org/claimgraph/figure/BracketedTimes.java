package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A time stated inside a bracketed aside that holds a figure of its own dates that figure alone (round 32; f20 zwnews, f26
 * valuecii; outside: UK and African results write "(2023: £8.1m)", company profiles "(…, with 2020 revenue of $8.68 billion)"):
 * "exports rose to 586,197 tonnes (H1 2024: 451,824 tonnes)" after "the first 6 months of 2025" is 2025's first half; "In a 2009
 * deal, Alcoa (the world's sixth-largest producer of aluminium, with 2020 global revenue of $9.3 billion) took a 25.1 percent
 * stake" is 2009's. Such a time is neither a figure's outside the aside nor the running period of the sentences after it. An
 * aside with no figure ("(Q1 FY25)", "(January-March)") restates or names the sentence's time, and one that opens with its figure
 * ("$260 million … exports (3.14% of total exports in 2023)") glosses the figure before it: both are left alone.
 */
final class BracketedTimes {

  /** The longest aside read: a profile or a base in brackets, not a bracket left open across sentences. */
  private static final int LONGEST = 200;

  private BracketedTimes() {}

  /** An aside's span in the sentence, brackets included: {@code [start, end)}. */
  record Aside(int start, int end) {
    boolean holds(int from, int to) {
      return from > start && to < end;
    }
  }

  /** The asides of {@code sentence} (no nesting) that hold one of {@code figures} (sentence offsets {@code [start, end)} pairs). */
  static List<Aside> withFigures(String sentence, List<int[]> figures) {
    List<Aside> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '(') {
        open = i;
      } else if (c == ')' && open >= 0) {
        Aside a = new Aside(open, i + 1);
        if (i + 1 - open <= LONGEST && !opensWithFigure(sentence, open, figures) && figures.stream().anyMatch(f -> a.holds(f[0], f[1]))) {
          out.add(a);
        }
        open = -1;
      }
    }
    return out;
  }

  /**
   * Whether the aside opening at {@code open} starts with its figure: "Mozambique's $260 million metals and minerals exports (3.14% of
   * total exports in 2023)" glosses the figure before it, which is of the same time.
   */
  private static boolean opensWithFigure(String sentence, int open, List<int[]> figures) {
    int first = open + 1;
    while (first < sentence.length() && Character.isWhitespace(sentence.charAt(first))) first++;
    int at = first;
    return figures.stream().anyMatch(f -> f[0] == at);
  }

  /** {@code pms} without the times inside an aside that does not hold the figure at {@code [rs, re)}. */
  static List<PeriodMention> outside(List<PeriodMention> pms, List<Aside> asides, int rs, int re) {
    if (asides.isEmpty() || pms == null) return pms;
    return pms.stream().filter(p -> asides.stream().noneMatch(a -> a.holds(p.start(), p.end()) && !a.holds(rs, re))).toList();
  }

  /** Whether the figure at {@code [rs, re)} stands inside one of {@code asides}. */
  static boolean inside(List<Aside> asides, int rs, int re) {
    return asides.stream().anyMatch(a -> a.holds(rs, re));
  }
}
