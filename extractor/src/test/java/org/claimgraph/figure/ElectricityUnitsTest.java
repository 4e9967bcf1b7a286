package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money "per unit" in a sentence about an electricity tariff is per kWh (ElectricityUnits; GUIDELINES' fresh28 call 29: "tariffs
 * per unit of electricity → PKR/kWh"). The open sets gave PKR on three Pakistani publishers (f28-e-15 gnnhd, f29-e-02
 * thejagotimes, f29-e-03 dailypakistan: 9 gold lines). The sentences are reworded from two publishers outside the development set
 * (arynews.tv and profit.pakistantoday.com.pk on NEPRA's April 2025 decision); the negatives are written for the test.
 */
class ElectricityUnitsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 4, 16);

  @Test
  void aTariffPerUnitIsPerKilowattHourOfThePagesCurrencyAndCountry() {
    // after arynews.tv: the rate, the cut and the earlier rate the next sentence gives bare
    List<Figure> fs = Texts.figures(DATE,
        "ISLAMABAD: The basic tariff for electric vehicle charging stations has been fixed at Rs 23.57 per unit, NEPRA said.",
        "The regulator cut the basic tariff for the charging stations by Rs 21.98 per unit.",
        "The Pakistan government is encouraging the use of electric vehicles to cut Pakistan's fuel imports.");
    for (String quote : new String[] {"Rs 23.57 per unit", "Rs 21.98 per unit"}) {
      Figure f = Texts.starting(fs, quote);
      assertEquals("PKR/kWh", f.quantity().unit(), quote);
      assertEquals(List.of("PK"), f.place(), quote);
    }
    // after profit.pakistantoday.com.pk: a pair, the first amount bare
    List<Figure> pair = Texts.figuresAt("https://profit.pakistantoday.com.pk/2025/04/16/nepra-slashes-ev-charging-station-tariff", DATE,
        "NEPRA has approved a cut in the base tariff for EV charging stations from Rs 45.55 to Rs 23.57 per unit.");
    assertEquals("PKR/kWh", Texts.starting(pair, "Rs 45.55").quantity().unit());
    assertEquals("PKR/kWh", Texts.starting(pair, "Rs 23.57 per unit").quantity().unit());
  }

  @Test
  void moneyPerUnitOfAVehicleStaysMoney() {
    // no tariff word: a subsidy per vehicle
    assertEquals("IDR", Texts.unitOf(DATE, "Buyers receive a subsidy of IDR 7 million per unit for a new electric motorcycle.", "IDR 7 million per unit"));
    // a tariff word, but an amount no kWh costs: a duty per vehicle
    assertEquals("INR", Texts.unitOf(DATE, "The import tariff on the scooters was raised to Rs 50,000 per unit.", "Rs 50,000 per unit"));
  }

  @Test
  void aTradeTariffOrAPriceWrittenPerKilowattHourIsNoPowerTariff() {
    assertTrue(ElectricityUnits.powerSentence("The electricity rate for charging stations has been reduced from Rs. 92 to Rs. 39.07 per unit."));
    assertTrue(ElectricityUnits.powerSentence("The basic tariff for EV charging stations was fixed at Rs 23.57 per unit."));
    // a tax on goods: an import tariff per unit is no price of electricity
    assertFalse(ElectricityUnits.powerSentence("The government set an import tariff of Rs 500 per unit on electric scooters."));
    // … unless the sentence names electricity too
    assertTrue(ElectricityUnits.powerSentence("Import tariffs aside, the electricity tariff is Rs 40 per unit."));
    // a market price written per kWh in a sentence on trade tariffs keeps the market's place rules
    assertFalse(ElectricityUnits.isTariff("USD/kWh", "Battery pack prices fell to $115/kWh in 2024 despite US tariffs on Chinese cells."));
    assertTrue(ElectricityUnits.isTariff("PKR/kWh", "The basic tariff for EV charging stations was fixed at Rs 23.57 per unit."));
  }
}
