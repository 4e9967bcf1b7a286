package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files pin what the reader extracts from every corpus page: the clean text
 * ({@code golden/articles/NAME.txt}) and the metadata ({@code NAME.meta.json}).
 *
 * <p>To regenerate after an intended change: {@code mvn -pl extractor test -Dtest=CorpusGoldenTest
 * -Dgolden.update=true}, then review the diff with {@code git diff extractor/src/test/resources/golden}.
 */
class CorpusGoldenTest {

  static final Path CORPUS = Path.of("..", "corpus");
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "articles");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Path> pages() throws IOException {
    assertTrue(Files.isDirectory(CORPUS), "the corpus folder is missing: " + CORPUS.toAbsolutePath());
    List<Path> pages;
    try (Stream<Path> s = Files.list(CORPUS)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertFalse(pages.isEmpty(), "no .html pages in " + CORPUS);
    return pages.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void cleanTextAndMetadataMatchTheGoldenFiles(Path page) throws Exception {
    Article a = new ArticleReader().read(page);
    String name = a.docName();
    Path text = GOLDEN.resolve(name + ".txt");
    Path meta = GOLDEN.resolve(name + ".meta.json");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(text, a.text() + "\n", StandardCharsets.UTF_8);
      Files.writeString(meta, metaJson(a) + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(text, StandardCharsets.UTF_8), a.text() + "\n", "clean text of " + page);
    JsonObject expected = Json.createReader(new StringReader(Files.readString(meta, StandardCharsets.UTF_8))).readObject();
    JsonObject actual = Json.createReader(new StringReader(metaJson(a))).readObject();
    assertEquals(expected, actual, "metadata of " + page);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyGoldenParagraphIsASeedLine(Path page) throws Exception {
    // The article's own sentences stay exactly as in the seed texts of ../shared/seeds.
    Path seed = Path.of("..", "..", "shared", "seeds", page.getFileName().toString().replace(".html", ".txt"));
    assumeTrue(Files.exists(seed), "no seed text " + seed + " (a checkout without shared/ beside it): the seed check is skipped");
    String seedText = Files.readString(seed, StandardCharsets.UTF_8);
    Article a = new ArticleReader().read(page);
    for (Paragraph p : a.paragraphs()) {
      String t = a.paragraphText(p);
      assertTrue(seedText.contains(t), "not a seed line of " + seed + ": " + t);
    }
  }

  static String metaJson(Article a) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("title", a.title() == null ? JsonValue.NULL : Json.createValue(a.title()));
    b.add("publisher", a.publisher() == null ? JsonValue.NULL : Json.createValue(a.publisher()));
    var authors = Json.createArrayBuilder();
    a.authors().forEach(authors::add);
    b.add("authors", authors);
    b.add("date", a.date() == null ? JsonValue.NULL : Json.createValue(a.date().toString()));
    b.add("url", a.url() == null ? JsonValue.NULL : Json.createValue(a.url()));
    b.add("language", a.language() == null ? JsonValue.NULL : Json.createValue(a.language()));
    return b.build().toString();
  }
}
