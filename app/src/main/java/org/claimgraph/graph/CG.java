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
  public static final Resource Figure = resource("Figure");
  public static final Resource FigureKind = resource("FigureKind");
  public static final Resource ChangeBasis = resource("ChangeBasis");
  public static final Resource Attribution = resource("Attribution");
  public static final Resource Source = resource("Source");
  public static final Resource EntityMention = resource("EntityMention");
  public static final Resource Country = resource("Country");
  public static final Resource Region = resource("Region");
  public static final Resource Material = resource("Material");

  // Individuals
  public static final Resource Amount = resource("Amount");
  public static final Resource Change = resource("Change");
  public static final Resource Share = resource("Share");
  public static final Resource YearOnYear = resource("YearOnYear");
  public static final Resource MonthOnMonth = resource("MonthOnMonth");
  public static final Resource QuarterOnQuarter = resource("QuarterOnQuarter");
  public static final Resource VersusPeriod = resource("VersusPeriod");

  // Article properties
  public static final Property sourceFile = property("sourceFile");
  public static final Property docName = property("docName");
  public static final Property articleId = property("articleId");
  public static final Property text = property("text");
  public static final Property fingerprint = property("fingerprint");
  public static final Property paragraphCount = property("paragraphCount");
  public static final Property extractorVersion = property("extractorVersion");
  public static final Property encoding = property("encoding");
  public static final Property encodingSource = property("encodingSource");
  public static final Property truncated = property("truncated");
  public static final Property datePrecision = property("datePrecision");
  public static final Property readWarning = property("readWarning");

  // Figure properties
  public static final Property statedIn = property("statedIn");
  public static final Property value = property("value");
  public static final Property valueMax = property("valueMax");
  public static final Property unit = property("unit");
  public static final Property unitCode = property("unitCode");
  public static final Property counted = property("counted");
  public static final Property kind = property("kind");
  public static final Property basis = property("basis");
  public static final Property fromLevel = property("fromLevel");
  public static final Property toLevel = property("toLevel");
  public static final Property direction = property("direction");
  public static final Property qualifier = property("qualifier");
  public static final Property period = property("period");
  public static final Property periodStart = property("periodStart");
  public static final Property periodEnd = property("periodEnd");
  public static final Property measure = property("measure");
  public static final Property place = property("place");
  public static final Property placeList = property("placeList");
  public static final Property citeKey = property("citeKey");
  public static final Property statementKey = property("statementKey");
  public static final Resource ImpliedFigure = resource("ImpliedFigure");
  public static final Property rule = property("rule");
  public static final Property impliedBy = property("impliedBy");
  public static final Property impliedValue = property("impliedValue");
  public static final Property impliedUnit = property("impliedUnit");
  public static final Property impliedPeriod = property("impliedPeriod");
  public static final Property valueLow = property("valueLow");
  public static final Property valueHigh = property("valueHigh");
  public static final Property impliedKey = property("impliedKey");
  public static final Property origin = property("origin");
  public static final Property destination = property("destination");
  public static final Property quote = property("quote");
  public static final Property sentence = property("sentence");
  public static final Property sentenceIndex = property("sentenceIndex");
  public static final Property hasSentence = property("hasSentence");

  // Attribution properties
  public static final Property attribution = property("attribution");
  public static final Property sourceText = property("sourceText");
  public static final Property cue = property("cue");
  public static final Property carriedOver = property("carriedOver");
  public static final Property reportedBy = property("reportedBy");
  public static final Property inTitle = property("inTitle");
  public static final Property speaker = property("speaker");

  // Entity properties
  public static final Property mentions = property("mentions");
  public static final Property mentionCount = property("mentionCount");
  public static final Property entityMention = property("entityMention");
  public static final Property entity = property("entity");
  public static final Property isoCode = property("isoCode");
  public static final Property category = property("category");

  private CG() {}

  // Restatements (issue 13: which articles restate which)
  public static final Resource Restatement = resource("Restatement");
  public static final Property storyKey = property("storyKey");
  public static final Property restates = property("restates");
  public static final Property restatement = property("restatement");
  public static final Property rewrite = property("rewrite");
  public static final Property restated = property("restated");
  public static final Property similarity = property("similarity");
  public static final Property sharedFigures = property("sharedFigures");
  public static final Property creditedOutlet = property("creditedOutlet");
  public static final Property directionEvidence = property("directionEvidence");
  public static final Property restatesFigure = property("restatesFigure");

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
