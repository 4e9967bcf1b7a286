package org.claimgraph.story;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which outlets an article credits for its story and which wire service it carries, read from the
 * text: "according to a Reuters report", "according to a report by Bloomberg", "(source: Reuters)",
 * "Reuters cited …", "Bloomberg reported"; a wire copy shows its agency in the dateline
 * ("BEIJING (Reuters) -", "(Bloomberg) --"), a reporting line ("Reporting by Amy Lv") or a
 * copyright line ("© 2025 Thomson/Reuters").
 *
 * <pre>{@code
 * Credits.outlets("The figures, according to a Reuters report, …"); // ["reuters"]
 * Credits.wire("BEIJING (Reuters) - Rare earth exports …");        // "reuters"
 * }</pre>
 */
public final class Credits {
  private Credits() {}

  /** Outlets that carry wire stories under their own name. */
  static final Set<String> AGENCIES = Set.of("reuters", "bloomberg", "xinhua", "ap", "afp", "wam", "dpa", "kyodo",
      "yonhap", "tass", "ani", "pti", "bernama", "anadolu");

  /** Up to four capitalized words on one line ("Reuters", "Global Times"; not "September.\n\nReuters"). */
  private static final String NAME = "((?:[A-Z][\\w&.'’-]*)(?:[ \\u00a0]+[A-Z][\\w&.'’-]*){0,3})";
  private static final Pattern[] CREDIT = {
      Pattern.compile("[Aa]ccording to (?:an? |the )?(?:new |latest |official |recent |fresh )?(?:report(?:s|ing)? (?:by|from|in) |article (?:by|in) )?" + NAME
          + "(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?(?:report|article|analysis|story|data|figures|statistics|news)\\b"),
      Pattern.compile("[Aa]ccording to (?:an? |the )?report(?:s|ing)? (?:by|from|in) " + NAME),
      Pattern.compile("[Aa]ccording to " + NAME + "(?=[,.;)]|$)"),
      Pattern.compile("\\((?:[Ss]ource|[Vv]ia)s?:?\\s*" + NAME + "\\)"),
      // A sources line at the end of an article: "Additional Sources: Reuters, Africa News".
      Pattern.compile("(?m)^\\s*(?:[Aa]dditional )?[Ss]ources?:[ \\u00a0]*" + NAME + "(?=[,.;]|$)"),
      Pattern.compile("(?:^|[.;,]\\s+|\\s)" + NAME + " (?:reported|cited|said in a report|first reported)"),
      Pattern.compile("(?:[Rr]eported|[Cc]ited) by " + NAME),
  };
  private static final Pattern DATELINE = Pattern.compile("\\((Reuters|Bloomberg|Xinhua|AP|AFP|WAM|dpa|Kyodo|Yonhap|ANI|PTI|Bernama)\\)\\s*[-–—]");
  /** The lead of a wire story: "data from the General Administration of Customs showed on Monday". */
  private static final Pattern WIRE_LEAD = Pattern.compile(
      "\\b(?:data|figures|statistics)(?: from [^.]{1,80}?)? showed on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern THOMSON = Pattern.compile("Thomson\\s*/?\\s*Reuters|\\(Reporting by [^)]*(?:Editing by|editing by)");

  /** The outlets an article credits, lower-case, as written ("reuters", "bloomberg", "eurostat"). */
  public static Set<String> outlets(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Pattern p : CREDIT) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = m.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("[.'’-]+$", "");
        if (!name.isBlank() && !name.equals("the") && !name.equals("data")) out.add(name);
      }
    }
    return out;
  }

  /**
   * The wire agency an article carries, lower-case; "wire" for a wire story's lead without a named
   * agency ("customs data showed on Monday", a copy whose credit was dropped); or null.
   */
  public static String wire(String text) {
    Matcher m = DATELINE.matcher(text);
    if (m.find()) return m.group(1).toLowerCase(Locale.ROOT);
    if (THOMSON.matcher(text).find()) return "reuters";
    if (WIRE_LEAD.matcher(text).find()) return "wire";
    return null;
  }

  /** Whether a credit names an outlet: a word of the credit (not a generic one) is a word of the outlet's name. */
  public static boolean names(String credit, String outlet) {
    if (credit == null || outlet == null) return false;
    Set<String> words = words(outlet);
    for (String w : words(credit)) if (words.contains(w)) return true;
    return false;
  }

  private static final Set<String> GENERIC = Set.of("the", "news", "daily", "times", "post", "global", "group", "report",
      "media", "online", "network", "magazine", "com", "www", "energy", "mining", "china", "world", "of", "and", "data",
      "general", "administration", "customs", "association", "office");

  /** The distinctive words of an outlet's name ("BNN Bloomberg" → bnn, bloomberg); none for null. */
  static Set<String> words(String s) {
    if (s == null) return new LinkedHashSet<>();
    Set<String> out = new LinkedHashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 1 && !GENERIC.contains(w)) out.add(w);
    return out;
  }
}
