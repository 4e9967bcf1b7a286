package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Green Univers (2023), 1001rss, Agenzia Nova (2023), Public Eye (2024): real sentences.
      "fr|La France et l’Europe sont aujourd’hui dépendantes à 100% d’approvisionnements extérieurs pour leur utilisation"
          + " de lithium et de cobalt, matériaux clés des batteries automobiles, dont la demande pourrait être multipliée"
          + " par 40 en vingt ans.",
      "fr|Regorgeant d'importantes mines, l'Afrique pourrait produire au moins 30 fois plus de lithium d'ici 2027,"
          + " indique Bloomberg, citant une étude. Les exportations du continent devraient atteindre 12% des volumes mondiaux.",
      "it|In Argentina le esportazioni di litio continuano a aumentare. Lo riferisce un comunicato del ministero"
          + " dell'Economia argentino, che ha spiegato che a maggio sono stati esportati 60 milioni di dollari.",
      "en|Nestlé holds the top position in the global coffee business. The Swiss multinational also wants to be a leader"
          + " in terms of ethical behaviour. From 2025, its coffee will be sourced 100 percent from responsible production."})
  void detectsTheLanguageOfRealText(String expected, String text) {
    assertEquals(expected, Languages.detect(text));
  }

  @Test
  void shortTextKeepsTheDeclaredLanguage() {
    assertNull(Languages.detect("Cobalt rose 60%."));
    assertEquals(new Languages.Guess("en", "declared"), Languages.identify("Cobalt rose 60%.", "en"));
    assertEquals(new Languages.Guess(null, null), Languages.identify("Cobalt rose 60%.", null));
  }

  @Test
  void theTextOverridesATemplatesLangAttribute() throws Exception {
    String html = "<html lang=\"en\"><body><article><p>La France et l’Europe sont aujourd’hui dépendantes à 100%"
        + " d’approvisionnements extérieurs pour leur utilisation de lithium et de cobalt, matériaux clés des batteries"
        + " automobiles, dont la demande pourrait être multipliée par 40 en vingt ans.</p></article></body></html>";
    Article a = new ArticleReader().read("fr.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("fr", a.language());
    assertEquals("detected", a.provenance().languageSource());
    assertFalse(Languages.isEnglishOrUnknown(a));
  }

  @Test
  void figuresAreReadFromEnglishAndUnknownText() throws Exception {
    Article a = new ArticleReader().readText("a.txt", "a.txt", "Cobalt rose 60%.");
    assertTrue(Languages.isEnglishOrUnknown(a));
  }
}
