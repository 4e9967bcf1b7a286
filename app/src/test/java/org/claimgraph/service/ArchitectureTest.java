package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: the command line and the server call the service layer, nothing
 * calls the command line, and the extractor knows nothing of RDF or Lucene. Read from the import
 * lines of every main source file (also fully qualified names in the code).
 */
class ArchitectureTest {

  private static final Path APP = Path.of("src", "main", "java");
  private static final Path EXTRACTOR = Path.of("..", "extractor", "src", "main", "java");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.claimgraph\\.cli|org\\.apache\\.jena|org\\.apache\\.lucene)\\.[\\w.]+");

  @Test
  void nothingOutsideTheCommandLineUsesIt() {
    List<String> bad = new ArrayList<>();
    for (Path f : sources(APP)) {
      if (packageOf(f).equals("org.claimgraph.cli")) continue;
      for (String used : uses(f)) if (used.startsWith("org.claimgraph.cli.")) bad.add(f + " uses " + used);
    }
    assertEquals(List.of(), bad, "only the command line may use org.claimgraph.cli (the server calls org.claimgraph.service)");
  }

  @Test
  void theServerCallsTheServiceLayerNotTheCommandLine() {
    List<Path> server = sources(APP).stream().filter(f -> packageOf(f).equals("org.claimgraph.serve")).toList();
    assertTrue(server.size() > 3, "the server's sources were found: " + server);
    boolean usesService = server.stream().anyMatch(f -> uses(f).stream().anyMatch(u -> u.startsWith("org.claimgraph.service.")));
    assertTrue(usesService, "the servlets call org.claimgraph.service");
  }

  @Test
  void theExtractorKnowsNothingOfJenaOrLucene() {
    List<Path> files = sources(EXTRACTOR);
    assertTrue(files.size() > 20, "the extractor's sources were found under " + EXTRACTOR);
    List<String> bad = new ArrayList<>();
    for (Path f : files) {
      for (String used : uses(f)) {
        if (used.startsWith("org.apache.jena.") || used.startsWith("org.apache.lucene.")) bad.add(f + " uses " + used);
      }
    }
    assertEquals(List.of(), bad);
  }

  /**
   * The graph (what ingest writes) never uses cite (what answers look-ups), and the rules both share
   * (keys, relations, implications in {@code org.claimgraph.relate}) use neither: no package cycle.
   */
  @Test
  void theGraphDoesNotUseCiteAndTheSharedRulesUseNeither() {
    List<String> bad = new ArrayList<>();
    for (Path f : sources(APP)) {
      String pkg = packageOf(f);
      for (String used : usesAll(f)) {
        if (pkg.equals("org.claimgraph.graph") && used.startsWith("org.claimgraph.cite.")) bad.add(f + " uses " + used);
        if (pkg.equals("org.claimgraph.relate") && (used.startsWith("org.claimgraph.cite.") || used.startsWith("org.claimgraph.graph."))) {
          bad.add(f + " uses " + used);
        }
      }
    }
    assertEquals(List.of(), bad, "graph → cite and relate → graph/cite would make a package cycle");
    assertTrue(sources(APP).stream().anyMatch(f -> packageOf(f).equals("org.claimgraph.relate")), "the shared rules were found");
  }

  @Test
  void theCycleRuleCatchesAQualifiedNameOfAnyProjectPackage() {
    String code = "package org.claimgraph.graph;\nclass X { void m() { org.claimgraph.cite.ImpliedLevels.map(null, null); } }\n";
    assertEquals(List.of("org.claimgraph.cite.ImpliedLevels.map"), usesAllIn(code));
  }

  @Test
  void theRuleCatchesAnImportAndAQualifiedName() {
    String code = "package org.claimgraph.serve;\nimport org.claimgraph.cli.Api;\nclass X { Object o = new org.apache.lucene.store.ByteBuffersDirectory(); }\n";
    assertEquals(List.of("org.claimgraph.cli.Api", "org.apache.lucene.store.ByteBuffersDirectory"), usesIn(code));
  }

  private static List<Path> sources(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(Path file) {
    Matcher m = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE).matcher(read(file));
    return m.find() ? m.group(1) : "";
  }

  private static List<String> uses(Path file) {
    return usesIn(read(file));
  }

  private static final Pattern PROJECT = Pattern.compile("\\borg\\.claimgraph\\.\\w+\\.[\\w.]+");

  private static List<String> usesAll(Path file) {
    return usesAllIn(read(file));
  }

  /** Imports and fully qualified names of any project package (besides those {@link #usesIn} finds). */
  static List<String> usesAllIn(String code) {
    List<String> out = new ArrayList<>();
    Matcher m = IMPORT.matcher(code);
    while (m.find()) out.add(m.group(1));
    String body = IMPORT.matcher(code).replaceAll("");
    // Comments may name other packages ({@link org.claimgraph.cite.CitationIndex}): only code counts.
    body = body.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    body = body.replaceAll("(?m)^package\\s+[\\w.]+;", "");
    Matcher q = PROJECT.matcher(body);
    while (q.find()) out.add(q.group());
    return out;
  }

  static List<String> usesIn(String code) {
    List<String> out = new ArrayList<>();
    Matcher m = IMPORT.matcher(code);
    while (m.find()) out.add(m.group(1));
    String body = IMPORT.matcher(code).replaceAll("");
    Matcher q = QUALIFIED.matcher(body);
    while (q.find()) out.add(q.group());
    return out;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
