package org.claimgraph.validate;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.validation.Severity;

/**
 * One result of a validation: which node breaks which rule, in which graph.
 *
 * @param graph    the named graph the focus node was validated in
 * @param focus    the node that breaks the rule (a figure, a selector, an article …)
 * @param path     the property path concerned, with prefixes ({@code cg:value},
 *                 {@code cg:quote/oa:start}), or null for a rule on the node as a whole
 * @param message  what is wrong, from the shape's {@code sh:message}
 * @param severity {@code Violation}, {@code Warning} or {@code Info}
 */
public record Violation(Node graph, Node focus, String path, String message, Severity severity) {

  public Violation {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** Whether this result makes the data invalid (as opposed to a warning or a note). */
  public boolean isViolation() {
    return severity.equals(Severity.Violation);
  }

  /**
   * One line: focus node, path, message, and the graph when it is not the focus node itself.
   * {@code <https://claimgraph.org/id/figure/ab12…/10-15> cg:value: a figure needs exactly one
   * cg:value, an xsd:decimal (graph <https://claimgraph.org/id/article/ab12…>)}
   */
  public String line() {
    StringBuilder b = new StringBuilder();
    if (!isViolation()) b.append(severityName().toLowerCase(java.util.Locale.ROOT)).append(": ");
    b.append(NodeFmtLib.strNT(focus)).append(' ').append(path == null ? "-" : path).append(": ").append(message);
    if (!graph.equals(focus)) b.append(" (graph ").append(NodeFmtLib.strNT(graph)).append(')');
    return b.toString();
  }

  private String severityName() {
    String iri = severity.level().getURI();
    return iri.substring(iri.lastIndexOf('#') + 1);
  }

  @Override
  public String toString() {
    return line();
  }
}
