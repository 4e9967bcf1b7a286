package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The context dumps the cross-validation scripts read: off unless asked for, one JSON object a line. */
class ContextDumpTest {

  @Test
  void bothDumpsAreOffUnlessTheirPropertyNamesAFile() {
    assertFalse(ContextDump.PERIODS.on());
    assertFalse(ContextDump.CREDITS.on());
  }

  @Test
  void aLineIsOneJsonObjectWithItsFieldsInOrder() {
    Map<String, Object> d = ContextDump.fields();
    d.put("doc", "f9-e-01");
    d.put("quote", "“619 mt”\t\"up\"\\\n");
    d.put("value", 619.0);
    d.put("dated", true);
    d.put("period", null);
    d.put("credits", Arrays.asList("Platts", null, ""));
    assertEquals("{\"doc\": \"f9-e-01\", \"quote\": \"“619 mt”\\t\\\"up\\\"\\\\\\n\", \"value\": 619.0, \"dated\": true, "
        + "\"period\": null, \"credits\": [\"Platts\", null, \"\"]}\n", ContextDump.line(d));
  }

  @Test
  void controlCharactersAreEscaped() {
    Map<String, Object> d = ContextDump.fields();
    d.put("sentence", "a\u0001b\rc");
    assertEquals("{\"sentence\": \"a\\u0001b\\rc\"}\n", ContextDump.line(d));
  }
}
