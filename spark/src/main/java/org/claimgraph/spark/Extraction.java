package org.claimgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.claimgraph.analysis.Analyzer;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Figure;
import org.claimgraph.relate.FigureKeys;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.Iris;
import org.claimgraph.ingest.SparkEntries;
import org.claimgraph.ingest.WarcSource;
import org.claimgraph.search.IndexedArticles;

/**
 * One entry through ingest's steps on an executor: read, annotate and extract with the JVM's one
 * CoreNLP pipeline ({@code org.claimgraph.nlp.Pipelines}, built by the first task of each executor
 * JVM and shared by its task threads), then map to quads with ingest's {@link GraphMapper}.
 *
 * <pre>{@code
 * ArticleOutput out = Extraction.run(task, Set.of());   // Set: fingerprints already stored
 * }</pre>
 */
public final class Extraction {

  private static volatile Analyzer analyzer;

  private Extraction() {}

  /** The executor JVM's analyzer, built on first use. */
  static Analyzer analyzer() {
    Analyzer a = analyzer;
    if (a == null) {
      synchronized (Extraction.class) {
        a = analyzer;
        if (a == null) analyzer = a = new Analyzer();
      }
    }
    return a;
  }

  /**
   * Runs one entry; {@code stored} holds the fingerprints of the articles the store already has: the
   * same bytes (under any name) skip annotation, and ingest would leave the stored graph as it is;
   * {@code hadoop} configures the file systems of entries given as Hadoop URIs.
   */
  public static ArticleOutput run(SparkEntries.Task task, Set<String> stored, HadoopSources.Settings hadoop) {
    String label = task.label();
    try {
      WarcSource.Loaded loaded = HadoopSources.load(task, hadoop);
      String fingerprint = SparkEntries.fingerprint(loaded.bytes());
      if (stored.contains(fingerprint)) {
        return ArticleOutput.unchanged(task.order(), label, task.name(), fingerprint);
      }
      Article article = new ArticleReader().read(label, task.name(), loaded.bytes(), loaded.hints());
      ArticleAnalysis analysis = analyzer().analyze(article);
      return output(task.order(), label, analysis, fingerprint);
    } catch (ArticleException e) {
      return ArticleOutput.failed(task.order(), label, task.name(), e.getMessage());
    } catch (RuntimeException e) {
      return ArticleOutput.failed(task.order(), label, task.name(), task.file() + ": cannot analyse (" + e + ")");
    }
  }

  /** The outputs of an analysed article. */
  static ArticleOutput output(int order, String label, ArticleAnalysis analysis, String fingerprint) {
    Article article = analysis.article();
    String iri = Iris.article(article.id());
    List<String> figures = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Figure f : analysis.figures()) {
      String json = FigureRecord.of(article, iri, f).toJsonLine();
      figures.add(json);
      String figureIri = Iris.figure(article.id(), f.evidence().start(), f.evidence().end());
      for (String k : FigureKeys.of(f.quantity().value(), f.quantity().valueMax(), f.evidence().quote(), f.quantity().unit(),
          f.kind().label(), f.period(), f.place(), f.measure())) {
        keys.add(k + "\t" + figureIri + "\t" + json);
      }
    }
    return new ArticleOutput(order, label, article.id(), article.source(), fingerprint, nquads(analysis, fingerprint),
        figures, keys, ArticleOutput.Indexed.of(IndexedArticles.of(analysis)), analysis.tokens(), null, false);
  }

  /** The article graph as N-Quads lines, distinct and sorted: the same bytes for the same article. */
  static List<String> nquads(ArticleAnalysis analysis, String fingerprint) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    StreamRDF out = StreamRDFLib.writer(buf);
    out.start();
    new GraphMapper().map(analysis, fingerprint, out);
    out.finish();
    Set<String> lines = new TreeSet<>();
    for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) lines.add(line);
    }
    return List.copyOf(lines);
  }
}
