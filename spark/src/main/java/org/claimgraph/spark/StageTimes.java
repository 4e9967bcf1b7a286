package org.claimgraph.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * How parallel each stage of a job is, whatever the machine's load: per stage its wall time, its
 * tasks, the sum of the tasks' run and CPU time (a stage that uses two cores has a sum ≈ 2 × wall),
 * its longest task (≈ wall: one task holds the stage), its shuffle bytes, and the driver's time
 * before it (since the previous stage ended: collects, broadcasts, the sort's sampling). Printed to
 * stderr when the context stops. Enabled without code, as Spark reads {@code spark.*} system properties:
 *
 * <pre>
 * java -Dspark.extraListeners=org.claimgraph.spark.StageTimes … org.claimgraph.spark.SparkBenchmark 500 /tmp/b local[2]
 * stage job tasks   wall    run    cpu run/wall maxtask  shufR  shufW   gap  name
 *     0   0     8   12.1   23.4   22.0    1.93     4.1    0.0    0.0   0.0  count at SparkIngest.java:79
 * </pre>
 */
public final class StageTimes extends SparkListener {

  /** One finished stage. */
  record Row(int stage, int job, int tasks, double wall, double run, double cpu, double maxTask, double shuffleRead,
      double shuffleWrite, double gap, String name) {}

  /** One finished job: its wall time and the sums of its tasks' run, CPU and GC time. */
  record JobRow(int job, int tasks, double wall, double run, double cpu, double gc, double processCpu, double gcPause,
      double gap, String name) {}

  private final Map<Integer, Integer> jobOfStage = new HashMap<>();
  private final Map<Integer, Long> jobStart = new HashMap<>();
  private final Map<Integer, long[]> jobProcess = new HashMap<>(); // process CPU ns, GC pause ms at the job's start
  private final Map<Integer, String> jobName = new HashMap<>();
  private final Map<Integer, long[]> jobSums = new HashMap<>(); // tasks, run ms, cpu ns, gc ms
  private final List<JobRow> jobs = new ArrayList<>();
  private long lastJobEnd = -1;
  private Map<String, Long> threadsAtJob1;
  private final Map<Integer, Long> maxTaskMs = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private long lastEnd = -1;
  private final PrintStream out;

  public StageTimes() {
    this(System.err);
  }

  StageTimes(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart job) {
    scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds()).forEach(s -> jobOfStage.put((Integer) s, job.jobId()));
    jobStart.put(job.jobId(), job.time());
    if (job.jobId() == 1) threadsAtJob1 = threadTicks();
    jobProcess.put(job.jobId(), new long[] {processCpuNanos(), gcPauseMillis()});
    StageInfo last = null;
    for (StageInfo s : scala.jdk.javaapi.CollectionConverters.asJava(job.stageInfos())) {
      if (last == null || s.stageId() > last.stageId()) last = s;
    }
    jobName.put(job.jobId(), last == null ? "" : last.name());
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd end) {
    long start = jobStart.getOrDefault(end.jobId(), end.time());
    long[] sums = jobSums.getOrDefault(end.jobId(), new long[4]);
    long[] process = jobProcess.getOrDefault(end.jobId(), new long[] {processCpuNanos(), gcPauseMillis()});
    double gap = lastJobEnd < 0 ? 0 : Math.max(0, start - lastJobEnd) / 1e3;
    lastJobEnd = end.time();
    jobs.add(new JobRow(end.jobId(), (int) sums[0], (end.time() - start) / 1e3, sums[1] / 1e3, sums[2] / 1e9, sums[3] / 1e3,
        (processCpuNanos() - process[0]) / 1e9, (gcPauseMillis() - process[1]) / 1e3, gap, jobName.getOrDefault(end.jobId(), "")));
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
    TaskMetrics m = task.taskMetrics();
    if (m == null) return;
    maxTaskMs.merge(task.stageId(), m.executorRunTime(), Math::max);
    long[] sums = jobSums.computeIfAbsent(jobOfStage.getOrDefault(task.stageId(), -1), j -> new long[4]);
    sums[0]++;
    sums[1] += m.executorRunTime();
    sums[2] += m.executorCpuTime();
    sums[3] += m.jvmGCTime();
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo s = completed.stageInfo();
    long start = (Long) s.submissionTime().getOrElse(() -> 0L);
    long end = (Long) s.completionTime().getOrElse(() -> 0L);
    TaskMetrics m = s.taskMetrics();
    double gap = lastEnd < 0 ? 0 : Math.max(0, start - lastEnd) / 1e3;
    lastEnd = Math.max(lastEnd, end);
    String name = s.name();
    rows.add(new Row(s.stageId(), jobOfStage.getOrDefault(s.stageId(), -1), s.numTasks(), (end - start) / 1e3,
        m.executorRunTime() / 1e3, m.executorCpuTime() / 1e9, maxTaskMs.getOrDefault(s.stageId(), 0L) / 1e3,
        (m.shuffleReadMetrics().remoteBytesRead() + m.shuffleReadMetrics().localBytesRead()) / 1e6,
        m.shuffleWriteMetrics().bytesWritten() / 1e6, gap, name));
  }

  @Override
  public synchronized void onApplicationEnd(SparkListenerApplicationEnd end) {
    out.println(table(rows));
    out.println(jobTable(jobs));
    if (threadsAtJob1 != null) out.println(threadTable(threadsAtJob1, threadTicks()));
  }

  /**
   * CPU clock ticks (1/100 s) of this JVM's threads by name, digits dropped ("Executor task launch
   * worker for task 12.0" and "GC Thread#1" count as one each), from /proc (Linux); empty elsewhere.
   * Shows the CPU outside the tasks: GC, JIT compilers, Spark's own threads, the driver.
   */
  static Map<String, Long> threadTicks() {
    Map<String, Long> ticks = new java.util.TreeMap<>();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) return ticks;
    for (java.io.File t : tasks) {
      try {
        String stat = java.nio.file.Files.readString(t.toPath().resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks.merge(name + "\t" + t.getName(), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
      } catch (java.io.IOException | RuntimeException e) {
        // a thread that ended while being read
      }
    }
    return ticks;
  }

  /**
   * Per thread name, the CPU seconds between two {@link #threadTicks} readings; threads started
   * since count from zero, threads ended since are missing (so the sums are lower bounds).
   */
  static String threadTable(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> byName = new java.util.TreeMap<>();
    after.forEach((k, v) -> {
      long d = v - before.getOrDefault(k, 0L);
      if (d > 0) byName.merge(k.substring(0, k.indexOf('\t')), d, Long::sum);
    });
    StringBuilder b = new StringBuilder("threads' CPU from job 1 to the end (s):");
    byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .forEach(e -> b.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue() / 100.0)));
    return b.toString();
  }

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long gcPauseMillis() {
    long ms = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
    return ms;
  }

  /** The jobs as a fixed-width table, with a total line. */
  static String jobTable(List<JobRow> jobs) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%3s %5s %6s %6s %6s %8s %8s %5s %7s %7s %5s  %s%n",
        "job", "tasks", "wall", "run", "cpu", "run/wall", "cpu/wall", "gc", "procCPU", "gcPause", "gap", "last stage"));
    double wall = 0, run = 0, cpu = 0, gc = 0, proc = 0, pause = 0, gap = 0;
    for (JobRow j : jobs) {
      b.append(String.format(Locale.ROOT, "%3d %5d %6.2f %6.2f %6.2f %8.2f %8.2f %5.2f %7.2f %7.2f %5.2f  %s%n", j.job(),
          j.tasks(), j.wall(), j.run(), j.cpu(), j.wall() > 0 ? j.run() / j.wall() : 0, j.wall() > 0 ? j.cpu() / j.wall() : 0,
          j.gc(), j.processCpu(), j.gcPause(), j.gap(), j.name()));
      wall += j.wall();
      run += j.run();
      cpu += j.cpu();
      gc += j.gc();
      proc += j.processCpu();
      pause += j.gcPause();
      gap += j.gap();
    }
    b.append(String.format(Locale.ROOT, "%3s %5s %6.2f %6.2f %6.2f %8.2f %8.2f %5.2f %7.2f %7.2f %5.2f  %s", "all", "", wall,
        run, cpu, wall > 0 ? run / wall : 0, wall > 0 ? cpu / wall : 0, gc, proc, pause, gap,
        "(procCPU: the whole JVM's CPU during the job, GC and JIT included; gap: the driver between jobs)"));
    return b.toString();
  }

  /** The rows as a fixed-width table, with a total line. */
  static String table(List<Row> rows) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%5s %3s %5s %6s %6s %6s %8s %7s %6s %6s %5s  %s%n",
        "stage", "job", "tasks", "wall", "run", "cpu", "run/wall", "maxtask", "shufR", "shufW", "gap", "name"));
    double wall = 0, run = 0, cpu = 0, gap = 0;
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "%5d %3d %5d %6.2f %6.2f %6.2f %8.2f %7.2f %6.1f %6.1f %5.2f  %s%n", r.stage(),
          r.job(), r.tasks(), r.wall(), r.run(), r.cpu(), r.wall() > 0 ? r.run() / r.wall() : 0, r.maxTask(),
          r.shuffleRead(), r.shuffleWrite(), r.gap(), r.name()));
      wall += r.wall();
      run += r.run();
      cpu += r.cpu();
      gap += r.gap();
    }
    b.append(String.format(Locale.ROOT, "%5s %3s %5s %6.2f %6.2f %6.2f %8.2f %7s %6s %6s %5.2f  %s", "all", "", "", wall,
        run, cpu, wall > 0 ? run / wall : 0, "", "", "", gap, "(stages in sequence; gap: the driver between them)"));
    return b.toString();
  }
}
