package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Which of several bodies a document or record credits (credit33c): a titled document its owner or issuer, a record compiled
 * from another one its compiler, a credit said "based on data from" another body the sayer; and a short form written before
 * its full name in brackets the full name.
 */
class DocumentCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  private static String normalized(String credit) {
    return Credits.normalize(credit, Lexicon.get());
  }

  @Test
  void aTitledDocumentPublishedByABodyCreditsTheBody() {
    // Trend/Rwanda (devset fresh27): "according to the latest Minerals Commodity Summaries published by the United States Geological Survey"
    List<Figure> fs = Texts.figures(DATE, "The East African nation accounts for about 37 per cent of the global tantalum production while DR Congo "
        + "accounted for about 32 per cent in 2015, the survey indicates, according to the latest Minerals Commodity Summaries published by "
        + "the United States Geological Survey.");
    assertEquals("the United States Geological Survey", credit(fs, "about 37 per cent"));
  }

  @Test
  void aTitledDocumentNamedWithItsOwnerCreditsTheOwner() {
    // storagebattery (devset fresh15): "according to the Tesla Employment Forecast"
    List<Figure> fs = Texts.figures(DATE, "By 2018, the plant will have 6,500 full-time employees (currently less than one-third) in Reno, boosting "
        + "global lithium-ion battery and lifepo4 battery pack production capacity by two-fold, according to the Tesla Employment Forecast.");
    assertEquals("Tesla", credit(fs, "6,500 full-time employees"));
    // data.usgs.gov (outside the devset): "the data extracted from the commodity chapters in the USGS Mineral Commodity Summaries 2026",
    // "finalized for publication in the 2024 U.S. Geological Survey Minerals Yearbook"
    assertEquals(normalized("USGS"), normalized("the USGS Mineral Commodity Summaries 2026"));
    assertEquals(normalized("U.S. Geological Survey"), normalized("the 2024 U.S. Geological Survey Minerals Yearbook"));
  }

  @Test
  void aTitleWithoutAKnownOwnerOrABodyNamedLikeATitleStays() {
    // A title that names nobody before it, and bodies whose names end like a title ("Survey" is no head of document-titles.tsv).
    assertEquals("the Global Critical Minerals Outlook", normalized("the Global Critical Minerals Outlook"));
    assertEquals("the United States Geological Survey", normalized("the United States Geological Survey"));
    assertEquals("the Christian Science Monitor", normalized("the Christian Science Monitor"));
  }

  @Test
  void aClosingRecordCompiledByABodyCreditsTheCompiler() {
    // worldstockmarket (devset fresh16, relaying CNN Brasil): "The numbers are from the National Registry of Automotive Vehicles
    // (Renavam), of the Ministry of Infrastructure, compiled by ABVE."
    List<Figure> fs = Texts.figures(DATE, "Sales of electric and hybrid vehicles in Brazil reached 27,097 units between January and October 2021, "
        + "an increase of 74% over license plates for the same period in 2020 (15,565). The data are from the Brazilian Electric Vehicle "
        + "Association (ABVE).",
        "The numbers are from the National Registry of Automotive Vehicles (Renavam), of the Ministry of Infrastructure, compiled by ABVE.");
    assertEquals("the Brazilian Electric Vehicle Association", credit(fs, "27,097 units"));
    assertEquals("ABVE", DataCredits.compiler(", of the Ministry of Infrastructure, compiled by ABVE."));
    // The input alone credits its owner.
    assertNull(DataCredits.compiler(", of the Ministry of Infrastructure."));
  }

  @Test
  void aSourceTheCreditIsBasedOnDoesNotRunOnInItsPlace() {
    // cijeurope (devset fresh19, from ISBnews): "…, the Automobile Dealers Association (ZDS) said, based on data from the Polish
    // Automotive Industry Association (PZPM) derived from the CEPiK."
    List<Figure> fs = Texts.figures(DATE, "The number of registrations of new battery electric and hydrogen electric cars (BEV + FCEV) rose 38.5% "
        + "y/y to 1,237 units in August 2023, the Automobile Dealers Association (ZDS) said, based on data from the Polish Automotive Industry "
        + "Association (PZPM) derived from the CEPiK.",
        "Registrations of plug-in hybrids (PHEVs) fell 0.3% to 868 units last month.");
    assertEquals("the Automobile Dealers Association", credit(fs, "1,237 units"));
    assertEquals("the Automobile Dealers Association", credit(fs, "868 units"));
  }

  @Test
  void aShortFormBeforeItsFullNameInBracketsIsTheFullName() {
    // canalsolar (devset fresh27): "the ABVE (Brazilian Electric Vehicle Association) historical series", "According to ABVE, …"
    String text = "June had been the best month in the ABVE (Brazilian Electric Vehicle Association) historical series, with 3,507 "
        + "registrations. According to ABVE, more than 30 thousand electric vehicles should be sold by the end of the year.";
    assertEquals("Brazilian Electric Vehicle Association", Credits.normalize("ABVE", Lexicon.get(), Credits.acronyms(text)));
    assertEquals("National Federation of Motor Vehicle Distributors", normalized("Fenabrave (National Federation of Motor Vehicle Distributors)"));
    // freightnews.co.za (outside the devset): "the monthly report on new vehicle sales for January issued by Naamsa (the National
    // Association of Automobile Manufacturers of South Africa)."
    Map<String, String> naamsa = Credits.acronyms("This undermined the new vehicle market’s recovery plan, according to the monthly report on new "
        + "vehicle sales for January issued by Naamsa (the National Association of Automobile Manufacturers of South Africa).");
    assertEquals("the National Association of Automobile Manufacturers of South Africa", naamsa.get("Naamsa"));
    // A bracket that names no body defines no source (southernstar, devset fresh19: "HGV (Heavy Goods Vehicle)").
    assertNull(Credits.acronyms("Registrations of a new HGV (Heavy Goods Vehicle) rose 4% in May.").get("HGV"));
  }
}
