package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A named body or person as the subject of a verb that revises, keeps or states its own forecast (credit17): the forecast is
 * the subject's, so the subject credits its figures, as "X forecast" would.
 *
 * <pre>
 * "Glencore also revised its zinc production forecast by 85,000 tonnes"                               → Glencore
 * "China’s Association of Automobile Manufacturers has trimmed its forecast rise … to 1.5 million"     → that association
 * "… who goes by Troy Teslike recently lowered his estimate to 406,000"                                → Troy Teslike
 * "Polestar Automotive, which is scheduled to announce …, reiterated its … forecast of 60,000-70,000"  → Polestar Automotive
 * </pre>
 *
 * The verbs and nouns are those of forecast-revisions.tsv. The subject must be a name: a subject that only describes ("The
 * company cut its forecast", "Analysts lowered estimates") is left to the resolver's back-references.
 */
final class ForecastRevisions {

  /**
   * The cue of the credits read here. Like a record's owner ({@link OwnedRecords}), the reviser covers only the figures after it in
   * its own clause, and runs on to no other sentence: "Panasonic Holdings raised its outlook" in a line with no figure credits
   * none of the figures a wire's story tells after it.
   */
  static final String CUE = "revised";

  /** The subject's name and where it lies in the sentence. */
  record Revision(String subject, int start, int end) {}

  private static final List<Map<String, String>> WORDS = Tsv.read("forecast-revisions.tsv");
  /** Capitalized words, joined by a space, an owner's "’s" ("China’s Association of …") or "of", "for", "and", "&". */
  private static final String NAME = "\\p{Lu}[\\p{L}\\d&.'’-]*?(?:(?:['’]s)?\\s+(?:(?:of|for|and|&|the)\\s+)*\\p{Lu}[\\p{L}\\d&.'’-]*?){0,6}";
  /** Words between the subject and the verb: "also", "has", "recently", "on Tuesday". */
  private static final String ADVERBS = "(?:(?:also|now|recently|again|further|has|have|had|just|later|earlier|subsequently|on\\s+\\p{Lu}\\p{Ll}+day)\\s+){0,3}";
  /** Words describing the forecast ("its fiscal 2019 copper production"); no word of another clause. */
  private static final String MODIFIERS = "(?:(?:its|his|her|their|the)\\s+)?"
      + "(?:(?!(?:of|in|on|at|for|to|from|by|with|that|which|who|and|or|as|after|while)\\s)[\\p{L}\\d-]+\\s+){0,6}?";
  private static final Pattern REVISION = Pattern.compile(
      "(?<![\\p{L}\\d&.'’-])(?<name>" + NAME + ")(?:\\s*,\\s*(?:which|who)\\s+[^,;]{1,100},)?\\s+" + ADVERBS
          + "(?:" + words("verb") + ")\\s+" + MODIFIERS + "(?:" + words("noun") + ")\\b");
  /**
   * A forecast noun anywhere in the sentence: checked first, since {@link #REVISION} tries a name at every capital and costs
   * 1–4 ms on a long sentence full of names (review17), while most sentences name no forecast at all.
   */
  private static final Pattern NOUN = Pattern.compile("(?i)\\b(?:" + words("noun") + ")\\b");
  /** A determiner, a pronoun or a time opening the sentence: no name. */
  private static final Pattern NOT_NAME = Pattern.compile(
      "(?:The|This|That|These|Those|It|He|She|They|We|Its|His|Her|Their|Our|A|An|In|On|At|Earlier|Later|Last|Next)");

  private ForecastRevisions() {}

  private static String words(String role) {
    return String.join("|", WORDS.stream().filter(r -> role.equals(r.get("role")))
        .map(r -> Pattern.quote(r.get("words"))).sorted((a, b) -> b.length() - a.length()).toList());
  }

  /** The named subjects of {@code sentence} that revise their own forecast, in text order; offsets are into the sentence. */
  static List<Revision> find(String sentence) {
    List<Revision> out = new ArrayList<>();
    if (!NOUN.matcher(sentence).find()) return out;
    Matcher m = REVISION.matcher(sentence);
    while (m.find()) {
      String name = m.group("name");
      // "Analysts lowered Q3 delivery estimates": a group by its kind, capitalized only as the sentence's first word.
      if (NOT_NAME.matcher(name).matches() || AuthoredSubjects.isHead(name)) continue;
      out.add(new Revision(name, m.start("name"), m.end("name")));
    }
    return out;
  }
}
