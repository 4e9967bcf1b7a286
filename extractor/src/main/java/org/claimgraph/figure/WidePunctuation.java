package org.claimgraph.figure;

/**
 * Full-width punctuation of pages set by Chinese, Japanese or Korean systems ("plunged to zero，customs data showed on
 * Wednesday") read as the ASCII mark it stands for, so that a clause ends at it as at a comma. One character for one, so
 * every offset into the text stays valid.
 */
final class WidePunctuation {

  private static final String WIDE = "，；：！？（）";
  private static final String NARROW = ",;:!?()";

  private WidePunctuation() {}

  /** {@code text} with each full-width comma, semicolon, colon, mark or bracket replaced by its ASCII form. */
  static String narrow(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      int k = WIDE.indexOf(text.charAt(i));
      if (k < 0) continue;
      if (out == null) out = text.toCharArray();
      out[i] = NARROW.charAt(k);
    }
    return out == null ? text : new String(out);
  }
}
