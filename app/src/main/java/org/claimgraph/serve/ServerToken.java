package org.claimgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a running server shares with the CLI through the store folder: {@code serve} writes
 * a fresh random token to {@code STORE/serve.token}, readable by its owner only, and
 * {@code ingest} sends it back in the {@value IngestGuard#TOKEN_HEADER} header. A web page cannot
 * read the file, so it cannot make the server ingest; and a client holding another store's token
 * is refused by a server serving this one.
 *
 * <pre>{@code
 * String token = ServerToken.create(Path.of("data"));  // at start
 * String sent = ServerToken.read(Path.of("data"));     // in the CLI
 * ServerToken.delete(Path.of("data"));                 // at stop
 * }</pre>
 */
public final class ServerToken {

  /** The token's file name in the store folder. */
  public static final String FILE = "serve.token";

  private ServerToken() {}

  /** Writes a new token with owner-only permissions (replacing a stale one) and returns it. */
  static String create(Path store) {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    Path file = store.resolve(FILE);
    try {
      Files.deleteIfExists(file);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      Files.writeString(file, token, StandardCharsets.US_ASCII);
      return token;
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException(file + ": another server started at the same time", e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the server token (" + e.getMessage() + ")", e);
    }
  }

  /** The token of the server running on {@code store}, or null if there is none. */
  public static String read(Path store) {
    try {
      return Files.readString(store.resolve(FILE), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return null;
    }
  }

  static void delete(Path store) {
    try {
      Files.deleteIfExists(store.resolve(FILE));
    } catch (IOException e) {
      // the next start replaces it
    }
  }
}
