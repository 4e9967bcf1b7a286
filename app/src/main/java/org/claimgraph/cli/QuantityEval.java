package org.claimgraph.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.claimgraph.eval.QuantityScorer;
import org.claimgraph.figure.QuantityFinder;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.Pipelines;

/**
 * {@code claimgraph eval --quantities devset/quantities/sentences.jsonl [--split tune] [--baseline]}:
 * the quantity finder's value and value+unit P/R/F1 on a sentence-level gold, and optionally what
 * CoreNLP's own NUMBER, MONEY and PERCENT entities give on the same sentences.
 */
final class QuantityEval {

  private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
      "₩", "KRW", "₹", "INR");

  private QuantityEval() {}

  static int run(Path file, String split, boolean baseline, boolean details, PrintWriter out) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    List<QuantityScorer.GoldSentence> gold;
    try {
      gold = QuantityScorer.read(lines, "all".equals(split) ? null : split);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": not a sentence-level quantity gold (" + e.getMessage() + ")");
    }
    out.printf("%d sentences (split %s)%n", gold.size(), split);
    QuantityFinder finder = new QuantityFinder(Lexicon.get());
    QuantityScorer.Result r = new QuantityScorer().score(gold, s -> finder.find(s, 0).stream()
        .map(q -> new QuantityScorer.Found(q.start(), q.end(), q.value(), q.unit())).toList());
    out.println("claimgraph quantity finder:");
    out.print(r.report());
    if (baseline) {
      out.println("baseline, CoreNLP NUMBER/MONEY/PERCENT entities (NUMBER as count, MONEY by its sign, PERCENT as percent):");
      out.print(new QuantityScorer().score(gold, QuantityEval::coreNlp).report());
    }
    if (details) {
      out.println();
      r.errors().forEach(e -> out.println("  " + e));
    }
    out.flush();
    return 0;
  }

  private static StanfordCoreNLP numeric;

  /** CoreNLP's numeric entities of a sentence, as quantities: consecutive tokens of one tag, normalized value. */
  static List<QuantityScorer.Found> coreNlp(String sentence) {
    if (numeric == null) {
      Properties p = Pipelines.properties();
      // The numeric classifiers and SUTime read part-of-speech tags, which the shared pipeline does without.
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      p.setProperty("enforceRequirements", "true");
      p.setProperty("ner.applyNumericClassifiers", "true");
      p.setProperty("ner.useSUTime", "true");
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");
      numeric = new StanfordCoreNLP(p);
    }
    Annotation a = new Annotation(sentence);
    numeric.annotate(a);
    List<QuantityScorer.Found> out = new ArrayList<>();
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < tokens.size(); ) {
      CoreLabel t = tokens.get(i);
      String tag = t.ner();
      if (!"NUMBER".equals(tag) && !"MONEY".equals(tag) && !"PERCENT".equals(tag)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && tag.equals(tokens.get(j + 1).ner())) j++;
      String norm = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      Double value = parse(norm);
      if (value != null) {
        String unit = switch (tag) {
          case "PERCENT" -> "percent";
          case "MONEY" -> CURRENCY_SIGNS.getOrDefault(norm.substring(0, 1), "USD");
          default -> "count";
        };
        out.add(new QuantityScorer.Found(t.beginPosition(), tokens.get(j).endPosition(), value, unit));
      }
      i = j + 1;
    }
    return out;
  }

  private static Double parse(String norm) {
    if (norm == null) return null;
    String v = norm.replaceAll("^[^0-9.\\-]+", "").replaceAll("^([<>~]=?)", "");
    int dash = v.indexOf('-', 1);
    if (dash > 0) v = v.substring(0, dash);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
