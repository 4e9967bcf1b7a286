package org.claimgraph.article;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.claimgraph.lexicon.Regexes;

/**
 * Reads an HTML page's own metadata, most explicit source first: JSON-LD
 * ({@code NewsArticle}, {@code Article}, {@code BlogPosting}…), Open Graph and
 * {@code article:*} meta tags, other common meta tags (Dublin Core, {@code author},
 * {@code pubdate}…), microdata ({@code itemprop}), then the visible page: {@code <h1>},
 * {@code <time datetime>}, byline elements.
 */
public final class MetadataReader {

  // Selectors parsed once: jsoup parses a selector string on every select call.
  private static final Evaluator META_CONTENT = Selector.evaluatorOf("meta[content]");
  private static final Evaluator ITEMPROP_PUBLISHER = Selector.evaluatorOf("[itemprop=publisher]");
  private static final Evaluator ITEMPROP_DATE_PUBLISHED = Selector.evaluatorOf("[itemprop=datePublished]");
  private static final Evaluator ITEMPROP_NAME = Selector.evaluatorOf("[itemprop=name]");
  private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel=canonical]");
  private static final Evaluator HTML_LANG = Selector.evaluatorOf("html[lang]");
  private static final Evaluator CONTENT_LANGUAGE = Selector.evaluatorOf("meta[http-equiv=content-language]");
  private static final Evaluator MAIN_H1 = Selector.evaluatorOf("article h1, main h1, [role=main] h1");
  private static final Evaluator H1 = Selector.evaluatorOf("h1");
  /** The article's own time element first, then any. */
  private static final List<Evaluator> TIMES = List.of(Selector.evaluatorOf("article time[datetime]"),
      Selector.evaluatorOf("header time[datetime]"), Selector.evaluatorOf("time[datetime]"), Selector.evaluatorOf("time"));
  private static final Evaluator AUTHOR_METAS = Selector.evaluatorOf("meta[name=author], meta[property=article:author], "
      + "meta[name=dc.creator], meta[name=sailthru.author], meta[name=parsely-author]");
  private static final Evaluator AUTHOR_MARKS = Selector.evaluatorOf("[rel=author], [itemprop=author]");
  private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
      "reviewnewsarticle", "techarticle", "scholarlyarticle", "report", "liveblogposting");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(written\\s+)?by[:\\s]+");
  private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:-]\\s+|\\s+::\\s+");

  /** Reads the metadata of {@code doc}. */
  public Metadata read(Document doc) {
    JsonLd ld = JsonLd.find(doc);
    String publisher = first(ld.publisher, meta(doc, "og:site_name"), meta(doc, "publisher"),
        meta(doc, "dc.publisher"), meta(doc, "dcterms.publisher"), meta(doc, "application-name"),
        itemprop(doc, ITEMPROP_PUBLISHER));
    String title = cleanTitle(first(ld.headline, meta(doc, "og:title"), meta(doc, "twitter:title"),
        meta(doc, "dc.title"), h1(doc), doc.title()), publisher);
    List<String> authors = !ld.authors.isEmpty() ? ld.authors : authors(doc);
    DateText.Dated date = firstDate(ld.datePublished, meta(doc, "article:published_time"),
        meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"),
        meta(doc, "publish-date"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"),
        meta(doc, "dcterms.date"), meta(doc, "dcterms.created"), meta(doc, "sailthru.date"),
        meta(doc, "parsely-pub-date"), meta(doc, "og:published_time"), itemprop(doc, ITEMPROP_DATE_PUBLISHED),
        timeElement(doc));
    String url = absoluteUrl(first(attr(doc, CANONICAL, "href"), meta(doc, "og:url"), ld.url));
    return new Metadata(title, publisher, authors, date == null ? null : date.date(), url, language(doc),
        date == null ? null : date.precision());
  }

  // ---- meta tags ----

  static String meta(Document doc, String name) {
    for (Element e : doc.select(META_CONTENT)) {
      String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      if (key.equalsIgnoreCase(name)) {
        String v = clean(e.attr("content"));
        if (v != null) return v;
      }
    }
    return null;
  }

  private static String itemprop(Document doc, Evaluator prop) {
    Element e = doc.selectFirst(prop);
    if (e == null) return null;
    if (e.hasAttr("content")) return clean(e.attr("content"));
    if (e.hasAttr("datetime")) return clean(e.attr("datetime"));
    Element name = e.selectFirst(ITEMPROP_NAME);
    return clean(name != null ? name.text() : e.text());
  }

  private static String attr(Document doc, Evaluator css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : clean(e.attr(attr));
  }

  private static String h1(Document doc) {
    Element scope = doc.selectFirst(MAIN_H1);
    Element h1 = scope != null ? scope : doc.selectFirst(H1);
    return h1 == null ? null : clean(h1.text());
  }

  private static String timeElement(Document doc) {
    for (Evaluator css : TIMES) {
      for (Element e : doc.select(css)) {
        if (inFurniture(e)) continue; // a comment's or a teaser's date is not the article's
        String v = e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        if (DateText.parse(v) != null) return v;
      }
    }
    for (Element e : withClass(doc, DATE_CLASSES)) {
      if (e.text().length() <= 80 && DateText.parse(e.text()) != null) return e.text();
    }
    return null;
  }

  /** Whether {@code e} sits in an aside, footer, navigation, comments or teaser list. */
  private static boolean inFurniture(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) return true;
      for (String c : a.classNames()) {
        String l = c.toLowerCase(Locale.ROOT);
        if (l.contains("comment") || l.contains("related") || l.contains("sidebar") || l.contains("widget")
            || l.contains("recommend") || l.contains("teaser")) return true;
      }
    }
    return false;
  }

  // ---- authors ----

  private static List<String> authors(Document doc) {
    Set<String> names = new LinkedHashSet<>();
    for (Element e : doc.select(AUTHOR_METAS)) {
      names.addAll(splitAuthors(e.attr("content")));
    }
    if (names.isEmpty()) {
      List<Element> candidates = new ArrayList<>(doc.select(AUTHOR_MARKS));
      candidates.addAll(withClass(doc, BYLINE_CLASSES));
      for (Element e : candidates) {
        Element name = e.selectFirst(ITEMPROP_NAME);
        String text = name != null ? name.text() : e.text();
        if (text.length() <= 80) names.addAll(splitAuthors(text));
      }
    }
    return List.copyOf(names);
  }

  /** "By Jane Doe and John Roe" → [Jane Doe, John Roe]; URLs and empty parts are dropped. */
  static List<String> splitAuthors(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) return out;
    String s = BY_PREFIX.matcher(raw.strip()).replaceFirst("");
    if (s.startsWith("http://") || s.startsWith("https://")) return out;
    for (String part : AUTHOR_SPLIT.split(s)) {
      String name = part.strip();
      if (!name.isEmpty() && !name.contains("@") && !name.startsWith("http") && name.length() <= 60
          && Character.isLetter(name.codePointAt(0))) {
        out.add(name);
      }
    }
    return out;
  }

  // ---- title, url, language ----

  /** Drops a site-name suffix or prefix such as " | S&P Global" from a headline. */
  static String cleanTitle(String title, String publisher) {
    if (title == null) return null;
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length < 2) return title;
    String last = parts[parts.length - 1].strip();
    String firstPart = parts[0].strip();
    if (publisher != null && last.equalsIgnoreCase(publisher)) {
      return Regexes.replaceAll(title.substring(0, title.lastIndexOf(last)), "\\s+[|–—:-]\\s*$", "").strip();
    }
    if (publisher != null && firstPart.equalsIgnoreCase(publisher)) {
      return Regexes.replaceAll(title.substring(firstPart.length()), "^\\s*[|–—:-]\\s+", "").strip();
    }
    return title;
  }

  private static String absoluteUrl(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
  }

  private static String language(Document doc) {
    String lang = first(attr(doc, HTML_LANG, "lang"), meta(doc, "content-language"),
        attr(doc, CONTENT_LANGUAGE, "content"), meta(doc, "og:locale"),
        meta(doc, "dc.language"));
    if (lang == null) return null;
    String primary = lang.split("[-_,; ]")[0].toLowerCase(Locale.ROOT);
    return Regexes.matches(primary, "[a-z]{2,3}") ? primary : null;
  }

  // ---- helpers ----

  private static final Set<String> DATE_CLASSES = Set.of("date", "dateline", "published", "post-date",
      "entry-date", "pubdate", "timestamp", "article-date", "publish-date");
  private static final Set<String> BYLINE_CLASSES = Set.of("byline", "author", "author-name",
      "byline__name", "contributor", "article-author", "post-author", "entry-author");

  private static List<Element> withClass(Document doc, Set<String> classes) {
    List<Element> out = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      for (String c : e.classNames()) {
        if (classes.contains(c.toLowerCase(Locale.ROOT))) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }

  private static String first(String... values) {
    for (String v : values) {
      String c = clean(v);
      if (c != null) return c;
    }
    return null;
  }

  /**
   * The first date found; if it gives only a month or a year, a later source that gives the day
   * within that month or year is preferred ("2024-01" in JSON-LD, "January 12, 2024" on the page).
   */
  private static DateText.Dated firstDate(String... values) {
    DateText.Dated first = null;
    for (String v : values) {
      DateText.Dated d = DateText.parseDated(v);
      if (d == null) continue;
      if (first == null) {
        first = d;
        if (d.precision() == DateText.Precision.DAY) return d;
      } else if (d.precision().compareTo(first.precision()) < 0 && within(d.date(), first)) {
        return d;
      }
    }
    return first;
  }

  private static boolean within(LocalDate day, DateText.Dated period) {
    LocalDate start = period.date();
    LocalDate end = period.precision() == DateText.Precision.MONTH ? start.plusMonths(1) : start.plusYears(1);
    return !day.isBefore(start) && day.isBefore(end);
  }

  static String clean(String s) {
    if (s == null) return null;
    String t = Regexes.replaceAll(s.replace('\u00A0', ' '), "\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  /** The first article-like object of the page's JSON-LD blocks. */
  private record JsonLd(String headline, String publisher, List<String> authors, String datePublished, String url) {
    static final JsonLd NONE = new JsonLd(null, null, List.of(), null, null);

    static JsonLd find(Document doc) {
      for (Element script : doc.select(JSON_LD)) {
        JsonValue root;
        try (JsonReader r = Json.createReader(new StringReader(script.data().strip()))) {
          root = r.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
          continue; // A broken JSON-LD block is common; the other sources still apply.
        }
        JsonObject article = findArticle(root);
        if (article != null) return of(article);
      }
      return NONE;
    }

    private static JsonObject findArticle(JsonValue v) {
      if (v instanceof JsonArray a) {
        for (JsonValue item : a) {
          JsonObject found = findArticle(item);
          if (found != null) return found;
        }
      } else if (v instanceof JsonObject o) {
        for (String type : strings(o.get("@type"))) {
          if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT))) return o;
        }
        if (o.containsKey("@graph")) return findArticle(o.get("@graph"));
      }
      return null;
    }

    private static JsonLd of(JsonObject o) {
      List<String> authors = new ArrayList<>();
      for (String a : names(o.get("author"))) authors.addAll(splitAuthors(a));
      List<String> publishers = names(o.get("publisher"));
      String url = first(strings(o.get("url")).stream().findFirst().orElse(null),
          idOf(o.get("mainEntityOfPage")));
      return new JsonLd(first(strings(o.get("headline")).stream().findFirst().orElse(null)),
          publishers.isEmpty() ? null : publishers.get(0), authors,
          strings(o.get("datePublished")).stream().findFirst().orElse(null), url);
    }

    private static String idOf(JsonValue v) {
      if (v instanceof JsonString s) return s.getString();
      if (v instanceof JsonObject o && o.get("@id") instanceof JsonString s) return s.getString();
      return null;
    }

    private static List<String> names(JsonValue v) {
      List<String> out = new ArrayList<>();
      if (v instanceof JsonString s) out.add(s.getString());
      else if (v instanceof JsonObject o && o.get("name") instanceof JsonString s) out.add(s.getString());
      else if (v instanceof JsonArray a) a.forEach(item -> out.addAll(names(item)));
      return out;
    }

    private static List<String> strings(JsonValue v) {
      List<String> out = new ArrayList<>();
      if (v instanceof JsonString s) out.add(s.getString());
      else if (v instanceof JsonArray a) a.forEach(item -> out.addAll(strings(item)));
      return out;
    }
  }
}
