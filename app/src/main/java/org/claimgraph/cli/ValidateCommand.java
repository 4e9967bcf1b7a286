package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.ingest.IndexSync;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.validate.ValidationResult;
import org.claimgraph.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph validate [--store DIR] [--format text|ttl]} */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check the store against the SHACL shapes of ontology/shapes.ttl.",
        "The shapes state what an article, figure, attribution, evidence selector and entity mention must have;",
        "each article graph is checked on its own. Prints one line per violation (focus node, path, message)",
        "and a summary, or the SHACL validation report in Turtle. Exit status 1 if any violation."})
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, ttl }

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "text",
      description = "text (one line per violation, then a summary) or ttl (the sh:ValidationReport). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ValidationResult result;
    IndexSync.Divergence index;
    try (Claimgraph service = Claimgraph.openExisting(store.store)) {
      result = service.validate();
      index = service.indexDivergence();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.ttl) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      RDFDataMgr.write(buffer, result.report().getModel(), RDFFormat.TURTLE_PRETTY);
      out.print(buffer.toString(StandardCharsets.UTF_8));
    } else {
      for (Violation v : result.violations()) out.println(v.line());
      out.println(result.summary() + " (store: " + store.store + ")");
    }
    if (!index.none()) {
      spec.commandLine().getErr().println(store.store + ": " + index.describe() + "; the next ingest repairs it, or run reindex");
      spec.commandLine().getErr().flush();
    }
    out.flush();
    return result.conforms() && index.none() ? 0 : ClaimgraphCommand.FAILED;
  }
}
