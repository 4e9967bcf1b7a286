package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A page about the world's market: its headline or its lede opens with the world as the subject ("Global sales of
 * electric and plug-in hybrid vehicles surged 24 per cent in June", "Global average lithium-ion battery pack prices have
 * fallen 20%", "The global weighted average price for lithium ion cell prices has dropped", "Global cell prices fall below
 * $100/kWh"). Its figures that name no country are the world's ("A total of 1.8 million … were sold last month, the
 * London-based firm said"; "This marked a 29% increase"), however often it names China as one market among others: the
 * article's most named country is not carried to them (devset/GUIDELINES-ev.md "Places": "worldwide" → no place).
 */
final class WorldPages {

  /**
   * Bodies named after the world, not about it: "World Bank cuts Indonesia growth forecast", "Global Times reported that
   * China's exports …" (case-sensitive: "world trade volumes fell" is the world's).
   */
  private static final String BODY = "(?-i:Bank|Trade\\s+Organi[sz]ation|Health\\s+Organi[sz]ation|Economic\\s+Forum|Times|Cup)\\b";
  /** The world as the opening subject; not "the world's largest producer" of a country's lede ("China, the world's …"). */
  private static final Pattern WORLD_OPENING = Pattern.compile(
      "^(?:the\\s+)?(?:global|worldwide|world)\\b(?!['’]s\\s)(?!\\s+" + BODY + ")", Pattern.CASE_INSENSITIVE);
  /**
   * The world as the scope of the lede's first figure: "the number of electric vehicles sold globally in March 2025 is 1.7 million".
   * ("(?=[gw])": every alternative's first letter, tested before the word boundary: the same matches, cheaper per position.)
   */
  private static final Pattern WORLD_WORD = Pattern.compile(
      "(?i)(?=[gw])\\b(?:global|globally|worldwide|world(?!['’]s\\s+(?:largest|biggest|top|leading|no\\.|second|third|main|dominant|major|sole)\\b))\\b(?!\\s+" + BODY + ")");
  /**
   * "Global" inside a survey's or study's name written in capitals ("the surprising results from the 2024 Mobility Consumer
   * Global Survey are in" on an Australian page, "the KPMG Global Automotive Executive Survey"): a study run in many countries
   * whose national results a national page reports, not the world as its scope. Only after a capitalised word that is not an
   * article, and only in a name that ends in "Survey" or "Study" within four more capitalised words: "the IEA Global EV
   * Outlook" is a report on the world's market, and title-case headings ("Australia Leads Global Output", "Export Restrictions
   * Reshape Global Supply and Prices") name the world; "The Global EV Outlook" keeps it too.
   */
  private static final Pattern NAMED_GLOBAL = Pattern.compile(
      "(?<=(?<![\\p{L}'’])(?!(?:The|A|An|Our|Its|This|Their)\\s)\\p{Lu}[\\p{L}\\d]{1,30}\\s)Global"
          + "(?=(?:\\s+\\p{Lu}[\\p{L}\\d-]*){0,4}\\s+(?:Survey|Study)\\b)");
  /** A wire dateline before the lede: "BEIJING, Aug 20 (Reuters) -", "LONDON (Reuters) –". */
  private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{Lu} ,./'’-]*(?:,[^()]{0,30})?\\([^)]{1,40}\\)\\s*[-–—]+\\s*");

  private WorldPages() {}

  /**
   * Whether the page is about the world's market: the headline opens with the world, or the lede (the first sentence of
   * the body that states a figure) does, or names the world before its first figure and no country before it ("Rho
   * Motion reported that the number of electric vehicles sold globally in March 2025 is 1.7 million"; not "China, the
   * world's largest producer, exported …").
   *
   * @param title          the headline, or null
   * @param ledeBefore     the lede up to its first figure, or null when the body states none
   * @param countryBefore  whether a country is named there
   */
  static boolean of(String title, String ledeBefore, boolean countryBefore) {
    if (title != null && WORLD_OPENING.matcher(title.strip()).find()) return true;
    if (ledeBefore == null) return false;
    String lede = withoutNames(DATELINE.matcher(ledeBefore.strip()).replaceFirst(""));
    return WORLD_OPENING.matcher(lede).find() || !countryBefore && WORLD_WORD.matcher(lede).find();
  }

  /**
   * Whether a page whose lede names no country is about the world's market all the same: the lede sentence itself names the
   * world after its figure ("SNE Research reports that in September some 15.7 GWh of EV battery shipment was counted
   * globally"), or the text before it names the world and no country ("This issue of our Global EV Tracker covers car
   * registrations …, the latest moves in EV registrations around the globe").
   *
   * @param opening      the body text before the lede
   * @param lede         the lede sentence (the first that states a figure)
   * @param openingOwner whether the opening names a country or a company
   * @param ledeOwner    whether the lede names a country or a company
   */
  static boolean ofOpening(String opening, String lede, boolean openingOwner, boolean ledeOwner) {
    if (ledeOwner) return false;
    lede = WorldYardsticks.without(withoutNames(lede));
    opening = WorldYardsticks.without(withoutNames(opening));
    return WORLD_WORD.matcher(lede).find() || !openingOwner && (WORLD_WORD.matcher(opening).find() || GLOBE.matcher(opening).find());
  }

  private static final Pattern GLOBE = Pattern.compile("(?i)\\b(?:around|across)\\s+the\\s+globe\\b");

  /**
   * Whether {@code text} names the world as a scope ("global lithium output", "world production"), not as a body's name or a rank
   * ("the world's largest", and "the second largest in the world", "even on an international scale": WorldYardsticks).
   */
  static boolean namesTheWorld(String text) {
    return WORLD_WORD.matcher(withoutNames(text)).find() && WORLD_WORD.matcher(WorldYardsticks.without(withoutNames(text))).find();
  }

  /** {@code text} without the "Global" of a survey's or report's capitalised name ({@link #NAMED_GLOBAL}). */
  static String withoutNames(String text) {
    // The pattern's look-behind runs at every position; a text without "Global" has nothing to remove (the same string).
    if (!text.contains("Global")) return text;
    return NAMED_GLOBAL.matcher(text).replaceAll("");
  }
}
