package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * The data owner a nameless back-reference stands for when no credit was given before it (credit28b; GUIDELINES attribution
 * rules 1 and 2): a lead that names the body releasing the data but states no figure and no credit cue ("Naamsa has finally
 * released official sales figures for new-energy vehicles", "FENALCO and ANDI announced the number of Electric Vehicles (EV)
 * registered in July") is followed by "According to the industry representative body, …" or "The entities said that …". A
 * careful reader takes the body named there; the back-reference alone names nobody.
 *
 * <p>The owner is the subject of the nearest earlier sentence of the window that opens with a capitalized name (or two joined
 * by "and") and a verb of release whose object is data ("figures", "data", "the number of", "sales", "statistics"…). The
 * reference's noun must fit it: a plural ("the entities", "the bodies") wants two names joined, a singular one name; a noun
 * that is part of names ("the ministry", "the association") wants that word in the name, or a one-word name ("Naamsa").
 */
final class AnnouncedOwners {

  private AnnouncedOwners() {}

  /** What a release must hold to be the data's: "official sales figures", "the number of Electric Vehicles". */
  private static final String DATA_NOUNS = "figures|data|numbers?|statistics|sales|registrations|results";
  /** "Figures published on Tuesday showed registrations …", "Statistics released by …": the data noun alone, no body's name. */
  private static final Pattern DATA_ALONE = Pattern.compile("(?i)(?:" + DATA_NOUNS + "|estimates|prices|reports?)");
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*";
  private static final String NAME = "(?:the\\s+)?" + WORD + "(?:\\s+(?:(?:of|for|and|de|del|la|the|&)\\s+){0,2}" + WORD + "){0,7}";
  private static final Pattern ANNOUNCEMENT = Pattern.compile(
      "^(?<name>" + NAME + ")(?:\\s*\\([^()]{2,15}\\))?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:\\p{Ll}+ly\\s+)?"
          + "(?:released|releases|announced|announces|published|publishes|issued|issues|unveiled|revealed|presented|shared)\\s+"
          + "(?<object>[^.!?]{0,120}?\\b(?:" + DATA_NOUNS + ")\\b)");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|(?<=[.!?][\"”’]?)\\s+|\\n+)(?=\\p{Lu})");
  /** Heads any body's name fits; the plural ones want two names (also Credits' back-reference shape). */
  static final String BODY_HEADS = "entit(?:y|ies)|bod(?:y|ies)|organi[sz]ations?";
  private static final Pattern ANY_BODY = Pattern.compile(BODY_HEADS);
  /** Two names joined: an "and" or "&" with no "of"/"for" before it, which would open the remit of one name. */
  private static final Pattern JOINED = Pattern.compile("(?:(?!\\s(?:of|for)\\s).)+?\\s(?:and|&)\\s.+");
  private static final Pattern PLURAL = Pattern.compile("entities|bodies|organi[sz]ations|associations|agencies");

  /**
   * Whether a back-reference's head noun ("body", "entities", "organisation") fits any body's name: with no owner found it names
   * nobody (CreditResolver), as no such word names one body.
   */
  static boolean anyBody(String head) {
    return head != null && ANY_BODY.matcher(head.toLowerCase(Locale.ROOT)).matches();
  }

  /**
   * The body announced as the data's owner in {@code text} between {@code from} and {@code to} that a back-reference with the
   * head noun {@code head} ("body", "entities", "association") can stand for, the nearest first; null when none fits.
   */
  static String owner(String text, int from, int to, String head) {
    if (text == null || head == null || from < 0 || to > text.length() || from >= to) return null;
    String window = text.substring(from, to);
    String h = head.toLowerCase(Locale.ROOT);
    boolean plural = PLURAL.matcher(h).matches();
    String found = null;
    Matcher start = SENTENCE_START.matcher(window);
    while (start.find()) {
      // The window's own matcher from this sentence's start on ("^" holds at a region's start): no copy of the rest per sentence.
      Matcher m = ANNOUNCEMENT.matcher(window).region(start.end(), window.length());
      if (!m.lookingAt()) continue;
      String name = m.group("name").strip();
      if (fits(name, h, plural)) found = name;
    }
    return found;
  }

  private static boolean fits(String name, String head, boolean plural) {
    String bare = Regexes.replaceFirst(name, "^(?:the|The)\\s+", "");
    // "The company", "This", "It": no name.
    if (bare.isEmpty() || Regexes.matches(bare, "(?i)(?:the|this|that|these|those|it|they|we|last|next|in|on)\\b.*")) return false;
    if (Credits.isPlace(bare) || DATA_ALONE.matcher(bare).matches()) return false;
    // "FENALCO and ANDI" joins two names; "Society of Motor Manufacturers and Traders" is one, its "and" inside the "of" phrase.
    boolean joined = JOINED.matcher(bare).matches();
    if (plural != joined) return false;
    if (ANY_BODY.matcher(head).matches()) return true;
    String singular = Regexes.replaceFirst(Regexes.replaceFirst(head, "ies$", "y"), "s$", "");
    return bare.toLowerCase(Locale.ROOT).contains(singular) || !bare.contains(" ");
  }
  /** A name: capitalized words with link words between them ("The Ministry of Transport and Logistics"). */
  private static final Pattern NAME_RUN = Pattern.compile(
      "\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:(?:of|for|and|on|the|&)\\s+)*\\p{Lu}[\\p{L}'’&.-]*)+");
  /** Words that open a run without being part of the name: an article, a clause opener, an owner ("Ethiopia's"). */
  private static final Pattern RUN_OPENER = Pattern.compile("^(?:(?:The|A|An|According|In|On|At|By|Under|Meanwhile|However|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+)+");

  /**
   * The one body the page named before {@code to} whose name holds the back-reference's head noun capitalized: "The Ministry of
   * Transport and Logistics will no longer permit …" then "According to the ministry, …" (Hiccup Circus Uganda, f23-e-14) →
   * "Ministry of Transport and Logistics" (credit29a; GUIDELINES attribution rule 1: normalized to the source the article
   * names). Null when the page names no such body or two different ones: the reference then stays as written.
   */
  static String namedBefore(String text, int to, String head) {
    return namedBefore(text, to, head, false);
  }

  /**
   * As {@link #namedBefore(String, int, String)}; with {@code anyHead} the head need not be a body noun of short forms: "The audit
   * revealed" after "The National Audit Office has uncovered" (DescribedReferences, credit30a).
   */
  static String namedBefore(String text, int to, String head, boolean anyHead) {
    if (text == null || head == null || to <= 0 || to > text.length()) return null;
    String h = head.toLowerCase(Locale.ROOT);
    if (!anyHead && !ShortForms.bodyNoun(h) || h.endsWith("s") && !h.endsWith("ss")) return null;
    String capital = Character.toUpperCase(h.charAt(0)) + h.substring(1);
    Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(capital) + "(?![\\p{L}])");
    String found = null;
    int foundEnd = -1;
    Matcher run = NAME_RUN.matcher(text).region(0, to); // the page before the reference, without copying it per credit
    while (run.find()) {
      String name = RUN_OPENER.matcher(run.group()).replaceFirst("");
      // "The Mozambique Finance Ministry", "The Romanian Environment Ministry": the country is no part of the body's name as the
      // gold writes it (fresh23 call 16: "the Environment Ministry").
      String[] words = name.split("\\s+");
      int first = 0;
      while (first < words.length - 1 && Credits.isPlace(words[first])) first++;
      name = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
      if (!name.contains(" ") || !word.matcher(name).find() || Credits.isPlace(name)) continue;
      if (found != null && !found.equals(name)) return null;
      found = name;
      foundEnd = run.end();
    }
    if (found != null && otherDescribed(text.substring(foundEnd, to), h, found)) return null;
    return found;
  }

  /** Words before or after a lower-case body noun that describe no other body: "the ministry", "a ministry official". */
  private static final java.util.Set<String> NOT_REMITS = java.util.Set.of("the", "a", "an", "this", "that", "its", "their", "same", "said");

  /**
   * Whether {@code between} describes in lower case a body of the same kind that the name does not: "The Ministry of Steel …
   * according to a statement from the Indian ministry of mines. The ministry said …" (steelorbis.com's shape): "the ministry"
   * is then the nearer one, not the one named (review29b). "Ethiopia's transport ministry" after "the Ministry of Transport
   * and Logistics" is the same body: its remit is in the name.
   */
  private static boolean otherDescribed(String between, String head, String name) {
    Matcher d = Pattern.compile("(?<![\\p{L}'’])(\\p{Ll}[\\p{L}-]*)\\s+" + Pattern.quote(head) + "(?!\\p{L})|(?<!\\p{L})"
        + Pattern.quote(head) + "\\s+(?:of|for)\\s+(?:the\\s+)?([\\p{L}-]+)").matcher(between);
    String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    while (d.find()) {
      String remit = (d.group(1) != null ? d.group(1) : d.group(2)).toLowerCase(Locale.ROOT);
      if (NOT_REMITS.contains(remit)) continue;
      // "mines" is the remit of "Ministry of Mines" and of "the mining ministry": a common stem, not the whole word.
      String stem = remit.substring(0, Math.min(remit.length(), Math.max(3, remit.length() - 2)));
      if (java.util.Arrays.stream(words).noneMatch(w -> !w.equals(head) && w.startsWith(stem))) return true;
    }
    return false;
  }
}
