package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shared pipeline runs no part-of-speech tagger and no lemmatizer, and its 3-class NER tags every token as the same
 * model does after {@code pos,lemma} (the model's features are not tags): the pipeline's tokens, sentences and entity
 * tags against one with the two annotators back, on sentences of people, companies and agencies.
 */
class PipelinesIT {

  private static final String TEXT = String.join("\n\n",
      "China's exports of rare earth magnets rose 5.1% in July, data from the General Administration of Customs showed.",
      "\"We expect demand to stay strong,\" said David Merriman, research director at Project Blue.",
      "Albemarle Corp and Tianqi Lithium cut output at their Greenbushes mine in Western Australia, Reuters reported.",
      "Tesla Inc chief executive Elon Musk told analysts on Wednesday that the Model Y sold 1.2 million units.",
      "The International Energy Agency said battery demand from Europe and the United States doubled in 2023.",
      "Benchmark Mineral Intelligence analyst Chris Berry noted that cobalt prices fell to $33,000 a tonne.");

  @Test
  void sharedPipelineRunsNeitherTaggerNorLemmatizer() {
    List<String> annotators = Arrays.asList(Pipelines.properties().getProperty("annotators").split(","));
    assertFalse(annotators.contains("pos"), annotators.toString());
    assertFalse(annotators.contains("lemma"), annotators.toString());
  }

  @Test
  void entityTagsAreThoseOfThePipelineWithTagsAndLemmas() {
    Properties withTags = Pipelines.properties();
    withTags.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    withTags.setProperty("enforceRequirements", "true");
    List<String> expected = tags(new StanfordCoreNLP(withTags));
    List<String> actual = tags(Pipelines.shared());
    assertEquals(expected, actual);
    for (String tagged : List.of("Merriman/PERSON", "Albemarle/ORGANIZATION", "Agency/ORGANIZATION")) {
      assertTrue(actual.stream().anyMatch(t -> t.endsWith(":" + tagged)), tagged + " in " + actual);
    }
  }

  @Test
  void releasedThePipelineAndItsModelsCanBeCollectedAndTheNextOneTagsAlike() throws InterruptedException {
    List<String> before = tags(Pipelines.shared());
    java.lang.ref.WeakReference<StanfordCoreNLP> old = new java.lang.ref.WeakReference<>(Pipelines.shared());
    assertFalse(StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.isEmpty(), "CoreNLP keeps its annotators for reuse");
    Pipelines.release();
    assertTrue(StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.isEmpty());
    for (int i = 0; i < 20 && old.get() != null; i++) {
      System.gc();
      Thread.sleep(50);
    }
    assertEquals(null, old.get(), "nothing holds the released pipeline");
    assertEquals(before, tags(Pipelines.shared()));
  }

  /** Each token as word/tag at its offsets, a sentence break as "|". */
  private static List<String> tags(StanfordCoreNLP pipeline) {
    Annotation doc = new Annotation(TEXT);
    pipeline.annotate(doc);
    List<String> out = new ArrayList<>();
    for (var sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        out.add(l.beginPosition() + ":" + l.word() + "/" + l.ner());
      }
      out.add("|");
    }
    return out;
  }
}
