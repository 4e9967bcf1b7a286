package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.CitationFinder;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.cite.Related;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.eval.Score;
import org.claimgraph.eval.Scorer;
import org.claimgraph.figure.Comparability;
import org.claimgraph.figure.MeasureParts;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development set (devset/: articles of other publishers with a gold annotation) through the
 * real pipeline and store: scores a regression would break, and cite reporting no contradiction
 * between figures of different periods, flows, places or materials.
 *
 * <p>The thresholds sit just below the scores reached when they were set; raise them as rules
 * improve, never lower them to make a change pass.
 */
class DevsetIT {

  static final Path DEVSET = Path.of("..", "devset");

  @TempDir static Path tmp;
  static Path store;
  static List<FigureRecord> gold = new ArrayList<>();
  static List<FigureRecord> extracted;

  @BeforeAll
  static void ingestDevset() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DEVSET.resolve("tune")) && Files.isDirectory(DEVSET.resolve("gold")),
        "no development set in devset/");
    store = tmp.resolve("store");
    CliRun run = CliRun.of("ingest", "--store", store.toString(), DEVSET.resolve("tune").toString(),
        DEVSET.resolve("heldout").toString(), DEVSET.resolve("fresh").toString(), DEVSET.resolve("fresh2").toString(),
        DEVSET.resolve("fresh3").toString(), DEVSET.resolve("fresh4").toString(),
        DEVSET.resolve("fresh5").toString(), DEVSET.resolve("fresh6").toString(),
        DEVSET.resolve("fresh7").toString(), DEVSET.resolve("fresh8").toString(),
        DEVSET.resolve("fresh9").toString(), DEVSET.resolve("fresh10").toString(), DEVSET.resolve("fresh11").toString(),
        DEVSET.resolve("fresh12").toString(), DEVSET.resolve("fresh13").toString(), DEVSET.resolve("fresh14").toString(),
        DEVSET.resolve("fresh15").toString(), DEVSET.resolve("fresh16").toString(), DEVSET.resolve("fresh17").toString(),
        DEVSET.resolve("fresh18").toString(), DEVSET.resolve("fresh19").toString(), DEVSET.resolve("fresh20").toString(),
        DEVSET.resolve("fresh21").toString(), DEVSET.resolve("fresh22").toString(), DEVSET.resolve("fresh23").toString(),
        DEVSET.resolve("fresh24").toString(), DEVSET.resolve("fresh25").toString(), DEVSET.resolve("fresh26").toString(),
        DEVSET.resolve("fresh27").toString(),
        DEVSET.resolve("fresh28").toString(), DEVSET.resolve("fresh29").toString(), DEVSET.resolve("fresh30").toString(),
        DEVSET.resolve("fresh31").toString(),
        DEVSET.resolve(ALONE_DEV).toString(), DEVSET.resolve(ALONE_HELDOUT).toString(), DEVSET.resolve(ALONE_DEV2).toString(),
        DEVSET.resolve(ALONE_HELDOUT2).toString());
    assertEquals(0, run.status(), run.err());
    try (Stream<Path> files = Files.list(DEVSET.resolve("gold"))) {
      for (Path g : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) gold.addAll(EvalCommand.read(g));
    }
    // Sentences read alone (devset/alone/README.md): one sentence per file, no title, no date; their gold lies beside them.
    gold.addAll(EvalCommand.read(DEVSET.resolve("alone/gold-dev.jsonl")));
    gold.addAll(EvalCommand.read(DEVSET.resolve("alone/gold-heldout.jsonl")));
    gold.addAll(EvalCommand.read(DEVSET.resolve("alone/gold-dev2.jsonl")));
    gold.addAll(EvalCommand.read(DEVSET.resolve("alone/gold-heldout2.jsonl")));
    try (GraphStore s = GraphStore.openExisting(store)) {
      extracted = StoredFigures.all(s.dataset());
    }
  }

  private static Score score(String split) throws IOException {
    Set<String> docs;
    try (Stream<Path> files = Files.list(DEVSET.resolve(split))) {
      docs = files.map(p -> p.getFileName().toString().replaceFirst("\\.html?$|\\.txt$", "")).collect(Collectors.toSet());
    }
    List<FigureRecord> g = gold.stream().filter(f -> docs.contains(f.doc())).toList();
    List<FigureRecord> p = extracted.stream().filter(f -> docs.contains(f.doc())).toList();
    Assumptions.assumeFalse(g.isEmpty(), "no gold figures for devset/" + split);
    Score score = new Scorer().score(g, p);
    System.out.println("devset/" + split + ":\n" + score.report());
    return score;
  }

  static final String ALONE_DEV = "alone/text/dev";
  static final String ALONE_HELDOUT = "alone/text/heldout";
  static final String ALONE_DEV2 = "alone/text/dev2";
  static final String ALONE_HELDOUT2 = "alone/text/heldout2";

  /**
   * Sentences of 34 publishers outside the development set, each read alone (the hidden sets score single sentences too;
   * devset/alone, round 18). Measured at the round's end: dev (112 figures) F1 0.964, complete 74.1%, credited 81.0%;
   * heldout (52, never studied) F1 1.000, complete 63.5%, credited 88.5%. The floors sit just below (devset/alone/floors.tsv
   * holds the same for tools/alone-score.sh).
   */
  @Test
  void sentencesReadAloneHold() throws IOException {
    Score dev = score(ALONE_DEV);
    assertTrue(dev.f1() >= 0.95, dev.report());
    assertTrue(dev.completeness() >= 0.73, dev.report());
    assertTrue(dev.attributionAccuracy() >= 0.80, dev.report());
    Score heldout = score(ALONE_HELDOUT);
    assertTrue(heldout.f1() >= 0.97, heldout.report());
    assertTrue(heldout.completeness() >= 0.61, heldout.report());
    assertTrue(heldout.attributionAccuracy() >= 0.86, heldout.report());
  }

  /**
   * The second batch (round 19, smoke19): sentences of 32 other publishers, each read alone. Measured at the round's end:
   * dev2 (94 figures) F1 0.995, complete 76.6%, credited 77.8%; heldout2 (39, read once) F1 0.987, complete 69.2%,
   * credited 100.0%. The floors sit just below (devset/alone/floors.tsv holds the same for tools/alone-score.sh).
   */
  @Test
  void secondBatchOfSentencesReadAloneHolds() throws IOException {
    Score dev = score(ALONE_DEV2);
    assertTrue(dev.f1() >= 0.98, dev.report());
    assertTrue(dev.completeness() >= 0.75, dev.report());
    assertTrue(dev.attributionAccuracy() >= 0.76, dev.report());
    Score heldout = score(ALONE_HELDOUT2);
    assertTrue(heldout.f1() >= 0.97, heldout.report());
    assertTrue(heldout.completeness() >= 0.67, heldout.report());
    assertTrue(heldout.attributionAccuracy() >= 0.97, heldout.report());
  }

  @Test
  void tuneScoresHold() throws IOException {
    Score s = score("tune");
    // Context rules raised completeness to 0.751 (heldout 0.669, from 0.450 once the old heldout was studied for error
    // classes), then periods and places of the 2026-12-03 round to 0.803 (heldout 0.769); the thresholds sit just below. F1 counts every
    // figure of the split's articles, also those of articles not yet annotated (m-61 … m-65 have no
    // gold lines yet): 0.945 here, 0.976 over the annotated articles (`eval` on the split's gold).
    assertTrue(s.f1() >= 0.94, s.report());
    assertTrue(s.completeness() >= 0.86, s.report());
    assertTrue(s.attributionAccuracy() >= 0.95, s.report());
  }

  @Test
  void heldoutScoresHold() throws IOException {
    Score s = score("heldout");
    assertTrue(s.f1() >= 0.93, s.report());
    // Context rules (periods, bases, kinds, places) raised completeness from 0.450 to 0.669 here, 0.863 since.
    assertTrue(s.completeness() >= 0.90, s.report()); // 0.85 until round 16 (88.8%), 0.87 until round 17 (89.4%), 0.88 until round 18 (91.3%)
    // Attribution rules by error class (issue 10 item 6) raised the credited source from 0.675 to 0.967 here.
    assertTrue(s.attributionAccuracy() >= 0.95, s.report());
  }

  /**
   * The held-out set annotated before any rule of its round saw it (devset/fresh: 26 articles, 25
   * publishers, 321 figures). First run: F1 0.951, complete 28.7%, credited 50.0%; end of its round
   * (half of it studied for 40 minutes): complete 35.5%, credited 52.4%; after the next round (credit, period and place
   * rules written from the studied half): complete 39.6%, credited 87.0% (never-opened half: 36.9%, 77.5%). Floors
   * just below.
   */
  @Test
  void freshScoresHold() throws IOException {
    Score s = score("fresh");
    assertTrue(s.f1() >= FRESH_F1, s.report());
    assertTrue(s.completeness() >= FRESH_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH_CREDITED, s.report());
  }

  /**
   * The second held-out set (devset/fresh2: 19 articles, 19 publishers, 237 figures), annotated
   * and blind-reviewed before any rule of its round saw it; nobody writing rules opens it. First
   * run: F1 0.915, complete 28.7%, credited 65.0%; end of that round: complete 32.5%, credited 65.9%. Floors just
   * below. Opened for study in the round of 2026-12-03 morning (period, place, credit, detection rules): complete 67.1%,
   * credited 95.9%, F1 0.992.
   */
  @Test
  void fresh2ScoresHold() throws IOException {
    Score s = score("fresh2");
    assertTrue(s.f1() >= FRESH2_F1, s.report());
    assertTrue(s.completeness() >= FRESH2_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH2_CREDITED, s.report());
  }

  /**
   * The third held-out set (devset/fresh3: 20 articles, 20 publishers, 266 figures), annotated and blind-reviewed
   * before any rule of its round saw it; nobody writing rules opens it. First run (the extractor of main 77a0987):
   * F1 0.966, complete 39.1%, credited 64.7%; end of that round (rules written from fresh and fresh2): F1 0.966,
   * complete 41.0%, credited 64.7%. Opened for study in the round of 2026-12-03 afternoon (credit, period, place rules):
   * complete 53.8%, credited 86.7%. Floors just below.
   */
  @Test
  void fresh3ScoresHold() throws IOException {
    Score s = score("fresh3");
    assertTrue(s.f1() >= FRESH3_F1, s.report());
    assertTrue(s.completeness() >= FRESH3_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH3_CREDITED, s.report());
  }

  /**
   * The fourth held-out set (devset/fresh4: 22 articles, 22 publishers, 260 figures), annotated and reviewed before
   * any rule of its round saw it. First run (the extractor of main 6540af7): F1 0.945, complete 26.9%, credited 51.6%;
   * end of its round: complete 27.3%, credited 52.6%; opened for study the next round: F1 0.962, complete 43.5%,
   * credited 62.0%. Floors just below.
   */
  @Test
  void fresh4ScoresHold() throws IOException {
    Score s = score("fresh4");
    assertTrue(s.f1() >= FRESH4_F1, s.report());
    assertTrue(s.completeness() >= FRESH4_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH4_CREDITED, s.report());
  }

  /**
   * The fifth held-out set (devset/fresh5: 20 articles, 20 publishers, 240 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (the extractor of main 08d40f6): F1 0.946,
   * complete 31.7%, credited 68.9%; end of its round (rules written from fresh4 and earlier sets): F1 0.946, complete 32.9%,
   * credited 68.9%; opened for study the next round: F1 0.979, complete 52.5%, credited 72.1%. Floors just below.
   */
  @Test
  void fresh5ScoresHold() throws IOException {
    Score s = score("fresh5");
    assertTrue(s.f1() >= FRESH5_F1, s.report());
    assertTrue(s.completeness() >= FRESH5_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH5_CREDITED, s.report());
  }

  /**
   * The sixth held-out set (devset/fresh6: 19 articles, 19 publishers, 252 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main af92785 with the space-grouped number fix
   * 167fd96): F1 0.946, complete 38.9%, credited 57.9%; end of its round (rules written from fresh5 and earlier sets):
   * F1 0.950, complete 40.5%, credited 60.4%; opened for study the next round: F1 0.950, complete 57.1%, credited 74.1%.
   * Floors just below.
   */
  @Test
  void fresh6ScoresHold() throws IOException {
    Score s = score("fresh6");
    assertTrue(s.f1() >= FRESH6_F1, s.report());
    assertTrue(s.completeness() >= FRESH6_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH6_CREDITED, s.report());
  }

  /**
   * The seventh held-out set (devset/fresh7: 20 articles, 20 publishers, 240 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main d1e36ec): F1 0.965, complete 39.6%,
   * credited 61.4%; end of its round (default policies counted over the open sets, rules written from fresh6 and earlier):
   * F1 0.969, complete 41.3%, credited 61.4%; opened for study the next round: F1 0.992, complete 49.6%, credited 71.8%.
   * Floors just below.
   */
  @Test
  void fresh7ScoresHold() throws IOException {
    Score s = score("fresh7");
    assertTrue(s.f1() >= FRESH7_F1, s.report());
    assertTrue(s.completeness() >= FRESH7_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH7_CREDITED, s.report());
  }

  /**
   * The eighth held-out set (devset/fresh8: 20 articles, 20 publishers, 260 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main 4e8a049, reviewed gold): F1 0.945,
   * complete 27.7%, credited 53.0%; end of its round (readers written from fresh7 and earlier): F1 0.945, complete 28.1%,
   * credited 54.0%; opened for study the next round: F1 0.973, complete 35.4%, credited 70.2%. Floors just below.
   */
  @Test
  void fresh8ScoresHold() throws IOException {
    Score s = score("fresh8");
    assertTrue(s.f1() >= FRESH8_F1, s.report());
    assertTrue(s.completeness() >= FRESH8_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH8_CREDITED, s.report());
  }

  static final double FRESH8_F1 = 0.96;
  static final double FRESH8_COMPLETE = 0.39; // 0.35 until round 18 (37.7%), 0.36 until round 19 (39.2%), 0.38 until round 21 (40.0%)
  static final double FRESH8_CREDITED = 0.84; // 0.73 until round 16 (78.3%), 0.77 until round 17 (82.3%), 0.80 until round 20 (85.4%)

  /**
   * The ninth held-out set (devset/fresh9: 20 articles, 20 publishers, 248 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main d7c90a8, reviewed gold): F1 0.976,
   * complete 18.5%, credited 59.7% (15 of the 20 pages carry no date, 7 state no year for their figures); end of its round
   * (readers written from fresh8 and earlier): unchanged; studied in round 10: complete 27.8%, credited 75.0%. Floors just below.
   */
  @Test
  void fresh9ScoresHold() throws IOException {
    Score s = score("fresh9");
    assertTrue(s.f1() >= FRESH9_F1, s.report());
    assertTrue(s.completeness() >= FRESH9_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH9_CREDITED, s.report());
  }

  /**
   * The tenth held-out set (devset/fresh10: 20 articles, 20 publishers, 193 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main 6cb7285, reviewed gold): F1 0.974,
   * complete 33.2%, credited 73.8% (14 of the 20 pages carry no date; 4 of those state no year for their figures); end of its
   * round (readers written from fresh9): complete 33.2%, credited 74.6%; studied in round 11: complete 45.1%, credited 77.9%. Floors just below.
   */
  @Test
  void fresh10ScoresHold() throws IOException {
    Score s = score("fresh10");
    assertTrue(s.f1() >= FRESH10_F1, s.report());
    assertTrue(s.completeness() >= FRESH10_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH10_CREDITED, s.report());
  }

  /**
   * The eleventh held-out set (devset/fresh11: 20 articles, 20 publishers, 240 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main ebc3d7d, reviewed gold): F1 0.950,
   * complete 24.2%, credited 55.2% (17 of the 20 pages carry no date; 3 state no year for their figures); end of its round
   * (readers written from fresh10 and the first runs of every earlier set): complete 24.2%, credited 53.4%; unchanged in round 12.
   * Opened to rule writers in round 13 (fresh12 and fresh13 the never-opened sets then): F1 0.959, complete 36.7%, credited 62.9%.
   * Floors just below.
   */
  @Test
  void fresh11ScoresHold() throws IOException {
    Score s = score("fresh11");
    assertTrue(s.f1() >= FRESH11_F1, s.report());
    assertTrue(s.completeness() >= FRESH11_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH11_CREDITED, s.report());
  }

  /**
   * The twelfth held-out set (devset/fresh12: 20 articles, 20 publishers, 217 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main 04400cf, reviewed gold): F1 0.920,
   * complete 52.5%, credited 63.9% (one page's space-grouped amounts split into fragments; 14 of the 20 pages carry no
   * date of their own, one states no year). Floors just below.
   */
  @Test
  void fresh12ScoresHold() throws IOException {
    Score s = score("fresh12");
    assertTrue(s.f1() >= FRESH12_F1, s.report());
    assertTrue(s.completeness() >= FRESH12_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH12_CREDITED, s.report());
  }

  /**
   * The thirteenth held-out set (devset/fresh13: 20 articles, 20 publishers, 203 figures), annotated and reviewed blind before
   * any rule of its round saw it; nobody writing rules opens it. First run (main 2f4ce50, reviewed gold): F1 0.975,
   * complete 48.3%, credited 61.5% (16 of the 20 pages carry no date of their own, four state no year for their figures).
   * Floors just below.
   */
  @Test
  void fresh13ScoresHold() throws IOException {
    Score s = score("fresh13");
    assertTrue(s.f1() >= FRESH13_F1, s.report());
    assertTrue(s.completeness() >= FRESH13_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH13_CREDITED, s.report());
  }

  /**
   * The fourteenth held-out set (devset/fresh14: 25 articles, 25 publishers, 275 figures), annotated before any run (blind14)
   * and double-annotated blind on ten pages (review14) in round 19, when fresh12 and fresh13 were opened to rule writers;
   * opened to rule writers in round 20. First run (main 53ee60f, gold before review): F1 0.973, complete 44.7%, credited 53.3%
   * (20 of the 25 pages carry no date of their own, three state no year for their figures). Floors just below the end of
   * round 19.
   */
  @Test
  void fresh14ScoresHold() throws IOException {
    Score s = score("fresh14");
    assertTrue(s.f1() >= FRESH14_F1, s.report());
    assertTrue(s.completeness() >= FRESH14_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH14_CREDITED, s.report());
  }

  /**
   * The fifteenth held-out set (devset/fresh15: 26 articles, 26 publishers, 292 figures), annotated before any run (blind15)
   * and double-annotated blind on ten pages (review15: 109/109 figures found by both, three gold fixes) in round 20, when
   * fresh14 was opened to rule writers; nobody writing rules opens it. First run (main 526a2e3, gold before review): F1 0.967,
   * complete 35.6%, credited 52.0% (20 of the 26 pages carry no date of their own). Floors just below the end of round 20.
   */
  @Test
  void fresh15ScoresHold() throws IOException {
    Score s = score("fresh15");
    assertTrue(s.f1() >= FRESH15_F1, s.report());
    assertTrue(s.completeness() >= FRESH15_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH15_CREDITED, s.report());
  }

  /**
   * The sixteenth held-out set (devset/fresh16: 28 articles, 28 publishers, 264 figures), annotated before any run (blind16)
   * and double-annotated blind on ten pages (review16: 96/96 figures found by both, five gold fixes on one page) in round 21,
   * when fresh15 was opened to rule writers; nobody writing rules opens it. First run (main 53526f2, gold before review):
   * F1 0.969, complete 48.1%, credited 65.9% (16 of the 28 pages carry no date of their own); end of round 21: 48.5%, 65.9%.
   * Opened to rule writers in round 22: complete 53.0%, credited 66.5%. Floors just below.
   */
  @Test
  void fresh16ScoresHold() throws IOException {
    Score s = score("fresh16");
    assertTrue(s.f1() >= FRESH16_F1, s.report());
    assertTrue(s.completeness() >= FRESH16_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH16_CREDITED, s.report());
  }

  /**
   * The seventeenth held-out set (devset/fresh17: 27 articles, 27 publishers, 297 figures), annotated before any run (blind17)
   * and double-annotated blind on ten pages (review17: 117 figures found by both, 111 agreeing on every attribute) in
   * round 22, the first set kept sealed in devset/sealed/ while rules were written; nobody writing rules opened it. First
   * run (main 5d347fa): F1 0.933, complete 33.0%, credited 61.5%; end of round 22: 33.7%, 61.5%. Opened to rule writers in
   * round 23: complete 47.1%, credited 79.1% (in-sample: the rules of round 23 were written on it). Floors just below.
   */
  @Test
  void fresh17ScoresHold() throws IOException {
    Score s = score("fresh17");
    assertTrue(s.f1() >= FRESH17_F1, s.report());
    assertTrue(s.completeness() >= FRESH17_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH17_CREDITED, s.report());
  }

  /**
   * The eighteenth held-out set (devset/fresh18: 27 articles, 27 publishers, 275 figures), annotated before any run (blind18)
   * and double-annotated blind on ten pages (review18: 104 figures found by both, 97 agreeing on every attribute, no gold
   * fix) in round 23, sealed in devset/sealed/ while that round's rules were written. First run (main e475bf5): F1 0.930,
   * complete 45.1%, credited 56.3%; end of round 23: 45.1%, 57.6%. Opened to rule writers in round 24 (end: 48.4%, 74.5%).
   * Floors just below.
   */
  @Test
  void fresh18ScoresHold() throws IOException {
    Score s = score("fresh18");
    assertTrue(s.f1() >= FRESH18_F1, s.report());
    assertTrue(s.completeness() >= FRESH18_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH18_CREDITED, s.report());
  }

  /**
   * The nineteenth held-out set (devset/fresh19: 28 articles, 28 publishers, 312 figures), annotated before any run (blind19)
   * and double-annotated blind on ten pages (review19: 155 figures found by both, 16 gold lines fixed) in round 24, sealed in
   * devset/sealed/ while that round's rules were written. First run (main 41b37256, 310 lines): F1 0.931, complete 49.0%,
   * credited 61.2%; end of round 24: 54.0%, 60.8%. Opened to rule writers in round 25 (five calls settled: 312 lines; 51.0% complete on them).
   * Floors just below.
   */
  @Test
  void fresh19ScoresHold() throws IOException {
    Score s = score("fresh19");
    assertTrue(s.f1() >= FRESH19_F1, s.report());
    assertTrue(s.completeness() >= FRESH19_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH19_CREDITED, s.report());
  }

  /**
   * The twenty-seventh held-out set (devset/fresh27: 30 articles, 30 publishers, 288 figures), annotated before any run
   * (blind27) and double-annotated blind on ten pages (review27: 83 figures found by both, 11 gold periods fixed) in round 32,
   * sealed in devset/sealed/ while that round's rules were written. First run (before the review): F1 0.955, complete 47.9%,
   * credited 40.4%; round 32's start and end on the reviewed gold: 0.955, 47.2% to 47.6%, 40.4% to 41.7%. Opened to rule
   * writers in round 33 (one open call settled, the gold kept; "estimated" no qualifier, 4 lines; end of round 33: 0.957,
   * 55.2%, 58.3%). Floors just below.
   */
  @Test
  void fresh27ScoresHold() throws IOException {
    Score s = score("fresh27");
    assertTrue(s.f1() >= FRESH27_F1, s.report());
    assertTrue(s.completeness() >= FRESH27_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH27_CREDITED, s.report());
  }

  static final double FRESH27_F1 = 0.96; // 0.955 at the round 33 start (0.957 at its end; 0.95 until round 36, 0.974)
  static final double FRESH27_COMPLETE = 0.57; // 0.476 at the round 33 start (55.2% at its end; 0.54 until round 34, 56.3%; 0.55 until round 36, 58.3%)
  static final double FRESH27_CREDITED = 0.64; // 0.417 at the round 33 start (58.3% at its end; 0.57 until round 34, 60.9%; 0.59 until round 36, 65.4%)

  /**
   * The twenty-eighth held-out set (devset/fresh28: 30 articles, 30 publishers, 245 figures), annotated before any run
   * (blind28) and double-annotated blind on ten pages (review28: 83 figures found by both, 8 gold lines fixed) in round 33,
   * sealed in devset/sealed/ while that round's rules were written. First run (before the review): F1 0.941, complete 41.2%,
   * credited 45.3%; round 33's start and end on the reviewed gold: 0.941, 41.6%, 45.3%. Opened to rule writers in round 34
   * (five open calls settled: 7 lines). Floors just below.
   */
  @Test
  void fresh28ScoresHold() throws IOException {
    Score s = score("fresh28");
    assertTrue(s.f1() >= FRESH28_F1, s.report());
    assertTrue(s.completeness() >= FRESH28_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH28_CREDITED, s.report());
  }

  static final double FRESH28_F1 = 0.94; // 0.941 at the round 34 start and end (0.93 until round 36, 0.949)
  static final double FRESH28_COMPLETE = 0.50; // 0.416 at the round 34 start and end (0.40 until round 36, 51.4%)
  static final double FRESH28_CREDITED = 0.65; // 0.447 at the round 34 start, on the settled gold (64.5% at its end; 0.63 until round 36, 66.4%)

  /**
   * The twenty-ninth held-out set (devset/fresh29: 30 articles, 29 publishers, 243 figures), annotated before any run
   * (blind29) and double-annotated blind on ten pages (review29: 100 of 101 figures found by both, 16 gold lines fixed) in
   * round 34, sealed in devset/sealed/ while that round's rules were written. First run (before the review): F1 0.952,
   * complete 47.7%, credited 56.2%; round 34's start and end on the reviewed gold: 0.952, 48.1%, 56.1%. Opened to rule
   * writers in round 35 (four open calls and a basis note settled: 6 lines; start 0.952, 48.1%, 56.7% on the settled gold,
   * end of round 35: 0.952, 48.6%, 56.7%). Floors just below.
   */
  @Test
  void fresh29ScoresHold() throws IOException {
    Score s = score("fresh29");
    assertTrue(s.f1() >= FRESH29_F1, s.report());
    assertTrue(s.completeness() >= FRESH29_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH29_CREDITED, s.report());
  }

  static final double FRESH29_F1 = 0.95; // 0.952 at the round 35 start and end (0.94 until round 36, 0.967)
  static final double FRESH29_COMPLETE = 0.55; // 0.481 at the round 35 start (48.6% at its end; 0.47 until round 36, 56.8%)
  static final double FRESH29_CREDITED = 0.57; // 0.567 at the round 35 start and end, on the settled gold (0.55 until round 36, 58.5%)

  /**
   * The thirtieth held-out set (devset/fresh30: 30 articles, 30 publishers, 288 figures), annotated before any run
   * (blind30) and double-annotated blind on ten pages (review30: 118 of 119 figures found by both, 1 gold line fixed) in
   * round 35, sealed in devset/sealed/ while that round's rules were written. First run: F1 0.945, complete 47.2%,
   * credited 62.0%; round 35's end on the reviewed gold: 0.945, 47.6%, 62.0%. Opened to rule writers in round 36 (four open
   * calls and the annotator's one settled: 3 lines changed, 1 added; start of round 36 on the settled gold: 0.944, 47.4%, 61.7%; end of round 36: 0.947, 48.8%, 63.7%).
   * Floors just below.
   */
  @Test
  void fresh30ScoresHold() throws IOException {
    Score s = score("fresh30");
    assertTrue(s.f1() >= FRESH30_F1, s.report());
    assertTrue(s.completeness() >= FRESH30_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH30_CREDITED, s.report());
  }

  static final double FRESH30_F1 = 0.94; // 0.944 at the round 36 start (0.947 at its end)
  static final double FRESH30_COMPLETE = 0.47; // 0.474 at the round 36 start (48.8% at its end)
  static final double FRESH30_CREDITED = 0.62; // 0.617 at the round 36 start, on the settled gold (63.7% at its end)

  /**
   * The thirty-first held-out set (devset/fresh31: 30 articles, 30 publishers, 272 figures), annotated before any run
   * (blind31) and double-annotated blind on ten pages (review31: 103 of 105 figures found by both, 10 gold lines fixed)
   * in round 36, sealed in devset/sealed/ while that round's rules were written. First run: F1 0.944, complete 52.2%,
   * credited 48.5%; round 36's start and end on the reviewed gold: 0.944, 52.9% to 55.1%, 48.0% to 47.5%. Opened to rule
   * writers in round 37 (three open calls settled: 2 lines changed; round 37 start 0.944, 55.1%, 47.1%, end 0.944,
   * 56.6%, 54.4%). Floors just below.
   */
  @Test
  void fresh31ScoresHold() throws IOException {
    Score s = score("fresh31");
    assertTrue(s.f1() >= FRESH31_F1, s.report());
    assertTrue(s.completeness() >= FRESH31_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH31_CREDITED, s.report());
  }

  static final double FRESH31_F1 = 0.94; // 0.944 at the round 37 start and end, on the settled gold
  static final double FRESH31_COMPLETE = 0.56; // 55.1% at the round 37 start, 56.6% at its end
  static final double FRESH31_CREDITED = 0.54; // 47.1% at the round 37 start (settled gold), 54.4% at its end

  /**
   * The twenty-sixth held-out set (devset/fresh26: 30 articles, 30 publishers, 252 figures), annotated before any run (blind26)
   * and double-annotated blind on ten pages (review26: 109 figures found by both, 10 gold lines fixed, two added) in round 31,
   * sealed in devset/sealed/ while that round's rules were written. First run (before the review): F1 0.916, complete 52.0%,
   * credited 59.2%; round 31's start and end on the reviewed gold: 0.917, 53.6% to 54.0%, 59.0%. Opened to rule writers in
   * round 32 (one open call settled, the gold kept; "estimated" no qualifier, 7 lines; end of round 32: 0.960, 57.9%,
   * 70.8%). Floors just below.
   */
  @Test
  void fresh26ScoresHold() throws IOException {
    Score s = score("fresh26");
    assertTrue(s.f1() >= FRESH26_F1, s.report());
    assertTrue(s.completeness() >= FRESH26_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH26_CREDITED, s.report());
  }

  static final double FRESH26_F1 = 0.94; // 0.917 at the round 32 start (0.960 at its end)
  static final double FRESH26_COMPLETE = 0.56; // 0.540 at the round 32 start (57.9% at its end)
  static final double FRESH26_CREDITED = 0.69; // 0.590 at the round 32 start (70.8% at its end)

  /**
   * The twenty-fifth held-out set (devset/fresh25: 30 articles, 30 publishers, 267 figures), annotated before any run (blind25)
   * and double-annotated blind on ten pages (review25: 90 figures found by both, 30 gold lines fixed, one added) in round 30,
   * sealed in devset/sealed/ while that round's rules were written. First run (before the review): F1 0.884, complete 47.7%,
   * credited 50.8%; round 30's start and end on the reviewed gold: 0.886, 44.2%, 61.3%. Opened to rule writers in round 31
   * (three calls settled and seven qualifiers as written, 267 lines: 0.886, 44.2%, 64.7%; end of round 31, three
   * charging-point units settled: 0.886, 52.8%, 70.6%). Floors just below.
   */
  @Test
  void fresh25ScoresHold() throws IOException {
    Score s = score("fresh25");
    assertTrue(s.f1() >= FRESH25_F1, s.report());
    assertTrue(s.completeness() >= FRESH25_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH25_CREDITED, s.report());
  }

  static final double FRESH25_F1 = 0.90; // 0.886 at the round 31 start (0.87 until round 35, 0.916)
  static final double FRESH25_COMPLETE = 0.51; // 0.442 at the round 31 start (52.8% at its end)
  static final double FRESH25_CREDITED = 0.69; // 0.647 at the round 31 start (0.613 before the calls were settled; 70.6% at its end)

  /**
   * The twenty-fourth held-out set (devset/fresh24: 30 articles, 30 publishers, 290 figures), annotated before any run (blind24)
   * and double-annotated blind on ten pages (review24: 83 figures found by both, 11 gold lines fixed) in round 29, sealed in
   * devset/sealed/ while that round's rules were written. First run (before the review): F1 0.919, complete 46.2%, credited
   * 59.2%; round 29's start on the reviewed gold: 0.915, 46.2%, 59.7%; end of round 29: 0.915, 47.2%, 59.7%. Opened to rule
   * writers in round 30 (three calls settled, 290 lines: 0.915, 47.2%, 59.7%; end of round 30: 0.915, 56.2%, 60.2%). Floors
   * just below.
   */
  @Test
  void fresh24ScoresHold() throws IOException {
    Score s = score("fresh24");
    assertTrue(s.f1() >= FRESH24_F1, s.report());
    assertTrue(s.completeness() >= FRESH24_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH24_CREDITED, s.report());
  }

  static final double FRESH24_F1 = 0.94; // 0.915 at the round 30 start (0.91 until round 35, 0.949 with the troy-ounce gold fix)
  static final double FRESH24_COMPLETE = 0.62; // 0.472 at the round 30 start (56.2% at its end; 0.55 until round 35, 63.8%)
  static final double FRESH24_CREDITED = 0.70; // 0.597 at the round 30 start (60.2% at its end; 0.59 until round 31, 64.9%; 0.63 until round 35, 71.9%)

  /**
   * The twenty-third held-out set (devset/fresh23: 30 articles, 30 publishers, 261 figures), annotated before any run (blind23)
   * and double-annotated blind on ten pages (review23: 73 figures found by both, 14 gold lines fixed) in round 28, sealed in
   * devset/sealed/ while that round's rules were written. Round 28's start on the reviewed gold: F1 0.935, complete 49.0%,
   * credited 50.5%; end of round 28: 50.2%, 50.5%. Opened to rule writers in round 29 (calls settled, troy ounces, 261
   * lines: F1 0.947, complete 52.1%, credited 52.4%; end of round 29: 0.954, 59.4%, 76.7%). Floors just below.
   */
  @Test
  void fresh23ScoresHold() throws IOException {
    Score s = score("fresh23");
    assertTrue(s.f1() >= FRESH23_F1, s.report());
    assertTrue(s.completeness() >= FRESH23_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH23_CREDITED, s.report());
  }

  static final double FRESH23_F1 = 0.95; // 0.94 at the round 29 start
  static final double FRESH23_COMPLETE = 0.58; // 0.51 at the round 29 start (59.4% at its end)
  static final double FRESH23_CREDITED = 0.75; // 0.51 at the round 29 start (76.7% at its end)

  /**
   * The twenty-second held-out set (devset/fresh22: 30 articles, 30 publishers, 313 figures), annotated before any run (blind22)
   * and double-annotated blind on ten pages (review22: 109 figures found by both, five periods fixed) in round 27, sealed in
   * devset/sealed/ while that round's rules were written. First run (main 6444b5aa, before the review): F1 0.962, complete
   * 54.6%, credited 66.2%; end of round 27 on the reviewed gold: 53.4%, 66.2%. Opened to rule writers in round 28 (the
   * review's open call settled, 313 lines: 53.4%, 67.3%; end of round 28: 55.6%, 83.5%).
   * Floors just below.
   */
  @Test
  void fresh22ScoresHold() throws IOException {
    Score s = score("fresh22");
    assertTrue(s.f1() >= FRESH22_F1, s.report());
    assertTrue(s.completeness() >= FRESH22_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH22_CREDITED, s.report());
  }

  static final double FRESH22_F1 = 0.95;
  static final double FRESH22_COMPLETE = 0.54; // 0.52 until round 28 (55.6%)
  static final double FRESH22_CREDITED = 0.81; // 0.66 until round 28 (83.5%)

  /**
   * The twenty-first held-out set (devset/fresh21: 30 articles, 29 publishers, 257 figures), annotated before any run (blind21)
   * and double-annotated blind on ten pages (review21: 98 figures found by both, five gold lines fixed) in round 26, sealed in
   * devset/sealed/ while that round's rules were written. First run (main 3dee66a6, 256 lines): F1 0.923, complete 48.8%,
   * credited 71.6%; end of round 26: 49.4%, 72.6%. Opened to rule writers in round 27 (calls settled, 257 lines: 49.4%, 74.9%; end of round 27: 51.8%, 74.9%; end of round 28: 54.9%, 75.3%).
   * Floors just below.
   */
  @Test
  void fresh21ScoresHold() throws IOException {
    Score s = score("fresh21");
    assertTrue(s.f1() >= FRESH21_F1, s.report());
    assertTrue(s.completeness() >= FRESH21_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH21_CREDITED, s.report());
  }

  static final double FRESH21_F1 = 0.92; // 0.91 until round 35 (0.930)
  static final double FRESH21_COMPLETE = 0.59; // 0.48 until round 27 (51.8%), 0.50 until round 28 (54.9%), 0.53 until round 35 (61.1%)
  static final double FRESH21_CREDITED = 0.73; // 74.9% at the end of round 27

  /**
   * The twentieth held-out set (devset/fresh20: 28 articles, 28 publishers, 312 figures), annotated before any run (blind20)
   * and double-annotated blind on ten pages (review20: 101 figures found by both, one gold line fixed) in round 25, sealed in
   * devset/sealed/ while that round's rules were written. First run (main 7374d51): F1 0.936, complete 39.7%, credited 67.1%;
   * end of round 25: 39.7%, 67.1%. Opened to rule writers in round 26 (five calls settled, 312 lines: 39.4%, 65.2%; end of
   * round 26: 49.0%, 68.2%).
   * Floors just below.
   */
  @Test
  void fresh20ScoresHold() throws IOException {
    Score s = score("fresh20");
    assertTrue(s.f1() >= FRESH20_F1, s.report());
    assertTrue(s.completeness() >= FRESH20_COMPLETE, s.report());
    assertTrue(s.attributionAccuracy() >= FRESH20_CREDITED, s.report());
  }

  static final double FRESH20_F1 = 0.92;
  static final double FRESH20_COMPLETE = 0.51; // 0.38 until round 26 (49.0%), 0.47 until round 28 (51.0%), 0.49 until round 29 (52.6%)
  static final double FRESH20_CREDITED = 0.70; // 0.64 until round 26 (68.2%), 0.66 until round 27 (72.3%)

  static final double FRESH19_F1 = 0.92;
  static final double FRESH19_COMPLETE = 0.62; // 0.50 until round 25 (61.5%), 0.60 until round 26 (64.1%)
  static final double FRESH19_CREDITED = 0.88; // 0.59 until round 25 (83.8%), 0.82 until round 26 (87.1%), 0.85 until round 29 (90.4%)

  static final double FRESH18_F1 = 0.92;
  static final double FRESH18_COMPLETE = 0.48; // 0.44 until round 24 (48.4%), 0.47 until round 25 (49.5%)
  static final double FRESH18_CREDITED = 0.73; // 0.56 until round 24 (74.5%)

  static final double FRESH17_F1 = 0.92;
  static final double FRESH17_COMPLETE = 0.51; // 0.32 until round 23 (47.1%), 0.46 until round 27 (52.5%)
  static final double FRESH17_CREDITED = 0.83; // 0.60 until round 23 (79.1%), 0.78 until round 25 (80.2%), 0.79 until round 27 (84.6%)

  static final double FRESH16_F1 = 0.96;
  static final double FRESH16_COMPLETE = 0.60; // 0.47 until round 22 (53.0%), 0.51 until round 27 (59.1%), 0.57 until round 28 (62.1%)
  static final double FRESH16_CREDITED = 0.71; // 0.64 until round 22 (66.5%), 0.65 until round 23 (67.1%), 0.66 until round 24 (68.3%), 0.67 until round 27 (72.5%)

  static final double FRESH15_F1 = 0.96;
  static final double FRESH15_COMPLETE = 0.45; // 0.35 until round 21 (39.4%), 0.38 until round 22 (41.4%), 0.40 until round 24 (42.1%), 0.41 until round 26 (44.5%), 0.43 until round 29 (46.9%)
  static final double FRESH15_CREDITED = 0.68; // 0.51 until round 21 (62.6%), 0.61 until round 25 (69.2%)

  static final double FRESH14_F1 = 0.96;
  static final double FRESH14_COMPLETE = 0.52; // 0.44 until round 20 (48.0%), 0.47 until round 24 (50.2%), 0.49 until round 28 (53.8%)
  static final double FRESH14_CREDITED = 0.75; // 0.53 until round 20 (71.4%), 0.70 until round 22 (77.0%)

  static final double FRESH13_F1 = 0.96;
  static final double FRESH13_COMPLETE = 0.52; // 0.47 until round 20 (50.7%), 0.49 until round 21 (51.2%), 0.50 until round 22 (53.2%)
  static final double FRESH13_CREDITED = 0.72; // 0.60 until round 19 (70.4%), 0.69 until round 20 (73.3%)

  static final double FRESH12_F1 = 0.91;
  static final double FRESH12_COMPLETE = 0.56; // 0.51 until round 14 (53.9%), 0.52 until round 20 (57.6%)
  static final double FRESH12_CREDITED = 0.78; // 0.62 until round 19 (70.9%), 0.69 until round 21 (71.5%), 0.70 until round 23 (72.2%), 0.71 until round 27 (79.7%)

  static final double FRESH11_F1 = 0.95;
  static final double FRESH11_COMPLETE = 0.50; // 0.36 until round 15 (42.1%), 0.40 until round 19 (44.6%), 0.43 until round 20 (45.8%), 0.44 until round 21 (46.3%), 0.45 until round 23 (51.2%)
  static final double FRESH11_CREDITED = 0.79; // 0.62 until round 14 (66.4%), 0.65 until round 16 (69.0%), 0.68 until round 17 (71.6%), 0.70 until round 20 (75.0%), 0.74 until round 26 (78.4%), 0.77 until round 27 (81.0%)

  static final double FRESH10_F1 = 0.97;
  static final double FRESH10_COMPLETE = 0.53; // 0.48 until round 21 (52.3%), 0.51 until round 23 (53.9%)
  static final double FRESH10_CREDITED = 0.90; // 0.83 until round 15 (87.7%), 0.86 until round 18 (92.6%)

  static final double FRESH9_F1 = 0.97;
  static final double FRESH9_COMPLETE = 0.41; // 0.29 until round 14 (31.9%), 0.31 until round 15 (33.1%), 0.32 until round 24 (36.7%), 0.35 until round 36 (42.4%)
  static final double FRESH9_CREDITED = 0.84; // 0.75 until round 17 (79.0%), 0.77 until round 18 (85.8%)

  static final double FRESH7_F1 = 0.98;
  static final double FRESH7_COMPLETE = 0.54; // 0.52 until round 14 (55.0%)
  static final double FRESH7_CREDITED = 0.82; // 0.72 until round 17 (76.7%), 0.75 until round 18 (87.1%), 0.85 until round 32 (87.6%; round 32 settled that a company stating its own results credits the company: 11 BYD lines of f7-e-07 null -> BYD, which the extractor does not give; 83.1%)

  static final double FRESH6_F1 = 0.96;
  static final double FRESH6_COMPLETE = 0.74; // 0.66 until round 17 (69.8%), 0.68 until round 21 (71.8%), 0.70 until round 27 (76.2%)
  static final double FRESH6_CREDITED = 0.86;

  static final double FRESH5_F1 = 0.97;
  static final double FRESH5_COMPLETE = 0.58; // 0.53 until round 14 (55.8%), 0.54 until round 17 (58.3%), 0.56 until round 19 (59.6%)
  static final double FRESH5_CREDITED = 0.89; // 0.83 until round 18 (88.0%), 0.86 until round 20 (90.7%)

  static final double FRESH4_F1 = 0.96;
  static final double FRESH4_COMPLETE = 0.62; // 0.54 until round 15 (57.3%), 0.55 until round 17 (58.5%), 0.57 until round 19 (60.8%), 0.59 until round 25 (63.8%)
  static final double FRESH4_CREDITED = 0.86; // 0.72 until round 16 (76.0%), 0.75 until round 18 (83.3%), 0.81 until round 20 (87.0%)

  static final double FRESH3_F1 = 0.97;
  static final double FRESH3_COMPLETE = 0.64; // 0.61 until round 21 (66.2%)
  static final double FRESH3_CREDITED = 0.88;

  static final double FRESH2_F1 = 0.97;
  static final double FRESH2_COMPLETE = 0.72; // 0.69 until round 19 (73.8%)
  static final double FRESH2_CREDITED = 0.93;

  static final double FRESH_F1 = 0.97;
  static final double FRESH_COMPLETE = 0.62;
  static final double FRESH_CREDITED = 0.96;

  /** Over every stored figure: a contradiction is always between figures of one period, flow, place and material. */
  @Test
  void citeNeverContradictsAcrossPeriodsFlowsPlacesOrMaterials() {
    CitationFinder finder;
    try (GraphStore s = GraphStore.openExisting(store)) {
      finder = new CitationFinder(extracted, StoredArticles.all(s.dataset()));
    }
    int pairs = 0;
    for (FigureRecord f : extracted) {
      for (Citation c : finder.cite(new FigureQuery(f.value(), f.unit(), f.quote()))) {
        if (!Objects.equals(c.figure(), f)) continue;
        for (Related r : c.contradicting()) {
          FigureRecord o = r.figure();
          pairs++;
          String why = f.doc() + " \"" + f.quote() + "\" vs " + o.doc() + " \"" + o.quote() + "\"";
          assertEquals(f.period(), o.period(), why);
          assertEquals(f.place(), o.place(), why);
          MeasureParts a = MeasureParts.of(f.measure());
          MeasureParts b = MeasureParts.of(o.measure());
          assertEquals(a.flow(), b.flow(), why);
          assertTrue(a.material() == null || b.material() == null || a.material().equals(b.material()), why);
          assertNull(Comparability.difference(f.facts(), o.facts()), why);
        }
      }
    }
    System.out.println("devset: " + pairs + " contradiction pairs checked over " + extracted.size() + " figures");
    assertTrue(extracted.size() > 300, "figures: " + extracted.size());
  }
}
