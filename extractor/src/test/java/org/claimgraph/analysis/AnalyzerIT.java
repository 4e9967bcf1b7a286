package org.claimgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.figure.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CoreNLP pipeline on corpus pages: entities, people with titles, figures with evidence. */
class AnalyzerIT {

  static ArticleAnalysis platts;
  static ArticleAnalysis portal;

  @BeforeAll
  static void analyse() throws Exception {
    Analyzer analyzer = new Analyzer();
    ArticleReader reader = new ArticleReader();
    platts = analyzer.analyze(reader.read(Path.of("..", "corpus", "004_073a1bba27b7e5aa.html")));
    portal = analyzer.analyze(reader.read(Path.of("..", "corpus", "001_3c29b5818b6bc87b.html")));
  }

  @Test
  void countriesAreIsoCodesAndRegionsStayRegions() {
    assertTrue(keys(platts, EntityType.COUNTRY).containsAll(List.of("CN", "US")), keys(platts, EntityType.COUNTRY).toString());
    List<String> countries = keys(portal, EntityType.COUNTRY);
    assertTrue(countries.containsAll(List.of("CN", "US", "JP", "NL", "TW", "DE", "VN", "KR", "MM")), countries.toString());
    assertTrue(keys(portal, EntityType.REGION).contains("europe"), keys(portal, EntityType.REGION).toString());
  }

  @Test
  void peopleComeWithTitleAndOrganization() {
    Entity merriman = platts.entities().stream().filter(e -> e.key().equals("David Merriman")).findFirst().orElseThrow(
        () -> new AssertionError(keys(platts, EntityType.PERSON).toString()));
    assertEquals("research director", merriman.title());
    assertEquals("Project Blue", merriman.org());
    Entity berry = platts.entities().stream().filter(e -> e.key().equals("Chris Berry")).findFirst().orElseThrow();
    assertEquals(2, berry.mentions().size(), "'Berry said' joins Chris Berry");
    assertTrue(keys(platts, EntityType.ORGANIZATION).containsAll(List.of("Project Blue", "House Mountain Partners", "MP Materials",
        "International Energy Agency", "Platts")),
        keys(platts, EntityType.ORGANIZATION).toString());
  }

  @Test
  void materialsAreFound() {
    List<String> materials = keys(portal, EntityType.MATERIAL);
    assertTrue(materials.size() >= 5, materials.toString());
    assertTrue(materials.stream().anyMatch(m -> m.contains("samarium")), materials.toString());
  }

  @Test
  void figuresCarryEvidenceThatSlicesTheText() {
    Article a = platts.article();
    assertTrue(platts.figures().size() >= 10);
    for (Figure f : platts.figures()) {
      assertEquals(f.evidence().quote(), a.text().substring(f.evidence().start(), f.evidence().end()));
      assertEquals(f.evidence().sentence(), a.text().substring(f.evidence().sentenceStart(), f.evidence().sentenceEnd()));
    }
    Figure rest = platts.figures().stream().filter(f -> f.evidence().quote().equals("4,958 mt")).findFirst().orElseThrow();
    assertTrue(rest.evidence().sentence().endsWith("to 4,958 mt."), "the sentence ends at 'mt.': " + rest.evidence().sentence());
  }

  private static List<String> keys(ArticleAnalysis a, EntityType type) {
    return a.entities().stream().filter(e -> e.type() == type).map(Entity::key).toList();
  }
}
