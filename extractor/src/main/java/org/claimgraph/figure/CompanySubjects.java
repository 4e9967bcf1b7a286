package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A company as the subject of the verb that reports its own figures, as results pages write it (guidelines, fresh6 call:
 * a company's results with a verb of saying credit the company): "VinFast Auto Ltd. has announced its unaudited
 * financial results", "China Communications Construction Co. (1800.HK) on Tuesday said", "Chinese online gaming company
 * The9 (NCTY) has announced", "… share price after the miner reported it had achieved record quarterly shipments of
 * 33,027 dry metric tonnes". {@link AttributionFinder} reads the subject back from the verb; these say where it goes on
 * (a legal form's dot, a ticker in brackets) and where it starts (after the conjunction opening its clause).
 */
final class CompanySubjects {

  /** "Ltd.", "Co.", "Inc." (legal-forms.tsv): the forms whose last character is a dot. */
  private static final List<String> DOTTED = Tsv.read("legal-forms.tsv").stream().map(r -> r.get("form")).filter(f -> f.endsWith(".")).toList();
  private static final Pattern LEGAL_FORM_END = Pattern.compile(
      "\\s(?:" + String.join("|", Tsv.read("legal-forms.tsv").stream().map(r -> Pattern.quote(r.get("form"))).toList()) + ")$");
  /** "The9 (NCTY)", "Construction Co. (1800.HK)", "Core Lithium Ltd (ASX: CXO)": a name with its ticker in brackets. */
  private static final Pattern TICKER = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}\\d&.-]*\\s+\\(\\s*(?:\\p{Lu}{2,8}\\s*:\\s*[\\p{Lu}\\d.]{1,8}|\\d{3,6}\\.\\p{Lu}{1,2}|\\p{Lu}{2,6})\\s*\\)$");
  /**
   * "after the miner reported", "when the company announced": the conjunction of a clause telling the report that moved the
   * main clause (shares, prices), before its subject (a determiner or a name), the last one before the verb. Not "while"
   * or "as": "one maker's usage plunged, while another reported a fall" sets two companies' figures of a tracker's data
   * side by side, and the tracker's credit runs on over both.
   */
  private static final Pattern OPENER = Pattern.compile(
      "^.*\\b(?:[Aa]fter|[Ww]hen|[Oo]nce|[Ff]ollowing)\\s+(?=(?:the|its|their|a|an)\\s|\\p{Lu})");

  private CompanySubjects() {}

  /** Whether the dot at {@code dot} closes a legal form after a name ("VinFast Auto Ltd."), which ends no clause. */
  static boolean legalFormDot(String sentence, int dot) {
    for (String form : DOTTED) {
      int start = dot + 1 - form.length();
      if (start >= 2 && sentence.startsWith(form, start) && sentence.charAt(start - 1) == ' ' && Character.isLetter(sentence.charAt(start - 2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code prefix} ends with a name and its ticker in brackets, part of the subject before a verb. */
  static boolean tickerBefore(String prefix) {
    return TICKER.matcher(prefix).find();
  }

  /**
   * What may follow the conjunction as the reporting company: a name, or a company named by its kind ("the company",
   * "the Canadian base metal miner"); not "the government", "officials" (whose announcement is not the figures' source
   * when the figure sits in the main clause: "Sales rose 12% after the government announced subsidies").
   */
  private static final Pattern COMPANY_SUBJECT = Pattern.compile(
      "^(?:\\p{Lu}.*|(?:the|its)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:company|firm|group|miner|automaker|carmaker|producer|maker|manufacturer|developer|retailer))$");

  /** Where the subject starts in {@code subject}: after the conjunction opening its clause when a company follows it, else 0. */
  static int clauseStart(String subject) {
    Matcher m = OPENER.matcher(subject);
    if (!m.find()) return 0;
    String after = subject.substring(m.end());
    // "Tesla shares fell 5 percent after President Donald Trump announced tariffs": an official's announcement, as the
    // government's, is no company reporting the main clause's figures.
    return COMPANY_SUBJECT.matcher(after).matches() && org.claimgraph.lexicon.Titles.get().split(after) == null ? m.end() : 0;
  }

  /** Whether a credited subject as written ends with a legal form ("VinFast Auto Ltd."): a company, not a person. */
  static boolean endsWithLegalForm(String written) {
    return written != null && LEGAL_FORM_END.matcher(written.strip()).find();
  }
}
