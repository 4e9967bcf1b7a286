package org.claimgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.graph.CG;

/**
 * Checks a dataset against the SHACL shapes of {@code ontology/shapes.ttl}, one article graph
 * at a time.
 *
 * <pre>{@code
 * ValidationResult r = ShapesValidator.standard().validate(store.dataset());
 * r.violations().forEach(v -> System.out.println(v.line()));
 * }</pre>
 *
 * <p>Besides the shapes, each named graph must hold exactly one {@code cg:Article} whose IRI is
 * the graph's name, and the default graph must be empty (claimgraph stores everything in
 * article graphs); SHACL sees one graph without its name, so these two checks are made here.
 */
public final class ShapesValidator {

  /** Where the shapes are on the classpath (the build copies {@code ontology/} into the jar). */
  public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";
  /** Namespace of the shapes. */
  public static final String SHAPES_NS = "https://claimgraph.org/shapes#";

  private static final Node GRAPH_RULE = NodeFactory.createURI(SHAPES_NS + "ArticleGraphRule");

  private final Shapes shapes;
  private final PrefixMapping prefixes;

  private ShapesValidator(Graph shapesGraph) {
    this.shapes = Shapes.parse(shapesGraph);
    this.prefixes = shapesGraph.getPrefixMapping();
  }

  /** The validator for {@code ontology/shapes.ttl} as shipped in the jar. */
  public static ShapesValidator standard() {
    try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) throw new IllegalStateException(SHAPES_RESOURCE + ": not on the classpath (a broken build?)");
      return of(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
    } catch (IOException e) {
      throw new UncheckedIOException(SHAPES_RESOURCE + ": cannot read the shapes", e);
    }
  }

  /** A validator for other shapes (tests, experiments). */
  public static ShapesValidator of(Graph shapesGraph) {
    return new ShapesValidator(Objects.requireNonNull(shapesGraph, "shapesGraph"));
  }

  /** Validates every graph of {@code dataset} in one read transaction. */
  public ValidationResult validate(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> validate(dataset.asDatasetGraph()));
  }

  /** Validates every graph of {@code dsg}; the caller handles transactions. */
  public ValidationResult validate(DatasetGraph dsg) {
    List<Node> graphNames = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(graphNames::add);
    graphNames.removeIf(org.claimgraph.graph.StoreSummary::isSummary); // derived data, not an article
    graphNames.sort(Comparator.comparing(Node::toString));
    List<Violation> violations = new ArrayList<>();
    ValidationReport.Builder report = ValidationReport.create();
    report.addPrefixes(prefixes);
    for (Node name : graphNames) {
      Graph graph = copy(dsg.getGraph(name));
      for (ReportEntry e : ShaclValidator.get().validate(shapes, graph).getEntries()) add(name, e, violations, report);
      for (ReportEntry e : graphRule(name, graph)) add(name, e, violations, report);
    }
    if (!dsg.getDefaultGraph().isEmpty()) {
      ReportEntry e = ruleEntry(NodeFactory.createURI(CG.ID), "the default graph holds " + dsg.getDefaultGraph().size()
          + " triples; claimgraph keeps every triple in the graph of its article");
      add(NodeFactory.createURI(CG.ID), e, violations, report);
    }
    violations.sort(Comparator.comparing((Violation v) -> v.graph().toString()).thenComparing(v -> v.focus().toString())
        .thenComparing(v -> v.path() == null ? "" : v.path()).thenComparing(Violation::message));
    return new ValidationResult(graphNames.size(), violations, report.build());
  }

  /** SPARQL over an in-memory copy is much faster than over a TDB2 graph view. */
  private static Graph copy(Graph graph) {
    Graph mem = GraphFactory.createGraphMem();
    GraphUtil.addInto(mem, graph);
    return mem;
  }

  private static List<ReportEntry> graphRule(Node name, Graph graph) {
    List<Node> articles = graph.find(Node.ANY, RDF.type.asNode(), CG.Article.asNode()).mapWith(t -> t.getSubject()).toList();
    if (articles.size() == 1 && articles.get(0).equals(name)) return List.of();
    String message = articles.isEmpty()
        ? "the graph holds no cg:Article; each named graph holds the article it is named after"
        : "the graph holds " + articles.size() + " cg:Article node(s) " + articles
            + "; it must hold exactly one, the article it is named after";
    return List.of(ruleEntry(name, message));
  }

  private static ReportEntry ruleEntry(Node focus, String message) {
    return ReportEntry.create().focusNode(focus).message(message).severity(Severity.Violation)
        .source(GRAPH_RULE).sourceConstraintComponent(GRAPH_RULE);
  }

  private void add(Node graph, ReportEntry e, List<Violation> violations, ValidationReport.Builder report) {
    report.addReportEntry(e);
    String path = e.resultPath() == null ? null : PathWriter.asString(e.resultPath(), new Prologue(prefixes));
    String message = e.message() == null ? "breaks " + e.sourceConstraintComponent() : e.message();
    violations.add(new Violation(graph, e.focusNode(), path, message, e.severity()));
  }
}
