package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Titles;

/**
 * A person the page names in full and then by a short form is credited by the full name, as a reader keeps one person in
 * mind: "Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz" then "Tengku Zafrul said", "Zafrul
 * said"; "Shailesh Chandra, managing director …" then "Chandra said"; a tag cut short ("Seri Zafrul Abdul Aziz said") too.
 *
 * <p>A full name is a run of capitalized words (with "de", "van", "bin" …) after any title or office ("Minister",
 * "Industry") and not opened by a clause word ("Meanwhile", "According"); it holds no body's word. A short form is its when
 * it keeps the full name's words in order and starts or ends as the full name does ("Tengku Zafrul", "Seri Zafrul Abdul
 * Aziz") or is one word of it after the first ("Zafrul"). Two people it could be (two "Chen"s) make it nobody's full name:
 * it stays as written. Read alone, a sentence names nobody in full, so nothing is expanded.
 */
final class FullNames {

  private static final String WORD = "\\p{Lu}[\\p{L}'’-]+";
  /** A run of capitalized words, with the particles of names: "Sigrid de Vries", "Zafrul Abdul Aziz". */
  private static final Pattern RUN = Pattern.compile(
      "(?<![\\p{L}'’-])" + WORD + "(?:\\s+(?:" + WORD + "|de|van|von|da|del|dos|bin|binti|al-\\p{L}+))+(?![\\p{L}'’-])");

  private static final Pattern PARTICLE = Pattern.compile("de|van|von|da|del|dos|bin|binti|al-\\p{L}+");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Pattern AFTER_CONNECTOR = Pattern.compile("(?:^|\\s)(?:and|of|for|&)\\s+$");

  private FullNames() {}

  /** The full name of the person {@code name} stands for in {@code text} (the page up to where the name is used), or null. */
  static String of(String name, String text) {
    if (name == null || text == null) return null;
    List<String> shortWords = List.of(name.strip().split("\\s+"));
    if (shortWords.isEmpty() || shortWords.size() > 4 || !shortWords.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) return null;
    Set<String> found = new LinkedHashSet<>();
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      List<String> full = nameOf(run.group());
      // "Minister of State for Information and Broadcasting Farrukh Habib": a run after "and", "of", "for" goes on with an
      // office's or a body's name, whose words are no person's, unless a title or remit word inside it ends that name first
      // ("Trade, and Industry Tengku Datuk Seri Zafrul Abdul Aziz").
      boolean whole = !full.isEmpty() && run.group().startsWith(full.get(0) + " ");
      if (whole && AFTER_CONNECTOR.matcher(text.substring(Math.max(0, run.start() - 6), run.start())).find()) continue;
      if (full.size() <= shortWords.size() || !standsFor(shortWords, full)) continue;
      found.add(String.join(" ", full));
    }
    // "Tengku Zafrul" is itself a short form of "Tengku Datuk Seri Zafrul Abdul Aziz": one person, the longer name.
    List<String> people = new ArrayList<>();
    for (String f : found) {
      List<String> words = List.of(f.split(" "));
      if (found.stream().noneMatch(g -> g.length() > f.length() && inOrder(words, List.of(g.split(" "))))) people.add(f);
    }
    return people.size() == 1 ? people.get(0) : null;
  }

  /** Whether every word of {@code part} is in {@code whole}, in the same order. */
  private static boolean inOrder(List<String> part, List<String> whole) {
    int at = 0;
    for (String w : part) {
      while (at < whole.size() && !whole.get(at).equals(w)) at++;
      if (at == whole.size()) return false;
      at++;
    }
    return true;
  }

  /**
   * The person a title names when the name is longer than a title's usual two to four words ("Investment, Trade and Industry
   * Minister Tengku Datuk Seri Zafrul Abdul Aziz" → "Tengku Datuk Seri Zafrul Abdul Aziz"); null when the phrase is no
   * title before a name.
   */
  static String afterTitle(String phrase) {
    if (phrase == null) return null;
    String[] words = phrase.strip().split("\\s+");
    List<String> name = nameOf(phrase.strip());
    int at = words.length - name.size();
    // "… Industry Minister Tengku …", "Minister of Economy, Trade and Industry Ken Saito": an office's head word before the name;
    // only where a title's split cannot read it, a name of five words or more or a remit listed with commas.
    boolean titled = false;
    for (int i = 0; i < at; i++) titled |= Titles.get().isHead(words[i]);
    boolean listed = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.max(0, at))).contains(",");
    if (name.size() < 2 || !titled || name.size() < 5 && !listed) return null;
    return String.join(" ", name);
  }

  /** The name at the end of a run: its words after the last title, office, body or portfolio word, clause openers dropped. */
  private static List<String> nameOf(String run) {
    String[] words = run.split("\\s+");
    Lexicon lexicon = Lexicon.get();
    Titles titles = Titles.get();
    int start = words.length;
    while (start > 0) {
      String w = words[start - 1];
      // "Vice-President Valdis Dombrovskis": a title's head after a hyphen is a title too; "JSC", "CEO": no word of a name is
      // written in capitals.
      // "… Chris Hipkins said the latest data": a lower-case word other than a name's particle ends the name.
      if (Character.isLowerCase(w.charAt(0)) && !PARTICLE.matcher(w).matches()) break;
      if (ACRONYM.matcher(w).matches() || titles.isHead(w) || titles.isHead(w.substring(w.lastIndexOf('-') + 1)) || AttributionFinder.hasBodyWord(w)
          || CommaNames.portfolio(w) || Credits.isPlace(w) || !lexicon.organizations().find(w).isEmpty()) break;
      start--;
    }
    while (start < words.length && titles.opensClause(words[start])) start++;
    // A name opens with a capitalized word, not a particle ("de Vries" is the end of "Sigrid de Vries").
    if (start < words.length && Character.isLowerCase(words[start].charAt(0))) return List.of();
    List<String> out = new ArrayList<>();
    for (int i = start; i < words.length; i++) out.add(words[i]);
    return out;
  }

  /** Whether the short form keeps the full name's words in order and starts or ends with it, or is one word of it. */
  private static boolean standsFor(List<String> shortWords, List<String> full) {
    if (!inOrder(shortWords, full)) return false;
    // One word is a family name ("Chandra", "Zafrul"), never the first word of the full name: "Lynas" is no short form of
    // "Lynas Rare Earths".
    if (shortWords.size() == 1) return !full.get(0).equals(shortWords.get(0));
    return full.get(0).equals(shortWords.get(0)) || full.get(full.size() - 1).equals(shortWords.get(shortWords.size() - 1));
  }
}
