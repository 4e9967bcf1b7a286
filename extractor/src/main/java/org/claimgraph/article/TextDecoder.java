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

/**
 * Turns a file's bytes into text, refusing what is not text: empty files, binary files, files
 * over {@link #MAX_BYTES}, and bytes that are not valid in the declared (or default UTF-8)
 * encoding. Every refusal is an {@link ArticleException} with a reason a user can act on.
 *
 * <p>The encoding is, in order: a byte-order mark; for HTML, a {@code <meta charset>} or
 * {@code http-equiv="Content-Type"} declaration in the first 4 KB; otherwise UTF-8. Invalid
 * bytes are an error rather than silently replaced, because a replaced character inside a
 * figure ("5�577") would corrupt what is stored.
 */
public final class TextDecoder {

  /** Largest file accepted: 10 MiB, far above any news page's text. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} read from {@code file}.
   *
   * @param html whether to look for an HTML charset declaration
   * @throws ArticleException if the bytes are empty, binary, too large or wrongly encoded
   */
  public static String decode(String file, byte[] bytes, boolean html) throws ArticleException {
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
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else {
      int nul = indexOfNul(bytes, Math.min(bytes.length, 8192));
      if (nul >= 0) {
        throw new ArticleException(file, "not text (binary content: NUL byte at offset " + nul + ")");
      }
      if (html) {
        charset = declaredCharset(file, bytes);
      }
    }
    String text = strictDecode(file, bytes, offset, charset);
    if (text.isBlank()) {
      throw new ArticleException(file, "empty file (only whitespace)");
    }
    return text;
  }

  private static String strictDecode(String file, byte[] bytes, int offset, Charset charset)
      throws ArticleException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      if (at + result.length() >= bytes.length && charset.equals(StandardCharsets.UTF_8)) {
        throw new ArticleException(file, "truncated (the file ends inside a UTF-8 character)");
      }
      throw new ArticleException(file, String.format(Locale.ROOT,
          "not valid %s (byte 0x%02X at offset %d); convert the file to UTF-8 or declare its charset with <meta charset>",
          charset.name(), bytes[at] & 0xFF, at));
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new ArticleException(file, "truncated (the file ends inside a " + charset.name() + " character)");
    }
    out.flip();
    return out.toString();
  }

  private static Charset declaredCharset(String file, byte[] bytes) throws ArticleException {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1);
    try {
      Charset declared = Charset.forName(name);
      // Browsers read a declared ISO-8859-1 as windows-1252; so do we.
      if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
        return Charset.forName("windows-1252");
      }
      return declared;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ArticleException(file, "declares an unknown charset \"" + name + "\"");
    }
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
