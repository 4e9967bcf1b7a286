package org.claimgraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response held in memory until the request is done, up to {@code maxBytes}. Fuseki streams
 * results; if a query times out half way, the status line (200) is long gone and the client gets
 * a cut, invalid body. Held back, the answer is sent whole, or, when an error status is set after
 * part of it was written (Fuseki's 503 for a cancelled query), only the error. An answer larger
 * than {@code maxBytes} is refused with one JSON error.
 */
final class BufferedAnswer extends HttpServletResponseWrapper {

  private final long maxBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private boolean overflow;
  private ServletOutputStream stream;
  private PrintWriter writer;

  BufferedAnswer(HttpServletResponse response, long maxBytes) {
    super(response);
    this.maxBytes = maxBytes;
  }

  @Override
  public void setStatus(int sc) {
    if (sc >= 400) buffer.reset(); // what was written belongs to an answer that will not be sent
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    buffer.reset();
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    buffer.reset();
    super.sendError(sc);
  }

  @Override
  public void setContentLength(int len) {
    // set in finish(), from what was written
  }

  @Override
  public void setContentLengthLong(long len) {
    // set in finish()
  }

  @Override
  public void flushBuffer() {
    // held until finish()
  }

  @Override
  public void resetBuffer() {
    buffer.reset();
    overflow = false;
  }

  @Override
  public void reset() {
    buffer.reset();
    overflow = false;
    super.reset();
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          room(1);
          buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          room(len);
          buffer.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("buffered");
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String cs = getCharacterEncoding();
      Charset charset = cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  private void room(int len) throws IOException {
    if (buffer.size() + (long) len > maxBytes) {
      overflow = true;
      throw new IOException("the answer is larger than " + maxBytes + " bytes");
    }
  }

  /** Sends what was written (or the error for an answer too large). */
  void finish() throws IOException {
    if (writer != null) writer.flush();
    HttpServletResponse real = (HttpServletResponse) getResponse();
    if (real.isCommitted()) return; // sendError answered already
    if (overflow) {
      Json.error(real, 500, "the answer is larger than " + maxBytes / (1024 * 1024)
          + " MB; ask for fewer rows (LIMIT) or columns");
      return;
    }
    real.setContentLengthLong(buffer.size());
    buffer.writeTo(real.getOutputStream());
  }
}
