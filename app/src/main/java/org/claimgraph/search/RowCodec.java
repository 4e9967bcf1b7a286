package org.claimgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Figure;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.FigureRows;
import org.claimgraph.graph.ImpliedRef;

/**
 * The bytes of the figures index's rows ({@link FigureIndex}): a keyed figure's {@link FigureRows.Row} (its keys are the
 * document's terms, not repeated) and an article's {@link FigureRows.ArticleRow}. Every field is written as it is, nulls
 * included, so a row read back equals the row written.
 */
final class RowCodec {
  private RowCodec() {}

  static byte[] encode(FigureRows.Row r) {
    try {
      ByteBuffersDataOutput o = new ByteBuffersDataOutput(512);
      str(o, r.graph());
      str(o, r.iri());
      str(o, r.statementKey());
      str(o, r.unit());
      o.writeByte((byte) ((r.value() != null ? 1 : 0) | (r.quoted() ? 2 : 0) | (r.article() ? 4 : 0) | (r.full() != null ? 8 : 0)));
      if (r.value() != null) o.writeLong(Double.doubleToRawLongBits(r.value()));
      str(o, r.quote());
      str(o, r.doc());
      str(o, r.publisher());
      str(o, r.date());
      if (r.full() != null) record(o, r.full());
      return o.toArrayCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FigureRows.Row decode(BytesRef b, List<String> keys) {
    try {
      Cursor in = new Cursor(b.bytes, b.offset);
      String graph = in.str();
      String iri = in.str();
      String statementKey = in.str();
      String unit = in.str();
      int flags = in.readByte();
      Double value = (flags & 1) != 0 ? Double.longBitsToDouble(in.readLong()) : null;
      String quote = in.str();
      String doc = in.str();
      String publisher = in.str();
      String date = in.str();
      FigureRecord full = (flags & 8) != 0 ? record(in) : null;
      return new FigureRows.Row(graph, iri, keys, statementKey, unit, value, (flags & 2) != 0, quote, full, doc, (flags & 4) != 0,
          publisher, date);
    } catch (RuntimeException e) {
      throw new IndexException("figures index: a row that cannot be read (" + e + ")", e);
    }
  }

  static byte[] encode(FigureRows.ArticleRow a) {
    try {
      ByteBuffersDataOutput o = new ByteBuffersDataOutput(4096);
      str(o, a.graph());
      ArticleInfo i = a.info();
      o.writeByte((byte) (i != null ? 1 : 0));
      if (i != null) {
        str(o, i.iri());
        str(o, i.doc());
        str(o, i.title());
        str(o, i.publisher());
        o.writeVInt(i.authors().size());
        for (String author : i.authors()) str(o, author);
        str(o, i.date());
        str(o, i.url());
      }
      o.writeVInt(a.figures().size());
      for (FigureRows.Figure f : a.figures()) {
        str(o, f.iri());
        str(o, f.statementKey());
        o.writeByte((byte) ((f.stated() ? 1 : 0) | (f.full() != null ? 2 : 0)));
        if (f.full() != null) record(o, f.full());
        str(o, f.credit());
      }
      refs(o, a.implied());
      refs(o, a.keyed());
      o.writeVInt(a.links().size());
      for (FigureRows.Link l : a.links()) {
        str(o, l.rewrite());
        str(o, l.source());
      }
      return o.toArrayCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FigureRows.ArticleRow decodeArticle(BytesRef b) {
    try {
      Cursor in = new Cursor(b.bytes, b.offset);
      String graph = in.str();
      ArticleInfo info = null;
      if (in.readByte() != 0) {
        String iri = in.str();
        String doc = in.str();
        String title = in.str();
        String publisher = in.str();
        int n = in.readVInt();
        List<String> authors = new ArrayList<>(n);
        for (int k = 0; k < n; k++) authors.add(in.str());
        info = new ArticleInfo(iri, doc, title, publisher, authors, in.str(), in.str());
      }
      int n = in.readVInt();
      List<FigureRows.Figure> figures = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        String iri = in.str();
        String statementKey = in.str();
        int flags = in.readByte();
        FigureRecord full = (flags & 2) != 0 ? record(in) : null;
        figures.add(new FigureRows.Figure(iri, statementKey, (flags & 1) != 0, full, in.str()));
      }
      List<ImpliedRef> implied = refs(in);
      List<ImpliedRef> keyed = refs(in);
      int l = in.readVInt();
      List<FigureRows.Link> links = new ArrayList<>(l);
      for (int k = 0; k < l; k++) links.add(new FigureRows.Link(in.str(), in.str()));
      return new FigureRows.ArticleRow(graph, info, figures, implied, keyed, links);
    } catch (RuntimeException e) {
      throw new IndexException("figures index: an article row that cannot be read (" + e + ")", e);
    }
  }

  private static void refs(DataOutput o, List<ImpliedRef> refs) throws IOException {
    o.writeVInt(refs.size());
    for (ImpliedRef r : refs) {
      str(o, r.article());
      o.writeVInt(r.levelStart());
      o.writeVInt(r.levelEnd());
      o.writeVInt(r.changeStart());
      o.writeVInt(r.changeEnd());
      str(o, r.key());
    }
  }

  private static List<ImpliedRef> refs(Cursor in) {
    int n = in.readVInt();
    List<ImpliedRef> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) out.add(new ImpliedRef(in.str(), in.readVInt(), in.readVInt(), in.readVInt(), in.readVInt(), in.str()));
    return out;
  }

  /** A whole figure record, every field. */
  private static void record(DataOutput o, FigureRecord f) throws IOException {
    str(o, f.doc());
    str(o, f.article());
    str(o, f.quote());
    integer(o, f.start());
    integer(o, f.end());
    o.writeLong(Double.doubleToRawLongBits(f.value()));
    o.writeByte((byte) ((f.valueMax() != null ? 1 : 0) | (f.inTitle() ? 2 : 0) | (f.fromLevel() != null ? 4 : 0) | (f.toLevel() != null ? 8 : 0)));
    if (f.valueMax() != null) o.writeLong(Double.doubleToRawLongBits(f.valueMax()));
    str(o, f.unit());
    str(o, f.kind());
    str(o, f.basis());
    str(o, f.direction());
    str(o, f.qualifier());
    str(o, f.period());
    str(o, f.measure());
    o.writeVInt(f.place().size());
    for (String p : f.place()) str(o, p);
    str(o, f.attributedTo());
    str(o, f.speaker());
    str(o, f.sentence());
    integer(o, f.sentenceStart());
    integer(o, f.sentenceEnd());
    if (f.fromLevel() != null) ref(o, f.fromLevel());
    if (f.toLevel() != null) ref(o, f.toLevel());
    str(o, f.via());
  }

  private static FigureRecord record(Cursor in) {
    String doc = in.str();
    String article = in.str();
    String quote = in.str();
    Integer start = in.integer();
    Integer end = in.integer();
    double value = Double.longBitsToDouble(in.readLong());
    int flags = in.readByte();
    Double max = (flags & 1) != 0 ? Double.longBitsToDouble(in.readLong()) : null;
    String unit = in.str();
    String kind = in.str();
    String basis = in.str();
    String direction = in.str();
    String qualifier = in.str();
    String period = in.str();
    String measure = in.str();
    int n = in.readVInt();
    List<String> place = new ArrayList<>(n);
    for (int k = 0; k < n; k++) place.add(in.str());
    String attributedTo = in.str();
    String speaker = in.str();
    String sentence = in.str();
    Integer sentenceStart = in.integer();
    Integer sentenceEnd = in.integer();
    Figure.Ref from = (flags & 4) != 0 ? ref(in) : null;
    Figure.Ref to = (flags & 8) != 0 ? ref(in) : null;
    return new FigureRecord(doc, article, quote, start, end, value, max, unit, kind, basis, direction, qualifier, period, measure, place,
        attributedTo, speaker, sentence, sentenceStart, sentenceEnd, from, to, in.str(), (flags & 2) != 0);
  }

  private static void ref(DataOutput o, Figure.Ref r) throws IOException {
    o.writeVInt(r.start());
    o.writeVInt(r.end());
    str(o, r.quote());
  }

  private static Figure.Ref ref(Cursor in) {
    return new Figure.Ref(in.readVInt(), in.readVInt(), in.str());
  }

  private static void integer(DataOutput o, Integer i) throws IOException {
    o.writeVInt(i == null ? 0 : i + 1);
  }

  private static void str(DataOutput o, String s) throws IOException {
    if (s == null) {
      o.writeVInt(0);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    o.writeVInt(b.length + 1);
    o.writeBytes(b, b.length);
  }

  /** Reads what {@link DataOutput} wrote (vInts, little-endian longs, bytes), in place. */
  private static final class Cursor {
    final byte[] bytes;
    int at;

    Cursor(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    byte readByte() {
      return bytes[at++];
    }

    int readVInt() {
      int b = bytes[at++];
      int i = b & 0x7F;
      for (int shift = 7; (b & 0x80) != 0; shift += 7) {
        b = bytes[at++];
        i |= (b & 0x7F) << shift;
      }
      return i;
    }

    long readLong() {
      // DataOutput.writeLong is little-endian since Lucene 9
      long v = 0;
      for (int k = 7; k >= 0; k--) v = (v << 8) | (bytes[at + k] & 0xFFL);
      at += 8;
      return v;
    }

    Integer integer() {
      int n = readVInt();
      return n == 0 ? null : n - 1;
    }

    String str() {
      int n = readVInt();
      if (n == 0) return null;
      String s = new String(bytes, at, n - 1, StandardCharsets.UTF_8);
      at += n - 1;
      return s;
    }
  }
}
