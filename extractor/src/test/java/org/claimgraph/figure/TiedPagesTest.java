package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A page whose headline joins two countries alike carries the subject of the paragraphs before to a paragraph naming no country,
 * not the country the page names a little more often (devset/GUIDELINES.md "Places": the subject carries over). In the open
 * splits: the East African's story on Uganda's and Rwanda's electric cars as two publishers ran it (kenyacarbazaar,
 * theexchange.africa: 10 figures of the Ugandan bus paragraph got RW).
 */
class TiedPagesTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  @Test
  void aHeadlineJoiningTwoCountriesAlike() {
    assertTrue(TiedPages.of("Uganda and Rwanda lead East Africa in switch to electric cars", "RW", PLACES));
    assertTrue(TiedPages.of("Rwanda and Uganda lead East Africa in switch to electric cars", "RW", PLACES));
    // thenightly.com.au (The Economist, 2024): three countries joined alike; newsminimalist.com's summary of it.
    assertTrue(TiedPages.of("THE ECONOMIST: Thailand, Indonesia and Vietnam in three-way battle to be next electric vehicle superpower",
        "ID", PLACES));
    assertTrue(TiedPages.of("Thailand, Indonesia, and Vietnam compete for EV leadership", "TH", PLACES));
    // f16-m-09 (bloomberglinea, in the devset): "This is Lithium’s Role in Chile and Argentina, Latin America’s Lithium Powerhouses".
    assertTrue(TiedPages.of("This is Lithium’s Role in Chile and Argentina, Latin America’s Lithium Powerhouses", "CL", PLACES));
    // mobility-rising.com: "Morocco beats Egypt as North Africa’s EV hub" ranks one over the other: not joined alike.
    assertFalse(TiedPages.of("Morocco beats Egypt as North Africa’s EV hub", "MA", PLACES));
    // levelnineatwork.blogspot.com (2022-04-10): "Thailand Issues New Incentive Package for EV & Indonesia to Build Electric
    // Vehicle Battery Plant" joins the two countries with "&" across two clauses: not joined alike.
    assertFalse(TiedPages.of("Thailand Issues New Incentive Package for EV & Indonesia to Build Electric Vehicle Battery Plant", "TH", PLACES));
  }

  @Test
  void aHeadlineOfOneCountryOrOfAFlowIsNoTie() {
    // A flow's two ends, a company's home beside a host, and a pair that is not the page's country.
    assertFalse(TiedPages.of("Chinese rare earth magnet exports to US rebound in July", "CN", PLACES));
    assertFalse(TiedPages.of("EV Battery: Morocco to Host Africa’s 1st Gigafactory, Attracting over $ 6.5 Bln Investment", "MA", PLACES));
    assertFalse(TiedPages.of("China, Indonesia drive Philippine nickel shipments", "PH", PLACES));
    assertFalse(TiedPages.of(null, "PH", PLACES));
  }

  @Test
  void theBusParagraphIsUgandas() {
    // aindustrynewstoday.com (2019-12, the East African's story rewritten): Uganda and Rwanda each named as often; the bus
    // paragraph follows Uganda's Kiira Motors paragraph and a paragraph naming China only as a partner's home → [UG], not [RW].
    String title = "In switch to electric cars, Uganda and Rwanda leads in East Africa";
    String[] page = {
        "Both capitals of Uganda and national capital have undraped electrical vehicle assembly plants within the past 2 months, "
            + "blazing the regional path with the African nation and the United Republic of Tanzania solely creating baby steps "
            + "toward clutch the new technology.",
        "Uganda’s state-owned Kiira Motors Corporation has to this point shown the most important ambition within the region by "
            + "building two powered cars and a star electrical bus.",
        "The electric bus, referred to as the Kayoola electrical Vehicle Series (EVS), has been designed victimization Kiira Motors "
            + "home-grown inexperienced quality technologies whereas partnering with Chinese instrumentation Manufacturer, Motor Co. Ltd.",
        "The buses will cowl a distance of 300km underneath one charge and have a capability of ninety passengers (49 sitting and "
            + "41 standing), compared with the diesel motor ones that have a capability of 65 passengers.",
        "In Rwanda, German automaker Volkswagen started grouping electrical vehicles in the national capital in October, with the "
            + "German power instrumentation firm Siemens going to originated 15 charging stations within the Rwandan capital.",
        "This comes once an area Rwandan firm, Ampersand, started mercantilism electrical bikes hopped-up by batteries that may last "
            + "for regarding 75km of riding."};
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2019, 12, 2), title, page);
    assertEquals(List.of("UG"), Texts.endingWith(fs, "300km").place());
    assertEquals(List.of("UG"), Texts.endingWith(fs, "65 passengers").place());
    assertTrue(Texts.endingWith(fs, "75km").place().contains("RW"));
  }

  @Test
  void theDevsetPageCarriesUgandaAcrossThePartnerParagraph() {
    // kenyacarbazaar (the East African, 2019-12): Rwanda counted more often than Uganda, the bus paragraph is Uganda's.
    String title = "Uganda and Rwanda lead East Africa in switch to electric cars";
    String[] page = {
        "Uganda and Rwanda are racing ahead of their East African neighbours in the global switch to electric motoring, even as "
            + "infrastructure shortcomings limit investments in the emerging sector.",
        "Both Kampala and Kigali have unveiled electric vehicle assembly plants in the past two months, blazing the regional trail "
            + "with Kenya and Tanzania only making baby steps toward embracing the new technology.",
        "Uganda’s state-owned Kiira Motors Corporation has so far shown the biggest ambition in the region by building two "
            + "battery-powered cars and a solar electric bus.",
        "The electric bus, called the Kayoola Electric Vehicle Series (EVS), has been built using Kiira Motors home-grown green "
            + "mobility technologies while partnering with Chinese Equipment Manufacturer, Motor Co. Ltd.",
        "The buses can cover a distance of 300km under a single charge and have a capacity of 90 passengers (49 sitting and 41 "
            + "standing), compared with the diesel engine ones which have a capacity of 65 passengers.",
        "In Rwanda, German automaker Volkswagen started assembling electric vehicles in Kigali in October this year, with the German "
            + "power equipment firm Siemens planning to set up 15 charging stations in the Rwandan capital.",
        "This comes after a local Rwandan firm, Ampersand, started selling electric bikes powered by batteries that can last for "
            + "about 75km of riding."};
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2019, 12, 1), title, page);
    assertEquals(List.of("UG"), Texts.endingWith(fs, "90 passengers").place());
    assertEquals(List.of("UG"), Texts.endingWith(fs, "300km").place());
  }

  @Test
  void aNationalPageKeepsItsCountry() {
    // The same paragraphs under a headline of one country: no tie, the page's country holds where no paragraph subject does.
    String[] page = {
        "Rwanda is racing ahead of its East African neighbours in the global switch to electric motoring. Rwanda has unveiled an "
            + "electric vehicle assembly plant in Kigali, and Rwanda plans more.",
        "Uganda’s state-owned Kiira Motors Corporation has so far shown the biggest ambition in the region by building two "
            + "battery-powered cars and a solar electric bus.",
        "The electric bus, called the Kayoola Electric Vehicle Series (EVS), has been built using Kiira Motors home-grown green "
            + "mobility technologies while partnering with Chinese Equipment Manufacturer, Motor Co. Ltd.",
        "The buses can cover a distance of 300km under a single charge and have a capacity of 90 passengers (49 sitting and 41 "
            + "standing), compared with the diesel engine ones which have a capacity of 65 passengers."};
    assertFalse(TiedPages.of("Rwanda leads East Africa in switch to electric cars", "RW", PLACES));
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2019, 12, 1), "Rwanda leads East Africa in switch to electric cars", page);
    assertFalse(Texts.endingWith(fs, "300km").place().contains("UG"));
  }
}
