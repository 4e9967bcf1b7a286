package org.claimgraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimgraph.relate.FigureRelations;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.relate.FigureKeys;

/**
 * The global step of a Spark ingest, by key: figures grouped by cite key ({@link FigureKeys}),
 * kept where the key joins figures of two or more articles. Each group is the neighbourhood in
 * which {@code cite} looks for corroborating, contradicting and implied figures, found by one
 * keyed shuffle instead of comparing all pairs; inside a {@code fact|} group (the same unit kind,
 * kind, period and places) the pairs of figures of different articles are decided by
 * {@link FigureRelations}, as {@code cite} decides them.
 *
 * <pre>
 * keys:      fact|Mass:t|amount|2025-07|CN US	…/figure/a…-120-135	…/figure/b…-88-101
 * relations: …/figure/a…-120-135	corroborates	…/figure/b…-88-101
 * </pre>
 */
final class KeyGroups {
  private KeyGroups() {}

  /** One figure with a key: its article id, IRI and {@code extract --format jsonl} line. */
  record Member(String article, String figure, String json) implements java.io.Serializable {

    /** From "article id", and "figure IRI TAB json" as {@link ArticleOutput#citeKeys} holds it after the key. */
    static Member of(String article, String figureAndJson) {
      int tab = figureAndJson.indexOf('\t');
      return new Member(article, figureAndJson.substring(0, tab), figureAndJson.substring(tab + 1));
    }
  }

  /** The line of a key, or none if its figures are all from one article. */
  static List<String> line(String key, Iterable<Member> members) {
    Set<String> articles = new TreeSet<>();
    Set<String> figures = new TreeSet<>();
    for (Member m : members) {
      articles.add(m.article());
      figures.add(m.figure());
    }
    if (articles.size() < 2) return List.of();
    return List.of(key + "\t" + String.join("\t", figures));
  }

  /**
   * The related pairs of a {@code fact|} key's figures from different articles, each pair once
   * (the smaller IRI first): "IRI TAB corroborates|contradicts TAB IRI". Other keys give none.
   */
  static List<String> relations(String key, Iterable<Member> members) {
    if (!key.startsWith("fact|")) return List.of();
    TreeMap<String, Member> byIri = new TreeMap<>();
    for (Member m : members) byIri.put(m.figure(), m);
    List<Member> list = new ArrayList<>(byIri.values());
    if (list.stream().map(Member::article).distinct().count() < 2) return List.of();
    List<FigureRecord> records = list.stream().map(m -> FigureRecord.fromJson(m.json())).toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        if (list.get(i).article().equals(list.get(j).article())) continue;
        FigureRelations.Relation r = FigureRelations.relation(records.get(i), records.get(j));
        if (r == FigureRelations.Relation.NONE) continue;
        out.add(list.get(i).figure() + "\t" + (r.corroborates() ? "corroborates" : "contradicts") + "\t" + list.get(j).figure());
      }
    }
    return out;
  }
}
