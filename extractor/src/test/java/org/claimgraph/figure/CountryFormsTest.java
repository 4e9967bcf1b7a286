package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** Spelling variants of a country's adjective and demonym name the country (countries.tsv). */
class CountryFormsTest {

  private static List<String> codes(String text) {
    return Lexicon.get().findCountries(text).stream().map(m -> m.value().code()).toList();
  }

  @Test
  void argentineanIsArgentinas() {
    // Round 19 (place19): "Argentinean" was missing beside "Argentine" and "Argentinian", and left lithium figures placeless.
    assertEquals(List.of("AR"), codes("Argentinean lithium exports rose"));
    assertEquals(List.of("AR"), codes("Argentineans bought more cars"));
    assertEquals(List.of("AR"), codes("the Argentinian market"));
  }
}
