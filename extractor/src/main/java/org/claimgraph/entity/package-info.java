/**
 * Entities an article mentions: countries (ISO 3166-1 alpha-2, from names, aliases and
 * nationalities), regions, organizations, people (with title and organization where the text
 * gives them) and materials. {@link org.claimgraph.entity.EntityFinder} combines the lexicon's
 * gazetteers with CoreNLP's PERSON and ORGANIZATION tags.
 */
package org.claimgraph.entity;
