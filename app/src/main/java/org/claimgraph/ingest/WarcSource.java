package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.article.TextDecoder;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages in a WARC file ({@code .warc} or {@code .warc.gz}, the format of web archives
 * and public news crawls): each {@code response} record with status 200 and an HTML payload is
 * one page; requests, metadata, redirects and non-HTML responses are skipped.
 *
 * <p>A page is named after its address, deterministically and uniquely within the file:
 * {@code <warc stem>/<host>-<path slug>-<8 hex of the URI's SHA-256>.html}, e.g.
 * {@code crawl/www.reuters.com-world-china-magnets-1a2b3c4d.html}. Listing scans the file once
 * and keeps only offsets; a page's bytes are read when it is ingested.
 *
 * <pre>{@code
 * for (WarcSource.Page p : WarcSource.list(Path.of("crawl.warc.gz"))) {
 *   WarcSource.Loaded page = WarcSource.load(p);   // bytes, target URI, fetch date
 * }
 * }</pre>
 */
public final class WarcSource {

  private static final int MAX_SLUG = 60;

  /**
   * One HTML response record.
   *
   * @param warc   the WARC file
   * @param offset the record's offset in the file (of its gzip member, if compressed)
   * @param uri    the record's target URI
   * @param name   the page's document source name, see the class comment
   */
  public record Page(Path warc, long offset, String uri, String name) {

    /** How the page is named in messages: {@code crawl.warc.gz#https://…}. */
    public String label() {
      return warc + "#" + uri;
    }
  }

  /**
   * A page's payload (content-encoding undone) and what the record says about it.
   *
   * @param hints the target URI, the fetch day (WARC-Date, UTC) and the HTTP charset
   */
  public record Loaded(byte[] bytes, ArticleReader.Hints hints) {}

  private WarcSource() {}

  /** Whether {@code file} is named like a WARC file: {@code .warc} or {@code .warc.gz}. */
  public static boolean isWarc(Path file) {
    return isWarcName(file.getFileName() == null ? "" : file.getFileName().toString());
  }

  /** Whether a file name is a WARC file's: {@code .warc} or {@code .warc.gz}. */
  public static boolean isWarcName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * The HTML pages of {@code warc}, in file order.
   *
   * @throws ArticleException if the file cannot be read as WARC
   */
  public static List<Page> list(Path warc) throws ArticleException {
    try (WarcReader reader = new WarcReader(warc)) {
      List<Page> pages = new ArrayList<>();
      for (Found f : htmlRecords(reader)) pages.add(new Page(warc, f.offset(), f.uri(), pageName(warc.getFileName().toString(), f.uri())));
      return pages;
    } catch (IOException | RuntimeException e) {
      throw new ArticleException(warc.toString(), "not a readable WARC file (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads one page's payload.
   *
   * @throws ArticleException if the record cannot be read again or is over the size limit
   */
  public static Loaded load(Page page) throws ArticleException {
    try (WarcReader reader = new WarcReader(page.warc())) {
      reader.position(page.offset());
      return read(reader, page.uri(), "offset " + page.offset());
    } catch (IOException | RuntimeException e) {
      throw new ArticleException(page.label(), "cannot read the WARC record (" + e.getMessage() + ")", e);
    }
  }

  /**
   * An HTML response record found in a WARC stream.
   *
   * @param offset the record's offset from where the stream started (of its gzip member, if compressed)
   * @param uri    the record's target URI
   */
  public record Found(long offset, String uri) {}

  /** The HTML response records of an open reader, in file order: what {@link #list} lists, for any stream. */
  public static List<Found> htmlRecords(WarcReader reader) throws IOException {
    reader.setLenient(true);
    List<Found> found = new ArrayList<>();
    for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
      if (next.get() instanceof WarcResponse r && isHtmlPage(r)) found.add(new Found(reader.position(), r.target()));
    }
    return found;
  }

  /**
   * The payload of the record a reader is positioned at, as {@link #load} reads it; {@code where}
   * names the position in the message if there is no response record.
   */
  public static Loaded read(WarcReader reader, String uri, String where) throws IOException {
    WarcRecord record = reader.next().orElseThrow(() -> new IOException("no record at " + where));
    if (!(record instanceof WarcResponse r)) throw new IOException("not a response record at " + where);
    HttpResponse http = r.http();
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
    }
    String charset = http.contentType().parameters().get("charset");
    LocalDate fetched = r.date().atZone(ZoneOffset.UTC).toLocalDate();
    return new Loaded(bytes, new ArticleReader.Hints(uri, fetched, charset));
  }

  /** A page's name, see the class comment: {@code ("crawl.warc.gz", uri)} → {@code crawl/<host>-<slug>-<hash>.html}. */
  public static String pageName(String warcFileName, String uri) {
    return stem(warcFileName) + "/" + slug(uri) + ".html";
  }

  private static boolean isHtmlPage(WarcResponse r) throws IOException {
    if (!r.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return false;
    HttpResponse http = r.http();
    if (http.status() != 200) return false;
    MediaType type = http.contentType().base();
    return type.subtype().equals("html") || type.subtype().equals("xhtml+xml");
  }

  /** "crawl.warc.gz" → "crawl". */
  static String stem(String n) {
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc.gz")) return n.substring(0, n.length() - 8);
    if (lower.endsWith(".warc")) return n.substring(0, n.length() - 5);
    return n;
  }

  /** "https://www.reuters.com/world/china/magnets-2025/?x=1" → "www.reuters.com-world-china-magnets-2025-1a2b3c4d". */
  static String slug(String uri) {
    String host = "page";
    String path = "";
    try {
      URI u = URI.create(uri);
      if (u.getHost() != null) host = u.getHost().toLowerCase(Locale.ROOT);
      if (u.getPath() != null) path = u.getPath();
    } catch (IllegalArgumentException e) {
      path = uri;
    }
    String s = path.toLowerCase(Locale.ROOT).replaceAll("\\.(html?|php|aspx?)$", "").replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (s.length() > MAX_SLUG) s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
    return host + (s.isEmpty() ? "" : "-" + s) + "-" + shortHash(uri);
  }

  private static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
