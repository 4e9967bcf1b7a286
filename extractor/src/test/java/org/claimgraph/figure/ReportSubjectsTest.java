package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named body's report as the subject of what it finds credits its owner, and the credit runs on over the figures after
 * it (credit27c, round 27; {@link ReportSubjects}). Before, "X's report" credited nobody or its own clause only, and the
 * page's later figures ("The report finds …") nobody. A government named by its level only credits the report's title
 * (GUIDELINES fresh17 call 16). Each test has a case the rule must leave alone.
 */
class ReportSubjectsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 8, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aCouncilsReportCreditsTheLeadAndTheFiguresAfterIt() {
    // medianet (devset fresh12, f12-e-10): the lead names the report; the next paragraphs and "The report finds" continue it
    List<Figure> fs = Texts.figures(DATE,
        "The Electric Vehicle Council's annual State of Electric Vehicles report has been released, finding that EVs are on track to more than double in 2023.",
        "EV sales have surged since last year. 46,624 EVs were sold from January to June 2023, translating to 8.4 per cent of all new car sales in Australia being electric.",
        "The report finds that the Tesla Model Y, Tesla Model 3, and BYD Atto 3 represent 68.1% of Australia’s EV market.");
    assertEquals("Electric Vehicle Council", credit(fs, "46,624 EVs"));
    assertEquals("Electric Vehicle Council", credit(fs, "8.4 per cent"));
    assertEquals("Electric Vehicle Council", credit(fs, "68.1%"));
  }

  @Test
  void anOfficesReportForecastingEarningsCreditsTheOffice() {
    // AMMA (amma.org.au/news-media/media-center/record-export-earnings-crucial-growth/), outside the devset
    List<Figure> fs = Texts.figures(DATE,
        "Employers were buoyed by the Office of the Chief Economist’s Resources and Energy Quarterly report forecasting record export earnings of $278 billion in 2018-19.",
        "The report noted that Australia's export earnings are expected to total more than $1.5 trillion between 2018–19 and 2023–24.");
    assertEquals("Office of the Chief Economist", credit(fs, "$278 billion"));
    assertEquals("Office of the Chief Economist", credit(fs, "more than $1.5 trillion"));
  }

  @Test
  void aGovernmentsReportCreditsItsTitle() {
    // smsfinance (devset fresh17, f17-m-05): "the Federal Government" names no source; the gold credits the report's title
    List<Figure> fs = Texts.figures(DATE,
        "The Federal Government’s December Resource Quarterly report has confirmed ongoing concerns in the lithium market.",
        "Mine production is expected to increase, with spodumene output rising to 3.4 million tonnes (Mt) in 2023–24 and 4.0 Mt in 2024–25, up from 3.1 Mt in 2022–23.");
    assertEquals("Resource Quarterly", credit(fs, "3.1 Mt"));
  }

  @Test
  void aReportNamedInPassingIsNoSubject() {
    // a report that does not find anything in its sentence ("was discussed") is no subject of a finding
    assertNull(credit(Texts.figures(DATE,
        "The Electric Vehicle Council's annual report was discussed at the meeting.",
        "Sales rose 12% in July."), "12%"));
  }

  @Test
  void aBodyNamedWithItsShortFormAtTheHeadOfTheReportsTitleOwnsIt() {
    // GhanaWeb (devset fresh31, f31-m-01): "The 2022 … (EITI) Mining & Oil and Gas report has shown"; and the same shape of
    // another publisher outside the devset, whose "shows" no longer takes the whole title as its subject (credit37b)
    List<Figure> fs = Texts.figures(DATE,
        "The 2022 Extractive Industries Transparency Initiative (EITI) Mining & Oil and Gas report has shown that proceeds from the exportation of minerals shot up from US$ 6.678 billion in 2021 to US$ 6.998 billion in 2022.",
        "The International Energy Agency (IEA) Global EV Outlook report shows that electric car sales rose 35% in 2023.");
    assertEquals("Extractive Industries Transparency Initiative", credit(fs, "US$ 6.998 billion"));
    assertEquals("International Energy Agency", credit(fs, "35%"));
  }

  @Test
  void aShortFormBodysReportThatFindsNothingIsNoSubject() {
    assertNull(credit(Texts.figures(DATE,
        "The International Energy Agency (IEA) Global EV Outlook report was discussed by 40 delegates at the meeting."), "40 delegates"));
  }
}
