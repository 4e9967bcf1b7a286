package org.claimgraph.figure;

import org.claimgraph.lexicon.Regexes;

/**
 * A quoted person: "David Merriman, a research director at Project Blue" → name David Merriman,
 * title research director, organization Project Blue. Title and organization may be null.
 */
public record Speaker(String name, String title, String organization) {

  public Speaker {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("speaker needs a name");
    // "Shailesh Chandra, the Managing Director of …" and "Shailesh Chandra, Managing Director, …" are one title: a person
    // stored with two titles would list each of the person's figures once per title.
    if (title != null) title = Regexes.replaceFirst(title, "^(?i:the|a|an)\\s+", "");
    if (title != null && title.isBlank()) title = null;
  }

  /** "David Merriman, research director, Project Blue" */
  public String display() {
    StringBuilder b = new StringBuilder(name);
    if (title != null) b.append(", ").append(title);
    if (organization != null) b.append(", ").append(organization);
    return b.toString();
  }
}
