package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.fixture.FigureFixture;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.Iris;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every IRI written is valid: each export, including an article whose page URL holds characters
 * IRIs do not allow, loads in Jena's RIOT with strict checking and no warning at all.
 */
class ValidIrisTest {

  static final String BAD_URL = "https://www.example.com/news/rare-earths-[[Special-Topic]]?x=1&y=a b|c";

  /** RIOT's strict parse; every warning and error is collected. */
  static List<String> strictProblems(byte[] export, Lang lang) {
    List<String> problems = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(String message, long line, long col) {
        problems.add("warning " + line + ":" + col + " " + message);
      }

      @Override
      public void error(String message, long line, long col) {
        problems.add("error " + line + ":" + col + " " + message);
      }

      @Override
      public void fatal(String message, long line, long col) {
        problems.add("fatal " + line + ":" + col + " " + message);
        throw new IllegalStateException(message);
      }
    };
    RDFParser.source(new ByteArrayInputStream(export)).lang(lang).checking(true).strict(true).errorHandler(collect)
        .parse(StreamRDFLib.sinkNull());
    return problems;
  }

  static DatasetGraph withBadUrl() throws Exception {
    Article read = new ArticleReader().readText("special.txt", "special.txt",
        "China exported 5,577 tonnes of rare earth magnets in July 2025, customs data showed.");
    Article a = new Article(read.id(), read.source(), "Special topic", "Example News", List.of("A. Writer"),
        LocalDate.of(2025, 8, 1), BAD_URL, "en", read.text(), read.paragraphs());
    DatasetGraph dsg = FigureFixture.mapped();
    var sink = StreamRDFLib.dataset(dsg);
    sink.start();
    new GraphMapper().map(a, "fp", sink);
    sink.finish();
    return dsg;
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void everyExportPassesStrictValidation(ExportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DatasetExporter().export(withBadUrl(), format, out);
    Lang lang = switch (format) {
      case TRIG -> Lang.TRIG;
      case NQUADS -> Lang.NQUADS;
      case JSONLD -> Lang.JSONLD11;
    };
    assertEquals(List.of(), strictProblems(out.toByteArray(), lang));
    assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("rare-earths-%5B%5BSpecial-Topic%5D%5D?x=1&y=a%20b%7Cc"),
        "the page URL is kept, percent-encoded");
  }

  @Test
  void urlsAreMadeValidIrisOrLeftOut() {
    assertEquals("https://x.org/a-%5B%5BSpecial-Topic%5D%5D?x=1", Iris.web("https://x.org/a-[[Special-Topic]]?x=1"));
    assertEquals("https://x.org/caf\u00e9", Iris.web("https://x.org/caf\u00e9"), "non-ASCII letters are allowed in IRIs as they are");
    assertEquals("https://x.org/50%25-off?q=%7B%7D", Iris.web("https://x.org/50%-off?q={}"));
    assertEquals("https://x.org/already%20encoded", Iris.web("https://x.org/already%20encoded"));
    assertEquals("http://[::1]:8080/p", Iris.web("http://[::1]:8080/p"));
    assertNull(Iris.web(null));
  }
}
