import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.eval.ShingleScore;

/**
 * Scores a folder of extracted bodies (NAME.txt, e.g. from a baseline extractor) against the
 * hand-made ones of the evaluation set with the reader's token-shingle scorer:
 * {@code java -cp extractor/target/classes tools/bodies/ScoreDir.java extractor/src/test/resources/bodies OUT}.
 * A missing extraction scores 0.
 */
public class ScoreDir {
  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args[0]);
    Path pred = Path.of(args[1]);
    List<ShingleScore> scores = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> s = Files.list(gold)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String name = page.getFileName().toString().replaceFirst("\\.html$", ".txt");
      Path x = pred.resolve(name);
      String extracted = Files.exists(x) ? Files.readString(x, StandardCharsets.UTF_8) : "";
      ShingleScore sc = ShingleScore.of(Files.readString(gold.resolve(name), StandardCharsets.UTF_8), extracted);
      scores.add(sc);
      if (args.length > 2) System.out.println(name + "  " + sc);
    }
    System.out.println(pages.size() + " pages: " + ShingleScore.mean(scores));
  }
}
