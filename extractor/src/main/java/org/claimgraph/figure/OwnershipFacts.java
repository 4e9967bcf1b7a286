package org.claimgraph.figure;

import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A sentence that states who owns or runs an asset (credit30c; devset/GUIDELINES.md: a credit covers the figures of its sentence
 * and a data story's later paragraphs about the same data, and stops at background). "The Samruk-Kazyna State Fund owns 81.2% of
 * Kazatomprom shares" after the Energy Ministry's output plan (londondaily), "Rio Tinto operates and controls Oyu Tolgoi through
 * its majority stake in Turquoise Hill Resources, which owns 66 percent of Oyu Tolgoi" (upi), "The group operates open-pit mine
 * Aktogay …, three mines" after the company's report (kursiv): a company's standing holdings are background the writer adds, no
 * datum of the source credited before, so their figures take no carried credit (a credit in their own sentence still counts).
 * The phrases are those of {@code ownership-phrases.tsv}.
 */
final class OwnershipFacts {

  private static final Pattern PHRASE =
      Pattern.compile("(?i)\\b(?:" + Tsv.literalAlternation(Tsv.read("ownership-phrases.tsv"), "phrase") + ")\\b");

  private OwnershipFacts() {}

  /** Whether {@code sentence} states who owns or runs an asset. */
  static boolean states(String sentence) {
    return sentence != null && PHRASE.matcher(sentence).find();
  }
}
