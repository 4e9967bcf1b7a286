package org.claimgraph.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets of IRIs, for grouping linked articles.
 *
 * <pre>{@code
 * UnionFind u = new UnionFind();
 * u.union("a", "b");
 * u.find("a").equals(u.find("b")); // true
 * }</pre>
 */
final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  /** Joins the sets of {@code a} and {@code b}; returns false when they were one set already. */
  boolean union(String a, String b) {
    String x = find(a);
    String y = find(b);
    if (x.equals(y)) return false;
    parent.put(x, y);
    return true;
  }

  /** The representative of {@code x}'s set. */
  String find(String x) {
    String p = parent.get(x);
    if (p == null) return x;
    String root = find(p);
    parent.put(x, root);
    return root;
  }
}
