/**
 * {@code claimgraph serve}: an embedded Fuseki server over the store. The SPARQL 1.1 Protocol at
 * {@code /sparql} (read-only, union default graph, query timeout), JSON endpoints for citation and
 * search that answer as {@code cite --format json} and {@code search --format json} do, a
 * loopback-only ingest endpoint (the server owns the store while it runs, so new articles come in
 * through it), and a web page at {@code /}.
 */
package org.claimgraph.serve;
