package org.claimgraph.story;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MinHash signatures of shingle sets and their LSH band keys: two texts whose shingle sets have
 * Jaccard similarity s share at least one band with probability 1 − (1 − s^r)^b (here b = 20 bands
 * of r = 3 rows: 0.2 → 15%, 0.3 → 42%, 0.5 → 92%), so a band key, stored as an exact-lookup literal,
 * finds near-duplicates without comparing an article with every other.
 *
 * <pre>{@code
 * List<String> keys = MinHash.bandKeys(TextSimilarity.shingles(text, 3)); // ["b0|3f2a…", …]
 * }</pre>
 */
public final class MinHash {
  private MinHash() {}

  /** Bands per signature. */
  public static final int BANDS = 20;
  /** Rows (hash functions) per band. */
  public static final int ROWS = 3;

  private static final long[] SEEDS = new long[BANDS * ROWS];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SEEDS.length; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  /** The signature: per hash function the minimum over the shingles. */
  public static long[] signature(Set<String> shingles) {
    long[] sig = new long[SEEDS.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (String s : shingles) {
      long h = fnv(s);
      for (int i = 0; i < sig.length; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  }

  /** The band keys of a shingle set ("b{band}|{hex}"); none for an empty set. */
  public static List<String> bandKeys(Set<String> shingles) {
    List<String> keys = new ArrayList<>(BANDS);
    if (shingles.isEmpty()) return keys;
    long[] sig = signature(shingles);
    for (int b = 0; b < BANDS; b++) {
      long h = 17;
      for (int r = 0; r < ROWS; r++) h = mix(h * 31 + sig[b * ROWS + r]);
      keys.add("b" + b + "|" + Long.toHexString(h));
    }
    return keys;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
