package org.claimgraph.graph;

import java.time.YearMonth;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.figure.Attribution;
import org.claimgraph.figure.Evidence;
import org.claimgraph.figure.Figure;
import org.claimgraph.figure.Speaker;
import org.claimgraph.relate.FigureKeys;

/**
 * Maps one figure: value, unit, kind, basis, direction, period, measure, places, attribution
 * (PROV-O), evidence (Web Annotation selectors into the article text) and, for a change, the
 * levels it compares (cg:fromLevel, cg:toLevel).
 */
final class FigureMapper {
  private final GraphMapper.Emitter e;
  private final Node article;
  private final String articleId;

  FigureMapper(GraphMapper.Emitter e, Node article, String articleId) {
    this.e = e;
    this.article = article;
    this.articleId = articleId;
  }

  void map(Figure f) {
    Evidence ev = f.evidence();
    String iri = figureIri(ev.inTitle(), ev.start(), ev.end());
    Node fig = NodeFactory.createURI(iri);
    // A headline's figure: its quote and sentence are ranges of the title (schema:headline), not of cg:text.
    if (ev.inTitle()) e.typed(fig, CG.inTitle, "true", XSDDatatype.XSDboolean);
    e.add(fig, RDF.type, CG.Figure);
    e.add(fig, RDF.type, Vocab.Claim);
    e.add(fig, CG.statedIn, article);
    e.add(fig, Vocab.wasDerivedFrom, article);
    e.typed(fig, CG.value, decimal(f.quantity().value()), XSDDatatype.XSDdecimal);
    if (f.quantity().valueMax() != null) e.typed(fig, CG.valueMax, decimal(f.quantity().valueMax()), XSDDatatype.XSDdecimal);
    e.add(fig, CG.unit, Units.iri(f.quantity().unit()));
    e.literal(fig, CG.unitCode, f.quantity().unit());
    if (Units.counted(f.quantity().unit()) != null) e.literal(fig, CG.counted, Units.counted(f.quantity().unit()));
    e.add(fig, CG.kind, switch (f.kind()) {
      case AMOUNT -> CG.Amount;
      case CHANGE -> CG.Change;
      case SHARE -> CG.Share;
    });
    if (f.basis() != null) {
      e.add(fig, CG.basis, switch (f.basis()) {
        case "yoy" -> CG.YearOnYear;
        case "mom" -> CG.MonthOnMonth;
        case "qoq" -> CG.QuarterOnQuarter;
        default -> CG.VersusPeriod;
      });
    }
    if (f.direction() != null) e.literal(fig, CG.direction, f.direction());
    if (f.quantity().qualifier() != null) e.literal(fig, CG.qualifier, f.quantity().qualifier());
    if (f.period() != null) {
      e.literal(fig, CG.period, f.period());
      String[] range = dates(f.period());
      e.typed(fig, CG.periodStart, range[0], XSDDatatype.XSDdate);
      e.typed(fig, CG.periodEnd, range[1], XSDDatatype.XSDdate);
    }
    if (f.measure() != null) e.literal(fig, CG.measure, f.measure());
    if (!f.place().isEmpty()) {
      e.literal(fig, CG.placeList, String.join(" ", f.place()));
      for (int i = 0; i < f.place().size(); i++) {
        Node country = NodeFactory.createURI(Iris.country(f.place().get(i)));
        e.add(fig, CG.place, country);
        e.add(fig, i == 0 ? CG.origin : CG.destination, country);
        e.add(country, RDF.type, CG.Country);
        e.literal(country, CG.isoCode, f.place().get(i));
      }
    }
    for (String key : FigureKeys.of(f.quantity().value(), f.quantity().valueMax(), ev.quote(), f.quantity().unit(), f.kind().label(), f.period(), f.place(),
        f.measure())) {
      e.literal(fig, CG.citeKey, key);
    }
    String measureKey = FigureKeys.statement(f.quantity().unit(), f.kind().label(), f.basis(), f.period(), f.place(), f.measure());
    if (measureKey != null) e.literal(fig, CG.statementKey, measureKey);
    e.add(fig, CG.quote, selector(iri + "/quote", ev.quote(), ev.start(), ev.end()));
    Node sentence = selector(ev.inTitle() ? Iris.article(articleId) + "/title" : Iris.sentence(articleId, ev.sentenceIndex()), ev.sentence(),
        ev.sentenceStart(), ev.sentenceEnd());
    e.add(fig, CG.sentence, sentence);
    e.typed(sentence, CG.sentenceIndex, Integer.toString(ev.sentenceIndex()), XSDDatatype.XSDinteger);
    if (f.attribution() != null) attribution(fig, iri, f.attribution());
    if (f.fromLevel() != null) e.add(fig, CG.fromLevel, NodeFactory.createURI(figureIri(ev.inTitle(), f.fromLevel().start(), f.fromLevel().end())));
    if (f.toLevel() != null) e.add(fig, CG.toLevel, NodeFactory.createURI(figureIri(ev.inTitle(), f.toLevel().start(), f.toLevel().end())));
  }

