package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodesUtf8AndStripsTheByteOrderMark() throws Exception {
    byte[] body = "<p>619 t – “up”</p>".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals("<p>619 t – “up”</p>", TextDecoder.decode("a.html", withBom, true));
  }

  @Test
  void usesTheDeclaredCharset() throws Exception {
    String html = "<meta charset=\"windows-1252\"><p>caf\u00e9 \u201cquoted\u201d</p>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    assertEquals(html, TextDecoder.decode("a.html", bytes, true));
  }

  @Test
  void refusesEmptyAndBlankFiles() {
    ArticleException empty = assertThrows(ArticleException.class, () -> TextDecoder.decode("e.html", new byte[0], true));
    assertEquals("e.html: empty file", empty.getMessage());
    ArticleException blank = assertThrows(ArticleException.class,
        () -> TextDecoder.decode("b.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), false));
    assertEquals("b.txt: empty file (only whitespace)", blank.getMessage());
  }

  @Test
  void refusesBinaryContentNamingTheFormat() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
    ArticleException e = assertThrows(ArticleException.class, () -> TextDecoder.decode("r.html", pdf, true));
    assertEquals("r.html: not text (binary content: PDF document)", e.getMessage());
    byte[] nul = {'a', 'b', 0, 'c'};
    ArticleException n = assertThrows(ArticleException.class, () -> TextDecoder.decode("n.txt", nul, false));
    assertEquals("n.txt: not text (binary content: NUL byte at offset 2)", n.getMessage());
  }

  @Test
  void refusesInvalidUtf8WithTheOffset() {
    byte[] latin1 = "<p>caf\u00e9 society and more text</p>".getBytes(StandardCharsets.ISO_8859_1);
    ArticleException e = assertThrows(ArticleException.class, () -> TextDecoder.decode("l.html", latin1, true));
    assertEquals("l.html: not valid UTF-8 (byte 0xE9 at offset 6); convert the file to UTF-8 or declare its charset"
        + " with <meta charset>", e.getMessage());
  }

  @Test
  void reportsAFileCutInsideACharacterAsTruncated() {
    byte[] full = "<p>rare earths – magnets".getBytes(StandardCharsets.UTF_8);
    int dash = new String(full, StandardCharsets.UTF_8).indexOf('–');
    byte[] cut = Arrays.copyOf(full, "<p>rare earths ".getBytes(StandardCharsets.UTF_8).length + 2);
    assertTrue(dash > 0);
    ArticleException e = assertThrows(ArticleException.class, () -> TextDecoder.decode("t.html", cut, true));
    assertEquals("t.html: truncated (the file ends inside a UTF-8 character)", e.getMessage());
  }

  @Test
  void refusesOversizedFilesStatingTheLimit() {
    byte[] big = new byte[TextDecoder.MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    ArticleException e = assertThrows(ArticleException.class, () -> TextDecoder.decode("big.txt", big, false));
    assertEquals("big.txt: too large (10.0 MB; the limit is 10 MB)", e.getMessage());
  }

  @Test
  void refusesAnUnknownDeclaredCharset() {
    byte[] b = "<meta charset=\"klingon-8\"><p>x</p>".getBytes(StandardCharsets.US_ASCII);
    ArticleException e = assertThrows(ArticleException.class, () -> TextDecoder.decode("k.html", b, true));
    assertEquals("k.html: declares an unknown charset \"klingon-8\"", e.getMessage());
  }
}
