/**
 * Rules as data: the TSV tables of countries, regions, materials, units, scale words, number
 * words and attribution cues under {@code resources/org/claimgraph/lexicon/}, loaded once into an
 * immutable {@link org.claimgraph.lexicon.Lexicon}. Each table's columns are documented in the
 * README beside the tables.
 */
package org.claimgraph.lexicon;
