package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Kinds a figure's own words leave open but its sentence settles:
 *
 * <pre>
 * "The market share is now 32.8%"                               → share
 * "the penetration rate of NEVs in retail sales was 57.9 percent" → share
 * "accounting for 29% …, followed by Vietnam and Japan with 14% and 10%, respectively" → 14%, 10% shares
 * "up 19.57 per cent year-on-year and 12.01 per cent on September" → 12.01 per cent a change (m/m)
 * "France (-31.9%)"                                              → a change of 31.9 percent, down
 * </pre>
 *
 * Pure: works on the figures of one sentence.
 */
public final class KindRules {

  /**
   * A share or a rate of use stated as the subject of the percent: "The market share is now 32.8%", "the proportion of EVs was
   * 4.4 percent", "The share of the exports to U.S. in 2012 was 57.0%", "its capacity utilization rate was as high as 95 percent",
   * "the industry average capacity utilization rate – around 41.8 percent" (a period only inside an abbreviation such as "U.S.").
   */
  private static final Pattern SHARE_SUBJECT = Pattern.compile(
      "(?i)\\b(?:market\\s+share|share\\s+of\\s+the\\s+market|global\\s+share|penetration(?:\\s+rate)?|shares?|proportion"
          + "|utili[sz]ation(?:\\s+rates?)?|utili[sz]ation\\s+of\\s+capacity)\\b(?:[^.;%]|(?<=\\b\\p{Lu})\\.){0,60}?"
          + "(?:\\b(?:is|was|were|stood\\s+at|reached|reach|hit|(?:rose|fell|climbed|dropped|drop|declined|increased|grew|slipped)\\s+to"
          + "|of|by|at|to|from|estimated\\s+to\\s+be)|\\s[–—:])\\s+"
          + "(?:now\\s+)?(?:(?:down|up)\\s+to\\s+)?(?:just\\s+|about\\s+|nearly\\s+|around\\s+|over\\s+|above\\s+|more\\s+than\\s+"
          + "|approximately\\s+|roughly\\s+|almost\\s+|only\\s+|as\\s+(?:high|low)\\s+as\\s+)?$");
  /** A fraction written in words, qualifier included: "a quarter", "almost half", "two-thirds", "one in five". */
  private static final Pattern WRITTEN_FRACTION = Pattern.compile(
      "(?i)(?:(?:almost|nearly|about|around|over|more\\s+than|less\\s+than|roughly|some|just|only|under)\\s+)?"
          + "(?:(?:a|one|two|three)[\\s-])?(?:half|third|thirds|quarter|quarters|fourth|fourths|fifth|tenth)"
          + "|(?i)(?:(?:almost|nearly|about|around|over|more\\s+than|less\\s+than|roughly|some|just|only|under)\\s+)?"
          + "(?:one|two|three|four|five|six|seven|eight|nine)\\s+(?:in|out\\s+of)\\s+(?:three|four|five|six|seven|eight|nine|ten|\\d+)");
  /** "… lower than the 83% recorded the previous year", "recovering from below 50% in 2011": the base a share is compared with. */
  private static final Pattern BASE_OF_SHARE = Pattern.compile(
      "(?i)\\b(?:than|from|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|against)\\s+(?:the\\s+|a\\s+(?:mere\\s+)?|just\\s+|only\\s+)?$");
  private static final Pattern LIST_BEFORE = Pattern.compile("(?i)(?:,|\\band)\\s+(?:about\\s+|nearly\\s+|around\\s+)?$");
  private static final Pattern RESPECTIVE_ITEM = Pattern.compile("(?i)(?:,|\\band|\\bwith|\\bat|\\bof)\\s+(?:about\\s+|nearly\\s+|around\\s+)?$");
  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
  private static final Pattern BASIS_AFTER = Pattern.compile(
      "(?i)^\\s*(?:year[- ]on[- ]year|month[- ]on[- ]month|year[- ]over[- ]year|quarter[- ]on[- ]quarter|yoy|mom|qoq|y/y|m/m|q/q|(?:on|over|from)\\s+(?:the\\s+)?(?:previous\\s+month|"
          + "January|February|March|April|May|June|July|August|September|October|November|December|a\\s+year\\s+(?:earlier|ago)))\\b");

  private KindRules() {}

