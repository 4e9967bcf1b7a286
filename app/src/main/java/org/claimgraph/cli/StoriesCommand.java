package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;
import org.claimgraph.story.Misstatement;
import org.claimgraph.story.Stories;
import org.claimgraph.story.StoryScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph stories [--store DIR] [--format table|json] [--score DEVSET]} */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Which articles restate which: each story's origin, its rewrites, and what each rewrite dropped,",
        "added (figures no source states) and changed (figures its sources state otherwise).",
        "With --score DEVSET: pair precision/recall, direction accuracy and misstatement precision/recall",
        "against DEVSET's stories-*.tsv and misstatements.tsv, per split."})
final class StoriesCommand implements Callable<Integer> {

  enum Format { table, json }

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--score", paramLabel = "DEVSET", description = "Score against the annotation in this folder (e.g. devset).")
  Path score;

  @Option(names = "--relink", description = "First recompute every restatement link (after the rules changed; ingest links new articles itself).")
  boolean relink;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Stories.Story> stories;
    try (Claimgraph service = Claimgraph.openExisting(store.store)) {
      if (relink) spec.commandLine().getErr().printf("relinked: %d restatement links%n", service.relinkStories());
      stories = service.stories();
    }
    if (score != null) {
      for (Map.Entry<String, StoryScore.Result> e : StoryScore.score(score, stories).entrySet()) {
        out.printf("%-8s %s%n", e.getKey(), e.getValue().line());
      }
    } else if (format == Format.json) {
      out.println(JsonViews.stories(stories));
    } else {
      printTable(out, stories);
    }
    out.flush();
    return 0;
  }

  private static void printTable(PrintWriter out, List<Stories.Story> stories) {
    out.printf("%d %s%n", stories.size(), stories.size() == 1 ? "story" : "stories");
    for (Stories.Story s : stories) {
      out.println();
      out.printf("%s (origin %s) — %d %s%n", s.origin(), s.originBasis(), s.rewrites().size(),
          s.rewrites().size() == 1 ? "rewrite" : "rewrites");
      if (!s.independent().isEmpty()) out.printf("  independent reports of the same facts: %s%n", String.join(", ", s.independent()));
      for (Stories.Rewrite r : s.rewrites()) {
        out.printf("  %s restates %s (%s%s; similarity %.2f, %d shared figures)%n", r.doc(), r.restates(), r.direction(),
            r.creditedOutlet() == null ? "" : ": credits " + r.creditedOutlet(), r.similarity(), r.sharedFigures());
        if (!r.dropped().isEmpty()) out.printf("    dropped: %s%n", String.join("; ", r.dropped()));
        for (Misstatement m : r.changed()) {
          out.printf("    changed (%s): \"%s\" where %s states \"%s\"%n", m.type(), m.rewriteQuote(), m.origin(), m.originQuote());
        }
        for (Misstatement m : r.added()) out.printf("    unsourced: \"%s\"%n", m.rewriteQuote());
      }
    }
  }
}
