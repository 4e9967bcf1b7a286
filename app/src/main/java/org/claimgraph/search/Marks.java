package org.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/**
 * A snippet's words marked as Lucene's {@code Highlighter} with a {@code QueryScorer} of the search
 * marks them, from one analysis of the sentence instead of a {@code MemoryIndex} built per sentence:
 * a term of the query (any field, not under {@code NOT}) wherever its token occurs, a phrase's terms
 * where the phrase occurs, a word a prefix query starts. {@link #of} is null for a query with
 * anything else (sloppy phrases, wildcards, boosts, ranges ...): those snippets stay the Highlighter's.
 *
 * <pre>{@code
 * Marks m = Marks.of(SearchService.parse("rare \"wind turbines\""));
 * m.mark("Rare wind turbines & turbines.")  // "<mark>Rare</mark> <mark>wind</mark> <mark>turbines</mark> &amp; turbines."
 * }</pre>
 */
final class Marks {

  /** The Highlighter leaves text past this many characters unanalyzed (its default); such a sentence is left to it. */
  static final int MAX_CHARS = 50 * 1024;

  private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

  /** Terms marked wherever they occur (a plain term outranks the same term in a phrase, as in the QueryScorer). */
  private final Set<String> plain = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();
  private final List<String[]> phrases = new ArrayList<>();
  private final Set<String> phraseTerms = new HashSet<>();
  private final Analyzer analyzer;

  private Marks(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The marks of {@code query}'s terms, analyzing sentences with {@code analyzer}; null when the query is not of the kinds above. */
  static Marks of(Query query, Analyzer analyzer) {
    Marks m = new Marks(analyzer);
    if (!m.collect(query)) return null;
    m.phraseTerms.removeAll(m.plain);
    return m;
  }

  private boolean collect(Query q) {
    if (q instanceof BooleanQuery b) {
      for (BooleanClause c : b.clauses()) {
        if (!c.isProhibited() && !collect(c.getQuery())) return false;
      }
      return true;
    }
    if (q instanceof TermQuery t) {
      plain.add(t.getTerm().text());
      return true;
    }
    if (q instanceof PrefixQuery p) {
      prefixes.add(p.getPrefix().text());
      return true;
    }
    if (q instanceof PhraseQuery p && p.getSlop() == 0) {
      Term[] terms = p.getTerms();
      int[] at = p.getPositions();
      for (int i = 0; i < at.length; i++) if (at[i] != at[0] + i) return false; // a gap (a stop word) makes it sloppy
      if (terms.length == 1) {
        plain.add(terms[0].text()); // one word: a span of its own wherever it occurs
        return true;
      }
      String[] words = new String[terms.length];
      for (int i = 0; i < terms.length; i++) {
        words[i] = terms[i].text();
        phraseTerms.add(words[i]);
      }
      phrases.add(words);
      return true;
    }
    return false;
  }

  /** The sentence HTML-escaped with its query words between {@code <mark>} and {@code </mark>}; null for one too long. */
  String mark(String sentence) throws IOException {
    if (sentence.length() > MAX_CHARS) return null;
    List<int[]> tokens = new ArrayList<>(); // start, end, position
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, sentence)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        tokens.add(new int[] {offset.startOffset(), offset.endOffset(), position});
        terms.add(term.toString());
      }
      ts.end();
    }
    Set<Integer> inPhrase = phrases.isEmpty() ? Set.of() : phrasePositions(tokens, terms);
    StringBuilder out = new StringBuilder(sentence.length() + 32);
    int last = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int[] t = tokens.get(i);
      if (t[0] < last) return null; // overlapping tokens: grouped by the Highlighter, not here
      if (!marked(terms.get(i), t[2], inPhrase)) continue;
      out.append(ENCODER.encodeText(sentence.substring(last, t[0])));
      out.append("<mark>").append(ENCODER.encodeText(sentence.substring(t[0], t[1]))).append("</mark>");
      last = t[1];
    }
    return out.append(ENCODER.encodeText(sentence.substring(last))).toString();
  }

  private boolean marked(String term, int position, Set<Integer> inPhrase) {
    if (plain.contains(term)) return true;
    for (String p : prefixes) if (term.startsWith(p)) return true;
    return phraseTerms.contains(term) && inPhrase.contains(position);
  }

  /** The positions covered by an occurrence of one of the phrases (its words at consecutive positions). */
  private Set<Integer> phrasePositions(List<int[]> tokens, List<String> terms) {
    Map<Integer, String> at = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) at.put(tokens.get(i)[2], terms.get(i));
    Set<Integer> out = new HashSet<>();
    for (String[] words : phrases) {
      for (int i = 0; i < tokens.size(); i++) {
        int p = tokens.get(i)[2];
        int n = 0;
        while (n < words.length && words[n].equals(at.get(p + n))) n++;
        if (n == words.length) for (int k = 0; k < n; k++) out.add(p + k);
      }
    }
    return out;
  }
}
