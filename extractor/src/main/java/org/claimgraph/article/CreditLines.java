package org.claimgraph.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * A line of its own that credits a whole story to the outlet or source it came from, in the forms republishers write
 * under or over a story (the "Source: …" line and the wire's "… with additional editing by" are {@link FurnitureFilter}'s
 * and the credit resolver's older forms):
 *
 * <pre>
 * "- Mining Weekly", "– Bloomberg", "{Bloomberg}"                     → closing only: the story's last line
 * "Attribution: Reuters", "Reference: CNN Brasil"                    → anywhere
 * "This post was sourced from IHS Maritime 360: View the original …"  → anywhere
 * "This article was retrieved from Argus Metals", "Originally published on EV Obsession."
 * "Article by Josh Zimmerman courtesy of the West Australian."
 * "Copyright Reuters, 2015", "Copyright Agence France-Presse, 2012"  → only a news outlet's ({@link #needsOutlet}):
 *                                                                       a site's own notice credits nobody
 * </pre>
 *
 * The reader keeps such a line where it would drop a trailing label; the credit resolver makes it the article's credit,
 * which covers the figures no sentence credits (GUIDELINES attribution rule 3).
 */
public final class CreditLines {

  /** A name: capitalized words ("IHS Maritime 360", "Agence France-Presse", "Minormetals.com", "the West Australian"). */
  private static final String NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:(?:of|and|de|do|da|&)\\s+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*){0,5})";

  /**
   * "- Mining Weekly", "– Bloomberg", "{Bloomberg}": a name signed under the story; not a press release's "-Ends-" nor a
   * label between dashes ("-Advertisement-").
   */
  private static final Pattern SIGNED = Pattern.compile("^(?:[-–—]{1,2}\\s*" + NAME + "(?<!-)|\\{\\s*" + NAME + "\\s*\\})$");
  /** "Attribution: Reuters", "Reference: CNN Brasil"; not "Credit:" or "Courtesy:", which as often credit a photo. */
  private static final Pattern LABELLED = Pattern.compile("(?i)^(?:attribution|references?)\\s*:\\s*(?-i)" + NAME + "\\.?$");
  /**
   * "This post was sourced from IHS Maritime 360: View the original article here.", "This article was retrieved from Argus
   * Metals", "This article was originally published on X.", "Originally published on EV Obsession.", "Article by Josh
   * Zimmerman courtesy of the West Australian.", "Republished with permission from X", "Read the full story by NineMSN".
   */
  private static final Pattern TOLD = Pattern.compile("(?i)^(?:(?:this|the)\\s+(?:post|article|story|report|piece)\\s+(?:was|is|has\\s+been)\\s+"
      + "(?:(?:originally|first)\\s+)?(?:sourced|retrieved|taken|republished|reproduced|reprinted|syndicated|adapted|published|posted)"
      + "(?:\\s+with\\s+permission)?\\s+(?:from|on|in|by)"
      + "|(?:originally|first)\\s+(?:published|posted|appeared)\\s+(?:on|in|by|at)"
      + "|(?:republished|reprinted|reproduced)\\s+(?:with\\s+permission\\s+)?(?:from|courtesy\\s+of)"
      + "|read\\s+(?:the\\s+)?(?:full|original|complete)\\s+(?:story|article)\\s+(?:by|at|on|from)"
      + "|(?:article|story)\\s+(?:by\\s+[^.:]{2,60}?\\s+)?courtesy\\s+of)\\s+(?-i)" + NAME + "(?:\\s*[:(–—-].*|\\.)?$");
  /** "Copyright Reuters, 2015", "Copyright © Agence France-Presse 2012", "© Reuters 2015". */
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright\\s*(?:©|\\(c\\))?|©)\\s*(?-i)" + NAME + ",?\\s*(?:\\d{4})?\\.?$");

  private CreditLines() {}

  /** Whom the line credits the story to, as written, or null when it is no credit line. */
  public static String source(String line, boolean last) {
    String t = line.strip();
    if (t.length() > 160) return null;
    for (Pattern p : List.of(LABELLED, TOLD, COPYRIGHT)) {
      Matcher m = p.matcher(t);
      if (m.matches()) return name(m);
    }
    Matcher m = SIGNED.matcher(t);
    return last && m.matches() ? name(m) : null;
  }

  /** Whether the line credits its story only when the name is a news outlet's: a copyright notice. */
  public static boolean needsOutlet(String line) {
    return COPYRIGHT.matcher(line.strip()).matches();
  }

  /** Whether a line the reader would drop as a trailing label is a credit line to keep. */
  static boolean isCreditLine(String line) {
    return source(line, true) != null;
  }

  private static String name(Matcher m) {
    // "courtesy of the West Australian.": the name's characters take the closing stop too.
    for (int g = m.groupCount(); g >= 1; g--) if (m.group(g) != null) return Regexes.replaceFirst(m.group(g).strip(), "\\.+$", "");
    return null;
  }
}
