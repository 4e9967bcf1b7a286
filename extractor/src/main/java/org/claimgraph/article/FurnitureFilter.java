package org.claimgraph.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Drops blocks that are page furniture by their text, wherever the page put them, and keeps the
 * byline and dateline it finds on the way as metadata.
 *
 * <ul>
 *   <li>the {@code <h1>} headline (metadata, not body);
 *   <li>lines matching {@code furniture-lines.txt}: comment counters, calls to action,
 *       "Also Read:" prompts, share prompts, leftover markup such as {@code <!-- /wp:paragraph -->};
 *   <li>blocks that are mostly links (menus, link lists);
 *   <li>short lines repeated on the page (menus rendered twice or more);
 *   <li>a byline ("By Kip Keen") or a bare date ("August 21, 2025") before the body starts;
 *   <li>an author bio at the end ("Ankur Mishra is a journalist who covers …" and the
 *       paragraphs that continue it with He/She/They);
 *   <li>short unpunctuated labels after the last sentence ("Products &amp; Solutions").
 * </ul>
 */
final class FurnitureFilter {

  private static final List<Pattern> LINE_PATTERNS = Lines.load(FurnitureFilter.class, "furniture-lines.txt")
      .stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
  private static final Pattern BYLINE = Pattern.compile(
      "(?i)^(written |words |reporting )?by[:\\s]+(?-i:\\p{Lu})[\\p{L}'.-]+( (?-i:\\p{Lu})?[\\p{L}'.-]+){0,3}"
          + "((,| and| &) (?-i:\\p{Lu})[\\p{L}'.-]+( (?-i:\\p{Lu})?[\\p{L}'.-]+){0,3}){0,3}\\s*(\\||,|-|–)?\\s*[\\p{L} ]{0,30}$");
  private static final Pattern BIO_START = Pattern.compile(
      "^\\p{Lu}[\\p{L}'.-]+( \\p{Lu}[\\p{L}'.-]+){1,3} (is|was|has been|has|covers|writes)\\b.{0,120}?"
          + "\\b(journalist|reporter|writer|editor|correspondent|columnist|contributor|author|freelancer|"
          + "analyst at|editor at|covers|has covered|has written)\\b.*");
  private static final Pattern BIO_CONTINUATION = Pattern.compile("^(He|She|They|His|Her|Their)\\b.*");
  /** Lines shorter than this that occur twice are menus, not prose. */
  private static final int SHORT_LINE = 80;
  private static final double MAX_LINK_DENSITY = 0.6;
  /** Most short unpunctuated lines after the last sentence that are leftover labels, not a list. */
  private static final int MAX_TRAILING_LABELS = 4;

  /** The kept blocks and the metadata found among the dropped ones. */
  record Result(List<Block> kept, String headline, List<String> bylineAuthors, LocalDate dateline) {}

