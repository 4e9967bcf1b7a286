package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Money's vote in the count of the page's country (SignVotes): "Rs"/"rupees", read as INR before the page's country is
 * known, vote for the one rupee country the page names or whose country-code site it is on, not for India.
 */
class SignVotesTest {

  @Test
  void aRupeeOnAPageNamingOneRupeeCountryVotesForIt() {
    assertEquals("LK", SignVotes.of("around 50,000 rupees", "INR", Set.of("LK"), () -> null));
    assertEquals("PK", SignVotes.of("Rs. 2.5 billion", "INR", Set.of("PK", "CN"), () -> null));
  }

  @Test
  void aRupeeOnAPageNamingNoneKeepsItsDefaultAndSeveralVoteForNone() {
    assertEquals("IN", SignVotes.of("Rs 500 crore", "INR", Set.of(), () -> null));
    assertNull(SignVotes.of("Rs 10 million", "INR", Set.of("PK", "LK"), () -> null));
  }

  @Test
  void thePagesFiscalSignsReadTheSignFirst() {
    // "crore" signs India: "Rs 500 crore" on an Indian page naming Nepal once stays India's vote (RupeeSignAgreementTest).
    assertEquals("IN", SignVotes.of("Rs 500 crore", "INR", Set.of("NP"), () -> "IN"));
    // A .np site's "Rs" is Nepal's whatever else the page names.
    assertEquals("NP", SignVotes.of("Rs 2 billion", "INR", Set.of("IN", "NP", "PK"), () -> "NP"));
  }

  @Test
  void anUnambiguousCurrencyVotesForItsMarketWhateverThePageNames() {
    assertEquals("IN", SignVotes.of("₹5,000", "INR", Set.of("LK"), () -> null));
    assertEquals("CN", SignVotes.of("340,000 yuan", "CNY/tonne", Set.of("AU"), () -> null));
    assertNull(SignVotes.of("$4,000", "USD", Set.of("US"), () -> null));
  }

  @Test
  void aSriLankanAndAPakistaniHeadlinesPageIsItsCountrysNotIndias() {
    // Sentences written for this test in the manner of Lanka Business Online and Dawn (Pakistan): the body never names
    // the country; the headline does once, and its rupee amounts are read as INR until the page's country is known.
    assertEquals(List.of("LK"), Texts.place(LocalDate.of(2017, 11, 9), "2,500 electric vehicles",
        "Sri Lanka to cut taxes on electric vehicles", "",
        "The finance minister said import taxes will be raised by around 50,000 rupees on a diesel three wheeler.",
        "The government also expects to register 2,500 electric vehicles next year."));
    assertEquals(List.of("PK"), Texts.place(LocalDate.of(2024, 6, 12), "1,200 electric buses",
        "Pakistan budget cuts duty on electric buses", "",
        "The finance minister said the duty on a bus would fall by Rs 500,000 under the new budget.",
        "The government plans to put 1,200 electric buses on the roads by 2026."));
  }
}
