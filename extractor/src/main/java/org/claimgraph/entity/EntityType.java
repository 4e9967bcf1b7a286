package org.claimgraph.entity;

import java.util.Locale;

/** Kinds of entities. */
public enum EntityType {
  COUNTRY, REGION, ORGANIZATION, PERSON, MATERIAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
