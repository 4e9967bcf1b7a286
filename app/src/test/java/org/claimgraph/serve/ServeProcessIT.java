package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimgraph.cli.ClaimgraphCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `claimgraph serve` in its own process owns the store; `claimgraph ingest` then goes through it. */
class ServeProcessIT {

  @TempDir Path tmp;

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Starts {@code claimgraph serve} in its own process and waits until it listens. */
  Process serve(Path store, int port) throws Exception {
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-cp", System.getProperty("java.class.path"), ClaimgraphCommand.class.getName(), "serve", "--store", store.toString(),
        "--port", Integer.toString(port), "--ingest-root", tmp.toString()).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.startsWith("serving ")) {
      // wait for the server to listen
    }
    assertTrue(line != null, "the server did not start");
    return server;
  }

  @Test
  void ingestOfALockedStoreIsSentToTheRunningServer() throws Exception {
    Path store = tmp.resolve("store");
    int port = freePort();
    Process server = serve(store, port);
    try {
      Path page = Files.copy(Path.of("..", "corpus", "003_effcb89402fbbc39.html"), tmp.resolve("003_effcb89402fbbc39.html"));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = ClaimgraphCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
          .execute("ingest", "--store", store.toString(), "--server", "http://127.0.0.1:" + port, page.toString());
      assertEquals(0, status, err.toString());
      assertTrue(out.toString().contains("1 article: 1 new, 0 unchanged, 0 replaced, 0 failed")
          && out.toString().contains("(through http://127.0.0.1:" + port + ")"), out.toString());

      // store B, served by another server, must not be fed to the server of store A
      Path other = tmp.resolve("other");
      Process otherServer = serve(other, freePort());
      try {
      StringWriter wrong = new StringWriter();
      StringWriter wrongOut = new StringWriter();
      int wrongStore = ClaimgraphCommand.newCommandLine(new PrintWriter(wrongOut, true), new PrintWriter(wrong, true))
          .execute("ingest", "--store", other.toString(), "--server", "http://127.0.0.1:" + port, page.toString());
      assertEquals(1, wrongStore, wrongOut.toString());
      assertTrue(wrong.toString().contains("not this store, so nothing was sent"), wrong.toString());
      } finally {
        otherServer.destroy();
        otherServer.waitFor(20, TimeUnit.SECONDS);
      }

      StringWriter noServer = new StringWriter();
      int refused = ClaimgraphCommand.newCommandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(noServer, true))
          .execute("ingest", "--store", store.toString(), "--server", "http://127.0.0.1:1", page.toString());
      assertEquals(1, refused);
      assertTrue(noServer.toString().contains("in use by another process") && noServer.toString().contains("no claimgraph server answers"),
          noServer.toString());
    } finally {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }
}
