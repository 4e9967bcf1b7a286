package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A record and its source a few words apart (RecordLinks, round 18, issue 10): "data coming from X", "statistics for
 * October from X", "figures now published by X", "data supplied by X", "The announcement was made by X". Expected credits
 * were written before the code; outside sentences carry their URLs.
 */
class RecordLinksTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);
  private final AttributionFinder finder = new AttributionFinder(Lexicon.get());

  private List<String> sources(String sentence) {
    return finder.find(sentence, 0).stream().map(Attribution::display).toList();
  }

  @Test
  void outsideSentencesCreditTheSourceAfterTheGap() {
    // https://www.seattleeva.org/wp/electric-vehicle-registrations-up-118-in-q1-2015-in-european-union/ : expected the
    // European Automobile Manufacturers Association for +28.8 % and 144,421 (value 28.8 percent, change; 144,421 vehicles, Q1 2015, EU)
    assertEquals("the European Automobile Manufacturers Association", Texts.credit(LocalDate.of(2015, 5, 1), "144,421",
        "Some promising figures coming to us via the European Automobile Manufacturers Association: In the first quarter of 2015, "
            + "total alternative fuel vehicle (AFV) registrations in the EU significantly increased (+28.8 %), totalling 144,421."));
    // https://mobilityportal.lat/ev-registrations-in-germany-surpass-one-million-mark/ : expected the Federal Motor Transport
    // Authority (the figures of the paragraph before: 1,013,009 electric cars on 1 January 2023, DE)
    assertTrue(sources("This is according to the official figures now published by the Federal Motor Transport Authority (KBA).")
        .contains("the Federal Motor Transport Authority"));
    // https://mining.com/?p=27811 : expected Economic Information & Agency for 8.8% and 23,742 metric tons (rare earth exports,
    // January-May, CN)
    assertEquals("Economic Information & Agency", Texts.credit(LocalDate.of(2011, 6, 21), "23,742 metric tons",
        "China’s exports of rare earth ores, metals and compounds, fell 8.8% to 23,742 metric tons in the first five months of the "
            + "year compared to last year, customs data supplied by Hong Kong-based Economic Information & Agency showed Tuesday."));
    // http://www.ajot.com/news/china-rare-earth-accounting-change-masks-export-slump : expected the General Administration of
    // Customs for 646.8 tonnes (rare earth exports, January, CN)
    assertTrue(sources("China's exports of rare earth elements and compounds fell to 646.8 tonnes in January, down 88.8 percent from "
        + "5,784 tons a year earlier, according to a like-for-like comparison of detailed data issued by China's General "
        + "Administration of Customs.").stream().anyMatch(s -> s.contains("General Administration of Customs")));
    // https://www.reactionsearch.com/chinas-rare-earth-exports-slide-still-bust-quota/ : expected China Customs Statistics
    // Information Centre for 39,813 metric tons (rare earth exports, 2010, CN), its description left out
    assertTrue(sources("China’s export of rare earth ore, metals and compounds slipped to 39,813 metric tons in 2010, according to "
        + "figures published Wednesday by the quasi-official China Customs Statistics Information Centre in Hong Kong.").stream()
        .anyMatch(s -> s.startsWith("China Customs Statistics Information Centre")));
  }

  @Test
  void openSplitShapes() {
    // carlist.my (fresh7): the association's data credits the sales figures that follow.
    assertEquals(List.of("the Malaysian Automotive Association"), sources("An interesting addition to data coming from the Malaysian "
        + "Automotive Association is the contrasting sales performances between ourselves and our regional neighbours in Southeast "
        + "Asia for the first half of 2022."));
    // norwaytoday (fresh7): the registration statistics for October.
    assertEquals("the Information Council for Road Traffic", Texts.credit(DATE, "873 cars", "It is the electric car Audi e-tron that tops "
        + "the registration statistics for October from the Information Council for Road Traffic (OFV) with 873 cars."));
    // mteexpos (fresh5): the regulator's announcement, the quotas of the next paragraph.
    assertTrue(sources("The announcement was made by the Regulatory and Control Authority for Strategic Mineral Markets (ARECOMS) "
        + "under Decision No. 004/ARECOMS/2025.").contains("the Regulatory and Control Authority for Strategic Mineral Markets"));
  }

  @Test
  void aDescriptionBeforeTheNameIsLeftOut() {
    // Business Insider (tune): a description with a capitalized word ("EV research firm") before the name.
    assertEquals("Rho Motion", Texts.credit(DATE, "29%", "Global EV sales jumped 29% to 5.6 million in the first four months of "
        + "the year compared with the same period in 2024, according to data released Wednesday by EV research firm Rho Motion."));
    // A cue of attribution-cues.tsv ("data released by") is read there, with the commas of the ministry's name (CommaNames).
    assertTrue(sources("According to data released by Korea’s Ministry of Trade, Industry and Energy on Thursday, Korea’s vehicle "
        + "exports hit $6.34 billion in June.").stream().anyMatch(s -> s.endsWith("Ministry of Trade, Industry and Energy")));
  }

  @Test
  void noRecordOfAPlaceAndNoGapOfASubject() {
    // https://www.kitco.com/news/off-the-wire/2025-03-19/congo-plans-cobalt-export-quotas-partnership-indonesia-tackle-glut :
    // "made during", no link to a source: nobody
    assertTrue(sources("The announcement was made during a cabinet meeting on Friday.").isEmpty());
    // Where a record comes from a place, the place is no source; what the record is about is no gap.
    assertTrue(sources("Nickel ore exports fell 20% last year, with figures for exports from Indonesia down sharply.").isEmpty());
    assertTrue(sources("Data coming from China point to a 12% rise in imports.").isEmpty());
  }

  @Test
  void aSentenceAloneCreditsOnlyWhatItNames() {
    // No page, no date: the sentence's own credit, nothing carried from nothing.
    assertEquals("the Information Council for Road Traffic", Texts.credit(null, "873 electric cars",
        "The registration statistics for October from the Information Council for Road Traffic show 873 electric cars."));
    assertNull(Texts.credit(null, "12%", "Registrations rose 12% in October."));
  }
}
