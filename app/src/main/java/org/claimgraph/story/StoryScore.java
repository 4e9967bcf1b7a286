package org.claimgraph.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores stories against the development set's annotation: {@code stories-*.tsv} (story, id,
 * restates, evidence), {@code misstatements.tsv} (story, rewrite, origin, rewrite_quote,
 * origin_quote, type) and the split of each article from {@code SOURCES-*.tsv} (id, split, …).
 *
 * <p>A pair is an article and the one it restates, unordered; precision over the predicted pairs
 * among annotated articles, recall over the annotated pairs. The restated article may be given as
 * alternatives, {@code f-08-prchief|f-09-proinvestnews}, when several stored copies carry the text
 * it restates (restating any of them is right). Direction: of the pairs found, the share oriented
 * as annotated; pairs whose evidence starts with {@code undirected} (two copies of one wire text,
 * no date, no credit) have no direction to get right and are left out of it. Misstatements match on rewrite, quote (as written, spaces ignored)
 * (one containing the other, spaces ignored) and type. Pairs and misstatements count for "heldout" when an article of theirs is held out, for "fresh" when one is of the later held-out set (devset/fresh).
 *
 * <pre>{@code
 * StoryScore.Result r = StoryScore.score(Path.of("devset"), stories).get("tune");
 * r.pairPrecision(); // 1.0
 * }</pre>
 */
public final class StoryScore {
  private StoryScore() {}

  /** Counts and rates of one split. */
  public record Result(int goldPairs, int predictedPairs, int truePairs, int directedPairs, int rightDirection,
      int byEvidence, int goldMisstatements, int predictedMisstatements, int trueMisstatements, int foundPairs) {
    public double pairPrecision() {
      return rate(truePairs, predictedPairs);
    }

    /** Annotated pairs found (an article with alternatives counts once). */
    public double pairRecall() {
      return rate(foundPairs, goldPairs);
    }

    public double directionAccuracy() {
      return rate(rightDirection, directedPairs);
    }

    public double misstatementPrecision() {
      return rate(trueMisstatements, predictedMisstatements);
    }

    public double misstatementRecall() {
      return rate(trueMisstatements, goldMisstatements);
    }

    private static double rate(int a, int b) {
      return b == 0 ? 1.0 : a / (double) b;
    }

    /** One line: "pairs P 1.00 R 0.92 (11/12) | direction 0.91 (10/11) | misstatements P … R …". */
    public String line() {
      return String.format(Locale.ROOT,
          "pairs P %.2f R %.2f (found %d of %d, %d predicted) | direction %.2f (%d/%d, %d by evidence) | misstatements P %.2f R %.2f (%d right of %d predicted, %d annotated)",
          pairPrecision(), pairRecall(), foundPairs, goldPairs, predictedPairs, directionAccuracy(), rightDirection,
          directedPairs, byEvidence, misstatementPrecision(), misstatementRecall(), trueMisstatements,
          predictedMisstatements, goldMisstatements);
    }
  }

  /** Results by split ("tune", "heldout", "all") for the stories of a store ingested from {@code devset}. */
  public static Map<String, Result> score(Path devset, List<Stories.Story> stories) {
    Map<String, String> split = new HashMap<>();
    Map<String, List<String>> goldRestates = new HashMap<>();
    Set<String> undirected = new HashSet<>();
    try (var files = Files.list(devset)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("SOURCES-") && name.endsWith(".tsv")) {
          for (String[] row : rows(f)) split.put(row[0], row[1]);
        } else if (name.startsWith("stories-") && name.endsWith(".tsv")) {
          for (String[] row : rows(f)) {
            goldRestates.put(row[1], List.of(row[2].split("\\|")));
            if (row.length > 3 && row[3].startsWith("undirected")) undirected.add(row[1]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(devset + ": cannot read the development set", e);
    }
    List<String[]> goldMis = Files.exists(devset.resolve("misstatements.tsv")) ? rows(devset.resolve("misstatements.tsv")) : List.of();

    Map<String, int[]> counts = new LinkedHashMap<>();
    // Later held-out sets (devset/fresh, fresh2 …) are scored on lines of their own, not mixed into "tune".
    List<String> splits = new ArrayList<>(List.of("tune", "heldout"));
    split.values().stream().filter(v -> !splits.contains(v)).distinct().sorted().forEach(splits::add);
    splits.add("all");
    for (String s : splits) counts.put(s, new int[10]);
    Set<String> annotated = goldRestates.keySet();
    for (var e : goldRestates.entrySet()) {
      if (e.getValue().get(0).equals("-")) continue;
      add(counts, splitOf(split, e.getKey(), e.getValue().get(0)), 0);
    }
    Set<String> found = new HashSet<>();
    Set<String> predictedRewrites = new HashSet<>();
    for (Stories.Story story : stories) {
      for (Stories.Rewrite r : story.rewrites()) {
        if (!annotated.contains(r.doc()) && !annotated.contains(r.restates())) continue;
        String sp = splitOf(split, r.doc(), r.restates());
        add(counts, sp, 1);
        boolean forward = goldRestates.getOrDefault(r.doc(), List.of()).contains(r.restates());
        boolean backward = goldRestates.getOrDefault(r.restates(), List.of()).contains(r.doc());
        if (forward || backward) {
          add(counts, sp, 2);
          if (found.add(forward ? r.doc() : r.restates())) add(counts, sp, 9);
          if (!undirected.contains(forward ? r.doc() : r.restates())) {
            add(counts, sp, 3);
            if (forward) add(counts, sp, 4);
            if (!r.direction().equals(Restatement.UNDETERMINED) && !r.direction().equals("inferred")) add(counts, sp, 5);
          }
        }
        predictedRewrites.add(r.doc());
        for (Misstatement m : concat(r.added(), r.changed())) {
          add(counts, sp, 7);
          for (String[] g : goldMis) {
            if (g[1].equals(m.rewrite()) && sameQuote(g[3], m.rewriteQuote()) && g[5].equals(m.type())) {
              add(counts, sp, 8);
              break;
            }
          }
        }
      }
    }
    for (String[] g : goldMis) add(counts, splitOf(split, g[1], g[2]), 6);
    Map<String, Result> out = new LinkedHashMap<>();
    counts.forEach((s, c) -> out.put(s, new Result(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9])));
    return out;
  }

  private static List<Misstatement> concat(List<Misstatement> a, List<Misstatement> b) {
    List<Misstatement> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void add(Map<String, int[]> counts, String split, int i) {
    counts.get(split)[i]++;
    counts.get("all")[i]++;
  }

  private static String splitOf(Map<String, String> split, String a, String b) {
    if ("heldout".equals(split.get(a)) || "heldout".equals(split.get(b))) return "heldout";
    String sa = split.getOrDefault(a, "tune");
    return sa.equals("tune") ? split.getOrDefault(b, "tune") : sa;
  }

  /** Quotes match when one contains the other, spaces and case ignored ("about 1.1 million vehicles" / "1.1 million vehicles"). */
  private static boolean sameQuote(String gold, String predicted) {
    String g = norm(gold);
    String p = norm(predicted);
    return !g.isEmpty() && !p.isEmpty() && (g.contains(p) && p.matches(".*\\d.*\\d.*") || p.contains(g));
  }

  private static String norm(String quote) {
    return quote == null ? "" : quote.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static List<String[]> rows(Path tsv) {
    try {
      List<String[]> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(tsv);
      for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) out.add(line.split("\t", -1));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(tsv + ": cannot read", e);
    }
  }
}
