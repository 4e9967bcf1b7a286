package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.article.Article;

/**
 * The present-year dump ({@code -Dclaimgraph.dumpYears=FILE}, ContextDump.YEARS): for a page without a date, one line for
 * the page (the present year chosen and every year the text states, with how it is stated) and one line per figure with the
 * period it gets when the present is the chosen year, one year earlier and one year later. The figures whose period moves
 * with the present are the ones the present-year choice decides, so a policy can be scored without extracting again
 * ({@code tools/present-year-cv.py}). Analysis only.
 */
final class PresentYearDump {

  private PresentYearDump() {}

  private static final Pattern PAST = Pattern.compile(
      "(?i)\\b(?:was|were|rose|fell|grew|jumped|dropped|declined|increased|decreased|reached|totall?ed|stood|recorded|reported|sold|saw|hit|posted|produced|exported|imported|registered|delivered|climbed|surged|slumped|plunged|soared)\\b");
  private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:has|have)\\s+(?:\\p{L}+\\s+)?(?:been\\s+)?\\p{L}+(?:ed|en|wn)\\b");
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|would|expected|expects?|forecasts?|projected|projects|plans?|aims?|targets?|outlook|estimates?|predicts?|could|may)\\b");
  private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis\\s+year\\b|\\bcurrent\\s+year\\b|\\byear[- ]to[- ]date\\b|\\bso\\s+far\\b");
  private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast\\s+year\\b|\\bprevious\\s+year\\b|\\ba\\s+year\\s+(?:earlier|ago)\\b");
  private static final Pattern DAY_BEFORE = Pattern.compile(
      "(?:" + PeriodResolver.MONTH + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*$|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + PeriodResolver.MONTH + ")\\.?,?\\s*$");
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?:" + PeriodResolver.MONTH + ")\\.?,?\\s+(?:of\\s+)?$");
  private static final Pattern QUARTER_BEFORE = Pattern.compile(
      "(?i)(?:quarter|half|\\bQ[1-4]|\\bH[12]|\\b[1-4]Q|\\bmonths?)\\s*(?:of\\s+)?(?:the\\s+)?(?:year\\s+)?$");
  private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)(?:\\bFY\\s?|fiscal\\s+(?:year\\s+)?|financial\\s+year\\s+)$");
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:\\p{L}+\\s+){0,3}$");
  private static final Pattern RECORD = Pattern.compile("(?i)\\brecord\\b|\\bhighest\\b|\\blowest\\b|\\bfirst\\s+time\\b|\\bpeak\\b");
  private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\b(?:in|during|for)\\s+(?:the\\s+(?:whole|year|full\\s+year)\\s+(?:of\\s+)?)?$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“])|\\n");

  /** Writes the page's line and its figures' lines; {@code byShift} holds the figures with the present one year earlier, as chosen, one later. */
  static void write(Article article, String text, PeriodResolver.Context ctx, List<List<Figure>> byShift) {
    var page = ContextDump.fields();
    page.put("type", "page");
    page.put("doc", article.docName());
    page.put("host", article.host());
    page.put("present", ctx.fallbackYear());
    page.put("lastYear", ctx.lastYear());
    page.put("reported", ctx.reportedYear());
    page.put("presentMonth", ctx.presentMonth() == null ? null : ctx.presentMonth().toString());
    page.put("titleLength", article.title() == null ? 0 : article.title().length() + 1);
    page.put("length", text.length());
    page.put("thisYear", THIS_YEAR.matcher(text).find());
    page.put("lastYearWords", LAST_YEAR.matcher(text).find());
    List<Object> years = new ArrayList<>();
    PeriodResolver.context(article.date(), text, (m, seen) -> years.add(candidate(text, m.start(1), m.end(1), m.group(1), seen)));
    page.put("years", years);
    ContextDump.YEARS.write(page);
    List<Figure> chosen = byShift.get(1);
    for (int i = 0; i < chosen.size(); i++) {
      Figure f = chosen.get(i);
      var d = ContextDump.fields();
      d.put("type", "figure");
      d.put("doc", article.docName());
      d.put("quote", f.evidence().quote());
      d.put("value", f.quantity().value());
      d.put("sentence", f.evidence().sentence());
      d.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
      d.put("base", f.basis() != null);
      d.put("period", f.period());
      d.put("earlier", periodOf(byShift.get(0), f, i));
      d.put("later", periodOf(byShift.get(2), f, i));
      ContextDump.YEARS.write(d);
    }
  }

  /** The period of the figure at the same place in another run (same index if it is the same figure, else searched). */
  private static String periodOf(List<Figure> run, Figure f, int i) {
    if (i < run.size() && same(run.get(i), f)) return run.get(i).period();
    for (Figure g : run) if (same(g, f)) return g.period();
    return "?";
  }

  private static boolean same(Figure a, Figure b) {
    return a.evidence().start() == b.evidence().start() && a.quantity().value() == b.quantity().value() && a.kind() == b.kind();
  }

  private static Map<String, Object> candidate(String text, int start, int end, String year, Object[] seen) {
    var c = ContextDump.fields();
    String before = text.substring(Math.max(0, start - 60), start);
    String sentence = sentenceAround(text, start);
    c.put("year", Integer.parseInt(year));
    c.put("v", seen[0]);
    c.put("as", seen[1]);
    c.put("off", start);
    c.put("line", (int) text.substring(0, start).chars().filter(ch -> ch == '\n').count());
    c.put("past", PAST.matcher(sentence).find());
    c.put("perfect", PERFECT.matcher(sentence).find());
    c.put("future", FUTURE.matcher(sentence).find());
    c.put("thisYear", THIS_YEAR.matcher(sentence).find());
    c.put("lastYear", LAST_YEAR.matcher(sentence).find());
    c.put("quoted", sentence.contains("\"") || sentence.contains("“") || sentence.contains("”"));
    c.put("day", DAY_BEFORE.matcher(before).find());
    c.put("month", MONTH_BEFORE.matcher(before).find());
    c.put("quarter", QUARTER_BEFORE.matcher(before).find());
    c.put("fiscal", FISCAL_BEFORE.matcher(before).find());
    c.put("since", SINCE_BEFORE.matcher(before).find());
    c.put("record", RECORD.matcher(sentence).find());
    c.put("in", IN_BEFORE.matcher(before).find());
    c.put("figure", PresentYearDump.FIGURE.matcher(sentence).find());
    return c;
  }

  private static final Pattern FIGURE = Pattern.compile("(?i)\\d\\s*(?:%|per\\s*cent\\b|percent\\b)|[$€£¥]\\s?\\d|\\d[\\d,.]*\\s*(?:tonnes|tons|units|vehicles|million|billion|mln|bln|m\\b|bn\\b)");

  private static String sentenceAround(String text, int at) {
    int from = at;
    while (from > 0 && text.charAt(from - 1) != '\n' && !(from >= 2 && ".!?".indexOf(text.charAt(from - 2)) >= 0 && text.charAt(from - 1) == ' ')) from--;
    var e = SENTENCE_END.matcher(text);
    int to = e.find(at) ? e.start() : text.length();
    return text.substring(from, to);
  }
}
