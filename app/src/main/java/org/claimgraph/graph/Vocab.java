package org.claimgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms claimgraph reuses from schema.org, PROV-O and Dublin Core. */
public final class Vocab {
  public static final String SCHEMA = "https://schema.org/";
  public static final String PROV = "http://www.w3.org/ns/prov#";

  public static final Resource NewsArticle = ResourceFactory.createResource(SCHEMA + "NewsArticle");
  public static final Resource Organization = ResourceFactory.createResource(SCHEMA + "Organization");
  public static final Resource Person = ResourceFactory.createResource(SCHEMA + "Person");
  public static final Property headline = schema("headline");
  public static final Property datePublished = schema("datePublished");
  public static final Property publisher = schema("publisher");
  public static final Property author = schema("author");
  public static final Property url = schema("url");
  public static final Property inLanguage = schema("inLanguage");
  public static final Property name = schema("name");
  public static final Property jobTitle = schema("jobTitle");
  public static final Property worksFor = schema("worksFor");
  public static final Resource Claim = ResourceFactory.createResource(SCHEMA + "Claim");

  public static final String OA = "http://www.w3.org/ns/oa#";
  public static final Resource TextPositionSelector = ResourceFactory.createResource(OA + "TextPositionSelector");
  public static final Resource TextQuoteSelector = ResourceFactory.createResource(OA + "TextQuoteSelector");
  public static final Property start = ResourceFactory.createProperty(OA + "start");
  public static final Property end = ResourceFactory.createProperty(OA + "end");
  public static final Property exact = ResourceFactory.createProperty(OA + "exact");

  public static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";
  public static final String QUDT_CURRENCY = "http://qudt.org/vocab/currency/";
  public static final Property agent = ResourceFactory.createProperty("http://www.w3.org/ns/prov#agent");
  public static final Property wasDerivedFrom = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

  public static final Resource Agent = ResourceFactory.createResource(PROV + "Agent");
  public static final Resource Entity = ResourceFactory.createResource(PROV + "Entity");
  public static final Property wasAttributedTo = ResourceFactory.createProperty(PROV + "wasAttributedTo");

  private Vocab() {}

  private static Property schema(String local) {
    return ResourceFactory.createProperty(SCHEMA + local);
  }
}
