package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.lexicon.Regexes;

/**
 * Annotates an article's clean text with the shared CoreNLP pipeline. Paragraphs are separated by
 * a blank line, so no sentence crosses a paragraph (a heading without a full stop stays a
 * sentence of its own). Offsets point into {@link Article#text()}.
 *
 * <p>Thread-safe: annotate several articles at once from several threads.
 */
public final class Annotator {

  private static final java.util.regex.Pattern UNIT_WITH_STOP = java.util.regex.Pattern.compile(
      "(?i)(mt|t|kt|kg|lbs?|oz|tons|tonnes|units|bn|mn|yuan|yen|dollars|euros|pct|percent)\\.");

  private final StanfordCoreNLP pipeline;

  /** An annotator on the JVM's shared pipeline. */
  public Annotator() {
    this(Pipelines.shared());
  }

  public Annotator(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    if (article.date() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) continue;
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        int b = l.beginPosition();
        int e = l.endPosition();
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(new Token(tokens.size(), text.substring(b, e), b, e, ner));
      }
      for (List<Token> part : splitAfterUnitAbbreviations(splitRunTogether(tokens, text))) {
        int start = part.get(0).start();
        int end = part.get(part.size() - 1).end();
        List<Token> renumbered = new ArrayList<>(part.size());
        for (Token t : part) {
          renumbered.add(new Token(renumbered.size(), t.word(), t.start(), t.end(), t.ner()));
        }
        sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end), renumbered));
      }
    }
    return new AnnotatedArticle(article, sentences);
  }

  /**
   * A word of two or more lower-case letters, capitalized or not ("controls.Data", "Japan.The"), its stop, and a
   * capitalized word; not a title before a name ("Mrs.Smith", "Gov.Newsom"), nor a site's name whose ending is a
   * capitalized top-level or news word ("Today.Az", "Dropbox.Tech").
   */
  private static final java.util.regex.Pattern RUN_TOGETHER = java.util.regex.Pattern.compile(
      "(?!(?:Mrs|Mme|Mlle|Messrs|Gen|Sen|Rep|Gov|Prof|Capt|Col|Sgt|Hon|Rev|Fig|Vol)[.])"
          + "(\\p{Lu}?\\p{Ll}{2,})([.!?])(?!(?:Az|Com|Net|Org|Info|Io|Ai|Co|Tech|News)$)(\\p{Lu}\\p{Ll}+)");

  /**
   * "…restrictions under export controls.Data released on Monday showed …", "…including the United States and
   * Japan.The electric vehicles …": a full stop with no space between a word ending in lower case and a capitalized
   * one, which CoreNLP keeps in one token ("controls.Data"), is split into the word, the stop and the next word, and
   * {@link #splitAfterUnitAbbreviations} ends the sentence at that stop. Offsets stay those of the text.
   */
  static List<Token> splitRunTogether(List<Token> tokens, String text) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      java.util.regex.Matcher m = RUN_TOGETHER.matcher(t.word());
      if (!m.matches()) {
        out.add(t);
        continue;
      }
      int b = t.start();
      int stop = b + m.end(1);
      out.add(new Token(0, text.substring(b, stop), b, stop, t.ner()));
      out.add(new Token(0, text.substring(stop, stop + 1), stop, stop + 1, "O"));
      out.add(new Token(0, text.substring(stop + 1, t.end()), stop + 1, t.end(), t.ner()));
    }
    return out;
  }

  /**
   * CoreNLP reads "to 4,958 mt. July exports …" as one sentence, taking "mt." for an
   * abbreviation. A unit abbreviation with a full stop, after a number and before a capitalized
   * word, ends the sentence.
   */
  static List<List<Token>> splitAfterUnitAbbreviations(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = tokens.get(i + 1);
      boolean unitWithStop = UNIT_WITH_STOP.matcher(t.word()).matches();
      boolean afterNumber = Character.isDigit(tokens.get(i - 1).word().charAt(tokens.get(i - 1).word().length() - 1));
      boolean runTogether = Regexes.matches(t.word(), "[.!?]") && t.start() == tokens.get(i - 1).end() && next.start() == t.end()
          && Character.isLowerCase(tokens.get(i - 1).word().charAt(tokens.get(i - 1).word().length() - 1))
          && Character.isUpperCase(next.word().charAt(0));
      if (runTogether || unitWithStop && afterNumber && Character.isUpperCase(next.word().charAt(0)) && next.start() > t.end()) {
        parts.add(tokens.subList(from, i + 1));
        from = i + 1;
      }
    }
    parts.add(tokens.subList(from, tokens.size()));
    return parts;
  }
}
