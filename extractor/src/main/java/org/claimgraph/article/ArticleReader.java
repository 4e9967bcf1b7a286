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
  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a",
      "is", "that", "for", "on", "with", "as", "was", "by", "from", "its", "are", "it", "at", "has");

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
    return read(file, Path.of(file).getFileName().toString(), bytes);
  }

  /**
   * As {@link #read(String, byte[])}, with the article's source name given: the file's path
   * below the folder it was found in ({@code site1/index.html}), which keeps two pages of the
   * same file name apart.
   */
  public Article read(String file, String source, byte[] bytes) throws ArticleException {
    Path path = Path.of(file);
    String ext = extension(path);
    boolean html = HTML_EXTENSIONS.contains(ext);
    if (!html && !TEXT_EXTENSIONS.contains(ext)) {
      throw new ArticleException(file, "unsupported file type \"." + ext + "\" (expected .html, .htm or .txt)");
    }
    String text = TextDecoder.decode(file, bytes, html);
    return html ? readHtml(file, source, text) : readText(file, source, text);
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
    checkNotTruncated(file, html);
    Document doc = Jsoup.parse(html);
    Metadata meta = metadataReader.read(doc);
    List<Block> blocks = new BoilerplateRemover().blocks(doc);
    FurnitureFilter.Result result = new FurnitureFilter().filter(blocks, meta.title());
    List<String> authors = !meta.authors().isEmpty() ? meta.authors() : result.bylineAuthors();
    LocalDate date = meta.date() != null ? meta.date() : result.dateline();
    String title = meta.title() != null ? meta.title() : result.headline();
    return build(file, source, title, meta.publisher(), authors, date, meta.url(), meta.language(), result.kept());
  }

  /** Reads a plain-text article: one paragraph per non-empty line. */
  public Article readText(String file, String source, String text) throws ArticleException {
    List<Block> blocks = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = BoilerplateRemover.normalize(line);
      if (t.isEmpty()) continue;
      boolean item = t.startsWith("- ") || t.startsWith("* ") || t.startsWith("• ");
      if (item) t = t.substring(2).strip();
      blocks.add(new Block(t, item ? Paragraph.Kind.ITEM : Paragraph.Kind.PARAGRAPH, 0, false));
    }
    FurnitureFilter.Result result = new FurnitureFilter().filter(blocks);
    return build(file, source, null, null, result.bylineAuthors(), result.dateline(), null, null, result.kept());
  }

  private Article build(String file, String source, String title, String publisher, List<String> authors,
      LocalDate date, String url, String language, List<Block> blocks) throws ArticleException {
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
    String lang = language != null ? language : guessEnglish(body);
    return new Article(contentId(title, body), source, title, publisher, authors, date, url, lang, body, paragraphs);
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

  /** "en" when English function words make up a typical share of the words, else null. */
  static String guessEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length < 20) return null;
    int hits = 0;
    for (String w : words) if (ENGLISH_FUNCTION_WORDS.contains(w)) hits++;
    return hits >= 0.15 * words.length ? "en" : null;
  }

  /**
   * A download cut off mid-page ends inside a tag, or lacks the closing body/html tags that an
   * opened page always has and ends without closing the last element.
   */
  private static void checkNotTruncated(String file, String html) throws ArticleException {
    String tail = html.length() > 2000 ? html.substring(html.length() - 2000) : html;
    String lower = html.toLowerCase(Locale.ROOT);
    boolean opened = lower.contains("<html") || lower.contains("<body");
    boolean closed = lower.contains("</html") || lower.contains("</body");
    if (UNCLOSED_END.matcher(tail).matches()) {
      throw new ArticleException(file, "truncated HTML (the file ends inside a tag)");
    }
    if (opened && !closed && !tail.strip().endsWith(">")) {
      throw new ArticleException(file, "truncated HTML (no closing </body> or </html>, and the text stops mid-element)");
    }
    if (!opened && !lower.contains("<")) {
      throw new ArticleException(file, "not HTML (no markup at all; name it .txt to read it as plain text)");
    }
  }

  private static String extension(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
