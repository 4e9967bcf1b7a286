package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kinds a figure's own words leave open but its sentence settles:
 *
 * <pre>
 * "The market share is now 32.8%"                               → share
 * "the penetration rate of NEVs in retail sales was 57.9 percent" → share
 * "accounting for 29% …, followed by Vietnam and Japan with 14% and 10%, respectively" → 14%, 10% shares
 * "up 19.57 per cent year-on-year and 12.01 per cent on September" → 12.01 per cent a change (m/m)
 * </pre>
 *
 * Pure: works on the figures of one sentence.
 */
public final class KindRules {

  private static final Pattern SHARE_SUBJECT = Pattern.compile(
      "(?i)\\b(?:market\\s+share|share\\s+of\\s+the\\s+market|global\\s+share|penetration(?:\\s+rate)?|share)\\b[^.;%]{0,50}?"
          + "\\b(?:is|was|were|stood\\s+at|reached|reach|hit|rose\\s+to|fell\\s+to|climbed\\s+to|of|by|at|to|from|estimated\\s+to\\s+be)\\s+"
          + "(?:now\\s+)?(?:just\\s+|about\\s+|nearly\\s+|around\\s+|over\\s+|above\\s+|more\\s+than\\s+)?$");
  private static final Pattern LIST_BEFORE = Pattern.compile("(?i)(?:,|\\band)\\s+(?:about\\s+|nearly\\s+|around\\s+)?$");
  private static final Pattern RESPECTIVE_ITEM = Pattern.compile("(?i)(?:,|\\band|\\bwith|\\bat|\\bof)\\s+(?:about\\s+|nearly\\s+|around\\s+)?$");
  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
  private static final Pattern BASIS_AFTER = Pattern.compile(
      "(?i)^\\s*(?:year[- ]on[- ]year|month[- ]on[- ]month|year[- ]over[- ]year|yoy|mom|y/y|m/m|(?:on|over|from)\\s+(?:the\\s+)?(?:previous\\s+month|"
          + "January|February|March|April|May|June|July|August|September|October|November|December|a\\s+year\\s+(?:earlier|ago)))\\b");

  private KindRules() {}

  /** The sentence's figures with the kinds above settled; the others as they are. */
  public static List<Figure> settle(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
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
      String left = sentence.substring(Math.max(0, s - 80), s);
      Figure prev = previousOfUnit(out, i);
      if (SHARE_SUBJECT.matcher(left).find()) {
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.SHARE && respectively && RESPECTIVE_ITEM.matcher(left).find()) {
        out.set(i, f.asBase(Kind.SHARE, f.period()));
      } else if (prev != null && prev.kind() == Kind.CHANGE && LIST_BEFORE.matcher(left).find()
          && BASIS_AFTER.matcher(sentence.substring(e)).find()) {
        String after = sentence.substring(e).toLowerCase(java.util.Locale.ROOT);
        String basis = after.matches("(?s)^\\s*(?:year|yoy|y/y|from\\s+a\\s+year|over\\s+a\\s+year).*") ? "yoy" : "mom";
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
      String direction = m.group(1).toLowerCase(java.util.Locale.ROOT).matches("lower|slower|smaller") ? "down" : "up";
      for (int j = i; j >= 0; j--) {
        Figure f = out.get(j);
        if (f.kind() != Kind.CHANGE || !f.quantity().unit().equals(out.get(i).quantity().unit())) break;
        out.set(j, new Figure(f.quantity(), f.kind(), f.basis(), direction, f.period(), f.measure(), f.place(), f.attribution(),
            f.evidence(), f.fromLevel(), f.toLevel()));
        if (j == 0 || out.get(j - 1).evidence().end() > f.evidence().start()
            || !SEPARATOR.matcher(sentence.substring(out.get(j - 1).evidence().end() - base, f.evidence().start() - base)).matches()) break;
      }
    }
    return out;
  }

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
        if (a.kind() == Kind.CHANGE && b.kind() == Kind.AMOUNT && b.quantity().unit().equals("percent")) {
          b = new Figure(b.quantity(), Kind.CHANGE, a.basis(), a.direction(), b.period(), b.measure(), b.place(), b.attribution(),
              b.evidence(), null, null);
          out.set(i, b);
        }
        if (a.kind() != Kind.CHANGE || b.kind() != Kind.CHANGE || (a.basis() == null) == (b.basis() == null)) continue;
        if (a.basis() == null) out.set(i - 1, a.withLevels(a.fromLevel(), a.toLevel(), b.basis()));
        else out.set(i, b.withLevels(b.fromLevel(), b.toLevel(), a.basis()));
      }
    }
    return out;
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
