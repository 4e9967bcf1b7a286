package org.claimgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.Vocab;

/**
 * Writes every quad of a dataset (all article graphs) as TriG, N-Quads or JSON-LD, sorted by
 * graph, subject, predicate and object, so the output depends only on the data.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.openExisting(Path.of("data"));
 *      OutputStream out = Files.newOutputStream(Path.of("claimgraph.trig"))) {
 *   ExportSummary s = new DatasetExporter().export(store.dataset(), ExportFormat.TRIG, out);
 * }
 * }</pre>
 *
 * <p>The quads are read in one read transaction and sorted in memory before writing.
 */
public final class DatasetExporter {

  static {
    JenaSystem.init();
  }

  /** The prefixes declared in TriG and used as the JSON-LD context. */
  public static final Map<String, String> PREFIXES = Map.of(
      "cg", CG.NS,
      "schema", Vocab.SCHEMA,
      "prov", Vocab.PROV,
      "oa", Vocab.OA,
      "unit", Vocab.QUDT_UNIT,
      "currency", Vocab.QUDT_CURRENCY,
      "rdf", RDF.uri,
      "rdfs", RDFS.uri,
      "xsd", XSD.NS);

  /** Quads in export order: graph, subject, predicate, object, each compared as N-Triples text. */
  public static final Comparator<Quad> ORDER = Comparator
      .comparing((Quad q) -> NodeFmtLib.strNT(q.getGraph()))
      .thenComparing(q -> NodeFmtLib.strNT(q.getSubject()))
      .thenComparing(q -> NodeFmtLib.strNT(q.getPredicate()))
      .thenComparing(q -> NodeFmtLib.strNT(q.getObject()));

  /**
   * Writes all quads of {@code dataset} to {@code out} in {@code format}; reads in a read
   * transaction. The stream is flushed, not closed.
   */
  public ExportSummary export(Dataset dataset, ExportFormat format, OutputStream out) {
    Objects.requireNonNull(dataset, "dataset");
    List<Quad> quads = Txn.calculateRead(dataset, () -> sortedQuads(dataset.asDatasetGraph()));
    return write(quads, format, out);
  }

  /** Writes all quads of {@code dsg} (no transaction handling: the caller's business). */
  public ExportSummary export(DatasetGraph dsg, ExportFormat format, OutputStream out) {
    return write(sortedQuads(dsg), format, out);
  }

  /** Every quad of {@code dsg}'s article graphs in {@link #ORDER} (the summary is derived: a store rebuilds it). */
  public static List<Quad> sortedQuads(DatasetGraph dsg) {
    List<Quad> quads = new ArrayList<>();
    dsg.find().forEachRemaining(q -> {
      if (!org.claimgraph.graph.StoreSummary.isSummary(q.getGraph())) quads.add(q);
    });
    quads.sort(ORDER);
    return quads;
  }

  private static ExportSummary write(List<Quad> quads, ExportFormat format, OutputStream out) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    if (format == ExportFormat.JSONLD) {
      writeJsonLd(quads, out);
    } else {
      writeStream(quads, format, out);
    }
    return new ExportSummary((int) quads.stream().map(Quad::getGraph).distinct().count(), quads.size());
  }

  /** TriG and N-Quads have streaming writers: sorted quads in, sorted text out. */
  private static void writeStream(List<Quad> quads, ExportFormat format, OutputStream out) {
    StreamRDF sink = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
    sink.start();
    sortedPrefixes().forEach(p -> sink.prefix(p.getKey(), p.getValue()));
    quads.forEach(sink::quad);
    sink.finish();
  }

  /** JSON-LD has no streaming writer: hand Jena's writer a dataset view that lists the quads in order. */
  private static void writeJsonLd(List<Quad> quads, OutputStream out) {
    DatasetGraph base = DatasetGraphFactory.createTxnMem();
    quads.forEach(base::add);
    PrefixMap prefixes = PrefixMapFactory.create();
    sortedPrefixes().forEach(p -> prefixes.add(p.getKey(), p.getValue()));
    RDFWriter.source(new InOrder(base, quads, prefixes)).format(ExportFormat.JSONLD.rdfFormat()).output(out);
  }

  private static Stream<Map.Entry<String, String>> sortedPrefixes() {
    return PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey());
  }

  /** A read-only view of a dataset that lists its quads in a fixed order. */
  private static final class InOrder extends DatasetGraphWrapper {
    private final List<Quad> quads;
    private final PrefixMap prefixes;

    InOrder(DatasetGraph base, List<Quad> quads, PrefixMap prefixes) {
      super(base);
      this.quads = List.copyOf(quads);
      this.prefixes = prefixes;
    }

    @Override
    public Iterator<Quad> find() {
      return quads.iterator();
    }

    @Override
    public Stream<Quad> stream() {
      return quads.stream();
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
      return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
      return quads.stream().filter(q -> q.matches(g, s, p, o)).iterator();
    }

    @Override
    public PrefixMap prefixes() {
      return prefixes;
    }
  }
}
