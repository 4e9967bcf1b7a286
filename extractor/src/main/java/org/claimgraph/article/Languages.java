package org.claimgraph.article;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Identifies an article's language from its text with the optimaize language detector (n-gram
 * profiles of 70 languages, offline; the detector Apache Tika uses). The text decides when it is
 * long enough and the detector sure enough; otherwise the page's declared {@code lang} stands.
 *
 * <pre>{@code
 * Languages.identify("Le gouvernement chinois a annoncé …", "en")  // Guess[language=fr, source=detected]
 * Languages.identify("Short.", "en")                              // Guess[language=en, source=declared]
 * }</pre>
 */
public final class Languages {

  /** Fewer letters than this are too few to detect reliably; the declaration stands. */
  static final int MIN_LETTERS = 120;
  /** The detector's probability above which its answer is taken. */
  static final double MIN_PROBABILITY = 0.80;
  /** Text sampled from the article (the detector's accuracy saturates long before). */
  private static final int SAMPLE_CHARS = 4000;
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

  /** Loaded on first use: reading the 70 profiles takes about a second. */
  private static final class Holder {
    static final LanguageDetector DETECTOR;

    static {
      try {
        DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the language profiles", e);
      }
    }
  }

  /**
   * A language and where it came from.
   *
   * @param language ISO 639-1 code such as {@code en}, or null if unknown
   * @param source   {@code detected}, {@code declared}, or null if unknown
   */
  public record Guess(String language, String source) {}

  private Languages() {}

  /** The language of {@code text}, falling back to {@code declared} (may be null). */
  public static Guess identify(String text, String declared) {
    String detected = detect(text);
    if (detected != null) return new Guess(detected, "detected");
    return declared != null ? new Guess(declared, "declared") : new Guess(null, null);
  }

  /** The language the detector is sure of, or null when the text is short or mixed. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (LETTER.matcher(sample).results().limit(MIN_LETTERS).count() < MIN_LETTERS) return null;
    List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(TEXT.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) return null;
    return found.get(0).getLocale().getLanguage();
  }

  /** Whether figures are extracted from {@code article}: English, or of unknown language. */
  public static boolean isEnglishOrUnknown(Article article) {
    return article.language() == null || article.language().equals("en");
  }
}
