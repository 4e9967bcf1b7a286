package org.claimgraph.serve;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request body that an error answered without reading (413, 403, 415...).
 *
 * <p>A server that closes a connection while the client's body is still arriving resets it, and the reset can
 * discard the answer the client has not read yet: the client sees "no bytes" instead of the 413 that explains
 * the refusal. Like Tomcat's {@code maxSwallowSize}, a body of up to {@link #MAX_BYTES} is read and dropped
 * before the connection closes; a larger one is not worth the bandwidth, and its client gets the reset.
 */
final class UnreadBody {
  /** As Tomcat's default maxSwallowSize. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private UnreadBody() {}

  /** Drops the unread rest of {@code req}'s body when it is at most {@link #MAX_BYTES}; never throws. */
  static void drop(ServletRequest req) {
    long declared = req.getContentLengthLong();
    if (declared == 0 || declared > MAX_BYTES) return;
    try {
      InputStream in = req.getInputStream();
      byte[] buffer = new byte[16 * 1024];
      long read = 0;
      int n;
      while (read <= MAX_BYTES && (n = in.read(buffer)) >= 0) read += n;
    } catch (IOException | IllegalStateException e) {
      // The body was read through a reader, or the client went away: nothing is left to drop.
    }
  }
}
