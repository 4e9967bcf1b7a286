package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * The mines a text names and their countries (mines.tsv): a mine's output is its country's, whoever operates it
 * (devset/GUIDELINES.md, "Places": "mine output: the mine's country (Codelco, Escondida → CL)"). Read beside the companies
 * where a sentence names no country ("Escondida … fell 0.7% year-on-year to 104,900 tons" → CL), but not as a company
 * reporting its results ("Syrah Resources, which operates in the Balama district, … recorded losses" stays Syrah's AU).
 */
final class MinePlaces {

  private MinePlaces() {}

  static PhraseMatcher<String> matcher() {
    Map<String, String> m = new LinkedHashMap<>();
    for (var row : Tsv.read("mines.tsv")) m.putIfAbsent(row.get("form"), row.get("country"));
    return new PhraseMatcher<>(m);
  }

  /** The countries of {@code companies} and {@code mines} in text order (a mine inside a company's name is the company's). */
  static List<String> withMines(List<PhraseMatcher.Match<String>> companies, List<PhraseMatcher.Match<String>> mines) {
    List<PhraseMatcher.Match<String>> all = new ArrayList<>(companies);
    for (var m : mines) if (companies.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) all.add(m);
    all.sort(Comparator.comparingInt(PhraseMatcher.Match::start));
    return all.stream().map(PhraseMatcher.Match::value).toList();
  }
}
