package org.claimgraph.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.claimgraph.lexicon.Regexes;

/**
 * Finds the article's own blocks in a page.
 *
 * <ol>
 *   <li>Removes elements that are furniture by what they are ({@code nav}, {@code aside},
 *       {@code footer}, forms, scripts, ARIA navigation/banner/complementary roles, hidden
 *       elements) or by the class and id words most CMSs use for menus, share bars, comments,
 *       bios, related links and the like ({@code boilerplate-classes.txt}). An element holding
 *       most of the page's paragraph text is kept whatever its class says, so a wrapper named
 *       {@code content-with-sidebar} does not take the article with it.
 *   <li>Chooses the smallest element that still holds nearly all (85%) of the remaining
 *       paragraph text: the article container, with sibling blocks such as highlight lists.
 *   <li>Splits it into blocks: headings, paragraphs, list items, quotes, table rows, and text
 *       that sits directly in a {@code div}.
 * </ol>
 */
final class BoilerplateRemover {

  // Selectors parsed once: jsoup parses a selector string on every select call, and these run per element of a page.
  private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
  private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
  private static final Evaluator TEXT_BOXES = Selector.evaluatorOf("p, div, span");
  private static final Evaluator CONTROLS = Selector.evaluatorOf("input, button, select, textarea");
  private static final Evaluator IMAGES = Selector.evaluatorOf("img, picture");
  private static final Evaluator PARAGRAPH_HOLDERS = Selector.evaluatorOf("p, li, blockquote, pre, td, dd, h2, h3, h4, div");
  private static final Evaluator LAYOUT_CONTENT = Selector.evaluatorOf("table, p, div, ul, ol");
  private static final Evaluator ARTICLES = Selector.evaluatorOf("article");
  private static final Evaluator LINKED_HEADINGS = Selector.evaluatorOf("h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4");
  private static final Evaluator ANCHORS = Selector.evaluatorOf("a");
  private static final Evaluator ROW_CELLS = Selector.evaluatorOf("> td, > th");
  private static final Evaluator PRE = Selector.evaluatorOf("pre");
  private static final Evaluator BLOCK_CONTENT = Selector.evaluatorOf("p, div, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre");
  private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
      "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "header",
      "menu", "dialog", "object", "embed", "video", "audio", "map", "head", "link", "meta", "img", "picture",
      "figcaption");
  private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar");
  private static final List<String> JUNK_ENTRIES = Lines.load(BoilerplateRemover.class, "boilerplate-classes.txt");
  /** Words that mark furniture as a whole class name or as one of its parts. */
  private static final Set<String> JUNK_WORDS = new HashSet<>(JUNK_ENTRIES.stream().filter(w -> !w.startsWith("=")).toList());
  /** Words that mark furniture only as a whole class name ("=hidden"). */
  private static final Set<String> JUNK_NAMES = new HashSet<>(JUNK_ENTRIES.stream().filter(w -> w.startsWith("="))
      .map(w -> w.substring(1)).toList());
  private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
      "blockquote", "pre", "tr", "figcaption", "div", "section", "article", "main", "ul", "ol", "dl", "table",
      "tbody", "thead", "tfoot", "figure", "address", "center", "hr", "br", "td", "th", "caption", "details", "summary");
  /** Share of the page's paragraph text above which an element is never treated as furniture. */
  private static final double PROTECTED_SHARE = 0.5;
  /**
   * Attributes that name a page component the way a class does, on sites whose classes are
   * generated ({@code <div data-component="byline-block" class="ssrcss-1x2y3z">}).
   */
  private static final List<String> COMPONENT_ATTRIBUTES = List.of("data-component", "data-testid", "data-gu-name",
      "data-module");
  /** Most text a box with a form field or a button can hold and still be a widget, not prose. */
  private static final int WIDGET_TEXT = 400;
  /** Most text (in {@link FurnitureFilter#weight} units) a centred line under an image has as a caption. */
  private static final int CAPTION_WEIGHT = 300;
  /** Most text (in {@link FurnitureFilter#weight} units) a caption beside its image in one box has. */
  private static final int IMAGE_CAPTION_WEIGHT = 200;
  /** Share of the remaining paragraph text the chosen container must hold. */
  private static final double CONTAINER_SHARE = 0.85;
  /** Elements that hold one paragraph, never a container of several. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "dd", "blockquote", "pre", "h2", "h3", "h4");
  /** A paragraph that ends with a colon, announcing what follows. */
  private static final Pattern ANNOUNCES = Pattern.compile("[:：]\\s*$");
  /** Fewest sibling boxes under one repeated heading that make a gallery. */
  private static final int MIN_SLIDES = 3;
  /** Link texts that lead from a teaser to its story ("weiter lesen"), lower case. */
  private static final Set<String> READ_MORE = Set.copyOf(Lines.load(BoilerplateRemover.class, "read-more-links.txt")
      .stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  /** Marks that cut a teaser's excerpt short. */
  private static final Pattern CUT_OFF = Pattern.compile(
      "(\\.\\.\\.|…|\\[(\\.\\.\\.|…)])\\s*[)\\]]?$");

  /**
   * Paragraph text (characters) that must remain outside a sidebar for the sidebar to be dropped
   * although it holds most of the page's text: the size Readability asks of an article (500).
   */
  private static final int STORY_OUTSIDE = 500;
  /** Fewest sibling boxes, each headed by a link to another page, that make a teaser list. */
  private static final int MIN_TEASERS = 3;

  /** Paragraph text (characters) outside a teaser list that makes the page a story, not an index. */
  private static final int TEASER_STORY = 150;
  /** Furniture words that, opening an id or class, name a box beside the story. */
  private static final Set<String> SIDEBAR_WORDS = Set.of("sidebar", "widget", "comments", "comment", "forum", "related",
      "secondary", "aside", "teaser", "teasers", "recommended", "promo", "rail");

  private final boolean byName;

  /** A remover that also goes by class, id and component names (the usual one). */
  BoilerplateRemover() {
    this(true);
  }

  /**
   * @param byName whether elements are furniture by their class, id and component names and as
   *               form widgets too, or only by tag, role and visibility (the fallback for a page
   *               whose names hide all its text)
   */
  BoilerplateRemover(boolean byName) {
    this.byName = byName;
  }

  /** Returns the article's blocks in page order. Modifies {@code doc}. */
  List<Block> blocks(Document doc) {
    Element body = doc.body();
    if (body == null) return List.of();
    Map<Element, Integer> textBefore = paragraphText(body);
    int total = textBefore.getOrDefault(body, 0);
    removeJunk(body, textBefore, total);
    dropTeaserCards(body, textBefore, total);
    dropSlides(body);
    dropTeaserLists(body, paragraphText(body));
    Element root = container(body);
    dropTeaserArticles(root);
    List<Block> out = new ArrayList<>();
    collect(root, out, false);
    return out;
  }

  private void removeJunk(Element body, Map<Element, Integer> text, int total) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      int own = text.getOrDefault(e, 0);
      boolean protectedByText = total > 0 && own > PROTECTED_SHARE * total
          && !(byName && isSidebar(e) && total - own >= STORY_OUTSIDE);
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
        doomed.add(e);
      } else if (!protectedByText && (isJunk(e, byName) || isCaptionParagraph(e) || isImageBoxCaption(e))) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) e.remove();
    }
  }

  /**
   * Drops teaser cards: a box holding the start of another story cut off with an ellipsis and a
   * link that leads to the rest ({@code <div><span>Museums: what progress?</span><div>A year ago the
   * museums got new directors. Since then…</div><a href="/x">weiter lesen</a></div>}). The card is the
   * smallest box around the link that holds text besides it; a box with most of the page's text
   * is the story itself and stays.
   */
  private static void dropTeaserCards(Element body, Map<Element, Integer> text, int total) {
    for (Element link : body.select(LINKS)) {
      if (link.parent() == null || !isReadMore(link.text())) continue;
      Element card = link.parent();
      while (card != null && card != body && withoutLink(card, link).length() < 25) card = card.parent();
      if (card == null || card == body || card.parent() == null) continue;
      if (total > 0 && text.getOrDefault(card, 0) > PROTECTED_SHARE * total) continue;
      if (CUT_OFF.matcher(withoutLink(card, link)).find()) card.remove();
    }
  }

  /**
   * Drops the slides of a picture gallery: three or more sibling boxes that each open with the
   * same heading, the gallery's title repeated on every slide ({@code <li><h4>Our city in
   * pictures</h4><h2>The old harbour</h2><p>Until 1950 the harbour …</p></li>} and so on). The
   * sections of a story have headings of their own.
   */
  private static void dropSlides(Element body) {
    int pageText = body.text().length();
    List<Element> doomed = new ArrayList<>();
    for (Element parent : body.getAllElements()) {
      Map<String, List<Element>> byHeading = new java.util.HashMap<>();
      for (Element child : parent.children()) {
        Element h = child.selectFirst(HEADINGS);
        if (h == null || h == child) continue;
        String title = normalize(h.text());
        if (!title.isEmpty()) byHeading.computeIfAbsent(title, k -> new ArrayList<>()).add(child);
      }
      for (List<Element> slides : byHeading.values()) {
        int share = slides.stream().mapToInt(x -> x.text().length()).sum();
        if (slides.size() >= MIN_SLIDES && share <= PROTECTED_SHARE * pageText) doomed.addAll(slides);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) e.remove();
    }
  }

  /**
   * Whether {@code e} is a box beside the story by what it is, not by a word somewhere in a
   * compound name: an {@code <aside>}, ARIA role complementary, or an id or class that is a
   * furniture word as a whole or opens with one ({@code id="sidebar"}, {@code class="widget
   * widget_text"}, {@code comments-area}). A wrapper whose name only mentions furniture further
   * on ({@code content-with-sidebar}) is not one.
   */
  static boolean isSidebar(Element e) {
    if (e.normalName().equals("aside") || e.attr("role").equalsIgnoreCase("complementary")) return true;
    List<String> names = new ArrayList<>(e.classNames());
    if (!e.id().isEmpty()) names.add(e.id());
    for (String n : names) {
      String first = Regexes.replaceAll(n, "([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).split("[-_]+")[0];
      if (SIDEBAR_WORDS.contains(first)) return true;
    }
    return false;
  }

  /**
   * Drops teaser lists: three or more sibling boxes that each open with a heading linking to
   * another page, followed by an excerpt, one at least cut off or with a read-on link ({@code <div class="nextstory"><h2><a href="/2019/x">Patti
   * Smith joins …</a></h2><p>The good folks at …</p></div>}), as long as a story of its own
   * (paragraph text beyond a few lines) remains outside them. The sections of a story have
   * headings of their own, unlinked or linking to themselves ({@code #section}).
   */
  private static void dropTeaserLists(Element body, Map<Element, Integer> text) {
    int total = text.getOrDefault(body, 0);
    List<Element> doomed = new ArrayList<>();
    for (Element parent : body.getAllElements()) {
      List<Element> teasers = new ArrayList<>();
      for (Element child : parent.children()) {
        if (isLinkHeaded(child)) teasers.add(child);
      }
      if (teasers.size() < MIN_TEASERS || teasers.stream().noneMatch(BoilerplateRemover::isExcerpt)) continue;
      int share = teasers.stream().mapToInt(t -> text.getOrDefault(t, 0)).sum();
      if (total - share >= TEASER_STORY) doomed.addAll(teasers);
    }
    for (Element e : doomed) {
      if (e.parent() != null) e.remove();
    }
  }

  /**
   * Whether a box shows an excerpt of another page: a paragraph cut off with an ellipsis
   * ("… Onassis […]") or a link asking to read on ("READ THE REST"). A newsletter's items, headed
   * by links too, carry the editor's own finished comment instead.
   */
  private static boolean isExcerpt(Element box) {
    for (Element a : box.select(LINKS)) {
      if (isReadMore(a.text())) return true;
    }
    for (Element p : box.select(TEXT_BOXES)) {
      if (!p.ownText().isBlank() && CUT_OFF.matcher(normalize(p.text())).find()) return true;
    }
    return false;
  }

  /** Whether a box opens with a heading that is a link to another page, and holds more than it. */
  private static boolean isLinkHeaded(Element box) {
    Element h = box.selectFirst(HEADINGS);
    if (h == null || h == box) return false;
    Element a = h.selectFirst(LINKS);
    if (a == null || a.attr("href").startsWith("#")) return false;
    String heading = normalize(h.text());
    if (heading.isEmpty() || normalize(a.text()).length() < 0.8 * heading.length()) return false;
    // Nothing but the heading's own text before it: it opens the box.
    String all = normalize(box.text());
    return all.startsWith(heading) && all.length() > heading.length();
  }

  /** Whether a link's text, without arrows and punctuation around it, asks to read on. */
  static boolean isReadMore(String linkText) {
    String t = Regexes.replaceAll(linkText.toLowerCase(Locale.ROOT), "^[^\\p{L}]+|[^\\p{L}]+$", "");
    return READ_MORE.contains(t);
  }

  private static String withoutLink(Element box, Element link) {
    String t = normalize(box.text());
    String l = normalize(link.text());
    int at = t.lastIndexOf(l);
    return (at < 0 ? t : t.substring(0, at) + t.substring(at + l.length())).strip();
  }

  private static boolean isJunk(Element e, boolean byName) {
    if (JUNK_TAGS.contains(e.normalName())) {
      // <header> inside an article holds its title and byline: metadata, read before this.
      return true;
    }
    if (JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    if (style.contains("display:none") || style.contains("visibility:hidden")) return true;
    if (!byName) return false;
    if (isWidget(e)) return true;
    for (String c : e.classNames()) {
      if (junkWord(c)) return true;
    }
    for (String attr : COMPONENT_ATTRIBUTES) {
      if (e.hasAttr(attr) && junkWord(e.attr(attr))) return true;
    }
    // A heading's own id is its address for a table of contents ("nav_schredder_statt_0"), not a
    // component name.
    return !e.id().isEmpty() && junkWord(e.id()) && !isHeadingAnchor(e) && !Regexes.matches(e.normalName(), "h[1-6]");
  }

  /**
   * Whether {@code e}'s id is the address made from its own heading, as documentation and blog
   * generators name their sections ({@code <div id="sharing-with-a-single-developer"><h2>Sharing
   * with a single developer</h2>}): a part of the text, whatever words the heading holds. Ids of
   * fewer than four words are component names ("share-this-article") and are not excused.
   */
  static boolean isHeadingAnchor(Element e) {
    String id = slug(e.id());
    if (id.split("-").length < 4) return false;
    Element heading = Regexes.matches(e.normalName(), "h[1-6]") ? e : e.selectFirst(HEADINGS);
    if (heading == null) return false;
    String title = slug(heading.text());
    return title.equals(id) || title.startsWith(id) || id.endsWith(title) && title.split("-").length >= 4;
  }

  /** Lower-case letters and digits of {@code s}, runs of anything else made one hyphen. */
  private static String slug(String s) {
    return Regexes.replaceAll(Regexes.replaceAll(s.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+", "-"), "^-|-$", "");
  }

  /**
   * A box with a text field or a button and little text: a newsletter sign-up, a search box, a
   * share bar ("Get the morning briefing … [Subscribe]").
   */
  private static boolean isWidget(Element e) {
    String tag = e.normalName();
    // Not a <p>: a paragraph with an inline control ("Listen", "Show more") is still prose.
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul"))) return false;
    return e.selectFirst(CONTROLS) != null && e.text().length() <= WIDGET_TEXT;
  }

  /**
   * A caption written as a paragraph: short, centred, right after a paragraph or box that holds
   * only an image ({@code <p align="center"><img …></p><p align="center">图注：…</p>}).
   */
  static boolean isCaptionParagraph(Element e) {
    if (!e.normalName().equals("p")) return false;
    String text = e.text();
    if (text.isBlank() || FurnitureFilter.weight(text) > CAPTION_WEIGHT || !isCentred(e)) return false;
    Element before = e.previousElementSibling();
    return before != null && before.selectFirst(IMAGES) != null && before.text().isBlank();
  }

  /**
   * A caption written as a paragraph in the box of its picture: the box holds an image and no
   * text but this short paragraph, which is a label rather than a sentence ({@code <div
   * class="picBox"><a><img …></a><p>Tahir Della helped organize the initiative</p></div>}).
   */
  static boolean isImageBoxCaption(Element e) {
    if (!e.normalName().equals("p")) return false;
    String text = normalize(e.text());
    if (text.isEmpty() || FurnitureFilter.weight(text) > IMAGE_CAPTION_WEIGHT || FurnitureFilter.endsSentence(text)) return false;
    Element box = e.parent();
    if (box == null || box.normalName().equals("body") || box.selectFirst(IMAGES) == null) return false;
    return normalize(box.text()).equals(text);
  }

  private static boolean isCentred(Element e) {
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return "center".equalsIgnoreCase(e.attr("align")) || style.contains("text-align:center");
  }

  /** Whether a class or id names furniture: the whole name, or one of its parts. */
  static boolean junkWord(String name) {
    String n = Regexes.replaceAll(name, "([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    if (JUNK_WORDS.contains(n) || JUNK_NAMES.contains(n)) return true;
    for (String part : n.split("[-_]+")) {
      if (JUNK_WORDS.contains(part)) return true;
    }
    return false;
  }

  /**
   * Paragraph-like text (in blocks of 25+ characters) held by every element. Text inside links
   * does not count: a sidebar of linked headlines is not prose, however long its titles. A table
   * cell that holds paragraphs or tables is page layout: only its own text counts, as for a div.
   */
  private static Map<Element, Integer> paragraphText(Element body) {
    Map<Element, Integer> sum = new IdentityHashMap<>();
    for (Element p : body.select(PARAGRAPH_HOLDERS)) {
      int len = p.ownText().length();
      boolean layoutCell = p.normalName().equals("td") && p.selectFirst(LAYOUT_CONTENT) != null;
      if (!layoutCell && (p.normalName().equals("p") || p.normalName().equals("li") || p.normalName().equals("td"))) {
        len = Math.max(0, p.text().length() - linkedText(p));
      }
      if (len < 25) continue;
      for (Element a = p; a != null; a = a.parent()) {
        sum.merge(a, len, Integer::sum);
      }
    }
    return sum;
  }

  private static Element container(Element body) {
    Map<Element, Integer> text = paragraphText(body);
    int total = text.getOrDefault(body, 0);
    if (total == 0) return body;
    Element best = body;
    boolean descended = true;
    while (descended) {
      descended = false;
      for (Element child : best.children()) {
        if (text.getOrDefault(child, 0) >= CONTAINER_SHARE * total) {
          best = child;
          descended = true;
          break;
        }
      }
    }
    // A lone paragraph that ends by announcing what follows ("Please sign the petition:") is read
    // with the box around it, so the address or list it announces is not cut off.
    if (PARAGRAPH_TAGS.contains(best.normalName()) && best != body && best.parent() != null
        && (ANNOUNCES.matcher(best.text()).find() || creditLineAfter(best))) {
      best = best.parent();
    }
    return best;
  }

  /**
   * A one-paragraph story signed by the line after it ("Source: El Diario", "Attribution: Reuters"): that line is the story's
   * credit (credit26b), so the story is read with the box that holds both.
   */
  private static boolean creditLineAfter(Element paragraph) {
    Element next = paragraph.nextElementSibling();
    if (next == null) return false;
    String t = normalize(next.text());
    // "Source: Getty Images" under a lone paragraph credits its photo: no reason to read the box around it (review26a).
    return (FurnitureFilter.isCreditLine(t) || CreditLines.isCreditLine(t)) && !ImageCredits.isImageCredit(t);
  }

  /**
   * Where the container holds several {@code <article>} elements side by side, the story and
   * teasers of other stories (each an article of its own, headed by a link), drops the teasers.
   * The posts of a live page are articles too, but not headed by links: they stay.
   */
  private static void dropTeaserArticles(Element root) {
    List<Element> articles = new ArrayList<>();
    for (Element a : root.select(ARTICLES)) {
      if (a == root) continue;
      boolean nested = false;
      for (Element p = a.parent(); p != null && p != root; p = p.parent()) {
        if (p.normalName().equals("article")) nested = true;
      }
      if (!nested) articles.add(a);
    }
    if (articles.size() < 2) return;
    Element main = articles.stream().max(java.util.Comparator.comparingInt(a -> a.text().length())).orElseThrow();
    int total = articles.stream().mapToInt(a -> a.text().length()).sum();
    if (main.text().length() < 0.5 * total) return; // articles of equal weight: a list, not a story and teasers
    for (Element a : articles) {
      if (a != main && isTeaser(a)) a.remove();
    }
  }

  /** A teaser: its heading is a link, or links make up a third of its text. */
  private static boolean isTeaser(Element article) {
    if (article.selectFirst(LINKED_HEADINGS) != null) return true;
    int linked = 0;
    for (Element a : article.select(ANCHORS)) linked += a.text().length();
    return linked >= article.text().length() / 3.0;
  }

  private void collect(Element e, List<Block> out, boolean inQuote) {
    StringBuilder inline = new StringBuilder();
    int[] linked = {0};
    boolean quote = inQuote || e.normalName().equals("blockquote");
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        inline.append(t.getWholeText());
      } else if (child instanceof Element c) {
        if (c.normalName().equals("br") && !isParagraphBreak(c) && !endsSentence(inline)) {
          inline.append(' ');
        } else if (isBlock(c)) {
          flush(e, inline, linked, out, quote);
          if (c.normalName().equals("tr")) {
            addTableRow(c, out);
          } else if (!c.normalName().equals("br") && !c.normalName().equals("hr")) {
            collect(c, out, quote);
          }
        } else {
          linked[0] += c.normalName().equals("a") ? c.text().length() : linkedText(c);
          inline.append(c.wholeText());
        }
      }
    }
    flush(e, inline, linked, out, quote);
  }

  /**
   * Whether a {@code <br>} ends a paragraph: it is one of two or more in a row ({@code
   * text<br><br>text}), as pages without {@code <p>} write paragraph breaks. A single {@code <br>}
   * in the middle of a sentence only wraps the line ({@code the dredging plan<br>for the eastern
   * channel}) and reads as a space; after a sentence it still starts a new paragraph.
   */
  static boolean isParagraphBreak(Element br) {
    return isBr(neighbour(br, -1)) || isBr(neighbour(br, 1));
  }

  /** Whether the text gathered so far ends with sentence-final punctuation (or is empty). */
  private static boolean endsSentence(CharSequence text) {
    String t = normalize(text.toString());
    return t.isEmpty() || FurnitureFilter.endsSentence(t);
  }

  /** The nearest sibling node before ({@code -1}) or after ({@code 1}) {@code e} that is not blank text. */
  private static Node neighbour(Element e, int step) {
    Node n = step < 0 ? e.previousSibling() : e.nextSibling();
    while (n instanceof TextNode t && t.isBlank()) n = step < 0 ? n.previousSibling() : n.nextSibling();
    return n;
  }

  private static boolean isBr(Node n) {
    return n instanceof Element x && x.normalName().equals("br");
  }

  private static int linkedText(Element c) {
    int n = 0;
    for (Element a : c.select(ANCHORS)) n += a.text().length();
    return n;
  }

  private static void addTableRow(Element tr, List<Block> out) {
    List<String> cells = new ArrayList<>();
    for (Element cell : tr.select(ROW_CELLS)) {
      String t = normalize(cell.text());
      if (!t.isEmpty()) cells.add(t);
    }
    if (!cells.isEmpty()) out.add(new Block(String.join(" | ", cells), Paragraph.Kind.PARAGRAPH, 0, false));
  }

  private static void flush(Element owner, StringBuilder inline, int[] linked, List<Block> out, boolean quote) {
    String text = normalize(inline.toString());
    if (!text.isEmpty()) {
      double density = Math.min(1.0, linked[0] / (double) text.length());
      boolean code = owner.normalName().equals("pre") || owner.closest(PRE) != null;
      out.add(new Block(text, kindOf(owner, quote), density, owner.normalName().equals("h1"), code));
    }
    inline.setLength(0);
    linked[0] = 0;
  }

  private static Paragraph.Kind kindOf(Element owner, boolean quote) {
    String tag = owner.normalName();
    if (Regexes.matches(tag, "h[1-6]")) return Paragraph.Kind.HEADING;
    if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) return Paragraph.Kind.ITEM;
    if (quote) return Paragraph.Kind.QUOTE;
    return Paragraph.Kind.PARAGRAPH;
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName()) || isCustomBox(e);
  }

  /**
   * A custom element (a web or framework component, {@code <paragraph>}, {@code <story-body>})
   * that holds blocks: it is a box, not inline text, so the paragraphs inside stay apart.
   */
  private static boolean isCustomBox(Element e) {
    return !e.tag().isKnownTag() && e.selectFirst(BLOCK_CONTENT) != null;
  }

  /** Collapses whitespace (including no-break spaces) to single spaces and trims. */
  static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u2007' || ch == '\u202F' || ch == '\u200B') {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.append(ch);
      }
    }
    return b.toString();
  }
}
