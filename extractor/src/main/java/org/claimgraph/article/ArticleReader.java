package org.claimgraph.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a news page (HTML) or a plain-text article into an {@link Article}: metadata plus the
 * article's own paragraphs, with navigation, menus, bios, share bars and other page furniture
 * removed.
 *
 * <pre>{@code
 * Article a = new ArticleReader().read(Path.of("corpus/004_073a1bba27b7e5aa.html"));
 * a.title();      // the headline
 * a.authors();    // [Kip Keen]
 * a.date();       // 2025-08-21
 * a.text();       // paragraphs separated by blank lines
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReader {

  /** File extensions read as HTML. */
  public static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  /** File extensions read as plain text. */
  public static final Set<String> TEXT_EXTENSIONS = Set.of("txt");

  private static final String PARAGRAPH_SEPARATOR = "\n\n";
  private static final Pattern UNCLOSED_END = Pattern.compile("(?s).*<[^>]*$");

  private final MetadataReader metadataReader = new MetadataReader();

  /** Whether {@code file}'s extension is one this reader reads. */
  public static boolean isReadable(Path file) {
    String ext = extension(file);
    return HTML_EXTENSIONS.contains(ext) || TEXT_EXTENSIONS.contains(ext);
  }

  /**
   * Reads {@code file}, HTML or plain text by its extension.
   *
   * @throws ArticleException naming the file and the reason when it cannot be read as an article
   */
  public Article read(Path file) throws ArticleException {
    return read(file.toString(), readBytes(file));
  }

  /**
   * Reads an article from bytes already loaded, HTML or plain text by the extension of
   * {@code file}; the article's source is {@code file}'s last path element.
   */
  public Article read(String file, byte[] bytes) throws ArticleException {
    return read(file, bytes, Hints.NONE);
  }

  /**
   * As {@link #read(String, byte[])}, with what the page's container knows about it (a WARC
   * record's target URI and fetch date), used where the page itself says nothing.
   */
  public Article read(String file, byte[] bytes, Hints hints) throws ArticleException {
    Path name = Path.of(file).getFileName();
    return read(file, name == null ? file : name.toString(), bytes, hints);
  }

  /**
   * As {@link #read(String, byte[])}, with the article's source name given: the file's path
   * below the folder it was found in ({@code site1/index.html}), which keeps two pages of the
   * same file name apart.
   */
  public Article read(String file, String source, byte[] bytes) throws ArticleException {
    return read(file, source, bytes, Hints.NONE);
  }

  /**
   * As {@link #read(String, byte[], Hints)}, with the article's source name given: a page from
   * a WARC file is named after its address ({@code crawl/www.example.com-news-x-1a2b3c4d.html}).
   */
  public Article read(String file, String source, byte[] bytes, Hints hints) throws ArticleException {
    String ext = extension(Path.of(source));
    boolean html = HTML_EXTENSIONS.contains(ext);
    if (!html && !TEXT_EXTENSIONS.contains(ext)) {
      throw new ArticleException(file, "unsupported file type \"." + ext + "\" (expected .html, .htm or .txt)");
    }
    TextDecoder.Decoded decoded = TextDecoder.read(file, bytes, html, hints.charset());
    Notes notes = new Notes(decoded.encoding(), decoded.encodingSource(), hints);
    if (decoded.truncated()) {
      notes.truncated("truncated (the file ends inside a " + decoded.encoding() + " character); read as far as it goes");
    }
    return html ? readHtml(file, source, decoded.text(), notes) : readText(file, source, decoded.text(), notes);
  }

  /**
   * What a page's container says about it, for fields the page leaves empty.
   *
   * @param url     the address it was fetched from, or null
   * @param date    the day it was fetched, or null
   * @param charset the charset of the HTTP {@code Content-Type} it came with, or null
   */
  public record Hints(String url, LocalDate date, String charset) {
    public static final Hints NONE = new Hints(null, null, null);
  }

  /**
   * Loads a file's bytes, refusing directories, missing files and files over
   * {@link TextDecoder#MAX_BYTES} before reading them.
   */
  public static byte[] readBytes(Path file) throws ArticleException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) throw new ArticleException(name, "is a directory");
      long size = Files.size(file);
      if (size > TextDecoder.MAX_BYTES) {
        throw new ArticleException(name, String.format(Locale.ROOT, "too large (%.1f MB; the limit is %d MB)",
            size / 1048576.0, TextDecoder.MAX_BYTES / 1048576));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleException(name, "no such file");
    } catch (IOException e) {
      throw new ArticleException(name, "cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads an HTML page.
   *
   * @param file   the file as the user named it, for messages
   * @param source the file name recorded in the article
   */
  public Article readHtml(String file, String source, String html) throws ArticleException {
    return readHtml(file, source, html, new Notes(null, null, Hints.NONE));
  }

  private Article readHtml(String file, String source, String html, Notes notes) throws ArticleException {
    String cut = truncation(file, html);
    if (cut != null) notes.truncated(cut + "; read as far as it goes");
    Document doc = Jsoup.parse(html);
    Metadata meta = metadataReader.read(doc);
    String pageTitle = doc.title();
    FurnitureFilter.Result result = new FurnitureFilter().filter(new BoilerplateRemover().blocks(doc), meta.title(),
        pageTitle);
    if (result.kept().isEmpty()) {
      // Class names that look like furniture hid all the text ("ad-free-body" in three parts):
      // read the page again going by tags and roles only, rather than return nothing.
      result = new FurnitureFilter().filter(new BoilerplateRemover(false).blocks(Jsoup.parse(html)), meta.title(),
          pageTitle);
    }
    List<String> authors = !meta.authors().isEmpty() ? meta.authors() : result.bylineAuthors();
    DateText.Dated date = meta.date() != null ? new DateText.Dated(meta.date(), meta.datePrecision())
        : result.dateline() != null ? new DateText.Dated(result.dateline(), DateText.Precision.DAY) : null;
    String title = meta.title() != null ? meta.title() : result.headline();
    List<Block> kept = result.kept();
    Block standfirst = Standfirst.find(Jsoup.parse(html), kept);
    if (standfirst != null) {
      kept = new ArrayList<>(kept);
      kept.add(0, standfirst);
    }
    return build(file, source, new Fields(title, meta.publisher(), authors, date, meta.url(), meta.language()),
        kept, notes);
  }

  /** Reads a plain-text article: one paragraph per non-empty line, after an optional front matter. */
  public Article readText(String file, String source, String text) throws ArticleException {
    return readText(file, source, text, new Notes(null, null, Hints.NONE));
  }

  private Article readText(String file, String source, String text, Notes notes) throws ArticleException {
    PlainText.Parsed parsed = PlainText.parse(text);
    for (String w : parsed.warnings()) notes.warn(w);
    FurnitureFilter.Result result = new FurnitureFilter().filter(parsed.blocks(), parsed.title());
    PlainText.FrontMatter fm = parsed.frontMatter();
    List<String> authors = !fm.authors().isEmpty() ? fm.authors() : result.bylineAuthors();
    DateText.Dated date = fm.date() != null ? fm.date()
        : result.dateline() != null ? new DateText.Dated(result.dateline(), DateText.Precision.DAY) : null;
    String title = parsed.title();
    return build(file, source, new Fields(title, fm.publisher(), authors, date, fm.url(), fm.language()),
        result.kept(), notes);
  }

  /** The metadata fields an article is built from. */
  private record Fields(String title, String publisher, List<String> authors, DateText.Dated date, String url,
      String language) {}

  /** Reading notes gathered on the way: encoding, truncation, warnings. */
  private static final class Notes {
    final String encoding;
    final String encodingSource;
    final Hints hints;
    boolean truncated;
    final List<String> warnings = new ArrayList<>();

    Notes(String encoding, String encodingSource, Hints hints) {
      this.encoding = encoding;
      this.encodingSource = encodingSource;
      this.hints = hints;
    }

    void truncated(String warning) {
      truncated = true;
      warnings.add(warning);
    }

    void warn(String warning) {
      warnings.add(warning);
    }
  }

  private Article build(String file, String source, Fields f, List<Block> blocks, Notes notes)
      throws ArticleException {
    if (blocks.isEmpty()) {
      throw new ArticleException(file, "no article text found (only navigation, markup or page furniture)");
    }
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      if (text.length() > 0) text.append(PARAGRAPH_SEPARATOR);
      int start = text.length();
      text.append(b.text());
      paragraphs.add(new Paragraph(start, text.length(), b.kind()));
    }
    String body = text.toString();
    String url = f.url() != null ? f.url() : notes.hints.url();
    // A page that states no date in its metadata often states it in its address ("/2024/01/12/"):
    // the publisher's own filing date, better than the day it was fetched; its precision is kept.
    DateText.Dated stated = f.date() != null ? f.date() : UrlDate.of(url);
    DateText.Dated date = refineDate(stated, body.substring(0, paragraphs.get(0).end()));
    if (date == null && notes.hints.date() != null) date = new DateText.Dated(notes.hints.date(), DateText.Precision.DAY);
    Languages.Guess lang = Languages.identify(body, f.language());
    Provenance provenance = new Provenance(notes.encoding, notes.encodingSource, notes.truncated,
        date == null ? DateText.Precision.DAY : date.precision(), lang.source(), notes.warnings);
    return new Article(contentId(f.title(), body), source, f.title(), f.publisher(), f.authors(),
        date == null ? null : date.date(), url, lang.language(), body, paragraphs, provenance);
  }

  /**
   * A wire dateline opening the body ("BEIJING, Aug 20 (Reuters) -") gives the day when the page
   * gave none, or only a month or year; its year is the dateline's own or the page's.
   */
  static DateText.Dated refineDate(DateText.Dated date, String firstParagraph) {
    if (date != null && date.precision() == DateText.Precision.DAY) return date;
    LocalDate day = DateText.wireDateline(firstParagraph, date == null ? null : date.date().getYear());
    if (day == null) return date;
    if (date != null && date.precision() == DateText.Precision.MONTH && day.getMonthValue() != date.date().getMonthValue()) {
      return date;
    }
    return new DateText.Dated(day, DateText.Precision.DAY);
  }

  /** 16 hex digits of the SHA-256 of title and text: equal content, equal id. */
  static String contentId(String title, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /**
   * Why the page looks cut off, or null: a download cut short ends inside a tag, or lacks the
   * closing body/html tags that an opened page always has and ends without closing the last
   * element.
   *
   * @throws ArticleException if the file has no markup at all
   */
  private static String truncation(String file, String html) throws ArticleException {
    String tail = html.length() > 2000 ? html.substring(html.length() - 2000) : html;
    String lower = html.toLowerCase(Locale.ROOT);
    boolean opened = lower.contains("<html") || lower.contains("<body");
    boolean closed = lower.contains("</html") || lower.contains("</body");
    if (!opened && !lower.contains("<")) {
      throw new ArticleException(file, "not HTML (no markup at all; name it .txt to read it as plain text)");
    }
    if (UNCLOSED_END.matcher(tail).matches()) return "truncated HTML (the file ends inside a tag)";
    if (opened && !closed && !tail.strip().endsWith(">")) {
      return "truncated HTML (no closing </body> or </html>, and the text stops mid-element)";
    }
    return null;
  }

  private static String extension(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
