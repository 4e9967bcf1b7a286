/**
 * Figures and who claimed them: numbers that quantify something, with unit, kind, basis,
 * direction, period, measure, countries and attribution, and the evidence (quote and sentence
 * offsets) that supports each.
 *
 * <p>{@link org.claimgraph.figure.FigureExtractor} is the entry point:
 * {@code List<Figure> extract(AnnotatedArticle)} reads nothing and writes nothing. The stages
 * are small rule classes: {@link org.claimgraph.figure.QuantityFinder} (numbers and units),
 * {@link org.claimgraph.figure.ChangeRules} (kind, direction, basis),
 * {@link org.claimgraph.figure.PeriodResolver}, {@link org.claimgraph.figure.PlaceResolver},
 * {@link org.claimgraph.figure.MeasureResolver} and {@link org.claimgraph.figure.AttributionFinder}.
 * Rule word lists live in the lexicon tables.
 */
package org.claimgraph.figure;
