package org.claimgraph.figure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A credit that is a description of a body, not its name (credit30a; GUIDELINES attribution rule 1: a description names nobody
 * unless it refers to a name on the page, and then the name): "The local stock brokerage estimates …" (New Era, after "based on
 * Simonis Storm estimates"), "the Australian company announced" (Macauhub, after "Australian company Syrah Resources said"),
 * "The audit revealed" (after "The National Audit Office has uncovered"), "according to recent data from the country's top
 * automotive association" (then "… from the Automotive Distributors and Mobility Association (ODMD) showed").
 *
 * <p>A description is an article or an owner's possessive ("Kazakhstan's", "the country's"), up to five words that say what
 * kind of body it is (lower case, a place's adjective, "Fujian, China-based"), and a head noun of a body (body-nouns.tsv,
 * relayed-references.tsv's bodies, description-heads.tsv). It refers to, in this order:
 * <ol>
 *   <li>the name the page described before with the same head (and the same place words): "Australian company Syrah
 *       Resources", "Canadian miner, Desert Lion Energy", "Simonis Storm, the local brokerage";</li>
 *   <li>the one name before whose words hold the head capitalized: "The audit" → "National Audit Office"
 *       ({@link AnnouncedOwners#namedBefore});</li>
 *   <li>(in {@link CreditResolver}) the body credited last before it;</li>
 *   <li>else the name the next sentence gives with the head capitalized ("the Automotive Distributors and Mobility Association"),
 *       or that the next sentence opens on as a speaker ("KazAtomProm said in a statement").</li>
 * </ol>
 * Where none is found the description stays as written.
 */
final class DescribedReferences {

  private DescribedReferences() {}

  /** A description: its head noun and its capitalized place words ("Australian"), which an earlier description must share. */
  record Description(String head, List<String> places) {}

  private static final Set<String> HEADS = heads();
  private static final String HEAD = HEADS.stream().sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
      .map(Pattern::quote).collect(Collectors.joining("|"));
  private static final String WORD = "[\\p{L}][\\p{L}-]*";
  private static final Pattern SHAPE = Pattern.compile(
      "^(?:(?:the|The|this|This|that|That)\\s+)?(?:(?<owner>(?:(?:the|The)\\s+)?" + WORD + ")['’]s?\\s+)?"
          + "(?<mods>(?:" + WORD + ",?\\s+){0,5}?)(?<head>" + HEAD + ")$");
  /** "the report's authors", "the study's authors": those who wrote a work the page credited. */
  private static final Pattern AUTHORS = Pattern.compile("(?i)(?:the\\s+)?(?:report|study|survey|analysis|paper)['’]s?\\s+(?:authors|researchers)");
  /** "recent data from …", "the latest figures released by …": a record, then whose it is. */
  private static final Pattern RECORD_FROM = Pattern.compile(
      "(?:(?:the|The)\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:data|figures|statistics|numbers|estimates)\\s+(?:(?:released|published|compiled)\\s+)?(?:from|by|of)\\s+(?<owner>.+)");
  /** A capitalized modifier that only says where the body is: "China-based", "Toronto-listed". */
  private static final Pattern BASED = Pattern.compile("\\p{Lu}[\\p{L}]*-(?:based|listed|owned|run|headquartered)");
  /** Owners that stand for the page's country: "the country's top automotive association". */
  private static final Pattern COUNTRY_WORD = Pattern.compile("(?i)(?:the\\s+)?(?:country|nation|state|island|kingdom|republic)");
  /** Lower-case words that make a description no body's: "the company's shares", "a research company" is fine, "its own". */
  private static final Set<String> NOT_MODIFIERS = Set.of("own", "other", "another", "each", "every", "any", "some", "many", "several");

  /** The description {@code written} is, or null when it is none (a name, a pronoun, a phrase of other words). */
  static Description of(String written, Lexicon lexicon) {
    if (written == null) return null;
    String w = written.strip();
    // "the report's authors": the report's, whoever the page credited it to.
    if (AUTHORS.matcher(w).matches()) return new Description("report", List.of());
    // "recent data from the country's top automotive association": the record's owner is the description.
    Matcher record = RECORD_FROM.matcher(w);
    if (record.matches()) w = record.group("owner");
    Matcher m = SHAPE.matcher(w);
    if (!m.matches()) return null;
    List<String> places = new java.util.ArrayList<>();
    String owner = m.group("owner");
    if (owner != null && !COUNTRY_WORD.matcher(owner).matches()) {
      if (!place(owner.replaceFirst("^(?:the|The)\\s+", ""), lexicon)) return null;
      places.add(owner.replaceFirst("^(?:the|The)\\s+", ""));
    }
    for (String mod : m.group("mods").split("[,\\s]+")) {
      if (mod.isEmpty()) continue;
      if (NOT_MODIFIERS.contains(mod)) return null;
      if (Character.isLowerCase(mod.charAt(0))) continue;
      if (BASED.matcher(mod).matches()) {
        places.add(mod.substring(0, mod.indexOf('-')));
      } else if (place(mod, lexicon)) {
        places.add(mod);
      } else {
        return null; // "the Tesla company", "the Energy agency": a name's word
      }
    }
    // "The company", "the ministry" alone are CreditResolver's back-references; a description needs no article only with a place.
    boolean article = startsWithArticle(w);
    if (!article && owner == null && places.isEmpty()) return null;
    return new Description(m.group("head").toLowerCase(Locale.ROOT), List.copyOf(places));
  }

  private static final Pattern ARTICLE = Pattern.compile("(?:the|The|this|This|that|That)\\s");

  private static boolean startsWithArticle(String w) {
    return ARTICLE.matcher(w).lookingAt();
  }

  /** A name: capitalized words, with link words between them. */
  private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?:\\s+(?:(?:of|for|and|de|the|&)\\s+)*\\p{Lu}[\\p{L}\\p{N}'’&.-]*){0,6}";
  private static final Pattern OPENER = Pattern.compile("^(?:(?:The|A|An)\\s+)");
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

  /**
   * The name the page before the reference described with the description's head noun, the nearest first: "company Syrah
   * Resources", "miner, Desert Lion Energy" (the head, then the name), "Simonis Storm, the local brokerage" (the name, then
   * a description). The description's place words must stand in the 60 characters before the head. Null when none.
   */
  static String echoed(String before, Description d, Lexicon lexicon) {
    if (before == null || d == null) return null;
    String found = null;
    int at = -1;
    for (Pattern p : ECHOES.computeIfAbsent(d.head(), DescribedReferences::echoPatterns)) {
      Matcher m = p.matcher(before);
      while (m.find()) {
        String name = OPENER.matcher(m.group("name")).replaceFirst("").strip();
        if (name.isEmpty() || Credits.isPlace(name) || place(name, lexicon) || TIME.matcher(name).matches()) continue;
        String near = before.substring(Math.max(0, m.start() - 60), m.end());
        if (!d.places().stream().allMatch(near::contains)) continue;
        if (m.start() > at) {
          at = m.start();
          found = name;
        }
      }
    }
    return found;
  }

  /** The echo patterns of each head, compiled once per head rather than per credit (the head set is the lexicon's, small). */
  private static final java.util.Map<String, List<Pattern>> ECHOES = new java.util.concurrent.ConcurrentHashMap<>();
  /** The capitalized head as a whole word ("Association"), once per head. */
  private static final java.util.Map<String, Pattern> CAPITALS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The head, then the name; the name, then the head in an apposition. */
  private static List<Pattern> echoPatterns(String h) {
    String head = Pattern.quote(h);
    Pattern after = Pattern.compile("(?<![\\p{L}])" + head + ",?\\s+(?<name>" + NAME + ")");
    // An apposition closes with a comma, a bracket or the sentence's end: "in August, the central bank said" is a credit, no
    // apposition (MercoPress).
    Pattern apposed = Pattern.compile("(?<name>" + NAME + "),\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+,?\\s+){0,5}?" + head + "(?=\\s*[,.;()])");
    return List.of(after, apposed);
  }

  private static Pattern capital(String head) {
    return CAPITALS.computeIfAbsent(head, h -> Pattern.compile(
        "(?<![\\p{L}])" + Pattern.quote(Character.toUpperCase(h.charAt(0)) + h.substring(1)) + "(?![\\p{L}])"));
  }

  /** The one name before {@code to} that holds the head capitalized ("National Audit Office" for "the audit"), else null. */
  static String namedBefore(String text, int to, Description d) {
    return AnnouncedOwners.namedBefore(text, to, d.head(), true);
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“]?\\p{Lu})");
  private static final Pattern SPEAKER_OPENING = Pattern.compile(
      "^(?<name>\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*){0,4})\\s+(?:also\\s+)?(?:said|says|reported|announced|stated)\\b");
  private static final Pattern BRACKET = Pattern.compile("\\s*\\([^()]*\\)$");

  /**
   * The name the sentence after the reference gives for the body described (the page writes the description first, then the
   * name): a name holding the head capitalized ("the Automotive Distributors and Mobility Association (ODMD)"), or the name the
   * next sentence opens on as a speaker ("KazAtomProm said in a statement"). Null when none.
   */
  static String following(String after, Description d, Lexicon lexicon) {
    if (after == null || d == null) return null;
    String[] sentences = SENTENCE_END.split(after.strip(), 3);
    if (sentences.length == 0) return null;
    // Only the sentence right after the reference's own: a later one may name another body.
    String next = sentences.length > 1 ? sentences[1] : null;
    if (next == null) return null;
    Pattern capital = capital(d.head());
    Matcher named = NAME_PATTERN.matcher(next);
    while (named.find()) {
      String name = OPENER.matcher(named.group()).replaceFirst("");
      if (name.contains(" ") && capital.matcher(name).find()
          && !Credits.isPlace(name)) {
        return BRACKET.matcher(name).replaceFirst("");
      }
    }
    Matcher speaker = SPEAKER_OPENING.matcher(next);
    if (speaker.find()) {
      String name = speaker.group("name");
      if (!OPENER.matcher(name + " ").find() && !Credits.isPlace(name) && !place(name, lexicon) && !AttributionFinder.isPersonName(name)
          && !startsWithArticle(name) && !name.matches("(?:It|He|She|They|We|This|That)")) {
        return name;
      }
    }
    return null;
  }

  /** "Simonis Storm estimates" credited before: the body, without the record it gave. */
  private static final Pattern RECORD_TAIL = Pattern.compile("\\s+(?:estimates|data|figures|statistics|numbers|analysis)$");
  /** "August", "Q3": a time credited by mistake is no body. */
  private static final Pattern TIME = Pattern.compile("(?:" + PeriodResolver.MONTH_NAMES + "|[QH][1-4])");

  /**
   * The body a credit before names for a description, or null when it names none: a capitalized name that is no time, no place,
   * and no description itself; a record after the name ("Simonis Storm estimates") is cut.
   */
  static String creditedBody(String source, String written, Lexicon lexicon) {
    if (source == null || of(written, lexicon) != null) return null;
    String bare = source.strip().replaceFirst("^(?:the|The)\\s+", "");
    if (bare.length() < 2 || !Character.isUpperCase(bare.charAt(0)) || TIME.matcher(bare).matches() || place(bare, lexicon)) return null;
    return RECORD_TAIL.matcher(source.strip()).replaceFirst("");
  }

  private static boolean place(String words, Lexicon lexicon) {
    return lexicon.countries().whole(words) != null || lexicon.regions().whole(words) != null || Credits.isPlace(words);
  }

  private static Set<String> heads() {
    Set<String> out = new LinkedHashSet<>();
    Tsv.read("body-nouns.tsv").forEach(r -> out.add(r.get("noun")));
    Tsv.read("relayed-references.tsv").stream().filter(r -> r.get("kind").equals("body")).forEach(r -> out.add(r.get("word")));
    List<java.util.Map<String, String>> rows = Tsv.read("description-heads.tsv");
    rows.stream().filter(r -> r.get("kind").equals("body")).forEach(r -> out.add(r.get("noun")));
    // "researcher", "consultant": as often a person as a body.
    rows.stream().filter(r -> r.get("kind").equals("person")).forEach(r -> out.remove(r.get("noun")));
    return Set.copyOf(out);
  }
}
