package org.claimgraph.entity;

/**
 * One mention of an entity in an article's text.
 *
 * @param type  the entity's kind
 * @param key   the entity's identity: ISO code for countries, region or material id, the
 *              normalized name for organizations and people
 * @param text  as written
 * @param start offset in the article text
 * @param end   offset after it
 */
public record Mention(EntityType type, String key, String text, int start, int end) {}
