package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Caps the rows a query sent as a {@code query} parameter (GET, or POST as a form) may return:
 * a SELECT, CONSTRUCT or DESCRIBE without a LIMIT, or with a larger one, gets {@code LIMIT max}.
 * Queries that do not parse pass through unchanged, so Fuseki reports their syntax error.
 */
final class ResultLimitFilter implements Filter {

  private final long max;

  ResultLimitFilter(long max) {
    this.max = max;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && http.getParameter("query") != null) {
      String limited = limited(http.getParameter("query"));
      if (limited != null) {
        chain.doFilter(new Limited(http, limited), response);
        return;
      }
    }
    chain.doFilter(request, response);
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

  private static final class Limited extends HttpServletRequestWrapper {
    private final String query;

    Limited(HttpServletRequest request, String query) {
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
}
