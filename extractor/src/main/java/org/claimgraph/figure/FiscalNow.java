package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal year a page without a date runs in, as far as its own fiscal years tell ({@link FiscalPresent}), so that "the
 * current financial year", "this fiscal" and "the first quarter of this financial year" can be read on it: "In the first
 * quarter of FY22, India's copper imports shot up by 26% … India ended the last financial year with 2,33,671 tonnes" — FY22 is
 * running, the last financial year is FY21. Only where the article's convention is a fiscal one (India's April to March,
 * Australia's July to June); never today's year, never a guess where the text names no fiscal year.
 *
 * <p>"Last/previous fiscal" is read only when the text shows its fiscal year still running: it reports a part of it (a quarter,
 * months, a half), or it compares the year with an earlier one without reporting it whole ("EV sales cross 1.11 million units,
 * … a growth surge of 147% from FY22"). A year the text reports whole ("a 15 per cent jump in financial year 2022-23 … in the
 * previous financial year"; "total sales soaring to $254 billion in 2022-23 … in the past financial year") may be the one just
 * gone by, which "last" then names itself: left to the other readings.
 *
 * @param name    the fiscal year's name ("FY22" → 2022), as {@link FiscalYear#named} reads it
 * @param running whether the text shows that year still running
 */
record FiscalNow(int name, boolean running) {

  /** "the first quarter of ", "Q1-", "the first eight months (April-November) of ", "H1 ": a part of the fiscal year named next. */
  private static final Pattern PART_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:quarter|months|half)(?:\\s*\\([^)]{0,30}\\))?\\s+(?:of\\s+)?(?:the\\s+)?|\\b[QH][1-4]\\s*(?:[-–']\\s*|of\\s+)?)$");
  /** "the fiscal year ending March 2023", "the financial year ended 30 June 2023": a fiscal year named by its last month. */
  private static final Pattern ENDING = Pattern.compile(
      "(?i:\\b(?:fiscal|financial)\\s+year\\s+(?:ending|ended|to)\\s+(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?)(" + PeriodResolver.MONTH
          + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(20\\d{2})(?!\\d)");
  /** "June 2021-2022 quarter": a quarter named by its last month, before the fiscal year's two years. */
  private static final Pattern PART_AFTER = Pattern.compile("(?i)^\\s+quarter\\b");

  /** The fiscal year {@code text} runs in under convention {@code f}, or null: none on the calendar, none the text names. */
  static FiscalNow of(String text, FiscalYear f) {
    if (f == null || f.calendar()) return null;
    FiscalPresent.Reading r = FiscalPresent.read(text, true);
    // "imports for the fiscal year ending March 2023 are estimated to touch USD 710 billion, up from USD 613 billion in FY'2022".
    int ending = endingYear(text, f);
    if (ending > r.year() || ending > 0 && r.planned()) return new FiscalNow(ending, partStated(text, ending));
    // "will halve … with the start of the financial year 2025-26": a plan's year is not the one the text runs in.
    if (r.year() == 0 || r.planned()) return null;
    // "a 20-fold increase … almost $18b higher than in 2021-22" with "sales soaring to $254 billion in 2022-23": a year the text
    // also reports whole may be the one gone by, not a running one.
    // A year only ever named whole, and not as a comparison's later year, may not be a fiscal year at all ("won the 2021-22
    // series"): nothing runs in it that the text shows.
    boolean part = partStated(text, r.year());
    if (!r.based() && !part) return null;
    return new FiscalNow(r.year(), r.based() && r.reported() != r.year() || part);
  }

  /** The name of the fiscal year {@code shift} years from this one (this 0, next 1, last -1), or 0 where the text does not tell. */
  int shifted(int shift) {
    return shift >= 0 || running ? name + shift : 0;
  }

  /** The newest fiscal year {@code text} names by its last month ({@link #ENDING}); 0: none. */
  private static int endingYear(String text, FiscalYear f) {
    int out = 0;
    Matcher m = ENDING.matcher(text);
    while (m.find()) {
      int month = PeriodResolver.month(m.group(1));
      if (month == 0) continue;
      out = Math.max(out, f.nameOf(java.time.YearMonth.of(Integer.parseInt(m.group(2)), month)));
    }
    return out;
  }

  /** Whether {@code text} reports a part of fiscal year {@code name}: a quarter, months or a half of it. */
  private static boolean partStated(String text, int name) {
    Matcher m = FiscalPresent.names(text, true);
    while (m.find()) {
      if (FiscalPresent.named(m) != name) continue;
      if (PART_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()
          || PART_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
