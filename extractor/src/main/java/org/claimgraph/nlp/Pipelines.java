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
 * date and context), without the numeric classifiers (numbers, units and percentages come
 * from our own quantity rules), and with the 3-class CRF model only (PERSON, ORGANIZATION,
 * LOCATION: the default also runs the 7-class and 4-class models, whose DATE, MONEY, PERCENT and
 * MISC tags our own rules and gazetteers replace). What remains from CoreNLP is tokenization,
 * sentence splitting, parts of speech, lemmas and the 3-class tagger's PERSON and ORGANIZATION.
 * Measured on the corpus (BENCHMARKS.md): about 2× the throughput of the same pipeline with all
 * three CRF models, 7× CoreNLP's default NER pipeline.
 */
public final class Pipelines {

  /** The 3-class CRF model (PERSON, ORGANIZATION, LOCATION) inside CoreNLP's models jar. */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

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
    p.setProperty("ner.model", NER_MODEL);
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
