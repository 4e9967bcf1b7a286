package org.claimgraph.figure;

import java.util.List;

/**
 * The importer an import figure names runs on to the import figures after it that name only their origin: "In 2024, the EU will
 * reduce artificial graphite imports by 15% … Imports from China will face a steeper decline of 24%" (soapboxtrade) → [CN, EU],
 * as "The imports from Chile amounted to 20,300 tonnes" on a page about China's imports is [CL, CN] (devset/GUIDELINES.md
 * "Places": imports set the direction; the subject carries over). Within the same or the next paragraph only.
 */
final class RunningImporters {

  private RunningImporters() {}

  /** The importing side of an import figure's place: its one country where that is no marked origin, else its second. */
  static String importerOf(List<String> place, String measure, String sentence, PlaceResolver places) {
    if (measure == null || !"import".equals(MeasureParts.of(measure).flow())) return null;
    if (place.size() == 1 && !places.markedOrigin(sentence, place.get(0))) return place.get(0);
    if (place.size() == 2) return place.get(1);
    return null;
  }

  /** An origin-only import figure ("Imports from China") with the running importer after it; else {@code place} unchanged. */
  static List<String> apply(List<String> place, String measure, String sentence, String importer, PlaceResolver places) {
    if (importer == null || measure == null || !"import".equals(MeasureParts.of(measure).flow())) return place;
    if (place.size() != 1 || place.get(0).equals(importer) || !places.markedOrigin(sentence, place.get(0))) return place;
    return List.of(place.get(0), importer);
  }
}
