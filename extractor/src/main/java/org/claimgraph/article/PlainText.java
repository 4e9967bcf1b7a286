package org.claimgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Splits a plain-text article into its metadata and blocks: an optional front matter, then a
 * title line when the first line looks like one, then one block per non-empty line.
 *
 * <pre>{@code
 * ---
 * title: China's rare earth magnet exports jump 75% in July
 * date: 2025-08-20
 * publisher: Reuters
 * url: https://www.reuters.com/world/china/…
 * author: Lewis Jackson, Amy Lv
 * ---
 * BEIJING, Aug 20 (Reuters) - China's exports of rare earth magnets …
 * }</pre>
 *
 * <p>Without front matter, the first line is the title when it is short (at most 25 words),
 * does not end like a sentence or a list entry ({@code . , ; :}), and is followed by a blank
 * line or by a byline or date line; "By X" bylines and bare date lines are then read by
 * {@link FurnitureFilter} as for HTML.
 */
final class PlainText {

  private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");
  private static final Pattern BYLINE_START = Pattern.compile("(?i)^(by|written by|words by|reporting by)[:\\s].*");
  private static final int MAX_TITLE_WORDS = 25;

  /**
   * What a front matter says; any field may be null (authors empty) when it is absent.
   *
   * @param language ISO 639-1 code from a {@code language:} or {@code lang:} line
   */
  record FrontMatter(String title, DateText.Dated date, String publisher, String url, List<String> authors,
      String language) {
    static final FrontMatter NONE = new FrontMatter(null, null, null, null, List.of(), null);
  }

  /** The front matter, the title (from it or the first line), the blocks, and warnings on the way. */
  record Parsed(FrontMatter frontMatter, String title, List<Block> blocks, List<String> warnings) {}

  private PlainText() {}

  static Parsed parse(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
    List<String> warnings = new ArrayList<>();
    FrontMatter fm = FrontMatter.NONE;
    int from = 0;
    while (from < lines.size() && lines.get(from).isBlank()) from++;
    if (from < lines.size() && lines.get(from).strip().equals("---")) {
      int close = -1;
      for (int i = from + 1; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("---")) {
          close = i;
          break;
        }
      }
      if (close > 0) {
        fm = frontMatter(lines.subList(from + 1, close), warnings);
        from = close + 1;
      }
    }
    String title = fm.title();
    List<String> rest = lines.subList(from, lines.size());
    if (title == null) {
      int first = 0;
      while (first < rest.size() && rest.get(first).isBlank()) first++;
      if (first < rest.size() && looksLikeTitle(rest, first)) {
        title = BoilerplateRemover.normalize(rest.get(first));
        rest = rest.subList(first + 1, rest.size());
      }
    }
    return new Parsed(fm, title, blocks(rest), warnings);
  }

  private static FrontMatter frontMatter(List<String> lines, List<String> warnings) {
    String title = null;
    String publisher = null;
    String url = null;
    String language = null;
    DateText.Dated date = null;
    List<String> authors = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.strip().startsWith("#")) continue;
      Matcher m = KEY_VALUE.matcher(line.strip());
      if (!m.matches()) {
        warnings.add("front matter: ignored a line that is not \"key: value\": " + line.strip());
        continue;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      String value = unquote(m.group(2).strip());
      if (value.isEmpty()) continue;
      switch (key) {
        case "title", "headline" -> title = value;
        case "date", "published", "date_published", "datepublished" -> {
          date = DateText.parseDated(value);
          if (date == null) warnings.add("front matter: not a date: " + value);
        }
        case "publisher", "source", "site" -> publisher = value;
        case "url", "link" -> url = value.startsWith("http://") || value.startsWith("https://") ? value : null;
        case "author", "authors", "by" -> authors.addAll(MetadataReader.splitAuthors(value));
        case "language", "lang" -> language = value.split("[-_]")[0].toLowerCase(Locale.ROOT);
        default -> warnings.add("front matter: unknown key \"" + key + "\" ignored");
      }
    }
    return new FrontMatter(title, date, publisher, url, authors, language);
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  /**
   * Whether line {@code i} is a headline: short, not ending like a sentence, not a list item,
   * not itself a byline or a date, and set apart by a blank line or followed by a byline or
   * date line, with text after it.
   */
  static boolean looksLikeTitle(List<String> lines, int i) {
    String t = BoilerplateRemover.normalize(lines.get(i));
    if (t.isEmpty() || t.split(" ").length > MAX_TITLE_WORDS || t.split(" ").length < 2) return false;
    if (Regexes.matches(t, ".*[.,;:]$") || t.startsWith("- ") || t.startsWith("* ") || t.startsWith("• ")) return false;
    if (BYLINE_START.matcher(t).matches() || DateText.isDateOnly(t) || FurnitureFilter.isFurnitureLine(t)) return false;
    int next = i + 1;
    boolean blank = next < lines.size() && lines.get(next).isBlank();
    while (next < lines.size() && lines.get(next).isBlank()) next++;
    if (next >= lines.size()) return false;
    String following = BoilerplateRemover.normalize(lines.get(next));
    return blank || BYLINE_START.matcher(following).matches() || DateText.isDateOnly(following);
  }

  private static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (String line : lines) {
      String t = BoilerplateRemover.normalize(line);
      if (t.isEmpty()) continue;
      boolean item = t.startsWith("- ") || t.startsWith("* ") || t.startsWith("• ");
      if (item) t = t.substring(2).strip();
      blocks.add(new Block(t, item ? Paragraph.Kind.ITEM : Paragraph.Kind.PARAGRAPH, 0, false));
    }
    return blocks;
  }
}
