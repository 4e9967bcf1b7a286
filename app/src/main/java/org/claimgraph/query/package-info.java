/**
 * SPARQL over the store: parsing with line and column on errors
 * ({@link org.claimgraph.query.QuerySyntaxException}) and running SELECT, ASK, CONSTRUCT and
 * DESCRIBE read-only with Jena's standard result writers ({@link org.claimgraph.query.QueryRunner}).
 */
package org.claimgraph.query;
