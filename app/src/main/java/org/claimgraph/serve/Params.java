package org.claimgraph.serve;

import jakarta.servlet.http.HttpServletRequest;

/** Reads request parameters, failing with an {@link IllegalArgumentException} that names the bad one. */
final class Params {
  private Params() {}

  /** The integer {@code name}, {@code otherwise} when absent; must lie in [min, max]. */
  static int integer(HttpServletRequest req, String name, int otherwise, int min, int max) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank()) return otherwise;
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + n);
    return n;
  }

  /** The value of {@code name}, which must be present and not blank. */
  static String required(HttpServletRequest req, String name, String example) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank()) throw new IllegalArgumentException("give ?" + name + "=" + example);
    return v.strip();
  }

  /** One of {@code allowed}, {@code allowed[0]} when absent. */
  static String oneOf(HttpServletRequest req, String name, String... allowed) {
    String v = req.getParameter(name);
    if (v == null || v.isBlank()) return allowed[0];
    for (String a : allowed) if (a.equals(v)) return a;
    throw new IllegalArgumentException(name + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
  }
}
