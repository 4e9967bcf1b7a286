package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.article.Article;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.nlp.AnnotatedArticle;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;

/**
 * Whom a quote's tag refers back to when the tag names nobody: "…,” he posited." (mypublisher24, after "President of the Ghana
 * Chamber of Mines, Michael Edem Akafia, has said …" four paragraphs up), "…,” he mentioned." (The Nation, after "Director of
 * Administration Office Song Guozhao said that …"), "…,” the natural resources minister disclosed." (Guyana DPI, after "the
 * Minister of Natural Resources, Vickram Bharrat, described …"), "…,” the coordinating minister expounded." (Gulf Observer,
 * after "Coordinating Minister for Economic Affairs Airlangga Hartarto has said …"). News style names a speaker once and then
 * tags the quotes with a pronoun or the speaker's title: the tag stands for the last person the page named before the quote,
 * in the quote's paragraph or the few before it; a title's tag only for a person named beside that title ("minister" →
 * "the Minister of Natural Resources, Vickram Bharrat").
 *
 * <p>Only a tag right after the closing mark whose sentence ends with its verb or with when and where it was said ({@link
 * QuoteTags#TAG_END}); a tag that names someone ("…,” one trader said") is read by the tag readers before this.
 */
final class TagReferents {

  /** A person the page names: where, and the name as written. */
  record Person(int start, int end, String name) {}

  /** "…,” he posited.", "…,” she said on Monday". */
  private static final Pattern PRONOUN = Pattern.compile(
      "^[\\s”\"’]*,?\\s*(?:he|she)\\s+(?:" + QuoteTags.PAST_VERB + "|said|says|told|adds|notes)" + QuoteTags.TAG_END);
  /** "…,” the natural resources minister disclosed.": "the", up to three lower-case words, the title's head, a verb. */
  private static final Pattern TITLE = Pattern.compile(
      "^[\\s”\"’]*,?\\s*the\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(\\p{Ll}+)\\s+(?:" + QuoteTags.PAST_VERB + "|said|says|told)" + QuoteTags.TAG_END);
  /** How many paragraphs before the quote's the named person may stand (a lead, reported speech, then the quotes). */
  private static final int REACH = 6;
  /** How far before a name its title may stand ("the Minister of Natural Resources, Vickram Bharrat"). */
  private static final int TITLE_WINDOW = 60;

  private TagReferents() {}

  /** The people CoreNLP tags in the article's sentences, in text order (runs of PERSON tokens). */
  static List<Person> people(AnnotatedArticle annotated) {
    List<Person> out = new ArrayList<>();
    String text = annotated.article().text();
    for (Sentence s : annotated.sentences()) {
      int from = -1;
      int to = -1;
      for (Token t : s.tokens()) {
        if (t.isEntity("PERSON")) {
          if (from < 0) from = t.start();
          to = t.end();
        } else if (from >= 0) {
          out.add(new Person(from, to, text.substring(from, to)));
          from = -1;
        }
      }
      if (from >= 0) out.add(new Person(from, to, text.substring(from, to)));
    }
    return out;
  }

  /**
   * The person the tag after a quote refers back to, or null: {@code after} is the text right after the closing mark, {@code
   * open} the quote's opening mark in paragraph {@code k}; {@code people} those the page names ({@link #people}).
   */
  static Speaker of(Article article, List<Person> people, int k, int open, String after) {
    if (people.isEmpty()) return null;
    String head = null;
    if (!PRONOUN.matcher(after).lookingAt()) {
      Matcher t = TITLE.matcher(after);
      if (!t.lookingAt() || !ApposedTitles.titleAlone(Character.toUpperCase(t.group(1).charAt(0)) + t.group(1).substring(1))) return null;
      head = t.group(1);
    }
    int until = article.paragraphs().get(k).start() + Math.max(0, open);
    int from = article.paragraphs().get(Math.max(0, k - REACH)).start();
    String text = article.text();
    for (int i = people.size() - 1; i >= 0; i--) {
      Person p = people.get(i);
      if (p.end() > until) continue;
      if (p.start() < from) break;
      if (!AttributionFinder.isPersonName(p.name())) continue;
      if (head != null) {
        String near = text.substring(Math.max(0, p.start() - TITLE_WINDOW), p.start()).toLowerCase(Locale.ROOT);
        if (!Regexes.get("\\b" + Pattern.quote(head) + "\\b").matcher(near).find()) continue;
      }
      return new Speaker(p.name(), null, null);
    }
    return null;
  }
}
