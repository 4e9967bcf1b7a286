package org.claimgraph.figure;

/**
 * A number as stated, normalized: "1.243 million units" → 1243000 vehicle; "2-5 kg" → 2..5 kg;
 * "nearly 75%" → 75 percent, qualifier "nearly".
 *
 * @param value     the value (the lower end of a range); negative only when written negative ("-37C", "-0.3%")
 * @param valueMax  the upper end of a range, or null
 * @param unit      normalized unit: tonne, kg, percent, percentage-point, vehicle, count, factor, USD, CNY …
 * @param qualifier "nearly", "more than", "over" … as written, or null
 * @param signed    '+' or '-' when the number was written with a sign, else 0
 * @param start     offset of the quote's first character in the article text
 * @param end       offset after the quote's last character
 */
public record Quantity(double value, Double valueMax, String unit, String qualifier, char signed, int start, int end) {

  public Quantity {
    if (Double.isNaN(value) || Double.isInfinite(value)) throw new IllegalArgumentException("bad value " + value);
    if (unit == null || unit.isBlank()) throw new IllegalArgumentException("unit is required");
    if (end <= start) throw new IllegalArgumentException("empty quote range " + start + ".." + end);
  }

  public Quantity withUnit(String newUnit) {
    return new Quantity(value, valueMax, newUnit, qualifier, signed, start, end);
  }
}
