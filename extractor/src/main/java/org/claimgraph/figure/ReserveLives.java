package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * How long a reserve, a mine or a stock lasts is a measured time, a figure in years or months (GUIDELINES.md, fresh7 calls:
 * "reserve lives in years are figures"), unlike a term or a span of a story (value8; fresh6 Journal du Cameroun, fresh7
 * Occasional Digest, Africanews):
 *
 * <pre>
 * "The mine is estimated to have a useful life of 50 years"                     → 50 year
 * "the national bauxite stock can be exported for the next 258 years"           → 258 year
 * "still sufficient for more than a hundred years of production"               → 100 year
 * "global stocks were deemed sufficient to meet market demand for around four months" → 4 month
 * "over a 26-year mine life", "a life of mine (LOM) of nine years", "can last up to 40 years" → 26, 9, 40 year
 * "over its estimated 23-year lifespan", "a Life-of-Mine (LoM) of 24 years", "Lifespan: 21 years" → 23, 24, 21 year
 * "deposits could be depleted in two to three years"                           → 2–3 year
 * "the potential to produce uranium for up to 30 years"                         → 30 year
 * "cutting reserves in warehouses to less than two days of global consumption"  → 2 day
 * "prices will stay high for the next two years"                                → no figure (nothing lasts)
 * </pre>
 */
final class ReserveLives {

  private static final String QUALIFIER = "(?:about\\s+|around\\s+|roughly\\s+|more\\s+than\\s+|over\\s+|some\\s+|up\\s+to\\s+|another\\s+|at\\s+least\\s+|nearly\\s+|almost\\s+)?";
  /** "a useful life of", "a mine life of", "the mine life will equal", "operating life to", "a life of mine (LOM) of". */
  private static final Pattern LIFE_OF = Pattern.compile(
      "(?i)\\b(?:(?:useful|mine|operating|reserve|expected|productive)\\s+(?:life|lifespan|lifetime)|life\\s*span|life[\\s-]+of[\\s-]+mine(?:\\s*\\(LOM\\))?)(?:\\s+(?:of|to|will\\s+(?:equal|be)|would\\s+be|is)\\s+|\\s*:\\s*)"
          + QUALIFIER + "$");
  /** "a 26-year mine life": the life named after the duration. */
  private static final Pattern LIFE_AFTER = Pattern.compile(
      "(?i)^[\\s-]*(?:(?:estimated|projected|expected|planned|initial|remaining)\\s+)*(?:(?:mine|reserve|operating|useful|project|production)\\s+life\\b|life\\s*span|lifetime|life[\\s-]+of[\\s-]+mine)");
  /** "deposits could be depleted in two to three years": how long until a reserve runs out. */
  private static final Pattern DEPLETED_IN = Pattern.compile(
      "(?i)\\b(?:depleted|exhausted|mined\\s+out|run\\s+out)\\s+(?:with)?in\\s+(?:the\\s+next\\s+)?" + QUALIFIER + "[‘'“\"]?$");
  /** "has the potential to produce uranium for up to 30 years", "will operate for 15 years": a mine's producing life ahead. */
  private static final Pattern PRODUCES_FOR = Pattern.compile(
      "(?i)\\b(?:to|will|would|can|could|should)\\s+(?:produce|operate)\\b[^.;]{0,60}?\\bfor\\s+" + QUALIFIER + "$");
  /** "less than two days of global consumption", "three weeks of supply": how long a stock covers use (not "of use": a battery's wear). */
  private static final Pattern COVER_AFTER = Pattern.compile(
      "(?i)^\\s+(?:worth\\s+)?of\\s+(?:(?:global|world|annual|domestic)\\s+)?(?:consumption|demand|supply)\\b");
  /** "the last three weeks of supply", "the first two years of demand": a span of the flow, not a stock's cover. */
  private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|first|last|next|past)\\s+$");
  /**
   * "sufficient … for", "enough … for", "can last up to": a stock that lasts (the verb; not "the last three months"); not
   * "sufficient for strong growth for 5 years", whose first "for" names what it suffices for (review, value9).
   */
  private static final Pattern LASTS_FOR = Pattern.compile(
      "(?i)\\b(?:sufficient|enough)\\b(?:(?!\\bfor\\b)[^.;]){0,60}?\\bfor\\s+(?:the\\s+next\\s+)?" + QUALIFIER + "$|\\b(?:(?:will|would|can|could|to|should|may|might)\\s+last|lasts|lasting)\\s+(?:for\\s+)?(?:the\\s+next\\s+)?" + QUALIFIER + "$");
  /** "the national bauxite stock can be exported for the next": a reserve noun, then a span ahead. */
  private static final Pattern RESERVE_FOR_NEXT = Pattern.compile(
      "(?i)\\b(?:reserves?|stocks?|deposits?|resources?|ore\\s+bodies|orebody)\\b[^.;]{0,120}?\\bfor\\s+the\\s+next\\s+" + QUALIFIER + "$");

  private ReserveLives() {}

  /** Whether the words before a duration ({@code left}) or after it ({@code right}) make it how long a reserve, mine or stock lasts. */
  static boolean around(String left, String right) {
    return LIFE_OF.matcher(left).find() || LASTS_FOR.matcher(left).find() || RESERVE_FOR_NEXT.matcher(left).find() || LIFE_AFTER.matcher(right).lookingAt()
        || DEPLETED_IN.matcher(left).find() || PRODUCES_FOR.matcher(left).find()
        || COVER_AFTER.matcher(right).lookingAt() && !SPAN_BEFORE.matcher(left).find();
  }
}
