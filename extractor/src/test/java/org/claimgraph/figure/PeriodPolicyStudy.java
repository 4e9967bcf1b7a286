package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Study harness (not product code, runs only with {@code -Dperiod.study=OUT.jsonl}): for every gold figure of the devset,
 * the facts a period policy can use — where its sentence and paragraph are, which periods its sentence states, the page's
 * date and fallback year, the lede's period — written as one JSON line each for the policy scoring script
 * ({@code tools/period-policy-study.py STUDY.jsonl /tmp/coord-TAG.scores}).
 */
class PeriodPolicyStudy {

  @Test
  @EnabledIfSystemProperty(named = "period.study", matches = ".+")
  void dump() throws Exception {
    Path root = Path.of(System.getProperty("period.devset", "../devset"));
    Map<String, Path> pages = new HashMap<>();
    for (String dir : List.of("tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")) {
      try (var files = Files.list(root.resolve(dir))) {
        files.filter(f -> f.toString().endsWith(".html")).forEach(f -> pages.put(f.getFileName().toString().replace(".html", ""), f));
      }
    }
    PeriodResolver periods = new PeriodResolver();
    ArticleReader reader = new ArticleReader();
    Map<String, Article> articles = new HashMap<>();
    StringBuilder out = new StringBuilder();
    List<Path> golds = new ArrayList<>();
    try (var files = Files.list(root.resolve("gold"))) {
      files.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(golds::add);
    }
    for (Path gold : golds) {
      for (String line : Files.readAllLines(gold)) {
        if (line.isBlank()) continue;
        JsonObject g;
        try (JsonReader r = Json.createReader(new StringReader(line))) {
          g = r.readObject();
        }
        String doc = g.getString("doc");
        Path page = pages.get(doc);
        if (page == null) continue;
        Article a = articles.computeIfAbsent(doc, d -> {
          try {
            return reader.read(page);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        String context = (a.title() == null ? "" : a.title() + "\n") + a.text();
        PeriodResolver.Context ctx = PeriodResolver.context(a.date(), context);
        String sentence = g.getString("sentence");
        int at = a.text().indexOf(sentence);
        int para = -1;
        for (int i = 0; at >= 0 && i < a.paragraphs().size(); i++) {
          if (a.paragraphs().get(i).start() <= at && at < a.paragraphs().get(i).end() + 1) para = i;
        }
        List<PeriodMention> pms = periods.find(sentence, ctx);
        var b = Json.createObjectBuilder()
            .add("set", gold.getFileName().toString())
            .add("doc", doc)
            .add("quote", g.getString("quote"))
            .add("kind", g.getString("kind"))
            .add("gold", g.isNull("period") ? "" : g.getString("period"))
            .add("sentence", sentence)
            .add("at", at)
            .add("qpos", sentence.indexOf(g.getString("quote")))
            .add("para", para)
            .add("date", a.date() == null ? "" : a.date().toString())
            .add("fallback", ctx.fallbackYear())
            .add("lede", nz(LedePeriod.of(periods, a, ctx)))
            .add("present", PeriodResolver.statesThePresent(sentence))
            .add("ledeDates", LedePeriod.dates(sentence, pms));
        var ms = Json.createArrayBuilder();
        for (PeriodMention p : pms) {
          ms.add(Json.createObjectBuilder().add("s", p.start()).add("e", p.end()).add("p", p.period()).add("basis", p.basis()));
        }
        b.add("mentions", ms);
        out.append(b.build()).append('\n');
      }
    }
    Files.writeString(Path.of(System.getProperty("period.study")), out);
    assertTrue(out.length() > 0);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
