package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A country a sentence names only as left out ("outside China", "excluding the Chinese market", "non-Indonesian supply") is no
 * place of its figures (resourceglobalnetwork, xnvg1b002a, techi3 were read as that country's): {@link PlaceResolver#mentions}
 * drops such a mention, and {@link #apply} keeps the figure from taking the country some other way (the page's country carried
 * to "500,000 tonnes of non-Indonesian supply" on a page about Indonesia), unless a company the sentence names is at home there
 * ("in the global market excluding China, CATL has …" is CATL's, CN). Cues: {@code excluded-places.tsv}.
 */
final class ExcludedPlaces {

  /** A cue ending right before a mention, "the", "mainland" or one lower-case word between ("outside the Chinese market"). */
  private static final Pattern LEFT_OUT = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:" + String.join("|", Tsv.read("excluded-places.tsv").stream()
      .map(r -> r.get("cue")).map(c -> c.endsWith("-") ? Pattern.quote(c) : Pattern.quote(c).replace(" ", "\\E\\s+\\Q") + "\\s+"
          + "(?:(?:the|mainland)\\s+)?").toList()) + ")$");

  private ExcludedPlaces() {}

  /** Whether the country mention starting at {@code start} of {@code sentence} is named as left out. */
  static boolean leftOut(String sentence, int start) {
    return start > 0 && LEFT_OUT.matcher(sentence.substring(Math.max(0, start - 40), start)).find();
  }

  /** The countries {@code sentence} names only as left out ({@code found}: its country mentions, as the lexicon finds them). */
  static Set<String> leftOutCodes(String sentence, List<PhraseMatcher.Match<Lexicon.Country>> found) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>();
    for (var m : found) (leftOut(sentence, m.start()) ? out : named).add(m.value().code());
    out.removeAll(named);
    return out;
  }

  /** {@code place} without the countries left out, unless one is the home of a company of the sentence ({@code homes}). */
  static List<String> apply(List<String> place, Set<String> leftOut, List<String> homes) {
    if (leftOut.isEmpty() || place.stream().noneMatch(leftOut::contains)) return place;
    List<String> kept = new ArrayList<>();
    for (String c : place) if (!leftOut.contains(c) || homes.contains(c)) kept.add(c);
    return List.copyOf(kept);
  }
}
