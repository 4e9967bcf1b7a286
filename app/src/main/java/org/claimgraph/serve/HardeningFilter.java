package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * In front of every route (page, API, SPARQL): answers only requests whose {@code Host} is
 * allowed (see {@link HostAllowList}), refuses {@code TRACE}, and sends a Content-Security-Policy
 * and {@code X-Content-Type-Options: nosniff} with every response, so that a page or an API answer
 * carrying an article's markup can never run it.
 */
final class HardeningFilter implements Filter {

  /** SHA-256 of the column resizer's two style texts in vendor/yasgui.min.js (BrowserIT fails when they change). */
  static final String YASGUI_STYLE_HASHES =
      "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=' 'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='";

  /**
   * The page loads its own script and style only; nothing inline, no frames, no plugins. The two
   * hashes allow exactly the two fixed style sheets that YASGUI's table column resizer inserts
   * (its grip rules, and the cursor while dragging a column), and nothing else inline.
   */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' " + YASGUI_STYLE_HASHES + ";"
      + " img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final HostAllowList hosts;

  HardeningFilter(HostAllowList hosts) {
    this.hosts = hosts;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    try {
      harden(req, resp, chain);
    } finally {
      // An error that closes the connection (Json.error) may have answered before the body was read.
      if ("close".equalsIgnoreCase(resp.getHeader("Connection"))) UnreadBody.drop(req);
    }
  }

  private void harden(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
    resp.setHeader("Content-Security-Policy", CSP);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "no-referrer");
    if ("TRACE".equalsIgnoreCase(req.getMethod()) || "TRACK".equalsIgnoreCase(req.getMethod())) {
      resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
      Json.error(resp, 405, req.getMethod() + " is not supported");
      return;
    }
    if (!hosts.allows(req.getHeader("Host"))) {
      Json.error(resp, 421, "this server does not answer for Host '" + req.getHeader("Host") + "'; start it with --allow-host NAME");
      return;
    }
    chain.doFilter(req, resp);
  }
}
