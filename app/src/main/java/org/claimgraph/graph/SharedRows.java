package org.claimgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * Runs the listings' scoped views for one update, and answers 10-measure-timeline-any-countries from the rows
 * 10-measure-timeline's view just gave for the same segments: the two views are one query but for the listing key
 * (10's is "measure|places", 10-any's the measure alone), so the second run of the same joins is saved.
 *
 * <p>The N-th row 10-any has of an article is therefore the N-th row 10 has of it with another key, and 10-any's
 * row stores no columns of its own: {@code cgs:columnsFrom} names 10's row that holds them (queries/10 reads them
 * there). A quarter of the summary's quads were 10-any's copies of 10's columns.
 */
final class SharedRows {
  static final String TIMELINE = "10-measure-timeline";
  static final String ANY_COUNTRIES = "10-measure-timeline-any-countries";
  private static final Var KEY = Var.alloc(SummaryRows.KEY_VAR);
  private static final Var PLACES = Var.alloc("places");

  private Set<Node> timelineScope;
  private List<Binding> timelineRows;

  /** The rows of {@code l}'s view scoped to {@code scope}, in the view's order. */
  List<Binding> run(DatasetGraph dsg, SummaryListing l, Collection<Node> scope) {
    if (scope.isEmpty()) return List.of();
    if (l.name().equals(ANY_COUNTRIES) && timelineRows != null && timelineScope.equals(new LinkedHashSet<>(scope))) {
      List<Binding> out = new ArrayList<>(timelineRows.size());
      for (Binding b : timelineRows) out.add(anyCountries(b));
      timelineRows = null;
      return out;
    }
    List<Binding> rows = viewRows(dsg, l, scope);
    if (l.name().equals(TIMELINE)) {
      timelineScope = new LinkedHashSet<>(scope);
      timelineRows = rows;
    }
    return rows;
  }

  /** The rows of {@code l}'s view scoped to {@code scope}; 10-any's are 10's re-keyed, row for row ({@link #columnsFrom}). */
  static List<Binding> viewRows(DatasetGraph dsg, SummaryListing l, Collection<Node> scope) {
    if (!l.name().equals(ANY_COUNTRIES)) return SummaryRows.run(dsg, l.scoped(l.scopeVar(), scope));
    SummaryListing timeline = SummaryListing.named(TIMELINE);
    List<Binding> out = new ArrayList<>();
    for (Binding b : SummaryRows.run(dsg, timeline.scoped(timeline.scopeVar(), scope))) out.add(anyCountries(b));
    return out;
  }

  /** The row whose columns a row of {@code listing} shows: 10's row of the same article and place for 10-any's, else null. */
  static Node columnsFrom(String listing, Node row) {
    if (!listing.equals(ANY_COUNTRIES)) return null;
    String iri = row.getURI();
    String prefix = SummaryRows.ROW + ANY_COUNTRIES + "/";
    return NodeFactory.createURI(SummaryRows.ROW + TIMELINE + "/" + iri.substring(prefix.length()));
  }

  /** A row of 10's view as 10-any's view gives it: the key "measure|places" without its "|places". */
  static Binding anyCountries(Binding timelineRow) {
    String key = timelineRow.get(KEY).getLiteralLexicalForm();
    String places = timelineRow.get(PLACES).getLiteralLexicalForm();
    BindingBuilder out = BindingFactory.builder();
    timelineRow.forEach((v, n) -> out.add(v, v.equals(KEY) ? NodeFactory.createLiteralString(key.substring(0, key.length() - places.length() - 1)) : n));
    return out.build();
  }
}
