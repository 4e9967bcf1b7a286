package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A national page that never names its country: its national body (agencies.tsv), its own currency or one of its
 * states makes it the article's country, when no other country is named as often (devset/GUIDELINES.md, "Places":
 * the subject carries over). Sentences of publishers outside the devset, found with the search tool's pages.
 */
class NationalPagesTest {

  @Test
  void anIndianMinistrysSchemeInRupeesIsIndias() {
    // infralive.com (Infra Live), 2024: "the heavy industries ministry", "in the country", rupees in crore
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2024, 3, 14), "Rs 500 crore",
        "The heavy industries ministry on Wednesday announced a new scheme to promote e-mobility in the country with an outlay of Rs 500 crore for four months beginning April 2024."));
    // jmkresearch.com (JMK Research): the ministry's scheme in rupees
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 1, 10), "INR 10,000 crore",
        "On 8th March 2019, the Ministry of Heavy Industries (MHI) notified Phase-II of the Scheme for a period of 5 years, commencing from 1st April 2019, with an outlay of INR 10,000 crore."));
  }

  @Test
  void simisRegistrationsAreIrelands() {
    // https://www.rte.ie/news/business/2021/1101/1257165-simi-car-sales (RTÉ), 2021: the Irish motor industry's body by its
    // short form only, no country named (agencies.tsv SIMI → IE, round 25)
    assertEquals(List.of("IE"), Texts.place(LocalDate.of(2021, 11, 1), "2,646 new cars",
        "SIMI said a total of 2,646 new cars were registered in October, up 15.2% on the 2,296 registered in October 2020."));
  }

  @Test
  void zapmapsChargerCountsAreTheUks() {
    // forecourttrader.co.uk (Forecourt Trader), 2024: the UK's charger statistics of Zapmap
    assertEquals(List.of("GB"), Texts.place(LocalDate.of(2024, 10, 1), "1,872 devices per month",
        "Zapmap has announced that the number of public charging devices has surpassed the 70,000 mark, a milestone which comes just five months after it recorded 60,000 public chargers in April 2024.",
        "In 2024 so far, the average monthly installation rate has climbed to 1,872 devices per month."));
    // motoringresearch.com (Motoring Research), 2025: "Zap-Map"
    assertEquals(List.of("GB"), Texts.place(LocalDate.of(2025, 3, 28), "some 60 percent",
        "What Zap-Map’s utilisation data reveals is that drivers are making more use of rapid or ultra-rapid charging devices.",
        "Now, some 60 percent of all charging sessions use these devices."));
  }

  @Test
  void aCompanyAloneMakesNoNationalPage() {
    // Negative: gbreports.com (Global Business Reports): a page naming one company and no national body, state or currency
    // of one market stays without an article country; a global figure keeps no place.
    assertEquals(List.of(), Texts.place(LocalDate.of(2023, 3, 1), "4 million t/y",
        "The IEA expects mineral demand for clean energy technologies to quadruple by 2050.",
        "Before 2030, the IEA forecasts that 50 new lithium mines need to come into play to meet the projected demand of 4 million t/y of lithium by 2035."));
  }
}
