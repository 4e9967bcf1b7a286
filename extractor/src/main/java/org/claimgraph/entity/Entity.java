package org.claimgraph.entity;

import java.util.List;

/**
 * An entity with all its mentions in one article.
 *
 * @param type     kind
 * @param key      identity (ISO code, id, or normalized name)
 * @param name     display name ("United States", "neodymium", "David Merriman")
 * @param title    a person's title where the text gives it ("research director"), else null
 * @param org      a person's organization where the text gives it ("Project Blue"), else null
 * @param mentions where it is mentioned, in text order
 */
public record Entity(EntityType type, String key, String name, String title, String org, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
