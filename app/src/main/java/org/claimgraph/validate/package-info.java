/**
 * Validation of stored data against {@code ontology/shapes.ttl} (SHACL, with SHACL-SPARQL for
 * rules that span several nodes): what every article, figure, attribution, evidence selector
 * and entity mention must have ({@link org.claimgraph.validate.ShapesValidator}).
 *
 * <p>Each article graph is validated on its own, so a figure whose article is not in its graph
 * is caught; one check that SHACL cannot state (a graph holds the article it is named after)
 * is made in Java and reported alike. Uses Jena (jena-shacl) only.
 */
package org.claimgraph.validate;
