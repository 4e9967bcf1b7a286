/**
 * Figures as flat records ({@link org.claimgraph.eval.FigureRecord}, the JSON-lines form of
 * {@code claimgraph figures} and of the gold annotation) and scoring of extracted figures against
 * a gold annotation ({@link org.claimgraph.eval.Scorer}).
 */
package org.claimgraph.eval;
