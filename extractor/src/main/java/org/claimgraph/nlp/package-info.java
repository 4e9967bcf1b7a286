/**
 * Annotation with Stanford CoreNLP: sentences and tokens with named-entity tags, with character
 * offsets into the article's clean text (no part of speech, no lemma: no rule reads them).
 *
 * <p>{@link org.claimgraph.nlp.Pipelines} builds the one CoreNLP pipeline of the JVM (loading costs
 * seconds and gigabytes, so it is built once and shared, also by tests);
 * {@link org.claimgraph.nlp.Annotator} turns an {@link org.claimgraph.article.Article} into an
 * {@link org.claimgraph.nlp.AnnotatedArticle}. Uses the article package; knows nothing of RDF,
 * Lucene or storage.
 */
package org.claimgraph.nlp;
