package org.claimgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;

/**
 * Runs SPARQL queries read-only over a store's dataset. The default graph is the union of the
 * article graphs, so {@code SELECT * { ?s ?p ?o }} sees everything; {@code GRAPH ?g { … }}
 * still selects single articles.
 *
 * <pre>{@code
 * Query q = QueryRunner.parse("SELECT ?t { ?a schema:headline ?t }", "-e");
 * new QueryRunner().run(store.dataset(), q, ResultFormat.CSV, System.out);
 * }</pre>
 */
public final class QueryRunner {

  private static final Pattern POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

  /** Parses a SPARQL query; {@code source} names it in error messages (a file name or "-e"). */
  public static Query parse(String text, String source) throws QuerySyntaxException {
    try {
      return QueryFactory.create(text, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        throw new QuerySyntaxException(source + ": this is a SPARQL update; claimgraph query is read-only"
            + " (the store changes only through ingest)", -1, -1);
      }
      String first = String.valueOf(e.getMessage()).strip().split("\\R")[0];
      int line = e.getLine();
      int column = e.getColumn();
      // The message's own position points at the offending token; the exception's may not.
      Matcher at = POSITION.matcher(first);
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
        column = Integer.parseInt(at.group(2));
        first = (first.substring(0, at.start()) + first.substring(at.end())).strip();
      }
      String where = line > 0 ? " at line " + line + ", column " + column : "";
      throw new QuerySyntaxException(source + ": syntax error" + where + ": " + first, line, column);
    }
  }

  private static boolean isUpdate(String text) {
    try {
      UpdateFactory.create(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Runs {@code query} in a read transaction and writes its results to {@code out}; fails with an
   * {@link IllegalArgumentException} before running when the format does not fit the query form
   * (Turtle for a SELECT, CSV for a CONSTRUCT).
   */
  public void run(Dataset dataset, Query query, ResultFormat format, OutputStream out) {
    checkFits(query, format);
    Txn.executeRead(dataset, () -> {
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
          .set(TDB2.symUnionDefaultGraph, true).build()) {
        write(qe, query, format, out);
      }
    });
  }

  private static void checkFits(Query query, ResultFormat format) {
    boolean graph = query.isConstructType() || query.isDescribeType();
    if (graph && (format == ResultFormat.CSV || format == ResultFormat.TSV)) {
      throw new IllegalArgumentException("CONSTRUCT and DESCRIBE return a graph: use --format turtle, ntriples, jsonld,"
          + " table (Turtle), json (JSON-LD) or xml (RDF/XML)");
    }
    if (!graph && format.graphOnly()) {
      throw new IllegalArgumentException((query.isAskType() ? "ASK" : "SELECT") + " returns results, not a graph:"
          + " use --format table, csv, tsv, json or xml");
    }
  }

  /**
   * As {@link #run}, asking the SPARQL endpoint at {@code endpoint} (a running {@code claimgraph
   * serve}'s {@code /sparql}) and writing its answer in {@code format} as a local run would.
   */
  public void runRemote(String endpoint, Query query, ResultFormat format, OutputStream out) {
    checkFits(query, format);
    try (QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(endpoint).query(query).build()) {
      write(qe, query, format, out);
    }
  }

  private static void write(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
    if (query.isSelectType()) {
      writeSelect(qe.execSelect(), query, format, out);
    } else if (query.isAskType()) {
      writeAsk(qe.execAsk(), format, out);
    } else if (query.isConstructType()) {
      writeGraph(qe.execConstruct(), format, out);
    } else if (query.isDescribeType()) {
      writeGraph(qe.execDescribe(), format, out);
    } else {
      throw new IllegalArgumentException("unsupported query form: " + query.queryType());
    }
  }

  private static void writeSelect(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
      case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
      case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
      case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
      case XML -> ResultSetFormatter.outputAsXML(out, rs);
      case TURTLE, NTRIPLES, JSONLD -> throw new IllegalStateException("checked before running");
    }
  }

  private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> {
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        p.println(answer ? "yes" : "no");
        p.flush();
      }
      case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
      case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
      case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
      case XML -> ResultSetFormatter.outputAsXML(out, answer);
      case TURTLE, NTRIPLES, JSONLD -> throw new IllegalStateException("checked before running");
    }
  }

  private static void writeGraph(Model model, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE, TURTLE -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
      case JSON, JSONLD -> RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
      case XML -> RDFDataMgr.write(out, model, Lang.RDFXML);
      case NTRIPLES -> sortedNTriples(model, out);
      case CSV, TSV -> throw new IllegalStateException("checked before running");
    }
  }

  /** N-Triples, one triple a line, lines sorted, so that equal graphs print alike. */
  private static void sortedNTriples(Model model, OutputStream out) {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    RDFDataMgr.write(buffer, model, RDFFormat.NTRIPLES_UTF8);
    String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
    java.util.Arrays.sort(lines);
    PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
    for (String line : lines) if (!line.isEmpty()) p.print(line + "\n");
    p.flush();
  }
}
