package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFilesTest {

  private static final int MB = 1 << 20;

  @TempDir Path dir;

  @Test
  void countsTheGenerationsFilesAlone() throws Exception {
    Files.write(Files.createDirectories(dir.resolve("Data-0001")).resolve("SPO.dat"), new byte[3000]);
    Files.write(Files.createDirectories(dir.resolve("index")).resolve("_0.cfs"), new byte[500]);
    assertEquals(3500, StoreFiles.size(dir));
    assertEquals(3000, StoreFiles.generations(dir));
  }

  @Test
  void countsThePagesOfTheGenerationsThisProcessHoldsMapped() throws Exception {
    Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/smaps")), "Linux");
    long before = StoreFiles.residentGenerations(dir);
    MappedByteBuffer data = touched(Files.createDirectories(dir.resolve("Data-0001")).resolve("SPO.dat"), 4 * MB);
    MappedByteBuffer other = touched(Files.createDirectories(dir.resolve("index")).resolve("_0.cfs"), 2 * MB);
    long held = StoreFiles.residentGenerations(dir) - before;
    assertTrue(held >= 4 * MB && held < 5 * MB, "the generation's 4 MB written through its mapping, not the index's: " + held);
    assertEquals(data.capacity(), 4 * MB); // both mappings kept alive until here
    assertEquals(other.capacity(), 2 * MB);
  }

  /** A file of {@code size} bytes mapped and written page by page, so that every page is resident. */
  private static MappedByteBuffer touched(Path file, int size) throws Exception {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_WRITE, 0, size);
      for (int i = 0; i < size; i += 4096) b.put(i, (byte) 1);
      return b;
    }
  }
}
