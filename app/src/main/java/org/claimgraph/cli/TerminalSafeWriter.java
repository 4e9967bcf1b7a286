package org.claimgraph.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What the commands print on a terminal passes through here, because article text is untrusted:
 * an escape sequence inside a page ({@code ESC]0;title BEL}, {@code ESC[2J}) would otherwise
 * retitle, clear or recolour the user's terminal. Control characters other than tab, line feed
 * and carriage return are shown as {@code \x1B}-style escapes; only bold on and off
 * ({@code ESC[1m}, {@code ESC[0m}) pass, which {@code search} uses to mark hits.
 *
 * <pre>{@code
 * new TerminalSafeWriter(out).write("a\u001B[2Jb"); // prints: a\x1B[2Jb
 * }</pre>
 */
final class TerminalSafeWriter extends FilterWriter {

  TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} must not reach a terminal as is: C0 (but tab, LF, CR), DEL and C1. */
  static boolean unsafe(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
  }

  /** {@code s} with its unsafe characters escaped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0x1B && (s.startsWith("[1m", i + 1) || s.startsWith("[0m", i + 1))) {
        b.append(c); // bold on and off, which search uses to mark hits: harmless
      } else if (unsafe(c)) b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      else b.append(c);
    }
    return b.toString();
  }

  @Override
  public void write(int c) throws IOException {
    if (unsafe(c)) out.write(escape(String.valueOf((char) c)));
    else out.write(c);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    out.write(escape(new String(cbuf, off, len)));
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    out.write(escape(str.substring(off, off + len)));
  }
}
