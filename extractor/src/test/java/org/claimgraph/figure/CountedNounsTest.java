package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimgraph.lexicon.Tsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@code counted-nouns.tsv} does what its {@code why} says, and the plural rule around it. */
class CountedNounsTest {

  private static final CountedNouns NOUNS = CountedNouns.get();

  static Stream<Map<String, String>> rows() {
    return Tsv.read("counted-nouns.tsv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRow(Map<String, String> row) {
    String form = row.get("form");
    String noun = row.get("noun");
    assertTrue(Set.of("irregular", "plural-ie", "compound", "not-counted", "event", "time-deictic").contains(row.get("why")), row.toString());
    assertEquals(form, form.toLowerCase(java.util.Locale.ROOT), "forms are lower case: " + form);
    switch (row.get("why")) {
      case "compound" -> {
        assertEquals(noun, NOUNS.compound(form));
        assertTrue(noun.matches("[a-z]+(?:-[a-z]+)*"), noun);
      }
      case "not-counted", "time-deictic" -> {
        assertEquals("-", noun);
        assertNull(NOUNS.singular(form, false), form);
      }
      default -> assertEquals(noun, NOUNS.singular(form, false), form);
    }
  }

  @Test
  void sortedAsTheHeaderSays() {
    List<String> forms = rows().map(r -> r.get("form")).toList();
    assertEquals(forms.stream().sorted().toList(), forms);
    assertEquals(forms.size(), forms.stream().distinct().count(), "a form is listed once");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "jobs|job", "smelters|smelter", "batteries|battery", "buses|bus", "boxes|box", "churches|church",
      "houses|house", "causes|cause", "glass|null", "status|null", "its|null"})
  void pluralRule(String word, String singular) {
    assertEquals(singular, NOUNS.singular(word, false));
  }

  @Test
  void oneCountsOnlyIrregularForms() {
    assertNull(NOUNS.singular("jobs", true));
    assertEquals("person", NOUNS.singular("people", true));
  }
}
