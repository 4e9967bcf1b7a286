package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** {@link CG} and {@code ontology/claimgraph.ttl} define the same terms, each documented. */
class VocabularyTest {

  private static final Model ONTOLOGY = RDFDataMgr.loadModel(Path.of("..", "ontology", "claimgraph.ttl").toString());

  @Test
  void everyConstantIsDefinedInTheOntologyWithLabelAndComment() throws Exception {
    for (String iri : constants()) {
      Resource term = ONTOLOGY.getResource(iri);
      assertTrue(ONTOLOGY.contains(term, RDFS.label), iri + " has no rdfs:label in ontology/claimgraph.ttl");
      assertTrue(ONTOLOGY.contains(term, RDFS.comment), iri + " has no rdfs:comment in ontology/claimgraph.ttl");
    }
  }

  @Test
  void everyOntologyTermHasAConstant() throws Exception {
    Set<String> defined = new TreeSet<>();
    ONTOLOGY.listSubjects().forEachRemaining(s -> {
      if (s.isURIResource() && s.getURI().startsWith(CG.NS)) defined.add(s.getURI());
    });
    assertEquals(defined, constants());
  }

  private static Set<String> constants() throws IllegalAccessException {
    Set<String> iris = new TreeSet<>();
    for (Field f : CG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        iris.add(((Resource) f.get(null)).getURI());
      }
    }
    return iris;
  }
}
