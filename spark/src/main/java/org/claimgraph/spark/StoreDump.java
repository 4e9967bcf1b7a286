package org.claimgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.StoreSummary;

/**
 * A store's quads as sorted N-Quads lines ({@code export --format nquads | sort}), the form in
 * which two stores built differently are compared: TDB2's files differ with the write order, the
 * sorted dump does not.
 *
 * <pre>{@code
 * StoreDump.sha256(StoreDump.lines(Path.of("/tmp/store")))   // "3f2a…"
 * }</pre>
 */
public final class StoreDump {
  private StoreDump() {}

  /**
   * Every quad of the store in {@code dir}, one N-Quads line each, sorted; as {@code export} does,
   * without the summary graph ({@code StoreSummary}: a cache of the whole-store queries, rebuilt from
   * the article graphs, whose rows of equal sort keys may come in either order).
   */
  public static List<String> lines(Path dir) {
    try (GraphStore g = GraphStore.openExisting(dir)) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      Txn.executeRead(g.dataset(), () -> {
        StreamRDF out = StreamRDFLib.writer(buf);
        out.start();
        g.dataset().asDatasetGraph().find().forEachRemaining(q -> {
          if (!StoreSummary.GRAPH.equals(q.getGraph())) out.quad(q);
        });
        out.finish();
      });
      List<String> lines = new ArrayList<>(List.of(buf.toString(StandardCharsets.UTF_8).split("\n")));
      lines.removeIf(String::isEmpty);
      lines.sort(null);
      return lines;
    }
  }

  /** SHA-256 of the lines joined by newlines, in hex. */
  public static String sha256(List<String> lines) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String l : lines) {
        sha.update(l.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
