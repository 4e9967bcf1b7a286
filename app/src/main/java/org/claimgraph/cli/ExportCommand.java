package org.claimgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.ExportSummary;
import org.claimgraph.service.Claimgraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph export [--store DIR] [--format trig|nquads|jsonld] [--output FILE]} */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the whole store (every article graph) as TriG, N-Quads or JSON-LD.",
        "The files load into Jena's tools and other triple stores. Quads are sorted, so two exports of the same",
        "data are byte-identical."})
final class ExportCommand implements Callable<Integer> {

  enum Format {
    trig(ExportFormat.TRIG), nquads(ExportFormat.NQUADS), jsonld(ExportFormat.JSONLD);

    final ExportFormat exportFormat;

    Format(ExportFormat exportFormat) {
      this.exportFormat = exportFormat;
    }
  }

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "trig", description = "trig, nquads or jsonld. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE (replaced when complete) instead of standard output.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (output != null) checkWritable(output);
    try (Claimgraph s = Claimgraph.openExisting(store.store)) {
      if (output == null) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        s.export(format.exportFormat, buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
      } else {
        ExportSummary summary = writeFile(s, output);
        out.println("exported " + summary + " to " + output + " (" + format.exportFormat.label() + ")");
      }
    }
    out.flush();
    return 0;
  }

  /** Writes next to the target and moves it into place, so a failed export leaves no half file. */
  private ExportSummary writeFile(Claimgraph s, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
    try {
      ExportSummary summary;
      try (OutputStream os = Files.newOutputStream(tmp)) {
        summary = s.export(format.exportFormat, os);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void checkWritable(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) throw new IllegalArgumentException(file + ": is a directory; --output needs a file name");
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(file + ": cannot write (no such directory " + dir + ")");
    }
    if (!Files.isWritable(dir)) throw new IllegalArgumentException(file + ": cannot write (directory " + dir + " is not writable)");
  }
}
