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

/**
 * The reader's body text against the hand-made bodies of the evaluation set in
 * {@code src/test/resources/bodies} (built by {@code tools/bodies/make_pages.py}), scored with
 * token-shingle P/R/F1. Prints the scores and each page under 0.95; fails when the mean F1 falls
 * below the floor, so a change that makes bodies worse does not pass unnoticed.
 *
 * <p>Run with {@code -Dbodies.out=DIR} to also write each extracted body to {@code DIR/NAME.txt}.
 */
class BodyEvalTest {

  static final Path DIR = Path.of("src", "test", "resources", "bodies");
  /** The mean F1 this reader reached when the floor was set, less a small margin. */
  static final double F1_FLOOR = 0.99;

  @Test
  void bodiesMatchTheHandMadeOnes() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "no evaluation set at " + DIR.toAbsolutePath());
    List<Path> pages;
    try (Stream<Path> s = Files.list(DIR)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() >= 60, "the evaluation set has " + pages.size() + " pages");
    String out = System.getProperty("bodies.out");
    ArticleReader reader = new ArticleReader();
    List<ShingleScore> scores = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Path page : pages) {
      String name = page.getFileName().toString().replaceFirst("\\.html$", "");
      String gold = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
      String text;
      try {
        text = reader.read(page).text();
      } catch (ArticleException e) {
        text = "";
      }
      if (out != null) {
        Files.createDirectories(Path.of(out));
        Files.writeString(Path.of(out, name + ".txt"), text + "\n", StandardCharsets.UTF_8);
      }
      ShingleScore s = ShingleScore.of(gold, text);
      scores.add(s);
      if (s.f1() < 0.95) report.append(String.format(Locale.ROOT, "  %-45s %s%n", name, s));
    }
    ShingleScore mean = ShingleScore.mean(scores);
    System.out.printf(Locale.ROOT, "body text, %d pages: %s%n%s", pages.size(), mean, report);
    assertEquals(pages.size(), scores.size());
    assertTrue(mean.f1() >= F1_FLOOR, "mean " + mean + " is below the floor " + F1_FLOOR + "\n" + report);
  }
}
