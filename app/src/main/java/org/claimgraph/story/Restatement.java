package org.claimgraph.story;

/**
 * A decided restatement link: {@code rewrite} restates {@code source}, with the evidence.
 *
 * @param rewrite IRI of the restating article (when the direction is undetermined: the one with fewer figures)
 * @param source IRI of the restated article
 * @param similarity containment of content-word pairs (0–1)
 * @param sharedFigures figures of the rewrite that the source states with the same value (up to rounding) and unit
 * @param creditedOutlet the source's outlet as the rewrite credits it, or null
 * @param direction how the direction was decided: "credit", "precision", "wire", "date" or "undetermined"
 * @param weight the strength used to pick a story's tree (similarity, shared share, credit)
 */
public record Restatement(String rewrite, String source, double similarity, int sharedFigures, String creditedOutlet,
    String direction, double weight) {

  public static final String UNDETERMINED = "undetermined";

  /** Whether the direction rests on evidence. */
  public boolean directed() {
    return !UNDETERMINED.equals(direction);
  }
}
