package org.claimgraph.figure;

import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A year right before a car's make and model's name is the model year that names a product ("the average trade-in value for a
 * 2011 Nissan Leaf", "2022 Tesla Model 3 pricing starts at $23,498", "the 2023 Chevy Bolt EV"), as "the 2030 ban" names a
 * measure: not a period of the sentence's data, and no sign of when the text was written. The makes are in
 * {@code vehicle-makes.tsv}; the model's name starts with a capital or a digit ("Leaf", "Model 3", "i3" is not read), so a
 * make as the subject of a verb ("in 2023 Tesla delivered …") is not one, nor a year after a preposition ("In 2011 Nissan
 * Leaf sales …"), which is the sentence's own.
 */
final class ModelYears {

  private static final Pattern MAKE_AND_MODEL_AFTER = Pattern.compile(
      "^\\s+(?i:" + String.join("|", Tsv.read("vehicle-makes.tsv").stream().map(r -> Pattern.quote(r.get("make"))).toList())
          + ")\\s+[\\p{Lu}\\p{N}]");
  /** "In 2011 Nissan Leaf sales …", "during 2023 Tesla Model Y …": the year of the sentence, a preposition's object. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|during|since|by|for|of|from|to|until|through|between|over|throughout)\\s+$");

  private ModelYears() {}

  /** Whether the year between {@code before} and {@code after} (the sentence's text around it) is a model year. */
  static boolean named(String before, String after) {
    return MAKE_AND_MODEL_AFTER.matcher(after).find() && !PREPOSITION_BEFORE.matcher(before).find();
  }
}
