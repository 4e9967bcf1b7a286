import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.article.ArticleReader;

/**
 * Writes the reader's body text of each page in a folder to OUT/NAME.txt (empty when the page is
 * refused), for scoring with ScoreDir:
 * {@code java -cp CLASSPATH tools/bodies/ExtractDir.java PAGES OUT}.
 */
public class ExtractDir {
  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    ArticleReader reader = new ArticleReader();
    List<Path> pages;
    try (Stream<Path> s = Files.list(in)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String text;
      try {
        text = reader.read(page).text();
      } catch (Exception e) {
        text = "";
      }
      Files.writeString(out.resolve(page.getFileName().toString().replaceFirst("\\.html$", ".txt")), text + "\n",
          StandardCharsets.UTF_8);
    }
  }
}
