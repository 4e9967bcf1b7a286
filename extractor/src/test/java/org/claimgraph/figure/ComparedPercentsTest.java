package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A percent whose own words mark no kind, compared right after it with an earlier time, is a change ("This is + 166% compared to
 * 2019"); a share compared with another share's number, or naming its whole, stays a share. Devset (kind change->share, direction
 * up->null): f11 discoveringdad, f14 eventackle, f18 immining. Outside sentences (search tool, corpus pages) were annotated before
 * the rule; they already carry a word of change and guard that the rule leaves them as they were.
 */
class ComparedPercentsTest {

  private static Figure of(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void aBarePercentComparedWithAnEarlierTimeIsAChange() {
    // devset f11-e-02-discoveringdad: change, up, yoy (2020 page).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"),
        kdb(of(LocalDate.of(2021, 1, 20), "This is + 166% compared to 2019, when the share was only 7%.", "166%")));
    // devset f14-e-11-eventackle: change, up, mom ("escalation" is a word of change).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "mom"), kdb(of(LocalDate.of(2023, 6, 5), "May 2023 witnessed an astounding escalation of "
        + "electric two-wheeler sales of over 57% as compared to April 2023, thereby making it the best month for EV sales.", "over 57%")));
    // devset f18-m-04-immining (the page's typo kept): change, up, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2008, 3, 1),
        "Zinc exports jumped to $2.5 billion dollars, an increaseof 27.2% compared to 2006 ($1.99 billion).", "27.2%")));
  }

  @Test
  void outsideChangesStayAsTheyWere() {
    // axios.com/2021/04/05/electric-vehicle-sales-surge: change, up, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2021, 4, 5), "Over 181,000 fully electric vehicles were sold "
        + "worldwide in February, which is up 138% compared to February 2020, per Morgan Stanley and data partner EV-Volumes.", "138%")));
    // same page: change, up, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2021, 4, 5),
        "GM reported that U.S. Q1 sales of its Bolt EV are up over 50% compared to last year.", "over 50%")));
    // wheelscene.com/electric-car-sales-february-2017: change, up, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2017, 3, 5),
        "Electric car sales were up 68 percent in February compared to the same time last year.", "68 percent")));
    // roadsafetygb.org.uk (SMMT, 2023-01): change, down, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "yoy"), kdb(of(LocalDate.of(2023, 1, 5), "By way of comparison, a total of 1,614,063 new "
        + "cars were registered in 2022 – down 2% on 2021 and still well below pre-Covid levels.", "2%")));
    // carsuk.net (SMMT, 2023-10): change, up, yoy.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2023, 10, 5), "UK new car registrations rose to 272,610 in "
        + "September 2023 – a 21% rise on 2022 – although sales of BEVs to private buyers continue to flounder.", "21%")));
  }

  @Test
  void sharesComparedWithSharesStayShares() {
    // scotsman.com (SMMT, 2024-01): "market share eased from 16.6 per cent … to 16.5 per cent": shares.
    assertEquals(Kind.SHARE, of(LocalDate.of(2024, 1, 10), "Uptake of battery electric new cars reached a record level last year with "
        + "315,000 units but their market share eased from 16.6 per cent during the previous 12 months to 16.5 per cent.", "16.5 per cent").kind());
    // written negatives: a share compared with a share's number, and one naming its whole.
    assertEquals(Kind.SHARE, of(LocalDate.of(2024, 1, 10), "EVs took a 16.5% share, compared to 16.6% in 2022.", "16.5%").kind());
    assertEquals(Kind.SHARE, of(LocalDate.of(2024, 1, 10), "Battery electric cars took 16.5% of the market compared to 2022, when they took 16.6%.",
        "16.5%").kind());
  }

  @Test
  void readAloneItIsAChangeWithNoPeriodGuessed() {
    Figure f = of(null, "This is + 166% compared to 2019, when the share was only 7%.", "166%");
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), Arrays.asList(f.kind(), f.direction()));
    assertEquals(null, f.period());
  }
}
