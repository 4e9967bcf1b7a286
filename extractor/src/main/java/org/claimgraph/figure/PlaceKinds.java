package org.claimgraph.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A place named with its kind of subdivision, which names no source (credit28c): "statistics from the former Thai Binh province
 * – now part of Hung Yen province – show" (xetoday, devset/GUIDELINES.md fresh22 call 30), "data from Lualaba Province". The
 * lexicon's countries and regions are places already ({@link Credits#isPlace}); a province, district or city the lexicon does
 * not list is known by the word after its name (place-kinds.tsv). Only a phrase that is the name and nothing else: "the
 * Lualaba Province Mining Division" and "the Department of Statistics" name bodies.
 */
final class PlaceKinds {

  private static final Set<String> KINDS = Tsv.read("place-kinds.tsv").stream().map(r -> r.get("word")).collect(Collectors.toSet());
  /** "the former Thai Binh province": an article, at most one lower-case word ("former"), capitalized words, the kind last. */
  private static final Pattern NAMED = Pattern.compile(
      "^(?:[Tt]he\\s+)?(?:\\p{Ll}+\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(\\p{L}+)$");

  private PlaceKinds() {}

  /** Whether {@code phrase} is a place's name with its kind of subdivision after it, and no more. */
  static boolean names(String phrase) {
    if (phrase == null) return false;
    Matcher m = NAMED.matcher(phrase.strip());
    return m.matches() && KINDS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
