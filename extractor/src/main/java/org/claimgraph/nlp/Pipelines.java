package org.claimgraph.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Holds the JVM's one CoreNLP pipeline, built on first use and shared by every thread (CoreNLP's
 * annotators are safe to call concurrently on different documents).
 *
 * <p>Annotators, chosen by measurement (BENCHMARKS.md): {@code tokenize,ssplit,ner}
 * without fine-grained NER (countries, nationalities and titles come from our own gazetteer),
 * without SUTime (periods come from our own {@code PeriodResolver}, which knows the article's
 * date and context), without the numeric classifiers (numbers, units and percentages come
 * from our own quantity rules), and with the 3-class CRF model only (PERSON, ORGANIZATION,
 * LOCATION: the default also runs the 7-class and 4-class models, whose DATE, MONEY, PERCENT and
 * MISC tags our own rules and gazetteers replace). What remains from CoreNLP is tokenization,
 * sentence splitting and the 3-class tagger's PERSON and ORGANIZATION. No part-of-speech tagger and
 * no lemmas (round 18): no rule reads either, and the 3-class model's features are words, shapes
 * and distributional-similarity classes, not tags (its training properties leave {@code useTags}
 * off), so its tags are the same without them (every token of the open development splits, 598
 * texts) at about half the annotation's CPU. CoreNLP declares {@code pos} and {@code lemma} as
 * {@code ner}'s requirements whatever the model, hence {@code enforceRequirements=false}.
 */
public final class Pipelines {

  /** The 3-class CRF model (PERSON, ORGANIZATION, LOCATION) inside CoreNLP's models jar. */
  public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private static volatile StanfordCoreNLP shared;

  private Pipelines() {}

  /** The annotators of the shared pipeline. */
  public static final String ANNOTATORS = "tokenize,ssplit,ner";

  /**
   * The properties of the shared pipeline. A caller that turns on SUTime or the numeric classifiers must also set the
   * annotators to include {@code pos,lemma}: those read the tags.
   */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    // ner's declared requirements (pos, lemma) are not what this model reads: see the class comment.
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.model", NER_MODEL);
    return p;
  }

  /**
   * Lets the shared pipeline go, with the annotators CoreNLP itself keeps for reuse, so that a collection can free their
   * models (half of what an ingest's heap holds live after its articles: 237 → 114 MB at 10⁴): for a process done annotating that goes on with other work (an ingest
   * run's stories, summary and compaction, BENCHMARKS.md round 19). A later {@link #shared()} builds it again.
   */
  public static void release() {
    synchronized (Pipelines.class) {
      shared = null;
      // What clearAnnotatorPool() does, without the warning it logs (it holds the same lock).
      synchronized (StanfordCoreNLP.class) {
        StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.clear();
      }
    }
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