  /** The sentence's figures with the kinds above settled; the others as they are. */
  public static List<Figure> settle(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i < out.size(); i++) out.set(i, unsigned(out.get(i)));
    boolean respectively = RESPECTIVELY.matcher(sentence).find();
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      if (f.kind() != Kind.AMOUNT || !f.quantity().unit().equals("percent")) continue;
      if (prev(out, i) != null && prev(out, i).kind() == Kind.SHARE && LEVEL_AFTER_SHARE.matcher(
          sentence.substring(Math.max(0, f.evidence().start() - base - 40), f.evidence().start() - base)).find()) {
        // "China accounted for 12% of global lithium mining in 2019, rising to 21% in 2025": the share it arrives at.
        out.set(i, f.asBase(Kind.SHARE, f.period()));
        continue;
      }
      int s = f.evidence().start() - base;
      int e = f.evidence().end() - base;
      if (WRITTEN_FRACTION.matcher(f.evidence().quote()).matches()) {
        // "Of the electric vehicle chargers being installed, a quarter are high-powered devices": a written fraction of a whole
        // is a share (GUIDELINES.md, fresh4 calls) unless a verb of change made it a change ("increased by almost a quarter")
        out.set(i, f.asBase(Kind.SHARE, f.period()));
        continue;
      }
      String left = sentence.substring(Math.max(0, s - 80), s);
      Figure prev = previousOfUnit(out, i);
      if (SHARE_SUBJECT.matcher(left).find()) {
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.SHARE && BASE_OF_SHARE.matcher(left).find()) {
        // "approximately 60%, significantly lower than the 83% recorded the previous year": a share's base is a share
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.SHARE && respectively && RESPECTIVE_ITEM.matcher(left).find()) {
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.CHANGE && ELLIPSIS_ITEM.matcher(left).find()
          && !sentence.substring(prev.evidence().end() - base, s).contains(";")) {
        // "gold production grew by 40 percent, cobalt at 581 percent, nickel at 164 percent": the verb is left out
        out.set(i, new Figure(f.quantity(), Kind.CHANGE, prev.basis(), prev.direction(), f.period(), f.measure(), f.place(),
            f.attribution(), f.evidence(), null, null));
      } else if (prev != null && prev.kind() == Kind.CHANGE && prev == out.get(i - 1) && prev.quantity().signed() == '\0'
          && prev.evidence().end() <= f.evidence().start()
          && COMPARED_CHANGE_ITEM.matcher(sentence.substring(prev.evidence().end() - base, s)).matches()) {
        // "prices for aluminum will fall by 6.9% versus 10.8% in 2016", "increase purchase intent by 10.8%, compared to only 3.6%
        // for discounts": the percent a change is set against is the same change of another time or thing, its verb left out
        // (not after a signed change: "(-0.1% vs 8.9%)" sets a fall against a rise)
        out.set(i, new Figure(f.quantity(), Kind.CHANGE, null, prev.direction(), f.period(), f.measure(), f.place(),
            f.attribution(), f.evidence(), null, null));
      } else if (restates(out, i, sentence, base) != null) {
        Figure restated = restates(out, i, sentence, base);
        // "3,700 tonnes (28.4 percent)", "the remaining 16 or 29%": a part of a whole restated as a share;
        // "more than doubled between 2017 and 2018 (104 percent)": a change restated in percent
        out.set(i, restated.kind() == Kind.CHANGE
            ? new Figure(f.quantity(), Kind.CHANGE, restated.basis(), restated.direction(), f.period(), f.measure(), f.place(),
                f.attribution(), f.evidence(), null, null)
            : f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.SHARE && TARGET_AFTER.matcher(sentence.substring(e)).lookingAt()) {
        // "BEVs took a 25.4% market share, …, although still short of the 28% target set by the ZEV Mandate"
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (isPointsBase(out, i, sentence, base)) {
        // "a slump of 0.44 percentage points against August’s 44.46 percent": percentage points move a share
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.SHARE && prev == out.get(i - 1) && SHARE_LIST.matcher(
          sentence.substring(prev.evidence().end() - base, s)).matches()) {
        // "The penetration rate … was 57.9 percent from August 1 to 10, and 50.89 percent year-to-date"
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.SHARE && prev == out.get(i - 1) && FROM_SHARE_TO.matcher(
          sentence.substring(Math.max(0, prev.evidence().start() - base - 8), prev.evidence().start() - base)).find()
          && TO_AFTER_SHARE.matcher(sentence.substring(prev.evidence().end() - base, s)).matches()) {
        // "boosting its power battery market share from 21.59 percent in the first half of 2022 to 29.85 percent this year"
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.CHANGE && LIST_BEFORE.matcher(left).find()
          && BASIS_AFTER.matcher(sentence.substring(e)).find()) {
        String after = sentence.substring(e).toLowerCase(java.util.Locale.ROOT);
        String basis = Regexes.matches(after, "(?s)^\\s*(?:year|yoy|y/y|from\\s+a\\s+year|over\\s+a\\s+year).*") ? "yoy"
            : Regexes.matches(after, "(?s)^\\s*(?:quarter|qoq|q/q).*") ? ChangeRules.QUARTER_BASIS : "mom";
        out.set(i, new Figure(f.quantity(), Kind.CHANGE, basis, prev.direction(), f.period(), f.measure(), f.place(),
            f.attribution(), f.evidence(), null, null));
      }
    }
    return comparativeLists(coordinated(out, sentence, base), sentence, base);
  }

