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
    List<Binding> rows = SummaryRows.run(dsg, l.scoped(l.scopeVar(), scope));
    if (l.name().equals(TIMELINE)) {
      timelineScope = new LinkedHashSet<>(scope);
      timelineRows = rows;
    }
    return rows;
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
