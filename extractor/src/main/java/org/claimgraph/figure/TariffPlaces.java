package org.claimgraph.figure;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A tariff is between two places: the goods' origin and the market that imposes it ("EU to
 * impose provisional tariffs on Chinese EVs" → [CN, EU]; devset/GUIDELINES.md, "Places": "A US
 * tariff on Chinese goods → [CN, US]"). The article names the pair once; its rates ("17.4% for
 * BYD", "the rate for non-cooperating companies is 36.3%") name at most one side.
 */
final class TariffPlaces {

  /** The origin of the goods and the imposer of the tariff. */
  record Pair(String origin, String imposer) {}

  private static final Pattern TARIFF = Pattern.compile("(?i)\\b(?:tariffs?|duty|duties|levy|levies)\\b");
  /**
   * "on Chinese EVs", "on China BEV imports", "on imports from China", "on Chinese-made electric vehicles", "on all American
   * imports", "on the import of Chinese electric vehicles", "of up to 35.3% on Chinese-made electric cars" (a rate's decimal point ends no sentence).
   */
  private static final Pattern ON_GOODS = Pattern.compile("^(?:[^.;]|(?<=\\d)\\.(?=\\d)){0,60}?\\b(?:on|for)\\s+(?:(?:the|all|some|certain)\\s+)?(?:imports?\\s+of\\s+(?:all\\s+)?)?"
      + "(?:(?:[\\p{L}-]+\\s+){0,4}?(?:imported\\s+|made\\s+|produced\\s+)?(?:from|in)\\s+(?:the\\s+)?)?$");
  /** The European Commission (or "the EC", "the commission") imposes the EU's tariffs. */
  private static final Pattern COMMISSION = Pattern.compile("\\b(?:European\\s+Commission|EC)\\b");
  private static final Pattern GOVERNMENT_AFTER = Pattern.compile("(?i)\\s+(?:government|authorities|administration)\\b");
  private static final Pattern NOT_IMPOSER_BEFORE = Pattern.compile("(?i)\\b(?:on|from|against|to|of|for|by)\\s+(?:the\\s+)?$");
  private static final Pattern RATE = Pattern.compile("(?i)\\b(?:rates?|tariffs?|duty|duties|levy|levies)\\b");
  /** "a 100% tariff on …", "a 25 per cent import duty": the tariff word right after the rate names the tariff it is of. */
  private static final Pattern TARIFF_AFTER = Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+)?(?:tariffs?|duty|duties|levy|levies)\\b");

  /** "on top of its standard 10% tariff", "in addition to an existing duty rate of ten percent" (general-duties.tsv). */
  private static final Pattern GENERAL_BEFORE = generalBefore();
  /** "… tariff on imported cars", "… tariffs for non-EU EV makers", "… duty on all foreign cars". */
  private static final Pattern GENERAL_AFTER = Pattern.compile("(?i)^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:tariffs?|duty|duties|levy|levies)\\s+(?:on|for)\\s+(?:all\\s+)?(?:"
      + words("goods") + ")");

  private TariffPlaces() {}

  private static Pattern generalBefore() {
    return Pattern.compile("(?i)(?:\\b(?:" + words("base") + ")\\s+(?:[\\p{L}'’-]+\\s+){0,5}|\\b(?:" + words("rate")
        + ")\\s+(?:[\\p{L}-]+\\s+){0,2})$");
  }

  private static String words(String position) {
    return String.join("|", Tsv.read("general-duties.tsv").stream().filter(r -> position.equals(r.get("position")))
        .map(r -> Pattern.quote(r.get("words")).replace(" ", "\\E\\s+\\Q")).toList());
  }

  /**
   * Whether the rate at [{@code at}, {@code end}) is of a general tariff: the base a new duty adds to, or a standard rate, where a
   * tariff word follows the rate or comes between ("an existing duty rate of ten percent"); or a duty on every origin's goods.
   */
  private static boolean general(String sentence, int at, int end) {
    if (GENERAL_AFTER.matcher(sentence.substring(end)).lookingAt()) return true;
    Matcher before = GENERAL_BEFORE.matcher(sentence.substring(Math.max(0, at - 80), at));
    return before.find() && (RATE.matcher(before.group()).find() || TARIFF_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt());
  }

  /** The tariff pair the first sentence naming both sides states, else null. */
  static Pair of(List<String> sentences, PlaceResolver places) {
    for (String s : sentences) {
      Matcher t = TARIFF.matcher(s);
      while (t.find()) {
        Pair p = sides(s, t, places);
        if (p.origin() != null && p.imposer() != null && !p.origin().equals(p.imposer())) return p;
      }
    }
    return null;
  }

  /** The sides the tariff word {@code t} names: the place before it that imposes it, the goods' place after "on"/"for". */
  private static Pair sides(String s, MatchResult t, PlaceResolver places) {
    String origin = null;
    String imposer = null;
    for (var m : places.mentions(s)) {
      if (m.start() >= t.end() && origin == null && ON_GOODS.matcher(s.substring(t.end(), m.start())).matches()) origin = m.value().code();
      // "Other Chinese producers … will be subject to a duty rate": an adjective describes the goods' side unless the tariff word follows it ("American tariffs").
      // "The Canadian government says it will impose a 100% tariff": the adjective of a government names the imposer.
      boolean adjective = "adjective".equals(m.value().type()) && t.start() - m.end() > 15 && !GOVERNMENT_AFTER.matcher(s.substring(m.end())).lookingAt();
      if (m.end() <= t.start() && t.start() - m.end() <= 80 && !adjective
          && !NOT_IMPOSER_BEFORE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()) {
        imposer = m.value().code();
      }
    }
    Matcher c = COMMISSION.matcher(s.substring(0, t.start()));
    if (imposer == null && c.find() && t.start() - c.end() <= 80) imposer = "EU";
    return new Pair(origin, imposer);
  }

  /**
   * The place of a percentage in a sentence about tariffs or their rates, in an article with a
   * tariff pair: the pair the sentence states before the figure (or right after it: "a 100% tariff on …"), else the article's,
   * where the figure's own place is no other country ("17.4% for BYD" → [CN] → [CN, EU]); else {@code place} as it is.
   *
   * @param at  the figure's start in the sentence
   * @param end the figure's end in the sentence
   */
  static List<String> apply(List<String> place, String sentence, int at, int end, String unit, Pair article, PlaceResolver places) {
    if (!"percent".equals(unit) || !RATE.matcher(sentence).find()) return place;
    // "Washington quadrupled duties for Chinese EVs to 100%, Brussels said it would set tariffs of 17.4% for BYD":
    // the sides the nearest tariff word before the figure names, the article's pair for the side it leaves out; "Canada will
    // impose a 100% tariff on the import of Chinese electric vehicles": the tariff the rate is written before.
    MatchResult nearest = null;
    Matcher t = TARIFF.matcher(sentence);
    while (t.find() && t.start() < at) nearest = t.toMatchResult();
    Matcher after = TARIFF_AFTER.matcher(sentence).region(end, sentence.length());
    if (after.lookingAt() && t.find(end)) nearest = t.toMatchResult();
    Pair own = nearest == null ? new Pair(null, null) : sides(sentence, nearest, places);
    // "on top of its standard 10% tariff for car imports" beside duties on Chinese EVs: a general tariff is the imposer's alone
    // (its own imposer, unless that is the page's goods' side read before the tariff word: "produced in China …, on top of").
    if (own.origin() == null && general(sentence, at, end)) {
      String imposer = own.imposer() != null && (article == null || !own.imposer().equals(article.origin())) ? own.imposer()
          : article != null ? article.imposer() : null;
      return imposer == null ? place : List.of(imposer);
    }
    String origin = own.origin() != null ? own.origin() : article != null ? article.origin() : null;
    String imposer = own.imposer() != null ? own.imposer() : article != null ? article.imposer() : null;
    if (origin == null || imposer == null || origin.equals(imposer)) return place;
    boolean stated = own.origin() != null || own.imposer() != null;
    if (!stated) for (String code : place) if (!code.equals(origin) && !code.equals(imposer)) return place;
    return List.of(origin, imposer);
  }
}
