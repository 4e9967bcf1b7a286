package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tilde or an "almost equal" sign written right before a number reads "about" (devset/GUIDELINES.md, fresh17 call 23):
 * "jumped ~26% in October", "reached ~$7,755/t", "volumes (≈306 t identified)", "a factor of ~19". A qualifier word before
 * the sign is the one written ("payables around ~80%" → around). Not a tilde between two numbers, which joins a range
 * ("RMB94,000~96,000/t"), nor one inside a word. Pure and stateless.
 */
final class ApproximateSigns {

  /** The sign, at most one space after it, at the end of the text before a number; no digit or letter right before it. */
  private static final Pattern SIGN_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])[~≈∼] ?$");

  /** What the sign reads as. */
  static final String QUALIFIER = "about";

  private ApproximateSigns() {}

  /** How many characters of {@code before} (the text right before a number) are an approximate sign and its space; 0 if none. */
  static int length(String before) {
    Matcher m = SIGN_BEFORE.matcher(before);
    return m.find() ? m.end() - m.start() : 0;
  }
}
