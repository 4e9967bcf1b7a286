package org.claimgraph.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.claimgraph.graph.StoreException;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.QuerySyntaxException;
import org.claimgraph.query.ResultFormat;
import org.claimgraph.service.Claimgraph;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph query [--store DIR] [--format …] (FILE.rq | -e 'SPARQL')} */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store, read-only.",
        "The default graph is the union of all article graphs; GRAPH ?g { … } selects one article."})
final class QueryCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Option(names = "--format", defaultValue = "table",
      description = {"SELECT and ASK: table, csv, tsv, json or xml (the SPARQL results formats).",
          "CONSTRUCT and DESCRIBE: turtle, ntriples, jsonld (or table = Turtle, json = JSON-LD, xml = RDF/XML). Default: ${DEFAULT-VALUE}."})
  String format;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "-e", paramLabel = "SPARQL", description = "The query text.")
    String text;

    @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
    Path file;
  }

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ResultFormat resultFormat;
    try {
      resultFormat = ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("claimgraph query: unknown --format " + format + " (expected table, csv, tsv, json, xml, turtle, ntriples or jsonld)");
      return ClaimgraphCommand.USAGE;
    }
    String name = source.text != null ? "-e" : source.file.toString();
    String text;
    try {
      text = source.text != null ? source.text : Files.readString(source.file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println(name + ": no such file");
      return ClaimgraphCommand.FAILED;
    }
    Query query;
    try {
      query = QueryRunner.parse(text, name);
    } catch (QuerySyntaxException e) {
      err.println(e.getMessage());
      return ClaimgraphCommand.FAILED;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Claimgraph opened;
    try {
      opened = Claimgraph.openForReading(store.store);
    } catch (StoreException e) {
      if (!RunningServer.heldByAnother(e)) throw e;
      // 'serve' holds the store: ask its SPARQL endpoint, and write the answer as a local run would.
      RunningServer s = RunningServer.of(server.url, store.store, e);
      try {
        new QueryRunner().runRemote(s.url() + "/sparql", query, resultFormat, buffer);
      } catch (IllegalArgumentException bad) {
        err.println("claimgraph query: " + bad.getMessage());
        return ClaimgraphCommand.USAGE;
      }
      opened = null;
    }
    if (opened != null) {
      try (Claimgraph service = opened) {
        service.query(query, resultFormat, buffer);
      } catch (IllegalArgumentException e) {
        err.println("claimgraph query: " + e.getMessage());
        return ClaimgraphCommand.USAGE;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }
}
