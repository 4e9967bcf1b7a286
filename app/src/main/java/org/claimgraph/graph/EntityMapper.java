package org.claimgraph.graph;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.Mention;

/** Maps an article's entities: the entity nodes, cg:mentions links, and one cg:EntityMention each. */
final class EntityMapper {
  private final GraphMapper.Emitter e;
  private final Node article;

  EntityMapper(GraphMapper.Emitter e, Node article) {
    this.e = e;
    this.article = article;
  }

  void map(List<Entity> entities) {
    for (Entity entity : entities) {
      Node node = NodeFactory.createURI(iri(entity));
      e.add(article, CG.mentions, node);
      switch (entity.type()) {
        case COUNTRY -> {
          e.add(node, RDF.type, CG.Country);
          e.literal(node, CG.isoCode, entity.key());
        }
        case REGION -> e.add(node, RDF.type, CG.Region);
        case MATERIAL -> e.add(node, RDF.type, CG.Material);
        case ORGANIZATION -> e.add(node, RDF.type, Vocab.Organization);
        case PERSON -> {
          e.add(node, RDF.type, Vocab.Person);
          e.describePerson(node, entity.title(), entity.org());
        }
      }
      e.literal(node, Vocab.name, entity.name());
      e.literal(node, RDFS.label, entity.name());
      Mention first = entity.mentions().get(0);
      Node m = NodeFactory.createURI(article.getURI() + "/mention/" + entity.type().label() + "-" + Iris.slug(entity.key()));
      e.add(article, CG.entityMention, m);
      e.add(m, RDF.type, CG.EntityMention);
      e.add(m, CG.entity, node);
      e.typed(m, CG.mentionCount, Integer.toString(entity.mentions().size()), XSDDatatype.XSDinteger);
      e.typed(m, Vocab.start, Integer.toString(first.start()), XSDDatatype.XSDnonNegativeInteger);
      e.typed(m, Vocab.end, Integer.toString(first.end()), XSDDatatype.XSDnonNegativeInteger);
      e.literal(m, Vocab.exact, first.text());
    }
  }

  static String iri(Entity entity) {
    return switch (entity.type()) {
      case COUNTRY -> Iris.country(entity.key());
      case REGION -> CG.ID + "region/" + Iris.slug(entity.key());
      case MATERIAL -> CG.ID + "material/" + Iris.slug(entity.key());
      case ORGANIZATION -> Iris.organization(entity.key());
      case PERSON -> Iris.person(entity.key());
    };
  }
}
