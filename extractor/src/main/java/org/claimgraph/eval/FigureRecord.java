package org.claimgraph.eval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.figure.Comparability;
import org.claimgraph.figure.Figure;
import org.claimgraph.lexicon.UnitTable;

/**
 * One figure as a flat record with the keys of {@code claimgraph figures --format jsonl} and of
 * the gold annotation: doc, article, quote, start, end, value, value_max, unit, kind, basis,
 * direction, qualifier, period, measure, place, attributed_to, speaker, sentence, sentence_start,
 * sentence_end; the JSON adds unit_iri (QUDT), quantity_kind (QUDT) and counted (the counted noun of a
 * count: "job", "smelter"), derived from the unit; and, for a change whose levels
 * its sentence states, from_level and to_level ({"quote", "start", "end"} of the linked figure of the same article);
 * {@code via}, the outlet that reports the credited source ("Reuters" in "Reuters reported, citing customs data"), where
 * there is one; and {@code in_title: true} for a figure of the headline, whose offsets are into the title.
 */
public record FigureRecord(String doc, String article, String quote, Integer start, Integer end, double value,
    Double valueMax, String unit, String kind, String basis, String direction, String qualifier, String period,
    String measure, List<String> place, String attributedTo, String speaker, String sentence, Integer sentenceStart,
    Integer sentenceEnd, Figure.Ref fromLevel, Figure.Ref toLevel, String via, boolean inTitle) {

  public FigureRecord {
    place = List.copyOf(place == null ? List.of() : place);
  }

  /** A record of the body text without a reporting outlet. */
  public FigureRecord(String doc, String article, String quote, Integer start, Integer end, double value,
      Double valueMax, String unit, String kind, String basis, String direction, String qualifier, String period,
      String measure, List<String> place, String attributedTo, String speaker, String sentence, Integer sentenceStart,
      Integer sentenceEnd, Figure.Ref fromLevel, Figure.Ref toLevel) {
    this(doc, article, quote, start, end, value, valueMax, unit, kind, basis, direction, qualifier, period, measure, place,
        attributedTo, speaker, sentence, sentenceStart, sentenceEnd, fromLevel, toLevel, null, false);
  }

  /** A record without links to other figures. */
  public FigureRecord(String doc, String article, String quote, Integer start, Integer end, double value,
      Double valueMax, String unit, String kind, String basis, String direction, String qualifier, String period,
      String measure, List<String> place, String attributedTo, String speaker, String sentence, Integer sentenceStart,
      Integer sentenceEnd) {
    this(doc, article, quote, start, end, value, valueMax, unit, kind, basis, direction, qualifier, period, measure, place,
        attributedTo, speaker, sentence, sentenceStart, sentenceEnd, null, null);
  }

  /** Whether {@code other} is the figure this reference points to (same article, same quote range). */
  public boolean isAt(Figure.Ref ref) {
    return ref != null && start != null && start == ref.start() && end != null && end == ref.end();
  }

  /** The record of an extracted figure of {@code article}, whose IRI is {@code articleIri}. */
  public static FigureRecord of(Article article, String articleIri, Figure f) {
    var a = f.attribution();
    return new FigureRecord(article.docName(), articleIri, f.evidence().quote(), f.evidence().start(), f.evidence().end(),
        f.quantity().value(), f.quantity().valueMax(), f.quantity().unit(), f.kind().label(), f.basis(), f.direction(),
        f.quantity().qualifier(), f.period(), f.measure(), f.place(), a == null ? null : a.source() != null ? a.source() : a.speaker().name(),
        a == null || a.speaker() == null ? null : a.speaker().display(), f.evidence().sentence(),
        f.evidence().sentenceStart(), f.evidence().sentenceEnd(), f.fromLevel(), f.toLevel(), a == null ? null : a.via(),
        f.evidence().inTitle());
  }

  /** What decides whether this figure and another are about the same quantity. */
  public Comparability.Facts facts() {
    return new Comparability.Facts(unit, kind, basis, period, measure, place);
  }

  /** One JSON object, keys in the documented order. */
  public JsonObject toJson() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "doc", doc);
    put(b, "article", article);
    put(b, "quote", quote);
    if (start == null) b.addNull("start"); else b.add("start", start);
    if (end == null) b.addNull("end"); else b.add("end", end);
    b.add("value", number(value));
    if (valueMax == null) b.addNull("value_max"); else b.add("value_max", number(valueMax));
    put(b, "unit", unit);
    put(b, "unit_iri", UnitTable.get().iri(unit));
    put(b, "quantity_kind", UnitTable.get().kind(unit));
    if (UnitTable.get().isCounted(unit)) b.add("counted", unit); else b.addNull("counted");
    put(b, "kind", kind);
    put(b, "basis", basis);
    put(b, "direction", direction);
    put(b, "qualifier", qualifier);
    put(b, "period", period);
    put(b, "measure", measure);
    JsonArrayBuilder places = Json.createArrayBuilder();
    place.forEach(places::add);
    b.add("place", places);
    put(b, "attributed_to", attributedTo);
    put(b, "speaker", speaker);
    put(b, "sentence", sentence);
    if (sentenceStart == null) b.addNull("sentence_start"); else b.add("sentence_start", sentenceStart);
    if (sentenceEnd == null) b.addNull("sentence_end"); else b.add("sentence_end", sentenceEnd);
    if (fromLevel != null) b.add("from_level", ref(fromLevel));
    if (toLevel != null) b.add("to_level", ref(toLevel));
    if (via != null) b.add("via", via);
    if (inTitle) b.add("in_title", true);
    return b.build();
  }

  public String toJsonLine() {
    StringWriter w = new StringWriter();
    Json.createWriter(w).write(toJson());
    return w.toString();
  }

  /** Reads one JSON line; missing keys are null. */
  public static FigureRecord fromJson(String line) {
    JsonObject o;
    try (JsonReader r = Json.createReader(new StringReader(line))) {
      o = r.readObject();
    }
    List<String> place = new ArrayList<>();
    if (o.get("place") instanceof JsonArray a) a.forEach(v -> place.add(((JsonString) v).getString()));
    return new FigureRecord(str(o, "doc"), str(o, "article"), str(o, "quote"), integer(o, "start"), integer(o, "end"),
        o.getJsonNumber("value").doubleValue(), dbl(o, "value_max"), str(o, "unit"), str(o, "kind"), str(o, "basis"),
        str(o, "direction"), str(o, "qualifier"), str(o, "period"), str(o, "measure"), place, str(o, "attributed_to"),
        str(o, "speaker"), str(o, "sentence"), integer(o, "sentence_start"), integer(o, "sentence_end"), ref(o, "from_level"),
        ref(o, "to_level"), str(o, "via"), o.get("in_title") == JsonValue.TRUE);
  }

  private static JsonObject ref(Figure.Ref r) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "quote", r.quote());
    return b.add("start", r.start()).add("end", r.end()).build();
  }

  private static Figure.Ref ref(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonObject r)) return null;
    return new Figure.Ref(r.getInt("start"), r.getInt("end"), str(r, "quote"));
  }

  private static BigDecimal number(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros();
  }

  private static void put(JsonObjectBuilder b, String key, String value) {
    if (value == null) b.addNull(key); else b.add(key, value);
  }

  private static String str(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static Integer integer(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonNumber n ? n.intValue() : null;
  }

  private static Double dbl(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonNumber n ? n.doubleValue() : null;
  }
}
