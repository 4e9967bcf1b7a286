package org.claimgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimgraph}: the entry point and the list of commands. */
@Command(name = "claimgraph",
    mixinStandardHelpOptions = true,
    versionProvider = ClaimgraphCommand.Version.class,
    description = "A knowledge graph of figures, and who claimed them, from news about critical-mineral supply chains.",
    subcommands = {IngestCommand.class, ArticleCommand.class, QueryCommand.class, FiguresCommand.class,
        ExtractCommand.class, EvalCommand.class, CiteCommand.class, SearchCommand.class, ReindexCommand.class,
        ValidateCommand.class, ExportCommand.class, ServeCommand.class, BenchmarkCommand.class, StoriesCommand.class, CommandLine.HelpCommand.class})
public final class ClaimgraphCommand implements java.util.concurrent.Callable<Integer> {

  /** Exit status when some input failed or the command could not run. */
  public static final int FAILED = 1;
  /** Exit status for a usage error. */
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** No command given: the usage goes to standard error and the exit status says it was a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("claimgraph: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  public static void main(String[] args) {
    // A command ends the process, which unmaps the store's files: no full collection per store closed. A server goes on.
    if (!command(args).equals("serve")) org.claimgraph.graph.StorageRelease.unmapAtExit();
    // Mapped store files, or block caches on the heap if -Dclaimgraph.storeFileMode=direct says (StoreFileMode).
    org.claimgraph.graph.StoreFileMode.choose();
    // An ingest ends the process: after its articles nothing annotates again (not so for serve or benchmark).
    if (command(args).equals("ingest")) org.claimgraph.service.HeapTrim.endOfProcessRun();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests and the launcher). */
  public static int run(String... args) {
    String level = logLevel(args);
    // simplelogger.properties says warn; a system property set before the first logger wins over it.
    if (level != null && System.getProperty(LOG_LEVEL) == null) System.setProperty(LOG_LEVEL, level);
    if (System.console() != null) {
      // Article text is untrusted: no escape sequence of a page reaches the terminal.
      CommandLine cl = newCommandLine(new PrintWriter(new TerminalSafeWriter(new java.io.OutputStreamWriter(System.out,
          java.nio.charset.Charset.defaultCharset())), true), new PrintWriter(new TerminalSafeWriter(
          new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset())), true));
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
      return cl.execute(args);
    }
    return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
  }

  /** A configured command line writing to {@code out} and {@code err}. */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ClaimgraphCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.hasMatchedOption("--verbose");
      commandLine.getErr().println("claimgraph " + commandLine.getCommandName() + ": " + message(e));
      if (verbose) e.printStackTrace(commandLine.getErr());
      commandLine.getErr().flush();
      return FAILED;
    });
    return cl;
  }

  /** The command the arguments name (their first that is not an option), or "". */
  static String command(String... args) {
    for (String a : args) if (!a.startsWith("-")) return a;
    return "";
  }

  static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  /**
   * The log level the arguments ask for: {@code info} with {@code --verbose} (CoreNLP's model
   * loading, Jena's and Fuseki's request lines), else null for the default, warnings only.
   */
  static String logLevel(String... args) {
    for (String a : args) {
      if (a.equals("--")) break;
      if (a.equals("--verbose")) return "info";
    }
    return null;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ClaimgraphCommand.class.getPackage().getImplementationVersion();
      return new String[] {"claimgraph " + (v == null ? "0.1.0" : v),
          "Java " + System.getProperty("java.version") + ", Apache Jena, Stanford CoreNLP 4.5.10, Apache Lucene, jsoup"};
    }
  }
}
