package org.claimgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regexes answers as String's own methods do, and compiles each regex once. */
class RegexesTest {

  private static final List<String> TEXTS = List.of("she", "He", "the World Bank", "The IEA", "1,234.5", "reduced supplies by ",
      "", "at 1417 hrs", "Dr. Jane Doe.");

  private static final List<String> REGEXES = List.of("(?i)he|she", "^(?:the|The)\\s+", "[\\d.,]+", "(?is).*\\bby\\s*$", "\\d{4}",
      "\\.$", "^(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+(?=\\p{Lu})", "(\\p{Lu})(\\p{Ll}+)");

  @Test
  void answersAsString() {
    for (String s : TEXTS) {
      for (String r : REGEXES) {
        assertEquals(s.matches(r), Regexes.matches(s, r), s + " ~ " + r);
        assertEquals(s.replaceFirst(r, "<$0>"), Regexes.replaceFirst(s, r, "<$0>"), s + " ~ " + r);
        assertEquals(s.replaceAll(r, "[$0]"), Regexes.replaceAll(s, r, "[$0]"), s + " ~ " + r);
      }
    }
  }

  @Test
  void compilesOnce() {
    assertSame(Regexes.get("(?i)he|she"), Regexes.get(new String("(?i)he|she")));
  }
}
