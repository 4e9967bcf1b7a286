package org.claimgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.eval.QuantityScorer;
import org.claimgraph.figure.Figure;
import org.claimgraph.figure.QuantityFinder;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.UnitTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every unit the extractor writes is one a machine understands (issue 11): a unit of {@code
 * unit-codes.tsv} (with its QUDT IRI, or documented as having none: US cents, basis points), a
 * compound A/B of such units, or a counted noun (a lower-case word, unit:NUM) — on the figures of
 * every article of {@code corpus/} and {@code devset/}, and on the quantities of every sentence of
 * {@code devset/quantities/}.
 */
class UnitIrisIT {

  private static final UnitTable UNITS = UnitTable.get();

  /** Whether {@code unit} is a table unit, a counted noun, or a compound of those. */
  static boolean understood(String unit) {
    UnitTable.Entry e = UNITS.entry(unit);
    if (e == null) return false;
    if (e.iri() != null || UNITS.isCounted(unit) || UNITS.rows().containsKey(unit)) return true;
    int slash = unit.indexOf('/');
    return slash > 0 && understood(unit.substring(0, slash)) && understood(unit.substring(slash + 1));
  }

  @Test
  void figuresOfCorpusAndDevsetArticles() throws Exception {
    List<Path> pages = new ArrayList<>();
    for (Path dir : List.of(Path.of("..", "corpus"), Path.of("..", "devset", "tune"), Path.of("..", "devset", "heldout"))) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().matches(".*\\.(html?|txt)$") && !p.getFileName().toString().equals("README.md"))
            .sorted().forEach(pages::add);
      }
    }
    Assumptions.assumeFalse(pages.isEmpty(), "no corpus/ or devset/ articles checked out");
    Analyzer analyzer = new Analyzer();
    ArticleReader reader = new ArticleReader();
    TreeSet<String> bad = new TreeSet<>();
    int figures = 0;
    for (Path page : pages) {
      for (Figure f : analyzer.analyze(reader.read(page)).figures()) {
        figures++;
        if (!understood(f.quantity().unit())) bad.add(f.quantity().unit() + " (" + page.getFileName() + ")");
      }
    }
    assertTrue(figures > 100, figures + " figures in " + pages.size() + " articles");
    assertTrue(bad.isEmpty(), "units without a QUDT IRI that are no counted noun: " + bad);
  }

  @Test
  void quantitiesOfTheSentenceSet() throws IOException {
    Path set = Path.of("..", "devset", "quantities", "sentences.jsonl");
    Assumptions.assumeTrue(Files.exists(set), set + " is missing");
    QuantityFinder finder = new QuantityFinder(Lexicon.get());
    TreeSet<String> bad = new TreeSet<>();
    List<QuantityScorer.GoldSentence> sentences = QuantityScorer.read(Files.readAllLines(set, StandardCharsets.UTF_8), null);
    for (QuantityScorer.GoldSentence s : sentences) {
      finder.find(s.sentence(), 0).stream().map(q -> q.unit()).filter(u -> !understood(u)).forEach(bad::add);
    }
    assertTrue(sentences.size() > 1000, sentences.size() + " sentences");
    assertTrue(bad.isEmpty(), "units without a QUDT IRI that are no counted noun: " + bad);
  }
}
