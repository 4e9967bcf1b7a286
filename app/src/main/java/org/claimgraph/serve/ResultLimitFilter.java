package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Bounds what a SPARQL request may cost, for every route of the endpoint ({@code /sparql},
 * {@code /sparql/query}, {@code /sparql/sparql}, …) and every way a query is sent (GET
 * parameter, form POST, {@code application/sparql-query} body):
 * <ul>
 *   <li>a query string or body longer than {@code maxBytes} is refused with 413 before it is parsed;</li>
 *   <li>a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a larger one, gets {@code LIMIT max};</li>
 *   <li>the answer is {@link BufferedAnswer buffered}, so a query that times out while its results
 *       are written gets an error status, never a 200 with a cut body.</li>
 * </ul>
 * Queries that do not parse pass through unchanged, so Fuseki reports their syntax error.
 */
final class ResultLimitFilter implements Filter {

  /** The largest answer buffered before it is sent: 64 MB. */
  static final long DEFAULT_MAX_ANSWER_BYTES = 64L * 1024 * 1024;

  private final long max;
  private final long maxBytes;
  private final long maxAnswerBytes;

  ResultLimitFilter(long max) {
    this(max, ServeSettings.DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_ANSWER_BYTES);
  }

  ResultLimitFilter(long max, long maxBytes, long maxAnswerBytes) {
    this.max = max;
    this.maxBytes = maxBytes;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    String queryString = http.getQueryString();
    if (queryString != null && queryString.length() > maxBytes || http.getContentLengthLong() > maxBytes) {
      tooLarge(resp);
      return;
    }
    HttpServletRequest effective = http;
    if ("POST".equalsIgnoreCase(http.getMethod()) && "application/sparql-query".equals(mediaType(http.getContentType()))) {
      byte[] body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        tooLarge(resp);
        return;
      }
      String text = new String(body, StandardCharsets.UTF_8);
      String limited = limited(text);
      effective = new WithBody(http, limited == null ? text : limited);
    } else if (http.getParameter("query") != null) {
      String limited = limited(http.getParameter("query"));
      if (limited != null) effective = new WithQueryParameter(http, limited);
    }
    BufferedAnswer answer = new BufferedAnswer(resp, maxAnswerBytes);
    chain.doFilter(effective, answer);
    answer.finish();
  }

  private void tooLarge(HttpServletResponse resp) throws IOException {
    Json.error(resp, 413, "the query is longer than this server accepts (" + maxBytes + " bytes; serve --max-query-size)");
  }

  private static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  /** The query with the cap applied, or null when it needs none. */
  String limited(String text) {
    try {
      Query q = QueryFactory.create(text, Syntax.syntaxARQ);
      if (q.isAskType() || q.hasLimit() && q.getLimit() <= max) return null;
      q.setLimit(max);
      return q.serialize();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final class WithQueryParameter extends HttpServletRequestWrapper {
    private final String query;

    WithQueryParameter(HttpServletRequest request, String query) {
      super(request);
      this.query = query;
    }

    @Override
    public String getParameter(String name) {
      return "query".equals(name) ? query : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return "query".equals(name) ? new String[] {query} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> m = new HashMap<>(super.getParameterMap());
      m.put("query", new String[] {query});
      return m;
    }
  }

  /** The request with its body (already read) replaced by {@code text}. */
  private static final class WithBody extends HttpServletRequestWrapper {
    private final byte[] body;

    WithBody(HttpServletRequest request, String text) {
      super(request);
      this.body = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getCharacterEncoding() {
      return "UTF-8";
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return available() == 0;
        }

        @Override
        public int available() {
          try {
            return in.available();
          } catch (IOException e) {
            return 0;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
