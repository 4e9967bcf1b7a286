package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.claimgraph.bench.SyntheticArticles;
import org.junit.jupiter.api.Test;

/** {@link Marks} marks a snippet exactly as Lucene's Highlighter with the search's QueryScorer did. */
class MarksTest {

  private static final Analyzer ANALYZER = Fields.analyzer();

  /** What search showed before: the Highlighter's fragment, or the escaped sentence when nothing matched. */
  private static String highlighted(Query q, String sentence) throws Exception {
    Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(q));
    h.setTextFragmenter(new NullFragmenter());
    String marked = h.getBestFragment(ANALYZER, Fields.TEXT, sentence);
    return marked == null ? new SimpleHTMLEncoder().encodeText(sentence) : marked;
  }

  @Test
  void marksAsTheHighlighterDid() throws Exception {
    List<String> sentences = new ArrayList<>(List.of(
        "Rare earth magnets & \"wind turbines\" <cost> 5,577 tonnes in Germany's lithium plants.",
        "The wind of the turbines; wind turbines, wind-turbines and WIND TURBINES.",
        "Export licences for gallium (Ga) and germanium were required from 1 August 2023 — Beijing said.",
        "Congo's cobalt, the Congolese miners and Congo-Brazzaville: refiners in Asia bought 60.4% of it.",
        "Prices were volatile; the price of rare earths rose while rare-earth magnet exports fell by 12.5 per cent.",
        "Defence stockpiles of tungsten, défense and Zürich's 1,000 t: 'defence' is the British spelling.",
        "", "the of and", "export export licences licences licence licensing"));
    SyntheticArticles gen = new SyntheticArticles(7);
    for (int i = 0; i < 60; i++) {
      IndexedArticle a = IndexedArticles.of(gen.article(i));
      for (IndexedArticle.Sentence s : a.sentences()) sentences.add(a.text().substring(s.start(), s.end()));
    }
    int compared = 0;
    int withMarks = 0;
    for (String q : List.of("export licences", "rare earth magnets", "gallium", "stockpiles", "\"wind turbines\"",
        "Germany lithium", "defence", "refiners Asia", "cobalt Congo*", "volatile prices", "China", "title:magnets",
        "tonnes OR percent", "lithium NOT China", "lithium -wind", "\"rare earth\" magnets", "\"rare earth magnets\"",
        "\"the wind\"", "\"wind\"", "figures:tonnes", "export* licen*", "\"wind turbines\" turbines", "exact:Germany's",
        "5,577", "60.4%", "rare AND (earth OR magnet)", "+rare +earth -china")) {
      Query query = SearchService.parse(q);
      Marks marks = Marks.of(query, ANALYZER);
      assertNotNull(marks, q);
      for (String s : sentences) {
        String m = marks.mark(s);
        assertEquals(highlighted(query, s), m, q + " | " + s);
        compared++;
        if (m.contains("<mark>")) withMarks++;
      }
    }
    assertTrue(compared > 5000 && withMarks > 500, compared + " sentences compared, " + withMarks + " marked");
  }

  @Test
  void leavesOtherQueriesToTheHighlighter() {
    for (String q : List.of("turbin~", "\"wind turbines\"~2", "wind^2 turbines", "te?t", "date:[2024 TO 2025]",
        "\"rare of earth\"")) {
      assertNull(Marks.of(SearchService.parse(q), ANALYZER), q);
    }
  }
}
