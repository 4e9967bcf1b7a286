package org.claimgraph.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A "Source: Getty Images" line credits a photo, not a story's figures (review26a): the names of image-libraries.tsv after a
 * "Source:"/"Sources:"/"Data:" label, with or without "/ a photographer" after them.
 */
public final class ImageCredits {

  private static final Set<String> LIBRARIES =
      Set.copyOf(Tsv.read("image-libraries.tsv").stream().map(r -> r.get("name").toLowerCase(Locale.ROOT)).toList());
  /** "Source: Getty Images", "(Source: Shutterstock/John Doe)", "Source: Getty Images via AFP". */
  private static final Pattern LABELLED = Pattern.compile("(?i)^\\(?\\s*(?:sources?|data)\\s*:\\s*([^/(),]+?)(?:\\s*(?:/|via\\s).*)?\\)?\\.?$");

  private ImageCredits() {}

  /** Whether {@code line} is a labelled credit line naming an image library. */
  public static boolean isImageCredit(String line) {
    Matcher m = LABELLED.matcher(line.strip());
    return m.matches() && isLibrary(m.group(1));
  }

  /** Whether {@code name}, as written, is an image library's. */
  public static boolean isLibrary(String name) {
    return name != null && LIBRARIES.contains(name.strip().toLowerCase(Locale.ROOT));
  }
}
