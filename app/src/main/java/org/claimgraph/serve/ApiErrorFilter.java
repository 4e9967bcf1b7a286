package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every failure of {@code /api/*} as one JSON error line, never as the servlet
 * container's HTML page naming a Java exception: a timed-out query is 503, anything else 500
 * (the stack trace goes to the server's log, not to the client).
 */
final class ApiErrorFilter implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorFilter.class);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletResponse resp = (HttpServletResponse) response;
    try {
      chain.doFilter(request, response);
    } catch (QueryCancelledException | org.claimgraph.search.SearchTimeoutException e) {
      fail(resp, 503, "the request took longer than the server's timeout; narrow it down");
    } catch (RuntimeException | ServletException e) {
      LOG.warn("API request failed", e);
      fail(resp, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
    }
  }

  private static void fail(HttpServletResponse resp, int status, String message) throws IOException {
    if (resp.isCommitted()) return;
    resp.resetBuffer();
    Json.error(resp, status, message);
  }
}
