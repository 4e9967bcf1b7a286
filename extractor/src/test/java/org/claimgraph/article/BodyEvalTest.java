package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimgraph.eval.ShingleScore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader's body text against the hand-made bodies of the evaluation sets in
 * {@code src/test/resources/bodies}, {@code bodies-heldout} and {@code bodies-heldout2} (composed pages built by
 * {@code tools/bodies/make_pages.py}, {@code make_heldout.py}, {@code make_heldout2.py}) and of the real saved
 * pages in {@code devset/bodies-real} (five splits), scored with token-shingle P/R/F1. Prints the scores and each page under 0.95; fails when the mean F1 falls below the
 * set's floor, so a change that makes bodies worse does not pass unnoticed.
 *
 * <p>Run with {@code -Dbodies.out=DIR} to also write each extracted body to {@code DIR/NAME.txt}.
 */
class BodyEvalTest {

  /** The mean F1 the reader reached when the floors were set (1.000, 0.986, 1.000), less a margin. */
  @ParameterizedTest
  @CsvSource({"bodies, 0.99", "bodies-heldout, 0.975", "bodies-heldout2, 0.99"})
  void bodiesMatchTheHandMadeOnes(String set, double floor) throws IOException {
    score(Path.of("src", "test", "resources", set), set, 60, floor);
  }

  /**
   * The real saved pages of {@code devset/bodies-real} (see its SOURCES*.tsv), split before they
   * were scored: the reader is tuned on {@code tune}, {@code tune-b} and (since round 2, when it
   * became development data) {@code heldout-b}; {@code heldout-c} was never tuned on (first runs,
   * 0.865 and 0.980, are in first-run.tsv). Golds follow one convention: the headline is the
   * article's title, not body text; the standfirst is body text. The floors are the mean F1 when
   * they were set (tune 0.993, heldout 0.992, tune-b 0.966, heldout-b 0.982, heldout-c 0.982),
   * less a margin.
   */
  @ParameterizedTest
  @CsvSource({"tune, 0.985, 11", "heldout, 0.98, 5", "tune-b, 0.96, 15", "heldout-b, 0.97, 15", "heldout-c, 0.975, 16"})
  void realPagesMatchTheHandMadeBodies(String split, double floor, int minPages) throws IOException {
    score(Path.of("..", "devset", "bodies-real", split), "bodies-real-" + split, minPages, floor);
  }

  /** All real pages together (62 at 0.981 when set): the number the hidden set is compared with. */
  @Test
  void allRealPagesTogether() throws IOException {
    Path root = Path.of("..", "devset", "bodies-real");
    Assumptions.assumeTrue(Files.isDirectory(root), "no real pages at " + root.toAbsolutePath());
    List<ShingleScore> scores = new ArrayList<>();
    for (String split : List.of("tune", "heldout", "tune-b", "heldout-b", "heldout-c")) {
      scores.addAll(scoreEach(root.resolve(split), null, null));
    }
    ShingleScore mean = ShingleScore.mean(scores);
    System.out.printf(Locale.ROOT, "body text, all real pages, %d pages: %s%n", scores.size(), mean);
    assertTrue(scores.size() >= 62, "only " + scores.size() + " real pages");
    assertTrue(mean.f1() >= 0.97, "mean " + mean + " is below the floor 0.97");
  }

  private static void score(Path dir, String set, int minPages, double floor) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(dir), "no evaluation set at " + dir.toAbsolutePath());
    StringBuilder report = new StringBuilder();
    List<ShingleScore> scores = scoreEach(dir, set, report);
    assertTrue(scores.size() >= minPages, "the evaluation set has " + scores.size() + " pages");
    ShingleScore mean = ShingleScore.mean(scores);
    System.out.printf(Locale.ROOT, "body text, %s, %d pages: %s%n%s", set, scores.size(), mean, report);
    assertTrue(mean.f1() >= floor, "mean " + mean + " is below the floor " + floor + "\n" + report);
  }

  /**
   * Scores every page of {@code dir}; with a {@code report}, notes each page under 0.95, and with
   * {@code -Dbodies.out} writes each extracted body to {@code OUT/set/NAME.txt}.
   */
  private static List<ShingleScore> scoreEach(Path dir, String set, StringBuilder report) throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.list(dir)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    String out = set == null ? null : System.getProperty("bodies.out");
    ArticleReader reader = new ArticleReader();
    List<ShingleScore> scores = new ArrayList<>();
    for (Path page : pages) {
      String name = page.getFileName().toString().replaceFirst("\\.html$", "");
      String gold = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
      String text;
      try {
        text = reader.read(page).text();
      } catch (ArticleException e) {
        text = "";
      }
      if (out != null) {
        Files.createDirectories(Path.of(out, set));
        Files.writeString(Path.of(out, set, name + ".txt"), text + "\n", StandardCharsets.UTF_8);
      }
      ShingleScore s = ShingleScore.of(gold, text);
      scores.add(s);
      if (report != null && s.f1() < 0.95) report.append(String.format(Locale.ROOT, "  %-45s %s%n", name, s));
    }
    assertEquals(pages.size(), scores.size());
    return scores;
  }
}
