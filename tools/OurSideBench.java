// Our side of `claimgraph benchmark` alone: W warm-up and T timed passes of Claimgraph.ingest into fresh stores, as
// IngestBenchmark runs them (2 threads); process CPU and each JVM thread group's CPU per pass; a JFR recording
// (settings=profile) of the timed passes only, written to the file given by -Djfr=. Each pass prints "PASS-START n
// epoch-ms" and "PASS-END n epoch-ms" and the run's notes (stories, summary, compaction seconds), which
// tools/jit-passes.py reads to place a JFR recording's compilations in passes and their phases.
// Run: java -cp "app/target/classes:$(cat app/target/runtime-classpath.txt)" tools/OurSideBench.java W T DIR...
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.claimgraph.ingest.*;
import org.claimgraph.service.Claimgraph;

public class OurSideBench {
  static double cpu() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9; }

  static Map<String, Double> threads() throws Exception {
    Map<String, Double> out = new TreeMap<>();
    try (var ds = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path t : ds) {
        try {
          String name = Files.readString(t.resolve("comm")).strip();
          // "C1 CompilerThre", "C2 CompilerThre": the two compilers apart; other threads by kind ("GC Thread#").
          name = name.startsWith("C1 Comp") || name.startsWith("C2 Comp") ? name.substring(0, 2) : name.replaceAll("[0-9]+", "#");
          String[] st = Files.readString(t.resolve("stat")).split("\\) ")[1].split(" ");
          double s = (Long.parseLong(st[11]) + Long.parseLong(st[12])) / 100.0;
          out.merge(name, s, Double::sum);
        } catch (Exception e) {}
      }
    }
    return out;
  }

  // Threads that end within a pass (ViewsAhead's "summary-views") are gone from /proc/self/task at its end: a sampler
  // keeps each such thread's last CPU seen, by thread id, so that a pass's table still shows them.
  static final Map<String, Double> ended = new java.util.concurrent.ConcurrentHashMap<>();

  static void sampleShortLived() {
    while (true) {
      try (var ds = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
        for (Path t : ds) {
          try {
            if (!Files.readString(t.resolve("comm")).strip().equals("summary-views")) continue;
            String[] st = Files.readString(t.resolve("stat")).split("\\) ")[1].split(" ");
            ended.put(t.getFileName().toString(), (Long.parseLong(st[11]) + Long.parseLong(st[12])) / 100.0);
          } catch (Exception e) {}
        }
        Thread.sleep(20);
      } catch (Exception e) {}
    }
  }

  public static void main(String[] args) throws Exception {
    Thread sampler = new Thread(OurSideBench::sampleShortLived, "sampler");
    sampler.setDaemon(true);
    sampler.start();
    int warm = Integer.parseInt(args[0]), timed = Integer.parseInt(args[1]);
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) inputs.add(Path.of(args[i]));
    List<Path> files = org.claimgraph.ingest.SourceFiles.expand(inputs);
    IngestService service = new IngestService(2);
    Path tmp = Files.createTempDirectory("ourside");
    Recording rec = null;
    double total = 0;
    for (int pass = 0; pass < warm + timed; pass++) {
      if (pass == warm && System.getProperty("jfr") != null) {
        rec = new Recording(Configuration.getConfiguration("profile"));
        rec.start();
      }
      Map<String, Double> t0;
      double c0;
      IngestReport report;
      try (Claimgraph cg = Claimgraph.open(tmp.resolve("p" + pass))) {
        t0 = threads();
        c0 = cpu();
        System.out.println("PASS-START " + pass + " " + System.currentTimeMillis());
        report = cg.ingest(service, files, IngestListener.NONE);
        System.out.println("PASS-END " + pass + " " + System.currentTimeMillis());
        Thread.sleep(50); // the sampler's last look at this pass's short-lived threads
        System.out.println("NOTE " + pass + " " + report.notes());
      }
      double c = cpu() - c0;
      Map<String, Double> t1 = threads();
      t1.remove("summary-views");
      double views = ended.values().stream().mapToDouble(Double::doubleValue).sum();
      ended.clear();
      if (views > 0) t1.put("summary-views(ended)", views);
      int tokens = report.files().stream().mapToInt(FileResult::tokens).sum();
      StringBuilder b = new StringBuilder();
      for (var e : t1.entrySet()) {
        double d = e.getValue() - t0.getOrDefault(e.getKey(), 0.0);
        if (d >= 0.2) b.append(String.format(Locale.ROOT, " %s=%.1f", e.getKey(), d));
      }
      if (pass >= warm) total += c / tokens * 1000;
      System.out.printf(Locale.ROOT, "%s %d: %d tokens, process CPU %.2f s, %.4f s/1k;%s%n", pass < warm ? "warm" : "timed", pass, tokens, c, c / tokens * 1000, b);
    }
    System.out.printf(Locale.ROOT, "mean timed CPU per 1k tokens %.4f%n", total / timed);
    if (rec != null) { rec.stop(); rec.dump(Path.of(System.getProperty("jfr"))); }
    System.exit(0);
  }
}
