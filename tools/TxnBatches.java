// What one TDB2 write transaction per article costs against batches: copies every article graph of STORE into fresh
// stores, BATCH graphs a transaction, and prints the time and the size on disk of each (BENCHMARKS.md, "Batched writes").
// Run: java -cp "$(cat app/target/runtime-classpath.txt)" tools/TxnBatches.java STORE [BATCH ...]
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

public class TxnBatches {
  public static void main(String[] args) throws Exception {
    Dataset src = TDB2Factory.connectDataset(args[0]);
    Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
    Txn.executeRead(src, () -> src.asDatasetGraph().find()
        .forEachRemaining(q -> byGraph.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q)));
    List<List<Quad>> graphs = new ArrayList<>(byGraph.values());
    System.out.printf("%d graphs, %d quads%n", graphs.size(), graphs.stream().mapToInt(List::size).sum());
    int[] batches = args.length > 1 ? Stream.of(args).skip(1).mapToInt(Integer::parseInt).toArray() : new int[] {1, 8, 16, 32, 100000};
    for (int batch : batches) {
      Path dir = Files.createTempDirectory("txnbatches");
      Dataset ds = TDB2Factory.connectDataset(dir.toString());
      long t = System.nanoTime();
      for (int i = 0; i < graphs.size(); i += batch) {
        List<List<Quad>> part = graphs.subList(i, Math.min(graphs.size(), i + batch));
        Txn.executeWrite(ds, () -> part.forEach(g -> g.forEach(ds.asDatasetGraph()::add)));
      }
      double s = (System.nanoTime() - t) / 1e9;
      long bytes;
      try (Stream<Path> files = Files.walk(dir)) {
        bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      }
      System.out.printf("batch %6d: %6.2f s, %7.1f MB%n", batch, s, bytes / 1e6);
      ds.close();
    }
  }
}
