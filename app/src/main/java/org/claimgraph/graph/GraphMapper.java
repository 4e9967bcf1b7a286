package org.claimgraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.figure.Figure;

/**
 * Maps an article to the quads of its named graph and streams them into a sink, so the same
 * mapping feeds the TDB2 store, an export or a test's in-memory dataset. The levels the article's
 * figures imply are computed here, once per article ({@link ImpliedFigureMapper}).
 *
 * <p>The graph of {@code 004_073a1bba27b7e5aa.html} holds, in {@code <…/article/{id}>}:
 * <pre>
 * &lt;…/article/{id}&gt; a cg:Article, schema:NewsArticle ;
 *     schema:headline "…" ; schema:datePublished "2025-08-21"^^xsd:date ;
 *     schema:publisher &lt;…/publisher/s-p-global-commodity-insights&gt; ;
 *     schema:author &lt;…/person/kip-keen&gt; ; prov:wasAttributedTo &lt;…/person/kip-keen&gt; ;
 *     cg:sourceFile "004_073a1bba27b7e5aa.html" ; cg:text "…" .
 * </pre>
 */
public final class GraphMapper {

  /** Version of the reader and extractor; part of every fingerprint, so a new version re-ingests. */
  public static final String EXTRACTOR_VERSION = "0.1.0";

  /** Streams the quads of an analysed article's graph: article, entities and figures. */
  public void map(ArticleAnalysis analysis, String fingerprint, StreamRDF out) {
    Article article = analysis.article();
    map(article, fingerprint, out);
    Node graph = NodeFactory.createURI(Iris.article(article.id()));
    Emitter e = new Emitter(graph, out);
    new EntityMapper(e, graph).map(analysis.entities());
    for (int i = 0; i < analysis.sentences().size(); i++) {
      ArticleAnalysis.Span span = analysis.sentences().get(i);
      Node sentence = NodeFactory.createURI(Iris.sentence(article.id(), i));
      e.add(graph, CG.hasSentence, sentence);
      e.add(sentence, RDF.type, Vocab.TextPositionSelector);
      e.typed(sentence, Vocab.start, Integer.toString(span.start()), XSDDatatype.XSDnonNegativeInteger);
      e.typed(sentence, Vocab.end, Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger);
      e.literal(sentence, Vocab.exact, article.text().substring(span.start(), span.end()));
      e.typed(sentence, CG.sentenceIndex, Integer.toString(i), XSDDatatype.XSDinteger);
    }
    FigureMapper figures = new FigureMapper(e, graph, article.id());
    for (Figure f : analysis.figures()) figures.map(f);
    ImpliedFigureMapper.map(analysis, out);
  }

  /** Streams the quads of {@code article}'s graph into {@code out} (without start/finish). */
  public void map(Article article, String fingerprint, StreamRDF out) {
    Node graph = NodeFactory.createURI(Iris.article(article.id()));
    Emitter e = new Emitter(graph, out);
    Node a = graph;
    e.add(a, RDF.type, CG.Article);
    e.add(a, RDF.type, Vocab.NewsArticle);
    e.add(a, RDF.type, Vocab.Entity);
    e.literal(a, CG.articleId, article.id());
    e.literal(a, CG.sourceFile, article.source());
    e.literal(a, CG.docName, article.docName());
    e.literal(a, CG.fingerprint, fingerprint);
    e.literal(a, CG.extractorVersion, EXTRACTOR_VERSION);
    e.literal(a, CG.text, article.text());
    e.typed(a, CG.paragraphCount, Integer.toString(article.paragraphs().size()), XSDDatatype.XSDinteger);
    if (article.title() != null) e.literal(a, Vocab.headline, article.title());
    if (article.date() != null) e.typed(a, Vocab.datePublished, article.date().toString(), XSDDatatype.XSDdate);
    // Page addresses come from untrusted markup: only a valid IRI enters the graph.
    String url = Iris.web(article.url());
    if (url != null) e.add(a, Vocab.url, NodeFactory.createURI(url));
    if (article.language() != null) e.literal(a, Vocab.inLanguage, article.language());
    mapProvenance(e, a, article);
    if (article.publisher() != null) {
      Node p = NodeFactory.createURI(Iris.publisher(article.publisher()));
      e.add(a, Vocab.publisher, p);
      e.add(p, RDF.type, CG.Publisher);
      e.add(p, RDF.type, Vocab.Organization);
      e.add(p, RDF.type, Vocab.Agent);
      e.literal(p, Vocab.name, article.publisher());
    }
    for (String name : article.authors()) {
      Node person = NodeFactory.createURI(Iris.person(name));
      e.add(a, Vocab.author, person);
      e.add(a, Vocab.wasAttributedTo, person);
      e.add(person, RDF.type, CG.Author);
      e.add(person, RDF.type, Vocab.Person);
      e.add(person, RDF.type, Vocab.Agent);
      e.literal(person, Vocab.name, name);
    }
    if (article.authors().isEmpty() && article.publisher() != null) {
      e.add(a, Vocab.wasAttributedTo, NodeFactory.createURI(Iris.publisher(article.publisher())));
    }
  }

  /** How the article was read: its encoding and how it was chosen, truncation, date precision, warnings. */
  private static void mapProvenance(Emitter e, Node a, Article article) {
    var p = article.provenance();
    if (p.encoding() != null) e.literal(a, CG.encoding, p.encoding());
    if (p.encodingSource() != null) e.literal(a, CG.encodingSource, p.encodingSource());
    if (p.truncated()) e.typed(a, CG.truncated, "true", XSDDatatype.XSDboolean);
    if (article.date() != null && p.datePrecision() != org.claimgraph.article.DateText.Precision.DAY) {
      e.literal(a, CG.datePrecision, p.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
    }
    for (String w : p.warnings()) e.literal(a, CG.readWarning, w);
  }

  /** Writes quads of one graph. */
  static final class Emitter {
    private final Node graph;
    private final StreamRDF out;

    Emitter(Node graph, StreamRDF out) {
      this.graph = graph;
      this.out = out;
    }

    void add(Node s, Property p, String iri) {
      add(s, p, NodeFactory.createURI(iri));
    }

    void add(Node s, Property p, Resource o) {
      add(s, p, o.asNode());
    }

    void add(Node s, Property p, Node o) {
      out.quad(Quad.create(graph, s, p.asNode(), o));
    }

    void literal(Node s, Property p, String value) {
      add(s, p, NodeFactory.createLiteralString(value));
    }

    void typed(Node s, Property p, String lexical, XSDDatatype type) {
      add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    /**
     * A person's title and employer, once each per article: the entity list and a quote's speaker may describe the
     * same person in two words ("head" and "head of energy storage research"), and a second title or employer would
     * list each of the person's figures once per pair in a query that reads them. The first description wins.
     */
    void describePerson(Node person, String title, String organization) {
      if (title != null && titled.add(person)) literal(person, Vocab.jobTitle, title);
      if (organization != null && employed.add(person)) {
        Node org = NodeFactory.createURI(Iris.organization(organization));
        add(person, Vocab.worksFor, org);
        add(org, RDF.type, Vocab.Organization);
        literal(org, Vocab.name, organization);
      }
    }

    private final java.util.Set<Node> titled = new java.util.HashSet<>();
    private final java.util.Set<Node> employed = new java.util.HashSet<>();
  }
}
