package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One title and organization per quoted person in an article: the store keeps a person once per article with every
 * title the figures give it, so a person described twice ("Managing Director, Tata Motors Passenger Vehicles" in one
 * sentence, "MD" in the next) would list each of the person's figures once per title. The first description wins.
 */
final class OneSpeakerTitle {

  private OneSpeakerTitle() {}

  static List<Figure> apply(List<Figure> figures) {
    Map<String, Speaker> first = new HashMap<>();
    for (Figure f : figures) {
      Speaker sp = f.attribution() == null ? null : f.attribution().speaker();
      if (sp != null) first.putIfAbsent(sp.name(), sp);
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Attribution a = f.attribution();
      Speaker sp = a == null ? null : a.speaker();
      Speaker one = sp == null ? null : first.get(sp.name());
      if (one == null || one.equals(sp)) {
        out.add(f);
        continue;
      }
      Attribution same = new Attribution(a.source(), one, a.cue(), a.start(), a.end(), a.carried(), a.via());
      out.add(new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), f.place(), same, f.evidence(),
          f.fromLevel(), f.toLevel()));
    }
    return out;
  }
}
