package org.claimgraph.validate;

import java.util.List;
import org.apache.jena.shacl.ValidationReport;

/**
 * The outcome of validating a dataset.
 *
 * @param graphs     how many article graphs were validated
 * @param violations every result, sorted by graph, focus node, path and message
 * @param report     the same results as one SHACL validation report (for {@code sh:} output)
 */
public record ValidationResult(int graphs, List<Violation> violations, ValidationReport report) {

  public ValidationResult {
    violations = List.copyOf(violations);
  }

  /** Whether no result has severity {@code sh:Violation}. */
  public boolean conforms() {
    return violations.stream().noneMatch(Violation::isViolation);
  }

  /** The number of results with severity {@code sh:Violation}. */
  public long violationCount() {
    return violations.stream().filter(Violation::isViolation).count();
  }

  /** How many graphs hold at least one violation. */
  public long graphsWithViolations() {
    return violations.stream().filter(Violation::isViolation).map(Violation::graph).distinct().count();
  }

  /** "8 article graphs conform to ontology/shapes.ttl" or "3 violations in 1 of 8 article graphs". */
  public String summary() {
    if (conforms()) return graphs + " article graph" + (graphs == 1 ? "" : "s") + " conform to ontology/shapes.ttl";
    long n = violationCount();
    return n + " violation" + (n == 1 ? "" : "s") + " in " + graphsWithViolations() + " of " + graphs + " article graph"
        + (graphs == 1 ? "" : "s");
  }
}
