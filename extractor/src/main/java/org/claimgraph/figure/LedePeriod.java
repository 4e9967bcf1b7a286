package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.article.Article;

/**
 * The period a data story reports on, as its headline and first sentence state it: "EU car
 * market sees 6.1% drop in September" → September; "Global EV sales surged 29% in the first four
 * months of the year" → January–April. A careful reader dates by it the figures the story reports
 * without restating the period ("Major markets … saw sharp decreases of 11.1%, 10.7% and 7%"),
 * unless they are forecasts or standing facts in the present tense. Null when the lede states no month or span.
 */
final class LedePeriod {

  /** A figure in a sentence about the future or a plan is not the period's datum. */
  private static final Pattern FORECAST = Pattern.compile(
      "(?i)\\b(?:will|would|could|might|forecasts?|forecasted|expects?|expected|projects?|projected|predicts?|predicted"
          + "|targets?|aims?|plans?|planned|outlook|guidance|estimates?)\\b");

  /**
   * A datum reported in the past ("sales rose 25%", "BYD grabbed the second spot", "decreases were
   * observed") or as the state now ("is now a full hybrid", "currently hold a 17.3% share"), not a
   * standing fact in the present ("China accounts for 70% of …", "processing times are 45 working days",
   * "80% of … is shipped to China").
   */
  private static final Pattern REPORTED = Pattern.compile(
      "(?i)\\b(?:was|were|had|now|currently)\\b|(?<!\\b(?:is|are|be|been|being|of|the|a|an|its|their|then)\\s)\\b(?:rose|fell|jumped|surged"
          + "|soared|climbed|dropped|declined|increased|decreased|grew|slumped|plunged|plummeted|slid|dipped|tumbled|totall?ed"
          + "|reached|amounted|stood|hit|posted|recorded|registered|sold|delivered|exported|imported|shipped|produced|installed"
          + "|saw|witnessed|pushed|grabbed|issued|handed|observed|booked|gained|lost|added|logged|reported|showed|led|topped"
          + "|doubled|tripled|halved|ranked|captured|took|accounted|supplied|maintained|remained|came|included)\\b");

  private LedePeriod() {}

  /**
   * The first month or span (or a year stated with "in"; not a comparison base) the title states, else the
   * first sentence: "EU car market sees 6.1% drop in September; … year-to-date declines 5.8%" → September.
   */
  static String of(PeriodResolver periods, Article article, PeriodResolver.Context ctx) {
    if (article.title() != null) {
      String first = first(article.title(), periods.find(article.title(), ctx));
      if (first != null) return first;
    }
    String sentence = article.text().split("(?<=[.!?])\\s+|\\n+", 2)[0];
    return first(sentence, periods.find(sentence, ctx));
  }

  /** Whether a figure of this sentence, with no period of its own or from the sentences before, takes the lede's. */
  static boolean dates(String sentence, List<PeriodMention> sentencePeriods) {
    return sentencePeriods.stream().noneMatch(p -> !p.basis()) && !FORECAST.matcher(sentence).find()
        && REPORTED.matcher(sentence).find();
  }

  /** The first month or span, or a year the data are stated "in" ("Rare Earth Imports to EU Drop Nearly 30% in 2024"), not a forecast's. */
  private static String first(String text, List<PeriodMention> found) {
    for (PeriodMention p : found) {
      if (p.basis()) continue;
      if (p.period().length() > 4) return p.period();
      if (IN_BEFORE.matcher(text.substring(0, p.start())).find() && !FORECAST.matcher(text).find()) return p.period();
    }
    return null;
  }

  private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\bin\\s+$");
}
