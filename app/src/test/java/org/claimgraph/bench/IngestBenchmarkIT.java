package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ingest benchmark ({@code claimgraph benchmark DIR}) on two seed articles, against a light CoreNLP pipeline
 * (tokenize, ssplit, pos: the default NER pipeline it compares with in earnest loads 3.5 GB, too much beside the suite's;
 * tokenize and ssplit alone take a few milliseconds, under the 10 ms steps in which the JVM counts process CPU).
 * Both sides count the same tokens of the same texts, every pass is reported, and the numbers are those of the passes.
 */
class IngestBenchmarkIT {

  @Test
  void timesOurWholeIngestAndTheReferenceOnTheSameTokens() throws Exception {
    List<Path> files = List.of(Path.of("..", "corpus", "000_6a500ce720541962.html"), Path.of("..", "corpus", "001_3c29b5818b6bc87b.html"));
    StringWriter log = new StringWriter();
    IngestBenchmark.Result r = new IngestBenchmark("tokenize,ssplit,pos").run(files, 1, 2, 2, new PrintWriter(log));
    String out = log.toString();
    assertEquals(2, r.articles(), out);
    assertEquals(2, r.passes(), out);
    assertTrue(out.contains("claimgraph ingest pass 0: 2 articles") && out.contains("(warm-up)"), out);
    assertTrue(out.contains("claimgraph ingest pass 2: 2 articles") && out.contains("CoreNLP default NER pass 2:"), out);
    // Both sides tokenize with CoreNLP's tokenizer: the same texts give the same tokens (the ratio is per token).
    int ours = Integer.parseInt(out.replaceAll("(?s).*claimgraph ingest pass 1: 2 articles, (\\d+) tokens.*", "$1"));
    int reference = Integer.parseInt(out.replaceAll("(?s).*CoreNLP default NER pass 1: (\\d+) tokens.*", "$1"));
    assertEquals(reference, ours, out);
    assertEquals(ours, r.tokens(), out);
    assertTrue(r.ourTokensPerSecond() > 0 && r.coreNlpTokensPerSecond() > 0 && r.ratio() > 0, out);
    assertTrue(r.ourCpuPerKiloToken() > 0 && r.coreNlpCpuPerKiloToken() > 0, "process CPU is measured: " + r);
    assertTrue(r.ourPeakRssKb() > 0, "peak RSS from /proc: " + r);
  }
}
