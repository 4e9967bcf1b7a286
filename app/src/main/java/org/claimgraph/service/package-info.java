/**
 * The service layer: one opened store with its full-text index ({@link org.claimgraph.service.Claimgraph})
 * and what can be asked of it: ingest, cite, search, query (with {@code text:query}), figures,
 * reindex, validate, export, compact. The command line ({@code org.claimgraph.cli}) and the server
 * ({@code org.claimgraph.serve}) are thin callers of it, so both answer alike; the JSON both send
 * is built here ({@link org.claimgraph.service.JsonViews}).
 *
 * <p>Uses graph, search, cite, ingest, query, validate and export; never the CLI or the server.
 */
package org.claimgraph.service;
