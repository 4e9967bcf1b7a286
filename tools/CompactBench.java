// What compacting a store costs: TDB2's compaction (CopyDSG, quad by quad) against PackedCompaction (each index
// rebuilt packed from its own sorted order), on a copy of STORE; thread CPU, the store's disk usage after, and
// optionally a sorted N-Quads dump of the compacted copy to diff. One compaction per JVM (as ingest runs it).
// Run: java -cp "app/target/classes:$(cat app/target/runtime-classpath.txt)" tools/CompactBench.java tdb2|packed STORE [DUMP]
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.claimgraph.graph.PackedCompaction;

public class CompactBench {
  public static void main(String[] args) throws Exception {
    Path copy = Files.createTempDirectory("compactbench");
    new ProcessBuilder("cp", "-a", args[1] + "/.", copy.toString()).inheritIO().start().waitFor();
    try (Stream<Path> locks = Files.walk(copy)) {
      for (Path l : locks.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) Files.delete(l);
    }
    long before = du(copy);
    Dataset ds = TDB2Factory.connectDataset(copy.toString());
    long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    if (args[0].equals("tdb2")) DatabaseMgr.compact(ds.asDatasetGraph(), true);
    else PackedCompaction.compact(ds.asDatasetGraph());
    double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t) / 1e9;
    double seconds = (System.nanoTime() - wall) / 1e9;
    System.out.printf("%s %s: compaction %.2f s thread CPU (%.2f s wall), du %.1f -> %.1f MB%n", args[0], args[1], cpu, seconds,
        before / 1e6, du(copy) / 1e6);
    if (args.length > 2) {
      List<String> lines = new ArrayList<>();
      Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q))));
      lines.sort(null);
      Files.write(Path.of(args[2]), lines);
    }
    ds.close();
    try (Stream<Path> files = Files.walk(copy)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static long du(Path dir) throws Exception {
    Process p = new ProcessBuilder("du", "-sk", dir.toString()).start();
    return Long.parseLong(new String(p.getInputStream().readAllBytes()).split("\\s+")[0]) * 1024;
  }
}
