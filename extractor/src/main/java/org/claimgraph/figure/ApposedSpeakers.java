package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Titles;
import org.claimgraph.lexicon.Tsv;

/**
 * A person named with his office set off by commas, then a verb of telling or judging that the patterns of "said" do not read
 * (credit37b): the person credits the clause that follows, and his speech runs on as any speaker's (SpeechRuns).
 *
 * <pre>
 * "Joan Félix Benitez, Evergo’s senior superintendent of innovation, estimates that …"           → Joan Félix Benitez
 * "Muhammad Bustanji, head of the Jordan Free Zones Investment Commission, shared with … that …" → Muhammad Bustanji
 * "Amitabh Kant, a former CEO of NITI Aayog, predicts …"                                        → Amitabh Kant
 * </pre>
 *
 * Without the office the verb's plain subject is read by the cues of attribution-cues.tsv; with it, the subject before the verb
 * is the office, which names no one. The verbs are apposed-speaker-verbs.tsv's; "mentioned" and "shared" only before a
 * "that"-clause. The office opens with an article or a capital ("Evergo’s …", "the director …"), or holds an office's head word
 * ("head of …"): "Cabo Delgado, northern Mozambique, …" is a place and its region, no person and his office.
 */
final class ApposedSpeakers {

  /** The person's name, its span and the end of the verb, offsets in the sentence. */
  record Apposed(String name, int start, int end, int verbEnd) {}

  private static final List<Map<String, String>> ROWS = Tsv.read("apposed-speaker-verbs.tsv");
  private static final String VERBS = Tsv.literalAlternation(ROWS, "verb");
  private static final java.util.Set<String> NEEDS_THAT = ROWS.stream().filter(r -> "yes".equals(r.get("that")))
      .map(r -> r.get("verb")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The cheap guard: a sentence without one of the verbs after a comma is not read further. */
  private static final Pattern GUARD = Pattern.compile(",\\s+(?:(?:also|further|later)\\s+)?(?:" + VERBS + ")\\b");

  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]+|de|van|von|da|del|bin|al-\\p{L}+)){1,3}";

  /** The name at a clause's start, its office between commas, the verb. */
  private static final Pattern APPOSED = Pattern.compile("(?:^|(?<=[,;:]\\s)|(?<=\\bthat\\s))(" + NAME + "),\\s+([^,.;\"“”]{3,90}?),\\s+"
      + "(?:(?:also|further|later)\\s+)?(" + VERBS + ")\\b");

  /** "that" within a few words after the verb: "mentioned that", "shared with the Jordan News Agency (Petra) that". */
  private static final Pattern THAT_AFTER = Pattern.compile("^(?:\\s+[^\\s.;]+){0,8}?\\s+that\\b");

  /** An office opening with an article or a capital: "the director …", "Evergo’s senior superintendent …". */
  private static final Pattern OFFICE_OPENING = Pattern.compile("^(?:(?:the|a|an|its|his|her)\\s+|\\p{Lu})");

  private ApposedSpeakers() {}

  static List<Apposed> find(String sentence) {
    if (!GUARD.matcher(sentence).find()) return List.of();
    List<Apposed> out = new ArrayList<>();
    Matcher m = APPOSED.matcher(sentence);
    while (m.find()) {
      String name = m.group(1);
      String office = m.group(2).strip();
      if (!AttributionFinder.isPersonName(name) || Credits.isPlace(name) || !isOffice(office)) continue;
      String verb = m.group(3);
      if (NEEDS_THAT.contains(verb) && !THAT_AFTER.matcher(sentence.substring(m.end())).find()) continue;
      out.add(new Apposed(name, m.start(1), m.end(1), m.end(3)));
    }
    return out;
  }

  /** Whether the words between the commas are a person's office: an article or a capital first, or an office's head word. */
  private static boolean isOffice(String office) {
    if (OFFICE_OPENING.matcher(office).find()) return true;
    for (String word : office.split("[\\s-]+")) {
      if (word.isEmpty()) continue;
      String capitalized = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      if (Titles.get().isHead(word) || Titles.get().isHead(capitalized)) return true;
    }
    return false;
  }
}
