package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Motor powers that class vehicles are no figures; powers of chargers and rules stay. */
class PowerRatingsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private static List<String> powers(String sentence) {
    return Texts.figures(DATE, sentence).stream().filter(f -> f.quantity().unit().equals("kilowatt")).map(f -> f.evidence().quote()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // autoindustrynepal.com, "Import tax rate for cars in Nepal" (outside the development set)
      "The budget has increased the duty on electric vehicles from 51 kW to 100 kW by five percent to 15 percent.",
      "Customs rates have increased on vehicles between 51 kW and 100 kW, but on vehicles above 100 kW, they’ve dropped.",
      // bijulidai.com, "Budget Speech 2081" (outside the development set)
      "EVs with a motor power of 100kW will face a duty of 15% and an excise duty of 5%.",
      // nepaldrives.com (outside the development set)
      "NADA wants the government to reconsider its decision to increase the excise duty and customs duty on electric vehicles with more than 100 kW capacity.",
      // fiscalnepal.com, theannapurnaexpress.com (f20-e-04, f25-e-14)
      "The government has removed customs duty on import of EVs of up to 100 kW capacity.",
      "In the Finance Bill for the current fiscal year, the government has imposed a 30 percent excise duty on vehicles with 100-200 kW motors.",
      "Nepali EV dealers have imported 990 units of 100kW EVs in the first four months of the current fiscal year.",
      "However, there has been a sharp decline in imports above 100kW."})
  void powersThatClassVehiclesAreNoFigures(String sentence) {
    assertEquals(List.of(), powers(sentence), sentence);
  }

  @Test
  void countsAndRatesInAPowerClassStay() {
    // theannapurnaexpress.com: the count of EVs in the band and the duty rate are figures
    List<Figure> figures = Texts.figures(DATE, "Nepali EV dealers have imported 990 units of 100kW EVs in the first four months of the current fiscal year.");
    assertTrue(figures.stream().anyMatch(f -> f.evidence().quote().startsWith("990")), figures.toString());
  }

  @Test
  void powersOfChargersAndRulesStay() {
    // Black Ball Media (f12-e-07) and GreenTech Lead (f9-e-04): figures of the gold
    assertTrue(!powers("Most of the growth was undertaken in the installation of ultra-rapid chargers delivering speeds of over 100kW.").isEmpty());
    assertTrue(!powers("The regulation mandates fast-charging stations every 60 km along core road networks by 2025, with minimum power output"
        + " requirements rising from 400 kW to 600 kW by 2027.").isEmpty());
  }
}
