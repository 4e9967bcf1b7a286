package org.claimgraph.figure;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sources named together, each by the name the page gives it (credit25a): "based on EVAP and Department of Energy (DOE)
 * data" on a page that spells out "Electric Vehicles Association of the Philippines (EVAP)" credits "Electric Vehicles
 * Association of the Philippines and Department of Energy", as a reader keeps one name for each body. A side the page does
 * not spell out stays as written; read alone, a sentence spells nothing out and the pair stays as written.
 */
final class ConjoinedNames {

  private static final Pattern PAIR = Pattern.compile("^(.+?)\\s+(and|&)\\s+(.+)$");
  private static final Pattern THE = Pattern.compile("^(?:the|The)\\s+");

  private ConjoinedNames() {}

  /** {@code source} with each side that is a short form of {@code shortForms} written in full, else {@code source}. */
  static String expand(String source, Map<String, String> shortForms) {
    Matcher m = PAIR.matcher(source);
    if (!m.matches()) return source;
    String left = full(m.group(1), shortForms);
    String right = full(m.group(3), shortForms);
    if (left == null && right == null) return source;
    return (left == null ? m.group(1) : left) + " " + m.group(2) + " " + (right == null ? m.group(3) : THE.matcher(right).replaceFirst(""));
  }

  private static String full(String side, Map<String, String> shortForms) {
    String bare = THE.matcher(side.strip()).replaceFirst("");
    return shortForms.get(bare);
  }
}
