package org.claimgraph.figure;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * The speaker a quote's tag names with a verb of speech the attribution finder does not read as a tag (quote-tag-verbs.tsv):
 * "…,” commented Tai Wong, head of metals derivatives trading at BMO Capital Markets", "…,” announced Prime Minister Hipkins",
 * "…,” Minister Parker highlighted", "…,” S&P Global Mobility analyst Tom Libby tells Axios", "…,” Jerome was quoted as saying",
 * "…”, news agency ANI quoted Union minister Anurag Thakur as saying". Only a tag right after the closing mark: the same verbs
 * elsewhere near a quote ("the plan Tesla announced") name nobody who speaks it. The name is read as a tag with "said" would be
 * ({@link AttributionFinder#speaker}): titles, appositions and an unnamed speaker ("mentioned a smaller metals dealer") alike.
 */
final class QuoteTags {

  private QuoteTags() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The verbs, longest first, words apart by any space. */
  private static final String VERBS = Tsv.read("quote-tag-verbs.tsv").stream().map(r -> r.get("form"))
      .sorted(Comparator.comparingInt(String::length).reversed())
      .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  /** "…,” commented Tai Wong, …": the verb, then a capitalized name. */
  private static final Pattern VERB_FIRST = Pattern.compile("^[\\s”\"’]*,?\\s*(?i:" + VERBS + ")\\s+(?=\\p{Lu})");
  /** "…,” Minister Parker highlighted", "…,” the county’s mining Minister Winston Chitando remarked": up to seven words, then the verb. */
  private static final Pattern NAME_FIRST = Pattern.compile(
      "^[\\s”\"’]*,?\\s*((?:the\\s+[\\p{L}&’'.-]+|\\p{Lu}[\\p{L}&’'.-]*)(?:\\s+[\\p{L}&’'.-]+){0,6}?)\\s+(?:" + VERBS + ")\\b");
  /** A verb in the past tense by its form ("disclosed", "posited", "expounded"). */
  static final String PAST_VERB = "\\p{Ll}{3,}ed";
  /**
   * What may follow a tag's verb: the sentence's end, or when, where or to whom it was said ("… expounded on Wednesday", "…
   * disclosed during the session", "… mentioned while visiting"): a verb with an object after it is no tag.
   */
  static final String TAG_END = "(?=\\s*(?:[.;]|$)|,?\\s+(?:while|during|on|at|in|when|after|before|to|yesterday|today|last|this|earlier|recently)\\b)";
  /**
   * "…,” the natural resources minister disclosed.", "…,” the coordinating minister expounded.": a tag is known by where it
   * stands, not by its verb's word: right after the closing mark, a subject of up to seven words and a verb in the past (-ed)
   * that ends the sentence or is followed only by when, where or to whom it was said. Writers vary the verb ("posited",
   * "expounded", "disclosed"); the place after a quote and the sentence ending there make it a tag.
   */
  private static final Pattern NAME_FIRST_ANY_VERB = Pattern.compile(
      "^[\\s”\"’]*,?\\s*((?:the\\s+[\\p{L}&’'.-]+|\\p{Lu}[\\p{L}&’'.-]*)(?:\\s+[\\p{L}&’'.-]+){0,6}?)\\s+(?:" + PAST_VERB + ")" + TAG_END);
  /**
   * "…”, Leod Paul Batolo, the director and CEO of the Comilog Group says.", "…,” Vincent Karega, the natural resources minister
   * told Reuters in December.": a name, its description opened by an article, and the verb with the description's closing comma
   * left out. Read as one tag only when the words before the comma are a person's name.
   */
  private static final Pattern NAME_DESCRIBED = Pattern.compile(
      "^[\\s”\"’]*,?\\s*(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|van|von|da|del|bin)){1,3}),\\s+(?:the|a|an)\\s+[^,.;\"“”]{3,90}?\\s+"
          + "(?:said|says|told|tells|added|adds|noted|notes|explained|explains|stated|states|wrote|writes|" + VERBS + ")\\b");
  /** "…”, news agency ANI quoted Union minister Anurag Thakur as saying". */
  private static final Pattern QUOTED_AS = Pattern.compile(
      "^[\\s”\"’]*,?\\s*(?:[\\p{L}&’'.-]+\\s+){0,4}?quoted\\s+((?:[\\p{L}&’'.-]+\\s+){0,5}?\\p{Lu}[\\p{L}’'.-]*)\\s+as\\s+saying\\b");
  /** Words that make the words before a verb a clause of the writer's, not a tag: "…” and the plan Tesla announced". */
  private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "as", "after", "before", "while", "when", "which", "that",
      "who", "because", "if", "to", "in", "on", "at", "for", "with", "from", "by", "is", "was", "were", "are", "has", "have", "had",
      "it", "its", "they", "their", "we", "he", "she", "this", "these", "plan", "plans");

  /**
   * The speaker the tag at the start of {@code after} (the text right after a closing quote mark) names, or null. The name
   * alone: the person's title is the one the article's entities give ("Minister" of "Minister Parker highlighted" beside
   * "Transport Minister David Parker" would be a second title, listing each of the person's figures twice in the store).
   */
  static Speaker speaker(String after) {
    return speaker(after, false);
  }

  /** As {@link #speaker(String)}; {@code closed}: the quote ended its sentence with a full stop ("….” Exports increased …"). */
  static Speaker speaker(String after, boolean closed) {
    Speaker sp = tagged(after, closed);
    return sp == null ? null : new Speaker(sp.name(), null, null);
  }

  private static Speaker tagged(String after, boolean closed) {
    Matcher m = VERB_FIRST.matcher(after);
    if (m.lookingAt()) return AttributionFinder.speaker("” said " + after.substring(m.end()));
    m = NAME_DESCRIBED.matcher(after);
    if (m.lookingAt() && AttributionFinder.isPersonName(m.group(1))) return new Speaker(m.group(1), null, null);
    m = QUOTED_AS.matcher(after);
    if (m.lookingAt()) return AttributionFinder.speaker("” " + m.group(1) + " said.");
    m = NAME_FIRST.matcher(after);
    if (m.lookingAt() && !clause(m.group(1))) return AttributionFinder.speaker("” " + m.group(1) + " said.");
    m = NAME_FIRST_ANY_VERB.matcher(after);
    // A tag by position only: after a quote closed with a full stop, a capitalized subject starts the writer's next sentence
    // ("….” Exports increased to $27.6 billion in March."), whatever its verb.
    if (m.lookingAt() && !clause(m.group(1)) && !(closed && Character.isUpperCase(m.group(1).charAt(0)))) return AttributionFinder.speaker("” " + m.group(1) + " said.");
    return null;
  }

  private static boolean clause(String words) {
    for (String w : SPACES.split(words)) if (CLAUSE_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
    return false;
  }
}
