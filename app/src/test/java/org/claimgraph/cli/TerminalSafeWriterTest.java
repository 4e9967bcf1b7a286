package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Escape sequences inside article text never reach the terminal raw. */
class TerminalSafeWriterTest {

  static String through(String s) {
    StringWriter w = new StringWriter();
    try (PrintWriter p = new PrintWriter(new TerminalSafeWriter(w))) {
      p.print(s);
    }
    return w.toString();
  }

  @Test
  void controlCharactersAreShownNotObeyed() {
    assertEquals("title \\x1B]0;pwned\\x07 and \\x1B[2J clear", through("title \u001B]0;pwned\u0007 and \u001B[2J clear"));
    assertEquals("C1 \\x9B31m and DEL \\x7F", through("C1 \u009B31m and DEL \u007F"));
  }

  @Test
  void tabsNewlinesAndSearchBoldPass() {
    assertEquals("a\tb\nc\r\n", through("a\tb\nc\r\n"));
    assertEquals("\u001B[1mcobalt\u001B[0m", through("\u001B[1mcobalt\u001B[0m"));
    assertEquals("619 t — “quoted” ⟦x⟧", through("619 t — “quoted” ⟦x⟧"));
  }
}
