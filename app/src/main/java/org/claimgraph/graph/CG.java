package org.claimgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The claimgraph vocabulary, one constant per term of {@code ontology/claimgraph.ttl} (a test
 * checks that the two agree), plus the IRI scheme of the data.
 */
public final class CG {
  /** Namespace of the ontology's terms. */
  public static final String NS = "https://claimgraph.org/ns#";
  /** Base of the data's IRIs: articles, publishers, people, figures. */
  public static final String ID = "https://claimgraph.org/id/";

  // Classes
  public static final Resource Article = resource("Article");
  public static final Resource Publisher = resource("Publisher");
  public static final Resource Author = resource("Author");

  // Article properties
  public static final Property sourceFile = property("sourceFile");
  public static final Property docName = property("docName");
  public static final Property articleId = property("articleId");
  public static final Property text = property("text");
  public static final Property fingerprint = property("fingerprint");
  public static final Property paragraphCount = property("paragraphCount");
  public static final Property extractorVersion = property("extractorVersion");

  private CG() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
