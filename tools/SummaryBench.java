// What the summary's first update (the path a first `claimgraph ingest` into a new store takes), its full rebuild and
// story linking cost on a copy of a store: thread CPU per run and per listing, and a sorted N-Quads dump to diff.
// Run: java -cp "app/target/classes:$(cat app/target/runtime-classpath.txt)" tools/SummaryBench.java MODE STORE [RUNS] [DUMP]
//   MODE update:  empty the summary, record every article graph as a first ingest run does (StoreSummary.touch), update
//   MODE rebuild: StoreSummary.rebuild
//   MODE stories: drop and relink every article's story keys and links (StoryLinker.relinkAll)
//   MODE per:     as update, one listing at a time (the other listings' records dropped), thread CPU per listing
//   MODE synth:   SummaryBench synth DIR N writes N synthetic articles into a new store
//   MODE figures: SummaryBench figures STORE OUT writes the figures index's rows, sorted, to OUT
//   MODE dump:    every quad of the store, sorted, to DUMP
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.graph.StoreSummary;
import org.claimgraph.story.StoryLinker;

public class SummaryBench {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("synth")) { // synth DIR N: N synthetic articles (seed 42) into a new store
      try (var store = org.claimgraph.graph.GraphStore.open(Path.of(args[1]))) {
        org.claimgraph.bench.SyntheticStore.write(store, null, new org.claimgraph.bench.SyntheticArticles(42), 0, Integer.parseInt(args[2]), 500);
      }
      return;
    }
    if (mode.equals("figures")) { // figures STORE OUT: the figures index's rows, sorted (FigureIndex.Lookup#snapshot)
      try (var cg = org.claimgraph.service.Claimgraph.open(Path.of(args[1])); var l = cg.index().figures().lookup()) {
        Files.write(Path.of(args[2]), l.snapshot());
      }
      return;
    }
    if (mode.equals("ingestend")) { // ingestend STORE: what an ingest from the command line does after its articles
      ingestEnd(Path.of(args[1]));
      return;
    }
    Dataset ds = TDB2Factory.connectDataset(args[1]);
    int runs = args.length > 2 && !mode.equals("dump") ? Integer.parseInt(args[2]) : 1;
    var bean = ManagementFactory.getThreadMXBean();
    if (mode.equals("per")) {
      for (int run = 1; run <= runs; run++) {
        StringBuilder line = new StringBuilder("per run " + run + ":");
        double total = 0;
        for (String listing : StoreSummary.LISTINGS) {
          if (System.getProperty("only") != null && !listing.startsWith(System.getProperty("only"))) continue;
          reset(ds);
          Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<org.apache.jena.sparql.core.Quad> drop = new ArrayList<>();
            dsg.find(StoreSummary.GRAPH, StoreSummary.GRAPH, org.apache.jena.graph.NodeFactory.createURI(StoreSummary.NS + "dirty"), Node.ANY)
                .forEachRemaining(q -> { if (!q.getObject().getLiteralLexicalForm().startsWith(listing + "\t")) drop.add(q); });
            drop.forEach(dsg::delete);
          });
          long cpu0 = bean.getCurrentThreadCpuTime();
          StoreSummary.update(ds);
          double s = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
          total += s;
          line.append(String.format(" %s=%.3f", listing.substring(0, Math.min(listing.length(), 18)), s));
        }
        System.out.println(line.append(String.format(" total=%.2f", total)));
      }
      ds.close();
      return;
    }
    for (int run = 1; run <= runs && !mode.equals("dump"); run++) {
      if (mode.equals("update")) reset(ds);
      long cpu0 = bean.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Object result = switch (mode) {
        case "update" -> StoreSummary.update(ds);
        case "rebuild" -> StoreSummary.rebuild(ds);
        case "stories" -> new StoryLinker(ds).relinkAll().size() + " links";
        default -> throw new IllegalArgumentException(mode);
      };
      System.out.printf("%s run %d: thread CPU %.2f s, wall %.2f s, process CPU so far %.1f s: %s%n", mode, run,
          (bean.getCurrentThreadCpuTime() - cpu0) / 1e9, (System.nanoTime() - t0) / 1e9,
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9,
          result);
    }
    String dump = mode.equals("dump") ? args[2] : args.length > 3 ? args[3] : null;
    if (dump != null) {
      List<String> lines = new ArrayList<>();
      Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> lines.add(
          NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject())
              + " " + NodeFmtLib.strNT(q.getGraph()) + " .")));
      lines.sort(null);
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(dump)))) {
        lines.forEach(w::println);
      }
      System.out.println(lines.size() + " quads to " + dump);
    }
    ds.close();
  }

  /**
   * A first ingest's end on STORE (a copy: it is changed): every article recorded for the summary, then the summary's
   * update with the command line's reopening of the storage (RunRelease, 256 MB) and the compaction holding the store
   * alone; prints each stage's start and thread CPU (for tools/rss-sample.sh).
   */
  static void ingestEnd(Path dir) throws Exception {
    org.claimgraph.graph.StorageRelease.unmapAtExit();
    Dataset ds = TDB2Factory.connectDataset(dir.toString());
    reset(ds);
    Class<?> files = Class.forName("org.claimgraph.service.StoreFiles");
    var resident = files.getDeclaredMethod("residentGenerations", Path.class);
    resident.setAccessible(true);
    java.util.function.LongSupplier held = () -> {
      try {
        return (long) resident.invoke(null, dir);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
    Runnable reopen = () -> org.claimgraph.graph.StorageReopen.reopen(ds.asDatasetGraph());
    Class<?> runRelease = Class.forName("org.claimgraph.service.RunRelease");
    var make = runRelease.getDeclaredConstructor(java.util.function.LongSupplier.class, long.class, Runnable.class);
    make.setAccessible(true);
    Object release = make.newInstance(held, 256L << 20, reopen);
    var bean = ManagementFactory.getThreadMXBean();
    long cpu0 = bean.getCurrentThreadCpuTime();
    System.out.println("stage summary");
    StoreSummary.ensureFresh(ds, (StoreSummary.Between) release);
    ((Runnable) release).run();
    long cpu1 = bean.getCurrentThreadCpuTime();
    System.out.println("stage compaction");
    org.claimgraph.graph.PackedCompaction.compact(ds.asDatasetGraph(), true);
    long cpu2 = bean.getCurrentThreadCpuTime();
    var note = runRelease.getDeclaredMethod("note");
    note.setAccessible(true);
    System.out.printf("stage end: summary %.1f s CPU, compaction %.1f s CPU; %s%n", (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, note.invoke(release));
    ds.close();
  }

  /** An empty summary with every article graph recorded, as a first ingest run into a new store leaves it. */
  static void reset(Dataset ds) {
    Txn.executeWrite(ds, () -> ds.asDatasetGraph().removeGraph(StoreSummary.GRAPH));
    StoreSummary.markBuilt(ds); // an empty summary marked built, as a new store's first open leaves it
    Txn.executeWrite(ds, () -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      List<Node> graphs = new ArrayList<>();
      dsg.listGraphNodes().forEachRemaining(g -> { if (!StoreSummary.isSummary(g)) graphs.add(g); });
      graphs.forEach(g -> StoreSummary.touch(dsg, g));
    });
  }
}
