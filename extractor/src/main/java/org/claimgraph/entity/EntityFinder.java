package org.claimgraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Titles;
import org.claimgraph.nlp.AnnotatedArticle;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;
import org.claimgraph.lexicon.Regexes;

/**
 * Finds the entities of an annotated article.
 *
 * <ul>
 *   <li>Countries and nationalities from the country table: "U.S.", "America", "the United
 *       States" → US; "Chinese" → CN; "the Taiwan region" → TW.
 *   <li>Regions from the region table (the EU, Europe, "the West"), kept apart from countries.
 *   <li>Materials and products from the materials table (neodymium, NdFeB magnets …).
 *   <li>Organizations from the organizations table (so "MP Materials" is found where the model
 *       misses it) and CoreNLP's ORGANIZATION tags; people from PERSON tags; a person's title and
 *       organization from an apposition ("David Merriman, a research director at Project
 *       Blue"). A surname alone ("Berry said") joins the full name mentioned earlier.
 * </ul>
 */
public final class EntityFinder {

  private static final Pattern APPOSITION = Pattern.compile(
      "^,\\s+(?:the\\s+|a\\s+|an\\s+)?([\\p{Ll}][\\p{L} -]{2,60}?)\\s+(?:at|of|for|with)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}&.'’ -]{1,60}?)(?=[,.;]|$)");

  private final Lexicon lexicon;

  public EntityFinder() {
    this(Lexicon.get());
  }

  public EntityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The entities of the article, countries first, then regions, organizations, people, materials. */
  public List<Entity> find(AnnotatedArticle annotated) {
    String text = annotated.article().text();
    Map<String, Builder> entities = new LinkedHashMap<>();
    for (var m : lexicon.findCountries(text)) {
      String code = m.value().code();
      add(entities, EntityType.COUNTRY, code, lexicon.countryName(code), new Mention(EntityType.COUNTRY, code, m.text(), m.start(), m.end()));
    }
    java.util.List<int[]> orgSpans = new java.util.ArrayList<>();
    for (var m : lexicon.organizations().find(text)) {
      add(entities, EntityType.ORGANIZATION, m.value(), m.value(), new Mention(EntityType.ORGANIZATION, m.value(), m.text(), m.start(), m.end()));
      orgSpans.add(new int[] {m.start(), m.end()});
    }
    for (var m : lexicon.findRegions(text)) {
      add(entities, EntityType.REGION, m.value().id(), m.value().id(), new Mention(EntityType.REGION, m.value().id(), m.text(), m.start(), m.end()));
    }
    for (Sentence s : annotated.sentences()) {
      for (int[] span : spans(s, "ORGANIZATION")) {
        String name = text.substring(span[0], span[1]);
        if (isCountryOrRegion(name) || overlaps(span, orgSpans)) continue;
        add(entities, EntityType.ORGANIZATION, name, name, new Mention(EntityType.ORGANIZATION, name, name, span[0], span[1]));
      }
      for (int[] span : spans(s, "PERSON")) {
        String name = text.substring(span[0], span[1]);
        String key = fullName(entities, name);
        Builder b = add(entities, EntityType.PERSON, key, key, new Mention(EntityType.PERSON, key, name, span[0], span[1]));
        Matcher ap = APPOSITION.matcher(text.substring(span[1], Math.min(text.length(), span[1] + 140)));
        if (ap.find() && b.title == null) {
          b.title = Regexes.replaceFirst(ap.group(1).strip(), "^(?i:the|a|an)\\s+", ""); // one title with the speaker's ("the Managing Director")
          b.org = Regexes.replaceFirst(ap.group(2), "^the\\s+", "").strip();
        }
        // "Mines and Minerals Development Minister Paul Kabuswe": the title written before the name, unless an apposition
        // follows it ("Vice President Lee Chang-sil, chief financial officer (CFO) of …"), which a quote's speaker takes as
        // the title (one title per person and article).
        boolean apposed = span[1] < text.length() && text.charAt(span[1]) == ',';
        if (b.title == null && !apposed) b.title = Titles.get().titleBefore(text.substring(Math.max(s.start(), span[0] - 120), span[0]));
      }
    }
    for (var m : lexicon.materials().find(text)) {
      add(entities, EntityType.MATERIAL, m.value().id(), m.value().label(), new Mention(EntityType.MATERIAL, m.value().id(), m.text(), m.start(), m.end()));
    }
    List<Entity> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      for (Builder b : entities.values()) {
        if (b.type == type) out.add(new Entity(b.type, b.key, b.name, b.title, b.org, b.mentions));
      }
    }
    return out;
  }

  private boolean isCountryOrRegion(String name) {
    var c = lexicon.findCountries(name);
    if (c.size() == 1 && c.get(0).text().length() == name.length()) return true;
    var r = lexicon.findRegions(name);
    return r.size() == 1 && r.get(0).text().length() == name.length();
  }

  private static boolean overlaps(int[] span, java.util.List<int[]> spans) {
    for (int[] o : spans) if (span[0] < o[1] && o[0] < span[1]) return true;
    return false;
  }

  /** "Berry" after "Chris Berry" is Chris Berry. */
  private static String fullName(Map<String, Builder> entities, String name) {
    if (name.contains(" ")) return name;
    for (Builder b : entities.values()) {
      if (b.type == EntityType.PERSON && b.key.endsWith(" " + name)) return b.key;
    }
    return name;
  }

  /** Maximal runs of tokens with the same NER tag. */
  private static List<int[]> spans(Sentence s, String tag) {
    List<int[]> out = new ArrayList<>();
    List<Token> ts = s.tokens();
    for (int i = 0; i < ts.size(); i++) {
      if (!ts.get(i).isEntity(tag)) continue;
      int j = i;
      while (j + 1 < ts.size() && ts.get(j + 1).isEntity(tag)) j++;
      out.add(new int[] {ts.get(i).start(), ts.get(j).end()});
      i = j;
    }
    return out;
  }

  private static Builder add(Map<String, Builder> entities, EntityType type, String key, String name, Mention m) {
    Builder b = entities.computeIfAbsent(type + "|" + key, k -> new Builder(type, key, name));
    b.mentions.add(m);
    return b;
  }

  private static final class Builder {
    final EntityType type;
    final String key;
    final String name;
    String title;
    String org;
    final List<Mention> mentions = new ArrayList<>();

    Builder(EntityType type, String key, String name) {
      this.type = type;
      this.key = key;
      this.name = name;
    }
  }
}
