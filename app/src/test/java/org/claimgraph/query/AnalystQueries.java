package org.claimgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** The analyst queries of the top-level {@code queries/} folder, for tests: listing, reading, running. */
public final class AnalystQueries {

  /** The folder, relative to the app module. */
  public static final Path DIR = Path.of("..", "queries");

  private AnalystQueries() {}

  /** The {@code .rq} files, sorted by name. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(DIR + ": cannot list the queries", e);
    }
  }

  /** The text of {@code queries/NAME}. */
  public static String text(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(DIR.resolve(name) + ": cannot read", e);
    }
  }

  /** Parses with standard SPARQL 1.1 syntax (no ARQ extensions), as any client would. */
  public static Query parse(String text) {
    return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
  }

  /**
   * Runs a SELECT query on {@code dataset} as it is (no union default graph) and returns one
   * line per solution: the values of {@code vars} joined by " | ". A literal shows as its
   * lexical form (an xsd:decimal in canonical form: 619.0 → 619), an IRI in full, an unbound
   * variable as "-".
   */
  public static List<String> rows(Dataset dataset, String queryText, String... vars) {
    Query query = parse(queryText);
    return Txn.calculateRead(dataset, () -> {
      List<String> out = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
        ResultSet rs = qe.execSelect();
        List<String> shown = vars.length == 0 ? rs.getResultVars() : List.of(vars);
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          out.add(shown.stream().map(v -> show(s.get(v))).collect(Collectors.joining(" | ")));
        }
      }
      return out;
    });
  }

  /** A value as {@link #rows} shows it. */
  public static String show(RDFNode n) {
    if (n == null) return "-";
    if (n.isResource()) return n.isURIResource() ? n.asResource().getURI() : n.toString();
    Literal l = n.asLiteral();
    if (XSDDatatype.XSDdecimal.getURI().equals(l.getDatatypeURI())) {
      return new BigDecimal(l.getLexicalForm()).stripTrailingZeros().toPlainString();
    }
    return l.getLexicalForm();
  }
}
