package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.UnitTable;

/**
 * What a bare number counts when its sentence names the thing with "the number of …" before it: the head noun of that
 * phrase, read as a counted noun is read after a number (modifiers skipped, compounds kept; {@link CountedNouns}).
 *
 * <pre>
 * "with the number of public charging stations rising to 2,834 nationwide"          → station   (IBC)
 * "the number of public EV chargers globally doubled since 2022, reaching over 5 million" → charger
 * "The number of newly installed charging points was over 1,200"                      → chargepoint
 * "the total number of battery electric car (BEV) registrations … amounted to 852,904" → vehicle (car, then VehicleCounts)
 * "a number of factories …"                                                          → nothing (not a count's name)
 * </pre>
 *
 * Only a bare number takes it (no noun or unit written after it), and only when no quantity of another unit stands
 * between the phrase and the number ("the number of cars with a 300 km range …, 5,000" is not read); a count, a
 * percentage or a factor between them is the same story ("rose 45% to 2,834", "from 7,106 … to 8,737").
 */
final class NumberOfNouns {

  /** "the number of", "the total number of", "total number of": the definite count of a named thing. */
  private static final Pattern NUMBER_OF =
      Pattern.compile("(?i)(?<![\\p{L}])(?:the\\s+(?:[\\p{L}-]+\\s+)?|total\\s+)number\\s+of(?=[ \\u00A0])");
  /** How far the phrase may stand before the number, and what may not stand between them (a new clause of its own). */
  private static final int MAX_GAP = 160;
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|\\bwhile\\b|\\bwhereas\\b");

  private NumberOfNouns() {}

  /** The end of the last "number of" in {@code before} (the sentence up to the bare number), or -1. */
  static int phraseEnd(String before) {
    Matcher m = NUMBER_OF.matcher(before);
    int end = -1;
    while (m.find()) end = m.end();
    if (end < 0 || before.length() - end > MAX_GAP || CLAUSE_BREAK.matcher(before.substring(end)).find()) return -1;
    return end;
  }

  /** Whether a "number of" phrase in {@code before} (the sentence up to a bare number) names a counted noun. */
  static boolean names(Lexicon lexicon, String before) {
    int end = phraseEnd(before);
    return end >= 0 && noun(lexicon, before, end) != null;
  }

  /** The counted noun the phrase ending at {@code end} of {@code before} names, or null ("units", a word not counted). */
  static String noun(Lexicon lexicon, String before, int end) {
    String rest = before.substring(end);
    CountedNouns nouns = CountedNouns.get();
    String noun = nouns.after(lexicon, rest, new int[1], false, false);
    if (noun == null) {
      // "the number of EVs", "the number of EV chargers": a unit word first, or the head it modifies
      Matcher first = CountedNouns.NEXT_WORD.matcher(rest);
      if (!first.find()) return null;
      Lexicon.Unit lu = lexicon.unit(first.group(1));
      if (lu == null || lu.multiplier() != 1 || lu.unit().equals("count") || !UnitTable.get().isCounted(lu.unit())) return null;
      String after = rest.substring(first.end());
      CountedNouns.Compound compound = nouns.compoundAfter(after);
      if (compound == null) compound = nouns.headAfter(lexicon, first.group(1), after, false);
      noun = compound != null ? compound.unit() : lu.unit();
    }
    return noun == null || noun.equals("count") ? null : noun;
  }
}