  private String figureIri(boolean inTitle, int start, int end) {
    return inTitle ? Iris.titleFigure(articleId, start, end) : Iris.figure(articleId, start, end);
  }

  private void attribution(Node fig, String figIri, Attribution a) {
    Node att = NodeFactory.createURI(figIri + "/attribution");
    e.add(fig, CG.attribution, att);
    e.add(att, RDF.type, CG.Attribution);
    e.literal(att, CG.cue, a.cue());
    e.typed(att, CG.carriedOver, Boolean.toString(a.carried()), XSDDatatype.XSDboolean);
    if (a.source() != null) {
      Node source = NodeFactory.createURI(Iris.source(a.source()));
      e.literal(att, CG.sourceText, a.source());
      e.add(att, Vocab.agent, source);
      e.add(fig, Vocab.wasAttributedTo, source);
      e.add(source, RDF.type, CG.Source);
      e.add(source, RDF.type, Vocab.Agent);
      e.literal(source, RDFS.label, Iris.sourceName(a.source()));
    }
    if (a.via() != null) {
      // The chain: "Reuters reported, citing customs data" credits customs data, reported by Reuters.
      Node outlet = NodeFactory.createURI(Iris.source(a.via()));
      e.add(att, CG.reportedBy, outlet);
      e.add(outlet, RDF.type, CG.Source);
      e.add(outlet, RDF.type, Vocab.Agent);
      e.literal(outlet, RDFS.label, Iris.sourceName(a.via()));
    }
    if (a.speaker() != null) {
      Speaker sp = a.speaker();
      Node person = NodeFactory.createURI(Iris.person(sp.name()));
      e.add(att, CG.speaker, person);
      if (a.source() == null) {
        e.add(att, Vocab.agent, person);
        e.add(fig, Vocab.wasAttributedTo, person);
      }
      e.add(person, RDF.type, Vocab.Person);
      e.add(person, RDF.type, Vocab.Agent);
      e.literal(person, Vocab.name, sp.name());
      e.describePerson(person, sp.title(), sp.organization());
    }
  }

  private Node selector(String iri, String exact, int start, int end) {
    Node s = NodeFactory.createURI(iri);
    e.add(s, RDF.type, Vocab.TextPositionSelector);
    e.add(s, RDF.type, Vocab.TextQuoteSelector);
    e.typed(s, Vocab.start, Integer.toString(start), XSDDatatype.XSDnonNegativeInteger);
    e.typed(s, Vocab.end, Integer.toString(end), XSDDatatype.XSDnonNegativeInteger);
    e.literal(s, Vocab.exact, exact);
    return s;
  }

  /** First and last day of an ISO month, year or interval. */
  static String[] dates(String period) {
    String[] parts = period.split("/");
    return new String[] {first(parts[0]), last(parts[parts.length - 1])};
  }

  private static String first(String p) {
    return p.length() == 4 ? p + "-01-01" : p.length() == 7 ? p + "-01" : p;
  }

  private static String last(String p) {
    return p.length() == 4 ? p + "-12-31" : p.length() == 7 ? YearMonth.parse(p).atEndOfMonth().toString() : p;
  }

  static String decimal(double v) {
    return FigureKeys.decimal(v);
  }
}
