package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The last sentence a thread's {@link PeriodResolver#find} read, its context, its time expressions, and whether the reading
 * asked the context for its data month ({@link PeriodResolver.Context#dataMonth}). A reading that never asked reads the
 * same in a context that differs only by its data month: most sentences, read again by the sentence loop once the text
 * carries a data month to them, need no second reading.
 */
final class LastReading {

  private static final ThreadLocal<LastReading> LAST = new ThreadLocal<>();
  private static final ThreadLocal<boolean[]> ASKED = ThreadLocal.withInitial(() -> new boolean[1]);

  private final String sentence;
  private final PeriodResolver.Context ctx;
  private final List<PeriodMention> found;
  private final boolean askedDataMonth;

  private LastReading(String sentence, PeriodResolver.Context ctx, List<PeriodMention> found, boolean askedDataMonth) {
    this.sentence = sentence;
    this.ctx = ctx;
    this.found = List.copyOf(found);
    this.askedDataMonth = askedDataMonth;
  }

  /** The time expressions of {@code sentence} in {@code ctx} if the last reading tells them (a new list), else null. */
  static List<PeriodMention> of(String sentence, PeriodResolver.Context ctx) {
    LastReading last = LAST.get();
    if (last == null || !last.sentence.equals(sentence)) return null;
    boolean same = last.ctx.equals(ctx) || !last.askedDataMonth && last.ctx.withDataMonth(null).equals(ctx.withDataMonth(null));
    return same ? new ArrayList<>(last.found) : null;
  }

  /** Called by {@link PeriodResolver.Context#dataMonth}: the reading under way asked for the data month. */
  static void dataMonthAsked() {
    ASKED.get()[0] = true;
  }

  /** A reading starts: nothing asked yet. */
  static void start() {
    ASKED.get()[0] = false;
  }

  /** A reading ended with {@code found}: it is the last one. */
  static void end(String sentence, PeriodResolver.Context ctx, List<PeriodMention> found) {
    LAST.set(new LastReading(sentence, ctx, found, ASKED.get()[0]));
  }
}
