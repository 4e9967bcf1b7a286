package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a small WARC file for tests, as a crawler would: a request and a response record per
 * page, two HTML pages (one in windows-1252 declared only in the HTTP header), a PNG image and a
 * redirect, which are not pages.
 */
public final class WarcFiles {

  public static final String REUTERS = "https://www.reuters.com/world/china/china-rare-earth-magnet-exports-2025-08-20/";
  public static final String PUBLIC_EYE = "https://stories.publiceye.ch/nestle-coffee/";
  public static final Instant FETCHED = Instant.parse("2025-08-21T07:15:00Z");

  private WarcFiles() {}

  /** Writes the WARC file, gzip-compressed per record when {@code gzip}. */
  public static Path write(Path file, boolean gzip) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      page(w, REUTERS, "text/html; charset=utf-8", StandardCharsets.UTF_8, "<html><head><title>China's rare earth magnet"
          + " exports to US jump in July</title></head><body><article><h1>China's rare earth magnet exports to US jump in"
          + " July</h1><p>China's exports of rare earth magnets to the United States surged in July, customs data showed"
          + " on Wednesday, as trade tensions between the two countries eased.</p><p>Shipments to the U.S. rose to 619"
          + " metric tons in July, up 75.5% from June.</p></article></body></html>");
      page(w, PUBLIC_EYE, "text/html; charset=windows-1252", Charset.forName("windows-1252"), "<html><head><title>High"
          + " hopes, low prices</title></head><body><article><h1>High hopes, low prices</h1><p>Nestl\u00e9 holds the top"
          + " position in the global coffee business. From 2025, its coffee will be sourced 100 percent from"
          + " \u201cresponsible\u201d production; or so it promises.</p></article></body></html>");
      w.write(new WarcResponse.Builder("https://www.reuters.com/logo.png").date(FETCHED)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"),
              new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).build()).build());
      w.write(new WarcResponse.Builder("https://www.reuters.com/old").date(FETCHED)
          .body(new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", REUTERS)
              .body(MediaType.parse("text/html"), new byte[0]).build()).build());
    }
    return file;
  }

  private static void page(WarcWriter w, String uri, String type, Charset charset, String html) throws IOException {
    w.write(new WarcRequest.Builder(uri).date(FETCHED).body(new HttpRequest.Builder("GET", uri).build()).build());
    w.write(new WarcResponse.Builder(uri).date(FETCHED)
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), html.getBytes(charset)).build()).build());
  }
}
