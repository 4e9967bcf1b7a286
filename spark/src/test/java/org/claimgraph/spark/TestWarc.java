package org.claimgraph.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small WARC file of real-shaped news pages, for the tests. */
final class TestWarc {
  private TestWarc() {}

  /** Writes a WARC file with two news pages, as a crawler writes it. */
  static void write(Path file) throws IOException {
    Instant fetched = Instant.parse("2025-08-21T07:15:00Z");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      String[][] pages = {
          {"https://www.reuters.com/world/china/china-rare-earth-magnet-exports-2025-08-20/",
              "China's rare earth magnet exports to US jump in July",
              "China's exports of rare earth magnets to the United States surged in July, customs data showed on Wednesday."
                  + "</p><p>Shipments to the U.S. rose to 619 metric tons in July, up 75.5% from June."},
          {"https://www.mining.com/cobalt-prices-2025/", "Cobalt prices climb after Congo export ban",
              "Cobalt prices rose 12% in March after the Democratic Republic of the Congo halted exports for four months,"
                  + " analysts at Fastmarkets said.</p><p>The country produced 220,000 tonnes of cobalt in 2024."}};
      for (String[] p : pages) {
        String html = "<html><head><title>" + p[1] + "</title></head><body><article><h1>" + p[1] + "</h1><p>" + p[2]
            + "</p></article></body></html>";
        w.write(new WarcResponse.Builder(p[0]).date(fetched).body(new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build()).build());
      }
    }
  }
}
