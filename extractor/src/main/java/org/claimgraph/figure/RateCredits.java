package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A policy's rate (a tariff, duty, levy or rebate rate: {@link StandingRates}; a subsidy's or tax credit's rate:
 * {@link IncentiveRates}) is the government's rule, not data a statistics record, a data firm or a company compiled: it takes no
 * running credit of theirs ("Under the FAME II scheme, the government of India had been providing a subsidy of Rs 15,000 per
 * kilowatt-hour" after Bajaj's sales; "the expiring $7,500 EV tax credit" after Rho Motion's sales; "Exports were subject to a
 * 20% duty rate" after the customs figures). A public body, a person or a news outlet running on keeps it (the Commission's
 * tariffs, a minister's subsidy, a wire's page). The record words are those of {@code record-nouns.tsv}.
 */
final class RateCredits {

  private static final Set<String> RECORDS = Tsv.read("record-nouns.tsv").stream().map(r -> r.get("noun")).collect(Collectors.toSet());

  private RateCredits() {}

  /** Whether {@code f} states a policy's rate (a driving range, which StandingRates also reads, is none). */
  static boolean rate(Figure f) {
    Evidence e = f.evidence();
    int rs = e.start() - e.sentenceStart();
    int re = e.end() - e.sentenceStart();
    String unit = f.quantity().unit();
    if ("km".equals(unit) || "mile".equals(unit)) return false;
    return StandingRates.undated(e.sentence(), rs, re, unit, f.kind()) || IncentiveRates.standing(e.sentence(), rs, re, f.quantity(), f.kind());
  }

  /**
   * Whether {@code f} states a policy's rate in a sentence that reports no change of its own: "a 16.0% drop in exports to the US,
   * which fell to $2.69 billion following the imposition of a 25% tariff" is the data source's sentence, the tariff its cause.
   */
  static boolean rateAlone(Figure f, List<Figure> figures) {
    if (!rate(f)) return false;
    for (Figure g : figures) {
      if (g != f && g.evidence().sentenceStart() == f.evidence().sentenceStart() && g.kind() == Kind.CHANGE) return false;
    }
    return true;
  }

  /**
   * Whether a credit, as written, names a source that compiles data rather than sets rules: a record ("data available on the MHI
   * website", "Statistics Canada", "Chinese customs statistics"), customs, a company or a data firm.
   */
  static boolean compiler(String written, boolean company, boolean dataFirm) {
    if (company || dataFirm) return true;
    if (written == null) return false;
    for (String w : written.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (RECORDS.contains(w) || w.equals("customs")) return true;
    }
    return false;
  }
}
