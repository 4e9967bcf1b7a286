package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A paragraph that has named the world as its scope, and no country nor company: its sentences naming no place are the world's,
 * not the page's country's (devset/GUIDELINES.md, fresh20 "Places": global sales → no place). A careful reader of a national
 * page carries "worldwide" to the next sentence as they carry a country ({@link ParagraphSubjects}):
 *
 * <pre>
 * "According to Heycar, electric car sales grew worldwide by 40% in 2022. Every one out of ten cars sold had an electric motor."
 *     on a Kazakh page                                                                                   → no place, not KZ
 * "… electric vehicles are growing in popularity globally as well. Within five years, … sales of electric vehicles surged from
 *     approximately one million to over 10 million."                                                     → no place
 * </pre>
 *
 * Not where the paragraph names a country before the sentence (its subject rules then), "the country" ("strengthen the country's role
 * in the global energy transition" before a Congolese quota), or a company ("VinFast delivered 35,837
 * electric vehicles (EVs) worldwide": the company's deliveries, wherever sold), nor "the world's largest producer" (a rank,
 * {@link WorldPages#namesTheWorld}), nor the world as a cause ("exports saw a modest 11.3% gain to 13.9 GWh amid slowing global
 * demand" on a Chinese page). A sentence read alone has no paragraph before it, so it gains nothing here.
 */
final class WorldParagraphs {

  /** A clause giving the circumstance of a move, as the cause clauses of {@link CauseClauses} give its cause ("amid …"). */
  private static final Pattern AMID = Pattern.compile("(?i)\\b(?:amid(?:st)?|despite)\\b[^;.)]*");

  /**
   * A paragraph about "the country", its national interests or its domestic market is about the page's country, whatever global
   * role or market it names ("global tungsten market prices fluctuated upward … the domestic 65% black tungsten concentrate was
   * quoted at 172,500 RMB").
   */
  private static final Pattern NATIONAL = Pattern.compile("(?i)\\b(?:the|this|our|its)\\s+(?:country|nation)\\b|\\b(?:national|domestic)\\b");

  private WorldParagraphs() {}

  /**
   * Whether {@code sentence}, naming no place, is the world's: its paragraph before it names the world, or it opens its paragraph
   * after a paragraph about the world; not where the sentence itself speaks of the domestic or national market.
   *
   * @param before   the sentence's paragraph text from its start to the sentence
   * @param previous the text of the paragraph before, or null
   */
  static boolean scopes(String before, String previous, String sentence, PlaceResolver places) {
    if (NATIONAL.matcher(sentence).find()) return false;
    return of(before, places) || previous != null && continues(before, previous, places);
  }

  /**
   * Whether the paragraph text before a sentence names the world and no country or company.
   *
   * @param before the paragraph's text from its start to the sentence
   */
  static boolean of(String before, PlaceResolver places) {
    if (before.isBlank() || !places.mentions(before).isEmpty() || !places.companyCountries(before).isEmpty()) return false;
    if (NATIONAL.matcher(before).find()) return false;
    return WorldPages.namesTheWorld(withoutCircumstances(before));
  }

  /** {@code text} without its cause clauses ({@link CauseClauses}) and "amid …" clauses: the world they name is no scope. */
  static String withoutCircumstances(String text) {
    return AMID.matcher(CauseClauses.without(text)).replaceAll(" ");
  }

  /**
   * Whether a sentence whose own paragraph names no place before it continues the world the paragraph before names: "Instead,
   * the global market for hybrid cars grew drastically in 2021, according to the analysts …" ¶ "More than 799,000
   * gasoline-powered passenger cars were sold".
   *
   * @param before   the sentence's paragraph text from its start to the sentence (may be empty)
   * @param previous the text of the paragraph before
   */
  static boolean continues(String before, String previous, PlaceResolver places) {
    if (!places.mentions(before).isEmpty() || !places.companyCountries(before).isEmpty() || NATIONAL.matcher(before).find()) return false;
    return of(previous, places);
  }
}
