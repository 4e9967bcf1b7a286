package org.claimgraph.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text as a browser would, refusing only what is not text: empty
 * files, binary files (known signatures, NUL bytes) and files over {@link #MAX_BYTES}.
 *
 * <p>The encoding is, in order: a byte-order mark; the charset of the HTTP {@code Content-Type}
 * header the page came with (a WARC record's); for HTML, a {@code <meta charset>} or
 * {@code http-equiv="Content-Type"} declaration in the first 4 KB, then an XML declaration
 * ({@code <?xml version="1.0" encoding="ISO-8859-1"?>}); then UTF-8 if the bytes are valid
 * UTF-8; then what Mozilla's charset detector (juniversalchardet) finds; then windows-1252, the
 * web's fallback. A declared ISO-8859-1 or ASCII is read as windows-1252, as browsers do; a
 * declaration the bytes contradict (invalid in it) or an unknown one is passed over. Each
 * {@link Decoded} says which encoding was used and why:
 *
 * <pre>{@code
 * Decoded d = TextDecoder.read("old.html", bytes, true);
 * d.encoding();        // "windows-1252"
 * d.encodingSource();  // "detected"
 * }</pre>
 *
 * <p>A file that ends inside a multi-byte character (a download cut short) is read up to the
 * cut and marked {@link Decoded#truncated()}.
 */
public final class TextDecoder {

  /** Largest file accepted: 10 MiB, far above any news page's text. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** How the encoding was chosen, as recorded in an article's provenance. */
  public static final String BOM = "bom";
  public static final String HTTP_HEADER = "http-header";
  public static final String META = "meta";
  public static final String XML_DECLARATION = "xml-declaration";
  public static final String VALID_UTF8 = "valid-utf8";
  public static final String DETECTED = "detected";
  public static final String FALLBACK = "fallback";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /**
   * Decoded text.
   *
   * @param text           the text, without a byte-order mark
   * @param encoding       the charset used, e.g. {@code UTF-8}, {@code windows-1252}
   * @param encodingSource how it was chosen: {@link #BOM}, {@link #META}, {@link #XML_DECLARATION},
   *                       {@link #VALID_UTF8}, {@link #DETECTED} or {@link #FALLBACK}
   * @param truncated      whether the bytes end inside a character (the partial one is dropped)
   */
  public record Decoded(String text, String encoding, String encodingSource, boolean truncated) {}

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} read from {@code file}; the text only, see {@link #read}.
   *
   * @throws ArticleException if the bytes are empty, binary or too large
   */
  public static String decode(String file, byte[] bytes, boolean html) throws ArticleException {
    return read(file, bytes, html).text();
  }

  /**
   * Decodes {@code bytes} read from {@code file}.
   *
   * @param html whether to look for an HTML or XML charset declaration
   * @throws ArticleException if the bytes are empty, binary or too large
   */
  public static Decoded read(String file, byte[] bytes, boolean html) throws ArticleException {
    return read(file, bytes, html, null);
  }

  /**
   * Decodes {@code bytes} that came with an HTTP {@code Content-Type} charset (null if none).
   *
   * @throws ArticleException if the bytes are empty, binary or too large
   */
  public static Decoded read(String file, byte[] bytes, boolean html, String httpCharset) throws ArticleException {
    if (bytes.length > MAX_BYTES) {
      throw new ArticleException(file, String.format(Locale.ROOT,
          "too large (%.1f MB; the limit is %d MB)", bytes.length / 1048576.0, MAX_BYTES / 1048576));
    }
    if (bytes.length == 0) {
      throw new ArticleException(file, "empty file");
    }
    String magic = binarySignature(bytes);
    if (magic != null) {
      throw new ArticleException(file, "not text (binary content: " + magic + ")");
    }
    Decoded d = decodeText(file, bytes, html, httpCharset);
    if (d.text().isBlank()) {
      throw new ArticleException(file, "empty file (only whitespace)");
    }
    return d;
  }

  private static Decoded decodeText(String file, byte[] bytes, boolean html, String httpCharset)
      throws ArticleException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return lenient(bytes, 3, StandardCharsets.UTF_8, BOM);
    if (startsWith(bytes, 0xFE, 0xFF)) return lenient(bytes, 2, StandardCharsets.UTF_16BE, BOM);
    if (startsWith(bytes, 0xFF, 0xFE)) return lenient(bytes, 2, StandardCharsets.UTF_16LE, BOM);
    int nul = indexOfNul(bytes, Math.min(bytes.length, 8192));
    if (nul >= 0) {
      throw new ArticleException(file, "not text (binary content: NUL byte at offset " + nul + ")");
    }
    if (httpCharset != null) {
      Decoded transport = declared(bytes, "charset=" + httpCharset, Pattern.compile("charset=(\\S+)"), HTTP_HEADER);
      if (transport != null) return transport;
    }
    if (html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Decoded declared = declared(bytes, head, META_CHARSET, META);
      if (declared == null) declared = declared(bytes, head, XML_ENCODING, XML_DECLARATION);
      if (declared != null) return declared;
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, VALID_UTF8);
    if (utf8 != null) return utf8;
    Charset detected = detect(bytes);
    if (detected != null) {
      Decoded d = strict(bytes, 0, detected, DETECTED);
      if (d != null) return d;
    }
    return new Decoded(windows1252(bytes), WINDOWS_1252.name(), FALLBACK, false);
  }

  /** The text in the charset {@code head} declares, or null if none is declared or the bytes contradict it. */
  private static Decoded declared(byte[] bytes, String head, Pattern declaration, String source) {
    Matcher m = declaration.matcher(head);
    if (!m.find()) return null;
    Charset charset = webCharset(m.group(1));
    if (charset == null) return null; // an unknown label: browsers ignore it, so do we
    if (charset.equals(WINDOWS_1252)) return new Decoded(windows1252(bytes), charset.name(), source, false);
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (WHATWG: read it as UTF-8).
    if (charset.name().startsWith("UTF-16")) charset = StandardCharsets.UTF_8;
    return strict(bytes, 0, charset, source);
  }

  /** The charset a label names, with ISO-8859-1 and ASCII read as windows-1252; null if unknown. */
  private static Charset webCharset(String name) {
    try {
      Charset c = Charset.forName(name);
      if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) return WINDOWS_1252;
      return c;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** What Mozilla's universal charset detector makes of {@code bytes}, or null. */
  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? null : webCharset(name);
  }

  /**
   * Decodes strictly; a file cut inside its last character is decoded up to the cut and marked
   * truncated. Null if the bytes are invalid elsewhere.
   */
  private static Decoded strict(byte[] bytes, int offset, Charset charset, String source) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16);
    CoderResult result = decoder.decode(in, out, true);
    boolean truncated = false;
    if (result.isError()) {
      if (in.position() + result.length() < bytes.length) return null;
      truncated = true; // ends inside a character
    } else if (decoder.flush(out).isError()) {
      truncated = true;
    }
    out.flip();
    return new Decoded(out.toString(), charset.name(), source, truncated);
  }

  /** Decodes with malformed input replaced (for text a byte-order mark vouches for). */
  private static Decoded lenient(byte[] bytes, int offset, Charset charset, String source) {
    Decoded d = strict(bytes, offset, charset, source);
    return d != null ? d : new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset.name(), source, false);
  }

  /**
   * windows-1252 as the WHATWG Encoding Standard defines it: every byte maps, the five bytes
   * Java leaves unmapped (0x81, 0x8D, 0x8F, 0x90, 0x9D) to the C1 controls of the same value.
   */
  static String windows1252(byte[] bytes) {
    CharsetDecoder decoder = WINDOWS_1252.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder sb = new StringBuilder(bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      out.flip();
      sb.append(out);
      out.clear();
      if (!r.isError()) break;
      for (int i = 0; i < r.length(); i++) sb.append((char) (in.get() & 0xFF));
    }
    return sb.toString();
  }

  /** Names well-known binary formats by their first bytes, or returns null. */
  static String binarySignature(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF document";
    if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
    if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
    if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP archive or Office document";
    if (startsWith(b, 0x1F, 0x8B)) return "gzip archive";
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) return "ELF executable";
    if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) return "Java class file";
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  private static int indexOfNul(byte[] b, int limit) {
    for (int i = 0; i < limit; i++) {
      if (b[i] == 0) return i;
    }
    return -1;
  }

}
