package org.claimgraph.graph;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.jena.dboe.base.file.BlockAccessBase;
import org.apache.jena.dboe.base.file.BlockAccessMapped;

/**
 * The mapped segments of a TDB2 storage's block files, to unmap them at once when the storage is closed. Jena unmaps a
 * file only when a collection frees its buffers, which for buffers as old as a store's is a full collection of the heap
 * (0.5–1 s of both cores for an ingest's ~0.4 GB live: BENCHMARKS.md, round 15). Found from the storage's own objects
 * (Jena's storage classes only, not its caches); a buffer is unmapped only after the storage is shut down, when nothing
 * reads it any more: a read of an unmapped buffer would crash the process.
 */
final class MappedSegments {
  private MappedSegments() {}

  private static final int MAX_OBJECTS = 200_000;
  private static final Field SEGMENTS = field(BlockAccessMapped.class, "segments");
  private static final Field FILENAME = field(BlockAccessBase.class, "filename");
  private static final Method INVOKE_CLEANER;
  private static final Object UNSAFE;

  static {
    Object unsafe = null;
    Method cleaner = null;
    try {
      Class<?> c = Class.forName("sun.misc.Unsafe");
      Field f = c.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      unsafe = f.get(null);
      cleaner = c.getMethod("invokeCleaner", ByteBuffer.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      unsafe = null;
      cleaner = null;
    }
    UNSAFE = unsafe;
    INVOKE_CLEANER = cleaner;
  }

  /** Whether this JVM and this Jena let segments be found and unmapped. */
  static boolean supported() {
    return SEGMENTS != null && FILENAME != null && INVOKE_CLEANER != null;
  }

  /** The segments mapped now by the block files under {@code dir} that {@code storage} reaches; empty if unsupported. */
  static List<MappedByteBuffer> of(Object storage, Path dir) {
    List<MappedByteBuffer> found = new ArrayList<>();
    List<BlockAccessMapped> files = files(dir, storage);
    if (files == null) return List.of();
    try {
      for (BlockAccessMapped file : files) {
        MappedByteBuffer[] segments = (MappedByteBuffer[]) SEGMENTS.get(file);
        if (segments != null) for (MappedByteBuffer b : segments) if (b != null) found.add(b);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return List.of();
    }
    return found;
  }

  /**
   * Unmaps the segments of the block files under {@code dir} that {@code from} (a B+tree's block managers) reach, while
   * their storage stays open: each file forgets its segments first, so that a later read maps the segment again (Jena
   * maps a file's segments on first use). Only for files nothing else reads meanwhile: a block read from a segment before
   * it is unmapped must not be read after. Returns the segments unmapped (0 where unsupported: left to the collection).
   */
  static int release(Path dir, Object... from) {
    List<BlockAccessMapped> files = files(dir, from);
    if (files == null || INVOKE_CLEANER == null) return 0;
    List<MappedByteBuffer> dropped = new ArrayList<>();
    try {
      for (BlockAccessMapped file : files) {
        synchronized (file) { // the lock Jena's segment mapping and flushing hold
          MappedByteBuffer[] segments = (MappedByteBuffer[]) SEGMENTS.get(file);
          if (segments == null) continue;
          for (int i = 0; i < segments.length; i++) {
            if (segments[i] != null) dropped.add(segments[i]);
            segments[i] = null;
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0; // nothing was forgotten unless it was read: the files stay as they are
    }
    return unmap(dropped) ? dropped.size() : 0;
  }

  /** The mapped block files under {@code dir} that the objects {@code from} reach through Jena's storage classes; null if unsupported. */
  private static List<BlockAccessMapped> files(Path dir, Object... from) {
    if (!supported()) return null;
    String prefix = dir.toAbsolutePath().normalize().toString();
    List<BlockAccessMapped> found = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>();
    for (Object o : from) if (o != null) todo.push(o);
    try {
      while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
        Object o = todo.pop();
        if (!seen.add(o)) continue;
        if (o instanceof BlockAccessMapped file) {
          String name = (String) FILENAME.get(file);
          if (name != null && Path.of(name).toAbsolutePath().normalize().startsWith(prefix)) found.add(file);
        } else if (o instanceof Object[] array) {
          for (Object e : array) if (e != null) todo.push(e);
        } else if (storageClass(o.getClass())) {
          for (Class<?> c = o.getClass(); c != null && storageClass(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
              f.setAccessible(true);
              Object v = f.get(o);
              if (v != null) todo.push(v);
            }
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // a Jena laid out otherwise: left to the collection
    }
    return found;
  }

  /** Unmaps {@code segments}, which nothing may read after; false if one could not be (the rest left to a collection). */
  static boolean unmap(List<MappedByteBuffer> segments) {
    try {
      for (MappedByteBuffer b : segments) INVOKE_CLEANER.invoke(UNSAFE, b);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Jena's storage and transaction classes: what a storage is made of (not its caches, nodes, or anything else). */
  private static boolean storageClass(Class<?> c) {
    String n = c.getName();
    return n.startsWith("org.apache.jena.dboe.") || n.startsWith("org.apache.jena.tdb2.");
  }

  private static Field field(Class<?> c, String name) {
    try {
      Field f = c.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
