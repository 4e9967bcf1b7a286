package org.claimgraph.graph;

/** What storing an article did. */
public enum Outcome {
  /** The article was not in the store; its graph was added. */
  NEW,
  /** The same file (same fingerprint) was already stored; nothing changed. */
  UNCHANGED,
  /** An older version from the same source file was removed and the new graph added. */
  REPLACED,
  /** The same article is stored under another name; nothing changed. */
  DUPLICATE
}
