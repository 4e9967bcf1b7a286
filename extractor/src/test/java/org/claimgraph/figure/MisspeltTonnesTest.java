package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** review26b #3: "tones" is a misspelt tonne only for a tonnage; a few tones are colours (sentences read alone). */
class MisspeltTonnesTest {

  private static boolean anyTonne(String sentence) {
    return Texts.figures(null, sentence).stream().anyMatch(f -> "tonne".equals(f.quantity().unit()));
  }

  @Test
  void aFewTonesAreColours() {
    assertTrue(!anyTonne("The Nexon EV is offered in five colours and two tones."));
    assertTrue(!anyTonne("The new model comes in 3 tones: red, black and silver."));
  }

  @Test
  void aTonnageWrittenTonesStays() {
    // pakistaneconomist.com (units26's WrittenUnitsTest sentence shape): "412 million tones".
    List<Figure> fs = Texts.figures(null, "The country produced 412 million tones of coal.");
    Texts.assertQuantity(fs, "412 million tones", "tonne", 412e6);
  }

  @Test
  void aSmallMassOfSomethingStays() {
    // dawn.com (fresh20 f20-m-08): a smelter's blister copper "containing 1.5 tones of gold and 2.8 tones of silver".
    List<Figure> fs = Texts.figures(null, "The smelter can annually produce 15,800 tones of blister copper containing 1.5 tones of gold "
        + "and 2.8 tones of silver.");
    Texts.assertQuantity(fs, "1.5 tones", "tonne", 1.5);
    Texts.assertQuantity(fs, "2.8 tones", "tonne", 2.8);
  }
}