  /** A comparative closing a list: "0.5 percentage points, 2.4 percentage points, and 1.6 percentage points, respectively, lower than …". */
  private static final Pattern COMPARATIVE_AFTER = Pattern.compile(
      "(?i)^\\s*,?\\s*(?:respectively\\s*,?\\s*)?(slower|faster|lower|higher|smaller|larger)\\s+than\\b");

  /** The direction a comparative after the last item of a list gives holds for every item of the list. */
  private static List<Figure> comparativeLists(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = out.size() - 1; i >= 0; i--) {
      var m = COMPARATIVE_AFTER.matcher(sentence.substring(out.get(i).evidence().end() - base));
      if (!m.find() || out.get(i).kind() != Kind.CHANGE) continue;
      String direction = Regexes.matches(m.group(1).toLowerCase(java.util.Locale.ROOT), "lower|slower|smaller") ? "down" : "up";
      for (int j = i; j >= 0; j--) {
        Figure f = out.get(j);
        if (f.kind() != Kind.CHANGE || !f.quantity().unit().equals(out.get(i).quantity().unit())) break;
        out.set(j, f.withDirection(direction));
        if (j == 0 || out.get(j - 1).evidence().end() > f.evidence().start()
            || !SEPARATOR.matcher(sentence.substring(out.get(j - 1).evidence().end() - base, f.evidence().start() - base)).matches()) break;
      }
    }
    return out;
  }

  private static final String BASIS_WORD = "year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|year[- ]over[- ]year|yoy|mom|qoq|y/y|m/m|q/q";
  private static final Pattern RESPECTIVE_BASES = Pattern.compile(
      "(?i)^\\s*,?\\s*(" + BASIS_WORD + ")\\s*(?:,\\s*)?and\\s+(" + BASIS_WORD + ")\\s*,?\\s*respectively\\b");

  private static String basisCode(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.startsWith("y") ? "yoy" : w.startsWith("m") ? "mom" : ChangeRules.QUARTER_BASIS;
  }

  /** A comparative right after a list's last percent: " more than last year", " higher, respectively", ", respectively, lower than". */
  private static final Pattern COMPARATIVE_CLOSES = Pattern.compile(
      "(?i)^\\s*,?\\s*(?:respectively\\s*,?\\s*)?(?:more|less|fewer|higher|lower|greater|smaller|above|below)\\b");

  /** Nothing but a list separator between two numbers: "11.1%, 10.7%, and 7%", "2.7% and 4%". */
  private static final Pattern SEPARATOR = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+)?|and\\s+)$");

  /**
   * Numbers of one unit listed right after a change are changes of the same direction, and a basis
   * stated once holds for the whole list: "sharp decreases of 11.1%, 10.7%, and 7%, respectively",
   * "dropped 2.7% and 4% respectively from the previous month", "0.1 percentage point and 0.5
   * percentage points slower than the rises recorded in the first nine months".
   */
  private static List<Figure> coordinated(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 1; i < out.size(); i++) {
        Figure a = out.get(i - 1);
        Figure b = out.get(i);
        if (!a.quantity().unit().equals(b.quantity().unit()) || a.evidence().end() > b.evidence().start()) continue;
        String between = sentence.substring(a.evidence().end() - base, b.evidence().start() - base);
        if (!SEPARATOR.matcher(between).matches()) continue;
        if (a.kind() == Kind.AMOUNT && b.kind() == Kind.SHARE && a.quantity().unit().equals("percent")) {
          // "leaving petrol and diesel vehicles at 29.8% and 10.4% of the market, respectively"
          a = a.asBase(Kind.SHARE, a.period());
          out.set(i - 1, a);
        }
        if (a.kind() == Kind.AMOUNT && b.kind() == Kind.CHANGE && a.quantity().unit().equals("percent")
            && COMPARATIVE_CLOSES.matcher(sentence.substring(b.evidence().end() - base)).lookingAt()) {
          // "which is 33.1 percent and 32.7 percent more than last year, respectively", "traded 15 percent and 5.6 percent
          // higher": the comparative after the last item is the whole list's, with its direction and basis
          a = new Figure(a.quantity(), Kind.CHANGE, b.basis(), b.direction(), a.period(), a.measure(), a.place(), a.attribution(),
              a.evidence(), null, null);
          out.set(i - 1, a);
        }
        if (a.kind() == Kind.CHANGE && b.kind() == Kind.AMOUNT && b.quantity().unit().equals("percent")) {
          // "have fallen 41.9% and 17.6% so far this year": a basis written after the list is the list's
          String basis = a.basis() != null ? a.basis() : ChangeRules.statedBasis(sentence, b.evidence().end() - base);
          b = new Figure(b.quantity(), Kind.CHANGE, basis, a.direction(), b.period(), b.measure(), b.place(), b.attribution(),
              b.evidence(), null, null);
          out.set(i, b);
        }
        if (a.kind() != Kind.CHANGE || b.kind() != Kind.CHANGE || (a.basis() == null) == (b.basis() == null)) continue;
        if (a.basis() == null) out.set(i - 1, a.withLevels(a.fromLevel(), a.toLevel(), b.basis()));
        else out.set(i, b.withLevels(b.fromLevel(), b.toLevel(), a.basis()));
      }
    }
    // "up 56.3% and 33.6% month-on-month and year-on-year respectively": the bases pair with the changes in order
    for (int i = 1; i < out.size(); i++) {
      Figure a = out.get(i - 1);
      Figure b = out.get(i);
      if (a.kind() != Kind.CHANGE || b.kind() != Kind.CHANGE || a.evidence().end() > b.evidence().start()
          || !SEPARATOR.matcher(sentence.substring(a.evidence().end() - base, b.evidence().start() - base)).matches()) continue;
      java.util.regex.Matcher pair = RESPECTIVE_BASES.matcher(sentence.substring(b.evidence().end() - base));
      if (!pair.lookingAt()) continue;
      out.set(i - 1, a.withLevels(a.fromLevel(), a.toLevel(), basisCode(pair.group(1))));
      out.set(i, b.withLevels(b.fromLevel(), b.toLevel(), basisCode(pair.group(2))));
    }
    return out;
  }

  /**
   * "France (-31.9%)", "falling -1.5%", "remains -7.5% below pre-pandemic levels": a change written with a
   * minus sign states its direction with it; the figure's value is the size of the change (the quantity
   * layer keeps the number as written, -31.9).
   */
  private static Figure unsigned(Figure f) {
    Quantity q = f.quantity();
    if (f.kind() != Kind.CHANGE || q.signed() != '-' || q.value() >= 0 || !(q.unit().equals("percent") || q.unit().equals("percentage-point"))) {
      return f;
    }
    Quantity size = new Quantity(-q.value(), q.valueMax() == null ? null : -q.valueMax(), q.unit(), q.qualifier(), q.signed(), q.start(), q.end());
    return new Figure(size, f.kind(), f.basis(), "down", f.period(), f.measure(), f.place(), f.attribution(), f.evidence(),
        f.fromLevel(), f.toLevel());
  }

  /** Between a change and a percent set against it: " versus ", ", compared to only ", " against ". */
  private static final Pattern COMPARED_CHANGE_ITEM = Pattern.compile(
      "(?i)^\\s*,?\\s*(?:versus|vs\\.?|against|compared\\s+(?:to|with))\\s+(?:only\\s+|just\\s+|a\\s+mere\\s+)?$");
  /** "…, cobalt at 581 percent", "and manganese at 102 percent": an item of a list whose verb of change is left out. */
  private static final Pattern ELLIPSIS_ITEM = Pattern.compile("(?i)(?:,|\\band)\\s+\\p{L}[\\p{L}-]*\\s+at\\s+$");
  /** Between two numbers: "(", ", or", "or": the second restates the first. */
  private static final Pattern RESTATING = Pattern.compile("(?i)^\\s*(?:\\(|,?\\s*or\\s+(?:about\\s+|nearly\\s+|around\\s+|some\\s+|almost\\s+)?)$");
  private static final Pattern SHARE_OF_AFTER = Pattern.compile("(?i)^\\s+of\\b");
  /** A level the share before it is measured against: "the 28% target", "the 28% required by …". */
  private static final Pattern TARGET_AFTER = Pattern.compile("(?i)^\\s+(?:target|required|requirement|goal|mandated|threshold)\\b");
  private static final Pattern CHANGE_RESTATED = Pattern.compile("^[^;%()]{0,40}\\(\\s*$");
  /** Between a share and a second percent of the list: "… from August 1 to 10, and ", " in 2022 and ". */
  private static final Pattern SHARE_LIST = Pattern.compile("(?i)^[^%;:()]{0,45}?(?:,\\s*and|\\band)\\s+(?:about\\s+|nearly\\s+|around\\s+)?$");
  private static final Pattern FROM_SHARE_TO = Pattern.compile("(?i)\\bfrom\\s+$");
  private static final Pattern TO_AFTER_SHARE = Pattern.compile("(?i)^[^%;:,()]{0,45}?\\bto\\s+(?:about\\s+|nearly\\s+|around\\s+|just\\s+)?$");
  /** Before the base of a change in percentage points: "against August’s ", "up from ". */
  private static final Pattern POINTS_BASE_LEFT = Pattern.compile(
      "(?i)\\b(?:from|against|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|than)\\s+(?:\\p{L}+[’']s\\s+)?$");
  /** After a level whose change in percentage points follows: " in September, up ". */
  private static final Pattern POINTS_LEVEL_RIGHT = Pattern.compile("(?i)^[^%;:()]{0,30}?,\\s*(?:up|down)\\s+(?:by\\s+)?$");

  /**
   * The figure a percent restates, when it follows a number with nothing but "(" or "or" between, and that
   * number is a level of something other than percent ("3,700 tonnes (28.4 percent)") or a change; else null.
   * A level stated with a verb of change ("rose $5 million, or 12%") is left alone.
   */
  private static Figure restates(List<Figure> fs, int i, String sentence, int base) {
    if (i == 0) return null;
    Figure p = fs.get(i - 1);
    Figure f = fs.get(i);
    if (p.evidence().end() > f.evidence().start() || p.quantity().unit().equals("percentage-point")) return null;
    String between = sentence.substring(p.evidence().end() - base, f.evidence().start() - base);
    // "more than doubled between 2017 and 2018 (104 percent)": the change restated in brackets
    // "dropped 312 metric tons, or 4.9 percent": the change restated after "or" (not a share: "…, or 3 percent of output")
    if (p.kind() == Kind.CHANGE) {
      boolean or = RESTATING.matcher(between).matches() && between.contains("or") && !SHARE_OF_AFTER.matcher(sentence.substring(f.evidence().end() - base)).lookingAt();
      return CHANGE_RESTATED.matcher(between).matches() || or ? p : null;
    }
    if (!RESTATING.matcher(between).matches()) return null;
    if (p.kind() == Kind.SHARE) return p;
    if (p.quantity().unit().equals("percent") || ChangeRules.changeWordBefore(sentence.substring(0, p.evidence().start() - base))) return null;
    return p;
  }

  /** A percent level next to a change in percentage points of the same sentence: the share the points move. */
  private static boolean isPointsBase(List<Figure> fs, int i, String sentence, int base) {
    Figure f = fs.get(i);
    int s = f.evidence().start() - base;
    if (i > 0 && fs.get(i - 1).quantity().unit().equals("percentage-point") && fs.get(i - 1).kind() == Kind.CHANGE
        && POINTS_BASE_LEFT.matcher(sentence.substring(Math.max(0, s - 40), s)).find()) {
      return true;
    }
    if (i + 1 < fs.size() && fs.get(i + 1).quantity().unit().equals("percentage-point") && fs.get(i + 1).kind() == Kind.CHANGE
        && fs.get(i + 1).evidence().start() > f.evidence().end()) {
      return POINTS_LEVEL_RIGHT.matcher(sentence.substring(f.evidence().end() - base, fs.get(i + 1).evidence().start() - base)).matches();
    }
    return false;
  }

  private static final Pattern LEVEL_AFTER_SHARE = Pattern.compile(
      "(?i)\\b(?:rising|rose|risen|falling|fell|fallen|dropping|dropped|declining|declined|increasing|increased|climbing|climbed|up|down)\\s+"
          + "(?:from\\s+[^,;]{0,20}\\s+)?to\\s+(?:about\\s+|around\\s+|nearly\\s+|just\\s+)?$");

  private static Figure prev(List<Figure> fs, int i) {
    return previousOfUnit(fs, i);
  }

  private static Figure previousOfUnit(List<Figure> fs, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (fs.get(j).quantity().unit().equals(fs.get(i).quantity().unit())) return fs.get(j);
    }
    return null;
  }
}
