/**
 * Citation lookup: for a figure ("619 tons", "75.5%"), every stored article that states it, whom
 * each credits, the sentence and offsets, and the related figures of other sources: those that
 * corroborate it, those that contradict it, and those that other figures imply (a level and its
 * month-on-month change imply the previous month's level; parts add up to a total), checked
 * within the rounding of the stated numbers. {@link org.claimgraph.cite.CitationFinder} is the
 * entry point; it reads the store through {@code org.claimgraph.graph} and knows nothing of
 * CoreNLP.
 */
package org.claimgraph.cite;
