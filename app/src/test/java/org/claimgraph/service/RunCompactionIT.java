package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.ingest.IngestListener;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.IngestService;
import org.claimgraph.graph.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest run that crosses the threshold of {@link CompactionPolicy#dueDuringRun} compacts between its batches, and one
 * past {@link RunRelease}'s amount reopens its storage between them; either leaves the same store, every graph of it
 * (articles, stories, summary), as a run that does neither.
 */
class RunCompactionIT {

  private static final Pattern DURING = Pattern.compile("compacted (\\d+)× during the run");
  private static final Pattern REOPENED = Pattern.compile("storage reopened (\\d+)× during the run");

  @TempDir Path tmp;

  private static final String PAGE = """
      <html><head><title>Battery metals, week %1$d</title></head><body><article>
      <p>Indonesia produced %2$d,000 tonnes of nickel in the second quarter, the ministry said.</p>
      <p>Lithium carbonate imports by China rose %3$d%% in July to %4$d tonnes, customs data showed.</p>
      </article></body></html>
      """;

  /** {@code n} small distinct plain pages with real figures, named w-00.html …, so the mapper writes real quads. */
  private List<Path> pages(int n) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("weeks"));
    List<Path> files = new ArrayList<>();
    for (int week = 0; week < n; week++) {
      files.add(Files.writeString(dir.resolve(String.format("w-%02d.html", week)),
          String.format(PAGE, week, 40 + week, 2 + week, 900 + week)));
    }
    return files;
  }

  /** Ingests {@code files} into a new store with the given threshold; the run's report and the whole store, sorted N-Quads. */
  private record Run(IngestReport report, List<String> quads, List<String> generations) {}

  private Run ingest(String name, List<Path> files, long floor, double growth) throws Exception {
    return ingest(name, files, floor, growth, Long.MAX_VALUE);
  }

  /** As above, reopening the storage between batches every {@code release} bytes written ({@code Long.MAX_VALUE}: never). */
  private Run ingest(String name, List<Path> files, long floor, double growth, long release) throws Exception {
    Path dir = tmp.resolve(name);
    try (Claimgraph cg = Claimgraph.open(dir).compactDuringIngest(floor, growth).releaseDuringIngest(release)) {
      IngestReport report = cg.ingest(new IngestService(2), files, IngestListener.NONE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Txn.executeRead(cg.store().dataset(), () -> RDFDataMgr.write(out, cg.store().dataset(), Lang.NQUADS));
      List<String> quads = Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().toList();
      List<String> generations;
      try (var s = Files.list(dir)) {
        generations = s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("Data-")).sorted().toList();
      }
      return new Run(report, quads, generations);
    }
  }

  private static int compactionsDuring(IngestReport report) {
    return timesDuring(DURING, report);
  }

  private static int timesDuring(Pattern note, IngestReport report) {
    Matcher m = note.matcher(String.join("\n", report.notes()));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  @Test
  void aRunThatCompactsBetweenItsBatchesLeavesTheSameStore() throws Exception {
    List<Path> files = pages(4 * IngestService.BATCH); // four batches
    Run plain = ingest("plain", files, Long.MAX_VALUE, CompactionPolicy.GROWTH);
    Run during = ingest("during", files, 0, 1.0); // whenever the store grew

    assertEquals(files.size(), during.report().count(Outcome.NEW), during.report().summary());
    assertEquals(0, compactionsDuring(plain.report()), String.join("\n", plain.report().notes()));
    int compactions = compactionsDuring(during.report());
    assertTrue(compactions >= 1, "the run crossed the threshold: " + String.join("\n", during.report().notes()));
    assertEquals(1, during.generations().size(), "every old generation deleted: " + during.generations());
    assertTrue(plain.quads().size() > 1000, "a real store: " + plain.quads().size());
    assertEquals(plain.quads(), during.quads(), "the same quads in every graph");
  }

  @Test
  void aRunThatReopensItsStorageBetweenItsBatchesLeavesTheSameStore() throws Exception {
    List<Path> files = pages(4 * IngestService.BATCH); // four batches
    Run plain = ingest("plain", files, Long.MAX_VALUE, CompactionPolicy.GROWTH);
    Run reopened = ingest("reopened", files, Long.MAX_VALUE, CompactionPolicy.GROWTH, 1); // after every batch
    Run both = ingest("both", files, 0, 1.0, 1); // compacted and reopened after every batch

    assertEquals(files.size(), reopened.report().count(Outcome.NEW), reopened.report().summary());
    assertEquals(0, timesDuring(REOPENED, plain.report()), String.join("\n", plain.report().notes()));
    // After each batch of articles but the last (3), each of the summary's 12 batches of listings (its first update: every
    // listing, each growing the store past the 1-byte threshold), between 11's reads of 64 articles (3: its 256 articles;
    // the listings of articles are one part of 256 here) and the summary's end (1); the stories are one batch here.
    assertEquals(3 + 12 + 3 + 1, timesDuring(REOPENED, reopened.report()),
        "after each batch but the last, each listing batch and the summary: " + String.join("\n", reopened.report().notes()));
    assertEquals(plain.generations(), reopened.generations(), "nothing copied but by the run's last compaction");
    assertTrue(plain.quads().size() > 1000, "a real store: " + plain.quads().size());
    assertEquals(plain.quads(), reopened.quads(), "the same quads in every graph");
    assertTrue(compactionsDuring(both.report()) >= 1, String.join("\n", both.report().notes()));
    assertEquals(plain.quads(), both.quads(), "the same quads in every graph, compacted and reopened");
  }

  /**
   * Two runs into one store (half the pages; then the rest, and one page changed, which the summary updates by segment)
   * with the stories and the summary committed in batches of {@code storyBatch} articles and of listings, the storage
   * reopened after every one (a threshold of one byte), or each in one transaction (no reopening: as the server runs).
   */
  private Run twoRuns(String name, List<Path> files, boolean batched) throws Exception {
    Path dir = tmp.resolve(name);
    List<Path> first = files.subList(0, files.size() / 2);
    List<Path> second = new ArrayList<>(files.subList(files.size() / 2, files.size()));
    try (Claimgraph cg = Claimgraph.open(dir).compactAfterIngest(false)) {
      if (batched) cg.storyBatch(3).releaseDuringIngest(1);
      else cg.storyBatch(Integer.MAX_VALUE).reopenDuringIngest(false);
      cg.ingest(new IngestService(2), first, IngestListener.NONE);
    }
    Path changed = Files.writeString(tmp.resolve("w-new.html"), String.format(PAGE, 0, 77, 9, 901));
    second.add(changed);
    Path original = first.get(0);
    Files.writeString(original, String.format(PAGE, 0, 78, 8, 902)); // the same name, new content: replaced
    second.add(original);
    IngestReport report;
    try (Claimgraph cg = Claimgraph.open(dir).compactAfterIngest(false)) {
      if (batched) cg.storyBatch(3).releaseDuringIngest(1);
      else cg.storyBatch(Integer.MAX_VALUE).reopenDuringIngest(false);
      report = cg.ingest(new IngestService(2), second, IngestListener.NONE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Txn.executeRead(cg.store().dataset(), () -> RDFDataMgr.write(out, cg.store().dataset(), Lang.NQUADS));
      assertTrue(org.claimgraph.graph.StoreSummary.isFresh(cg.store().dataset()), "the summary marked fresh after its last batch");
      return new Run(report, Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().toList(), List.of());
    }
  }

  @Test
  void storiesAndSummaryCommittedInBatchesLeaveTheSameStoreAsOneTransactionEach() throws Exception {
    Run one = twoRuns("one", pages(2 * IngestService.BATCH), false);
    Run batched = twoRuns("batched", pages(2 * IngestService.BATCH), true); // the same files again, w-00 as it was

    assertEquals(0, timesDuring(REOPENED, one.report()), String.join("\n", one.report().notes()));
    assertTrue(timesDuring(REOPENED, batched.report()) >= 3, "reopened between story batches and summary listings: "
        + String.join("\n", batched.report().notes()));
    assertEquals(1, batched.report().count(Outcome.REPLACED), batched.report().summary());
    assertTrue(one.quads().stream().filter(q -> q.contains("storyKey")).count() > 100, "the stories wrote their keys");
    assertTrue(one.quads().stream().filter(q -> q.contains("claimgraph.org/summary")).count() > 1000, "a real summary");
    assertEquals(one.quads(), batched.quads(), "the same quads in every graph (articles, stories, summary)");
  }

  @Test
  void aServiceSetUpAsTheServerNeverReopensItsStorage() throws Exception {
    // The server's own ingests neither compact nor reopen (ClaimgraphServer): a reopening waits for every transaction, and a
    // server's readers never all stop. With a threshold of one byte, the same pages reopen once the switch is left on.
    List<Path> files = pages(2 * IngestService.BATCH);
    IngestReport on;
    try (Claimgraph cg = Claimgraph.open(tmp.resolve("server-on")).compactAfterIngest(false).releaseDuringIngest(1)) {
      on = cg.ingest(new IngestService(2), files, IngestListener.NONE);
    }
    IngestReport off;
    try (Claimgraph cg = Claimgraph.open(tmp.resolve("server-off")).compactAfterIngest(false).releaseDuringIngest(1)
        .reopenDuringIngest(false)) {
      off = cg.ingest(new IngestService(2), files, IngestListener.NONE);
    }
    assertTrue(timesDuring(REOPENED, on) >= 1, String.join("\n", on.notes()));
    assertEquals(files.size(), off.count(Outcome.NEW), off.summary());
    assertEquals(0, timesDuring(REOPENED, off), String.join("\n", off.notes()));
  }
}
