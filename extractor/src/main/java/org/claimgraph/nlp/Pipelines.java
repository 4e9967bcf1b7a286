package org.claimgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Holds the JVM's one CoreNLP pipeline, built on first use and shared by every thread (CoreNLP's
 * annotators are safe to call concurrently on different documents).
 *
 * <p>Annotators, chosen by measurement (BENCHMARKS.md): {@code tokenize,ssplit,pos,lemma,ner}
 * without fine-grained NER (countries, nationalities and titles come from our own gazetteer),
 * without SUTime (periods come from our own {@code PeriodResolver}, which knows the article's
 * date and context) and without the numeric classifiers (numbers, units and percentages come
 * from our own quantity rules). What remains from CoreNLP is tokenization, sentence splitting,
 * parts of speech, lemmas and the CRF tagger's PERSON, ORGANIZATION and LOCATION.
 */
public final class Pipelines {

  private static volatile StanfordCoreNLP shared;

  private Pipelines() {}

  /** The properties of the shared pipeline. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /** The shared pipeline, built on the first call (3–10 s). */
  public static StanfordCoreNLP shared() {
    StanfordCoreNLP p = shared;
    if (p == null) {
      synchronized (Pipelines.class) {
        p = shared;
        if (p == null) {
          p = new StanfordCoreNLP(properties());
          shared = p;
        }
      }
    }
    return p;
  }
}
