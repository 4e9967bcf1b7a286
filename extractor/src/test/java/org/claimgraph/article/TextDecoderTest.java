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

  /** Public Eye, "High hopes, low prices" (2024): text with é, á and straight quotes only. */
  private static final String LATIN1_TEXT = "Eduardo Camarena, a coffee grower in the Mexican state of Chiapas, has"
      + " faced numerous personal challenges. Photos & Videos: Dami\u00e1n S\u00e1nchez. Nestl\u00e9 holds the top"
      + " position in the global coffee business; the \"Nescaf\u00e9 Plan\" was introduced in 2010.";
  /** The same story with the typographic quotes and dashes windows-1252 has and latin-1 lacks. */
  private static final String CP1252_TEXT = "From 2025, its coffee will be sourced 100 percent from \u201cresponsible\u201d"
      + " production; or so it promises. \u201cNestl\u00e9 \u2013 Company without Ethics, impoverishes Chiapas\u201d"
      + " can be seen on one banner. Nestl\u00e9\u2019s response came on April 8, 2024.";

  @Test
  void detectsLatin1WithoutADeclaredCharsetAndReadsItAsWindows1252() throws Exception {
    String html = "<html><head><title>High hopes</title></head><body><p>" + LATIN1_TEXT + "</p></body></html>";
    TextDecoder.Decoded d = TextDecoder.read("l.html", html.getBytes(StandardCharsets.ISO_8859_1), true);
    assertEquals(html, d.text());
    assertEquals("windows-1252", d.encoding());
    assertEquals(TextDecoder.DETECTED, d.encodingSource());
  }

  @Test
  void detectsWindows1252WithoutADeclaredCharset() throws Exception {
    String html = "<html><body><p>" + CP1252_TEXT + "</p><p>" + LATIN1_TEXT + "</p></body></html>";
    TextDecoder.Decoded d = TextDecoder.read("w.html", html.getBytes(Charset.forName("windows-1252")), true);
    assertEquals(html, d.text());
    assertEquals("windows-1252", d.encoding());
    assertEquals(TextDecoder.DETECTED, d.encodingSource());
    TextDecoder.Decoded txt = TextDecoder.read("w.txt", CP1252_TEXT.getBytes(Charset.forName("windows-1252")), false);
    assertEquals(CP1252_TEXT, txt.text());
  }

  @Test
  void readsUtf8WithoutADeclarationAsUtf8() throws Exception {
    TextDecoder.Decoded d = TextDecoder.read("u.html", ("<p>" + CP1252_TEXT + "</p>").getBytes(StandardCharsets.UTF_8), true);
    assertEquals("<p>" + CP1252_TEXT + "</p>", d.text());
    assertEquals("UTF-8", d.encoding());
    assertEquals(TextDecoder.VALID_UTF8, d.encodingSource());
  }

  @Test
  void readsAnXmlDeclaration() throws Exception {
    String xhtml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><p>" + LATIN1_TEXT + "</p></body></html>";
    TextDecoder.Decoded d = TextDecoder.read("x.xhtml", xhtml.getBytes(StandardCharsets.ISO_8859_1), true);
    assertEquals(xhtml, d.text());
    assertEquals(TextDecoder.XML_DECLARATION, d.encodingSource());
  }

  @Test
  void passesOverADeclarationTheBytesContradict() throws Exception {
    String html = "<meta charset=\"utf-8\"><p>" + CP1252_TEXT + "</p>";
    TextDecoder.Decoded d = TextDecoder.read("c.html", html.getBytes(Charset.forName("windows-1252")), true);
    assertEquals(html, d.text());
    assertEquals("windows-1252", d.encoding());
  }

  @Test
  void readsTheFiveBytesJavaLeavesUnmappedAsBrowsersDo() {
    assertEquals("a\u0081b\u20acc", TextDecoder.windows1252(new byte[] {'a', (byte) 0x81, 'b', (byte) 0x80, 'c'}));
  }

  @Test
  void readsAFileCutInsideACharacterAsFarAsItGoes() throws Exception {
    byte[] full = "<p>rare earths – magnets".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(full, "<p>rare earths ".getBytes(StandardCharsets.UTF_8).length + 2);
    TextDecoder.Decoded d = TextDecoder.read("t.html", cut, true);
    assertEquals("<p>rare earths ", d.text());
    assertTrue(d.truncated());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void refusesOversizedFilesStatingTheLimit() {
    byte[] big = new byte[TextDecoder.MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    ArticleException e = assertThrows(ArticleException.class, () -> TextDecoder.decode("big.txt", big, false));
    assertEquals("big.txt: too large (10.0 MB; the limit is 10 MB)", e.getMessage());
  }

  @Test
  void ignoresAnUnknownDeclaredCharsetAsBrowsersDo() throws Exception {
    byte[] b = "<meta charset=\"klingon-8\"><p>x</p>".getBytes(StandardCharsets.US_ASCII);
    TextDecoder.Decoded d = TextDecoder.read("k.html", b, true);
    assertEquals("<meta charset=\"klingon-8\"><p>x</p>", d.text());
    assertEquals(TextDecoder.VALID_UTF8, d.encodingSource());
  }
}
