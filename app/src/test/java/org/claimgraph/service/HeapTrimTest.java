package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

  @Test
  void aTrimSetsTheFreeRatiosBackAndReportsTheHeapItLeft() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String min = vm.getVMOption("MinHeapFreeRatio").getValue();
    String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
    byte[][] held = new byte[64][];
    for (int i = 0; i < held.length; i++) held[i] = new byte[1 << 20];
    assertEquals(64, held.length);
    held = null; // garbage for the trim

    HeapTrim.Trimmed t = HeapTrim.trim();

    assertEquals(min, vm.getVMOption("MinHeapFreeRatio").getValue());
    assertEquals(max, vm.getVMOption("MaxHeapFreeRatio").getValue());
    assertTrue(t.usedAfter() > 0 && t.usedAfter() <= t.committedAfter(), t.toString());
  }

  @Test
  void itsNoteSaysTheHeapBeforeAndAfterInMb() {
    assertEquals("heap 1080 → 420 MB (310 MB live) after the articles",
        new HeapTrim.Trimmed(1080L << 20, 420L << 20, 310L << 20).note("after the articles"));
  }

  @Test
  void onlyAnIngestThatEndsItsProcessTrims() {
    assertEquals(false, HeapTrim.atEndOfProcess(), "tests and servers go on after a run");
  }
}
