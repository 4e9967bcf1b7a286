package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The spark module's classpath holds Spark's Servlet 5 and neither Fuseki nor Jetty 12: with the
 * server's Servlet 6, SparkContext fails to start (docs: ../shared/docs/scale-out.md).
 */
class SparkClasspathTest {

  @Test
  void noServerOnTheClasspath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.jena.fuseki.main.FusekiServer"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jetty.server.Server"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.claimgraph.nonexistent.Probe"));
  }

  @Test
  void servletFiveAsSparkNeedsIt() {
    // Removed in Servlet 6; Spark 4's UI classes still load it.
    assertDoesNotThrow(() -> Class.forName("jakarta.servlet.SingleThreadModel"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.servlet.ServletConnection"));
  }
}
