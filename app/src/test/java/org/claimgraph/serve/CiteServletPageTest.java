package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code /api/cite?limit=&offset=}: absent, or a whole number from 0; anything else is a 400 (an IllegalArgumentException). */
class CiteServletPageTest {

  @Test
  void pageParametersAreWholeNumbersFromZero() {
    assertNull(CiteServlet.count(null, "limit"));
    assertNull(CiteServlet.count(" ", "limit"));
    assertEquals(0, CiteServlet.count("0", "offset"));
    assertEquals(20, CiteServlet.count(" 20 ", "limit"));
    for (String bad : new String[] {"-1", "x", "1.5", "99999999999"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CiteServlet.count(bad, "limit"), bad);
      assertEquals("limit must be a whole number from 0: " + bad, e.getMessage());
    }
  }
}