  /** Headings that open a section of furniture at the end of a story ("Related articles", "Comments (12)"). */
  private static final Pattern FURNITURE_HEADING = Pattern.compile(
      "(" + String.join("|", Lines.load(FurnitureFilter.class, "furniture-headings.txt")) + ")(\\s*\\(\\d+\\))?[:.]?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Sentence-final punctuation, in Latin and CJK scripts. */
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’»)。！？」』…]$");
  /**
   * A time alone on a line that is not a heading: the stamp of a live page's post ("10:00",
   * "9.45am", "14 h 30"). A page that makes the time a post's heading keeps it.
   */
  private static final Pattern TIME_ONLY = Pattern.compile(
      "\\d{1,2}\\s?[:.h]\\s?\\d{2}\\s?(am|pm|a\\.m\\.|p\\.m\\.)?(\\s?(gmt|bst|cet|cest|et|pt|utc|ist|jst))?",
      Pattern.CASE_INSENSITIVE);
  /** A web address written out, alone on its line. */
  private static final Pattern WEB_ADDRESS = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
  /** Quotation marks around a pull quote. */
  private static final Pattern QUOTES = Pattern.compile("^[\"“”„«»‘’'\\s]+|[\"“”„«»‘’'\\s]+$");

  Result filter(List<Block> blocks) {
    return filter(blocks, null);
  }

  /** As {@link #filter(List)}; a paragraph that repeats the page's {@code title} is dropped too. */
  Result filter(List<Block> blocks, String title) {
    return filter(blocks, title, null);
  }

  /**
   * As {@link #filter(List, String)}; a heading before the story starts that repeats the page's
   * {@code <title>} ({@code pageTitle}, with its site name and section around it) is the
   * headline, metadata like an {@code <h1>}: pages whose {@code <h1>} is the site's name set the
   * story's title in a lower heading.
   */
  Result filter(List<Block> blocks, String title, String pageTitle) {
    Map<String, Integer> counts = new HashMap<>();
    for (Block b : blocks) counts.merge(b.text(), 1, Integer::sum);

    List<Block> kept = new ArrayList<>();
    String headline = null;
    List<String> authors = new ArrayList<>();
    LocalDate dateline = null;
    Map<String, Boolean> seenLong = new HashMap<>();
    boolean bodyStarted = false;
    for (Block b : blocks) {
      String t = b.text();
      if (b.heading1()) {
        if (headline == null) headline = t;
        continue;
      }
      if (b.kind() == Paragraph.Kind.HEADING && FURNITURE_HEADING.matcher(t).matches()) {
        kept.add(b); // kept for now: it marks where a trailing section of furniture starts
        continue;
      }
      if (isFurnitureLine(t) || b.linkDensity() > MAX_LINK_DENSITY && !isAnnouncedAddress(kept, b)) continue;
      if (b.kind() != Paragraph.Kind.HEADING && TIME_ONLY.matcher(t).matches()) continue;
      if (title != null && t.equalsIgnoreCase(title.strip())) continue;
      if (!bodyStarted && b.kind() == Paragraph.Kind.HEADING && repeatsTitle(t, pageTitle)) {
        if (headline == null) headline = t;
        continue;
      }
      if (counts.get(t) > 1 && t.length() < SHORT_LINE) continue;
      if (t.length() >= SHORT_LINE && seenLong.put(t, true) != null) continue;
      if (!bodyStarted && isByline(t)) {
        authors.addAll(MetadataReader.splitAuthors(t.split("\\s*(\\||–| - )\\s*")[0]));
        continue;
      }
      if (!bodyStarted && DateText.isDateOnly(t)) {
        if (dateline == null) dateline = DateText.parse(t);
        continue;
      }
      if (!bodyStarted && isMetaLine(t)) {
        if (dateline == null) dateline = DateText.parse(t);
        if (authors.isEmpty() && t.regionMatches(true, 0, "by ", 0, 3)) {
          authors.addAll(MetadataReader.splitAuthors(t.split("\\s*[|·•–—]\\s*| - ")[0]));
        }
        continue;
      }
      if (weight(t) >= SHORT_LINE) bodyStarted = true;
      kept.add(b);
    }
    return new Result(dropRepeats(dropTrailingLabels(dropTrailingBio(dropTrailingSections(kept)))), headline, authors,
        dateline);
  }

  /**
   * A short line with a date before the story starts, not a sentence: a byline-and-date line
   * such as "By Nadia Rahman · 2023-09-05 · 4 min read" or "記者 田中美咲 - 2025-04-15".
   */
  static boolean isMetaLine(String t) {
    return t.length() <= 100 && !SENTENCE_END.matcher(t).matches() && !FIGURE_WORDS.matcher(t).find() && DateText.parse(t) != null;
  }

  /**
   * A percentage or a comma-grouped count: a headline's figure ("Used EV prices decline 28% from July 2022"), never part of
   * a byline or a date line.
   */
  private static final Pattern FIGURE_WORDS = Pattern.compile("%|(?i:\\bper\\s?cent\\b)|\\b\\d{1,3}(?:,\\d{3})+(?!\\d)");

  /** Fewest words (or CJK characters over three) a heading needs to be taken for the page title. */
  private static final int TITLE_WORDS = 3;
  /** Least share of the page title's words a heading must give to be the story's title. */
  private static final double TITLE_SHARE = 0.4;

  /**
   * Whether {@code heading} is the page title, or the part of it that names the story ({@code
   * <title>News - Site Update - Band 14 - Love Hina</title>} and the heading "Site Update - Band
   * 14"): its words, in order, make up at least {@link #TITLE_SHARE} of the title's. A section
   * heading ("Highlights", "Background") is a word or two, not a share of the title.
   */
  static boolean repeatsTitle(String heading, String pageTitle) {
    if (pageTitle == null) return false;
    String h = words(heading);
    String p = words(pageTitle);
    if (h.isEmpty() || p.isEmpty()) return false;
    int n = h.split(" ").length;
    if (n < TITLE_WORDS && weight(h) < 3 * 3 * TITLE_WORDS) return false;
    return (" " + p + " ").contains(" " + h + " ") && h.length() >= TITLE_SHARE * p.length();
  }

  /** Lower-case words of {@code s} separated by single spaces, punctuation dropped. */
  private static String words(String s) {
    return Regexes.replaceAll(s.toLowerCase(java.util.Locale.ROOT), "[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Length with each CJK character counted as three, about the letters of a Latin word. */
  static int weight(String t) {
    int w = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      w += Character.isIdeographic(c) || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA
          || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA ? 3 : 1;
    }
    return w;
  }

  /**
   * Drops a block whose text, without its quotation marks, is part of another, longer block, or
   * is another block in quotation marks: a pull quote repeats a sentence or a paragraph of the
   * story in large type. A code listing is never a pull quote: a line of code that a longer listing
   * repeats stays.
   */
  private static List<Block> dropRepeats(List<Block> kept) {
    List<Block> out = new ArrayList<>();
    for (Block b : kept) {
      String core = QUOTES.matcher(b.text()).replaceAll("");
      boolean repeat = false;
      if (core.length() >= 25 && !b.code()) {
        for (Block other : kept) {
          boolean longer = other.text().length() > core.length() + 10 && other.text().contains(core);
          boolean quotedCopy = b.text().length() > core.length() && other.text().equals(core);
          if (other != b && (longer || quotedCopy)) {
            repeat = true;
            break;
          }
        }
      }
      if (!repeat) out.add(b);
    }
    return out;
  }

  /** Drops a trailing section that opens with a furniture heading, from the heading to the end. */
  private static List<Block> dropTrailingSections(List<Block> kept) {
    int n = kept.size();
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Block b = kept.get(i);
      if (b.kind() == Paragraph.Kind.HEADING && FURNITURE_HEADING.matcher(b.text()).matches()) {
        int before = kept.subList(0, i).stream().mapToInt(x -> x.text().length()).sum();
        int after = kept.subList(i + 1, n).stream().mapToInt(x -> x.text().length()).sum();
        if (before >= after && i > 0 && !storyContinues(kept, i + 1)) break; // what follows is the section
        continue; // an early one, or one the story goes on after, is a stray label: drop only the heading
      }
      out.add(b);
    }
    return out;
  }

  /**
   * Whether the story goes on after a furniture-like heading: a later heading that is not
   * furniture opens a paragraph of prose ("Response" in an article about the Fetch API, followed
   * by "Dealing with bodies" and its paragraphs). A section of comments or related links has no
   * such heading of its own.
   */
  private static boolean storyContinues(List<Block> kept, int from) {
    for (int j = from; j + 1 < kept.size(); j++) {
      Block h = kept.get(j);
      if (h.kind() != Paragraph.Kind.HEADING || FURNITURE_HEADING.matcher(h.text()).matches()) continue;
      Block next = kept.get(j + 1);
      if (next.kind() == Paragraph.Kind.PARAGRAPH && weight(next.text()) >= SHORT_LINE) return true;
    }
    return false;
  }

  /**
   * Drops short unpunctuated lines after the last sentence ("Products & Solutions"): a heading
   * with nothing under it is a leftover link or label, not part of the article.
   */
  private static List<Block> dropTrailingLabels(List<Block> kept) {
    int end = kept.size();
    List<Block> credits = new ArrayList<>();
    while (end > 0) {
      String t = kept.get(end - 1).text();
      if (weight(t) >= 60 || SENTENCE_END.matcher(t).matches() || isAnnouncedAddress(kept, end - 1)) break;
      // A closing credit line ("Source: ACEA", "(source: Reuters)") is part of the story: it credits its figures.
      if (isCreditLine(t) || CreditLines.isCreditLine(t)) credits.add(0, kept.get(end - 1));
      end--;
    }
    // A long run of short lines is the end of a list (a change log, ingredients), not labels.
    if (kept.size() - end > MAX_TRAILING_LABELS) return kept;
    if (end == 0) return kept;
    List<Block> out = new ArrayList<>(kept.subList(0, end));
    out.addAll(credits);
    return out;
  }

  /** "Source: ACEA", "Sources: GACC, Mysteel", "(source: Reuters)", "Reuters with additional editing by …". */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?i)^\\(?\\s*(?:sources?|data)\\s*:\\s*[^:]{2,80}?\\)?\\.?$|^(?-i:\\p{Lu})[\\p{L}]+(?:\\s+(?-i:\\p{Lu})[\\p{L}]+)?\\s+with\\s+additional\\s+(?:editing|reporting|writing)\\s+by\\b.*");

  /**
   * Whether {@code t} is a closing credit line. The words are matched in any case, the name that
   * opens the second form only capitalized: {@code \p{Lu}} under {@code (?i)} would match "updated".
   */
  static boolean isCreditLine(String t) {
    return CREDIT_LINE.matcher(t.strip()).matches();
  }

  /** Whether {@code t}, before the story starts, is a byline ("By Kip Keen", not "By the numbers"). */
  static boolean isByline(String t) {
    return t.length() <= 120 && BYLINE.matcher(t).matches();
  }

  /** As {@link #isAnnouncedAddress(List, int)} for {@code b}, a block about to follow {@code kept}. */
  private static boolean isAnnouncedAddress(List<Block> kept, Block b) {
    List<Block> all = new ArrayList<>(kept);
    all.add(b);
    return isAnnouncedAddress(all, kept.size());
  }

  /**
   * Whether a linked line is a web address the story announces in its previous paragraph ("…
   * please all sign this petition:" then {@code http://www.example.org/petition}): the author
   * wrote it out as text, so it is part of the story, not a menu.
   */
  private static boolean isAnnouncedAddress(List<Block> blocks, int i) {
    if (i == 0 || !WEB_ADDRESS.matcher(blocks.get(i).text()).matches()) return false;
    String before = blocks.get(i - 1).text().strip();
    return before.endsWith(":") || before.endsWith("：");
  }

  /** Whether {@code text} ends with sentence-final punctuation, in Latin or CJK script. */
  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).matches();
  }

  /** Whether {@code text}, not a heading, is a live post's time stamp. */
  static boolean isTimeStamp(String text) {
    return TIME_ONLY.matcher(text).matches();
  }

  static boolean isFurnitureLine(String text) {
    for (Pattern p : LINE_PATTERNS) {
      if (p.matcher(text).matches()) return true;
    }
    return false;
  }

  /** Drops an author bio in the last third of the blocks, with the blocks that continue it. */
  private static List<Block> dropTrailingBio(List<Block> kept) {
    int n = kept.size();
    for (int i = Math.max(1, (int) (n * 0.6)); i < n; i++) {
      if (!BIO_START.matcher(kept.get(i).text()).matches()) continue;
      int end = i + 1;
      while (end < n && BIO_CONTINUATION.matcher(kept.get(end).text()).matches()) end++;
      if (end == n) return kept.subList(0, i);
    }
    return kept;
  }
}
