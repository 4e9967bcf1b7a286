package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A company posting its own results (credit33b, round 33): the company credits them, as "X reported" would (GUIDELINES, round
 * 32's settled call: a company stating its own results credits the company), and its credit runs on over the results after it
 * like any company's statement ({@link CreditResolver}).
 *
 * <pre>
 * "SHANGHAI – Chinese electric car maker BYD Co Ltd posted a 203.6% rise in first-half profit …" → BYD Co Ltd
 * "KUALA LUMPUR: Lynas Rare Earths has posted record quarterly revenue …"                        → Lynas Rare Earths
 * "The Shenzhen-based company, which is backed by …, posted net profit of 1.45 billion yuan"     → the company
 * </pre>
 *
 * The verbs and the result nouns are those of company-results.tsv. "Posted" is no verb of statement: "Chile posted a trade
 * surplus", "Chromite posted the largest decline", "LG Energy Solution, Samsung SDI and SK On – all posted growth" undergo what
 * they post, and the source is another. So only a subject that is a company is read: one the lexicon lists (organizations.tsv
 * companies, companies.tsv), a name with a legal form ("Co Ltd") or named after a company's kind ("car maker BYD"), or a
 * reference to the company named before ("the company", "The Shenzhen-based company"); and only when a result noun or a figure
 * follows the verb within a few words ("posted a 203.6% rise in first-half profit", not "posted on its website"). Like a stated
 * plan ({@link StatedPlans}), it is read only where the sentence names no other credit: "The company had posted a net profit of
 * Rs 1,362 crore …, Hindalco Industries said in a filing" is the tag's.
 */
final class CompanyResults {

  /** The cue of the credits read here. */
  static final String CUE = "posted";

  private static final List<Map<String, String>> ROWS = Tsv.read("company-results.tsv");
  private static final Pattern VERB = Pattern.compile("(?<![\\p{L}'’-])(?:" + alternation("verb") + ")(?![\\p{L}'’-])");
  /** A result noun or a figure (a digit) within eight words after the verb, before the clause ends. */
  private static final Pattern RESULT_AFTER = Pattern.compile(
      "^\\s+(?:[^\\s,;:.]+\\s+){0,7}?(?:(?:" + alternation("noun") + ")|[^\\s,;:.]*\\d)", Pattern.CASE_INSENSITIVE);
  /** "car maker BYD", "miner Lynas", "Chinese automaker Geely": a company's kind right before a capitalized name. */
  private static final Pattern KIND_BEFORE_NAME = Pattern.compile(
      "\\b(?:maker|automaker|carmaker|manufacturer|miner|producer|company|firm|group|developer|supplier)\\s+\\p{Lu}");
  private CompanyResults() {}

  private static String alternation(String role) {
    return Tsv.literalAlternation(ROWS.stream().filter(r -> role.equals(r.get("role"))).toList(), "words");
  }

  /** Where the verbs of {@code sentence} that a result follows start, in text order. */
  static List<Integer> verbs(String sentence) {
    List<Integer> out = new ArrayList<>();
    Matcher m = VERB.matcher(sentence);
    while (m.find()) {
      if (RESULT_AFTER.matcher(sentence.substring(m.end())).lookingAt()) out.add(m.start());
    }
    return out;
  }

  /** Whether {@code subject}, the words before the verb, is a company. */
  static boolean company(String subject) {
    String s = subject.strip();
    if (CompanyStatements.COMPANY_REFERENCE.matcher(s).matches()) return true;
    if (CompanySubjects.endsWithLegalForm(s) || CompanySubjects.tickerBefore(s) || KIND_BEFORE_NAME.matcher(s).find()) return true;
    String name = s.replaceFirst("^(?:the|The)\\s+", "");
    return CompanyStatements.listedCompany(name) || CompanyStatements.COMPANY_FORMS.contains(name);
  }
}
