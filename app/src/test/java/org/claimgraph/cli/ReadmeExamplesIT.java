package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of README.md ({@code $ ./claimgraph …} in a fenced block) with the real
 * launcher, in README order, in a scratch folder that sees the project's {@code corpus/} and
 * {@code queries/}, and checks that the lines the README shows are what the command prints: in
 * order, with "…" standing for lines left out, durations and process ids compared by shape only.
 * So the README cannot drift from the program again.
 */
class ReadmeExamplesIT {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Commands that do not end by themselves. */
  static final List<String> NOT_RUN = List.of("./claimgraph serve");
  /** Rewrites the README's shown lines with what the commands print (review the diff). */
  static final String UPDATE = "readme.update";

  @TempDir Path work;

  record Example(int line, String command, List<String> shown) {}

  @Test
  void everyReadmeExamplePrintsWhatTheReadmeShows() throws Exception {
    List<Example> examples = examples(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    assertFalse(examples.isEmpty(), "README.md has no examples");
    Files.writeString(work.resolve("claimgraph"), "#!/usr/bin/env bash\nexec '" + ROOT.resolve("claimgraph") + "' \"$@\"\n");
    work.resolve("claimgraph").toFile().setExecutable(true);
    for (String folder : List.of("corpus", "queries", "docs/examples", "devset")) copy(ROOT.resolve(folder), work.resolve(folder));
    List<String> failures = new ArrayList<>();
    List<String> readme = new ArrayList<>(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    List<String> outputs = new ArrayList<>();
    for (Example e : examples) {
      if (NOT_RUN.stream().anyMatch(e.command()::startsWith)) {
        outputs.add(null);
        continue;
      }
      // The launcher's one-time "building" line is not part of what the README shows.
      String output = run(e.command()).replaceAll("(?m)^claimgraph: building.*\\R", "");
      outputs.add(output);
      String problem = compare(e.shown(), output.lines().toList());
      if (problem != null) failures.add("README.md:" + e.line() + " `" + e.command() + "`: " + problem + "\n--- printed:\n" + output);
    }
    if (!failures.isEmpty() && Boolean.getBoolean(UPDATE)) {
      for (int i = examples.size() - 1; i >= 0; i--) {
        if (outputs.get(i) != null) replaceShown(readme, examples.get(i), outputs.get(i).lines().toList());
      }
      Files.write(ROOT.resolve("README.md"), readme, StandardCharsets.UTF_8);
      return;
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " README example(s) differ (after an intended change: -D" + UPDATE + "=true rewrites the shown"
          + " lines, then review git diff README.md):\n" + String.join("\n\n", failures));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
  }

  private String run(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", command + " 2>&1").directory(work.toFile()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(command + ": did not finish in 5 minutes");
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /**
   * Replaces an example's shown lines with the printed ones, keeping as many lines as it showed
   * before its first "…" (and the "…"), or all of them when it showed everything.
   */
  static void replaceShown(List<String> readme, Example e, List<String> printed) {
    int commandLines = (int) e.command().lines().count();
    int first = e.line() - 1 + commandLines;
    int cut = e.shown().indexOf("…");
    List<String> now = new ArrayList<>(cut < 0 ? printed : printed.subList(0, Math.min(cut, printed.size())));
    if (cut >= 0 && printed.size() > cut) now.add("…");
    for (int k = 0; k < e.shown().size(); k++) readme.remove(first);
    readme.addAll(first, now);
  }

  /** The fenced examples: a line starting with "$ ./claimgraph", continued while a quote is open. */
  static List<Example> examples(List<String> readme) {
    List<Example> out = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced || !line.startsWith("$ ./claimgraph")) continue;
      int start = i;
      StringBuilder command = new StringBuilder(line.substring(2));
      while (!quotesBalanced(command) && i + 1 < readme.size()) command.append('\n').append(readme.get(++i));
      List<String> shown = new ArrayList<>();
      while (i + 1 < readme.size() && !readme.get(i + 1).startsWith("```") && !readme.get(i + 1).startsWith("$ ")) {
        shown.add(readme.get(++i));
      }
      out.add(new Example(start + 1, command.toString(), shown));
    }
    return out;
  }

  private static boolean quotesBalanced(CharSequence s) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' && !dbl) single = !single;
      else if (c == '"' && !single) dbl = !dbl;
    }
    return !single && !dbl;
  }

  private static final Pattern DURATION = Pattern.compile("\\d+(\\.\\d+)? (s|ms)\\b");
  private static final Pattern PID = Pattern.compile("pid \\d+");

  static String normalize(String line) {
    return PID.matcher(DURATION.matcher(line.strip()).replaceAll("# $2")).replaceAll("pid #");
  }

  /**
   * Null when the shown lines appear in the printed ones: contiguously, except that a "…" line
   * stands for any number of printed lines. Otherwise what did not match.
   */
  static String compare(List<String> shown, List<String> printed) {
    int p = 0;
    boolean gap = false;
    for (String s : shown) {
      if (s.strip().equals("…")) {
        gap = true;
        continue;
      }
      String want = normalize(s);
      if (gap) {
        while (p < printed.size() && !normalize(printed.get(p)).equals(want)) p++;
      }
      if (p >= printed.size() || !normalize(printed.get(p)).equals(want)) {
        return "expected the line \"" + s + "\"" + (p < printed.size() ? " but got \"" + printed.get(p) + "\"" : " after the end");
      }
      p++;
      gap = false;
    }
    return null;
  }

  @Test
  void comparisonAllowsGapsOnlyWhereTheReadmeSaysSo() {
    assertEquals(null, compare(List.of("a", "…", "d"), List.of("a", "b", "c", "d", "e")));
    assertEquals(null, compare(List.of("done in 3.6 s"), List.of("done in 12.0 s")));
    assertFalse(compare(List.of("a", "d"), List.of("a", "b", "d")) == null);
    assertFalse(compare(List.of("a", "x"), List.of("a")) == null);
  }
}
