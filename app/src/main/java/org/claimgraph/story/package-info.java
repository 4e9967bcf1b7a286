/**
 * Which articles restate which: candidate lookup by MinHash/LSH band keys and rounded figure keys
 * ({@link org.claimgraph.story.StoryKeys}), the restatement decision and its direction
 * ({@link org.claimgraph.story.RestatementDetector}), links stored in the graph
 * ({@link org.claimgraph.story.StoryLinker}), stories with their origins and misstatements
 * ({@link org.claimgraph.story.Stories}).
 */
package org.claimgraph.story;
