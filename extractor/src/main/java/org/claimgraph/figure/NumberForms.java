package org.claimgraph.figure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Regexes;

/**
 * Quantities written without plain digits: multiplicatives, fractions, "a" before a span, shares
 * "one in five", clock times, fractions of a unit. Each pass adds what it finds to the digit
 * quantities of a sentence, replacing or skipping those it overlaps.
 *
 * <pre>
 * "Imports more than doubled"             → 2 factor, qualifier "more than"
 * "nearly half of the ore", "a third of"  → 50 percent; 33.33 percent
 * "half a million people"                 → 500000 person
 * "in a single month", "for a year"       → 1 month; 1 year
 * "one in five", "1 in 35"                → 20 percent; 2.86 percent
 * "2:00:35"                               → 7235 second
 * "the top spot (9/10)"                   → 9 point
 * "under 1/4 mile", "5+1⁄2 hours"         → 0.25 mile; 5.5 hour
 * </pre>
 */
final class NumberForms {

  /** The words of multiplying (factor-words.tsv): each form's value, and the forms of each use. */
  private static final Map<String, Double> FACTOR_VALUES = new HashMap<>();
  private static final Map<String, Set<String>> FACTOR_USES = new HashMap<>();
  static {
    for (var row : Tsv.read("factor-words.tsv")) {
      FACTOR_VALUES.put(row.get("form"), Double.valueOf(row.get("value")));
      FACTOR_USES.computeIfAbsent(row.get("use"), u -> new HashSet<>()).add(row.get("form"));
    }
  }
  private static final List<String> FACTOR_FIRSTS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("more than", "nearly", "almost", "over", "about", "roughly", "less than"), FACTOR_VALUES.keySet().stream()).toList();
  static final Pattern FACTOR_VERB = Pattern.compile(
      // The first letters of the qualifiers and forms, tested before the look-behind (Regexes.firstOf: the same matches).
      "(?i)" + org.claimgraph.lexicon.Regexes.firstOf(FACTOR_FIRSTS) + "(?<![\\p{L}])(?:(more than|nearly|almost|over|about|roughly|less than) )?("
          + String.join("|", FACTOR_VALUES.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList())
          + ")(?![\\p{L}])");
  /** Before a base form used as a verb: "is expected to quadruple", "will halve", "set to more than double" (the qualifier is the match's). */
  private static final Pattern VERB_BEFORE = Pattern.compile(
      "(?i)\\b(?:to|will|would|could|can|may|might|should|shall|must)\\s+(?:\\p{L}+ly\\s+)?$");
  /** After a verb of multiplying: when, by how much, what ("to double in 2024", "to halve the cost", "to triple by the end"), not "double counting". */
  private static final Pattern VERB_AFTER = Pattern.compile(
      "(?i)^(?:\\s+\\p{L}+ly\\b)?(?:\\s*(?:[,.;:)]|$)|\\s+(?:in|by|to|from|over|within|between|during|before|after|again|every|each|next"
          + "|on|at|until|through|this|that|these|those|its|their|his|her|our|the|a|an)\\b)");
  /** Before a present "-s" form that is a plural noun, not a verb: "both halves", "the first halves", "mixed doubles". */
  private static final Pattern NOUN_BEFORE = Pattern.compile(
      "(?i)\\b(?:the|two|both|first|second|three|four|in|into|of|and|mixed|men['’]s|women['’]s)\\s+$");
  /** After a present form: its object ("halves the subsidy", "more than doubles March volumes"). */
  private static final Pattern OBJECT_AFTER = Pattern.compile(
      "^\\s+(?:(?i:the|its|their|his|her|our|this|that|these|those|a|an)\\b|\\p{Lu}|\\p{N}|[$€£¥₹])");
  /** A multiplier written as one word: "a thirteenfold increase", "a sevenfold rise" (the stem a number word). */
  private static final Pattern FOLD_WORD = Pattern.compile("(?i)(?<![\\p{L}-])(\\p{L}+)fold(?![\\p{L}])");
  /** "double the amount", "more than double", "twice as many": multiplicatives used as numbers. */
  private static final Pattern FACTOR_NOUN_CONTEXT = Pattern.compile(
      "(?i)^\\s+(?:the|that|as|its|their|what|from|to|over|since|this|last)\\b");
  /**
   * After a fraction of people or things, what makes it the subject of its clause or restates it (value9): "two-thirds said",
   * "three-quarters had range anxiety", "one quarter said", "about a quarter now", "Nearly three-quarters (72 percent) would
   * recommend", "nearly half or 45.55 percent".
   */
  private static final String FRACTION_SUBJECT =
      " (?:said|say|says|had|have|has|would|will|could|did|do|does|want|wanted|agreed|agree|believe|believed|think|thought|now|or)\\b| \\(";
  private static final Pattern FRACTION_SUBJECT_AFTER = Pattern.compile(FRACTION_SUBJECT);
  /**
   * After a fraction, the level it is a multiple of: "one fourth the level", "half the normal rate", "a third that of",
   * "only one-fourth of last year's level".
   */
  private static final Pattern LEVEL_AFTER = Pattern.compile(
      "(?i) (?:the (?:[\\p{Ll}-]+ )?(?:levels?|prices?|costs?|rates?|size|amount|value|peak|figure|average)|that of"
          + "|of [^.;,]{0,25}?['’]s (?:[\\p{Ll}-]+ )?(?:levels?|peak|average|high))\\b");
  /** Before "three quarters" of a year: "the first three quarters", "the past three quarters". */
  private static final Pattern SPAN_WORD_BEFORE = Pattern.compile(
      "(?i)\\b(?:first|last|past|next|previous|recent|consecutive|straight|the|its|those|these)\\s+$");
  /** After "three quarters": "of the year", "of 2024", "of fiscal 2025", "of this year". */
  private static final Pattern YEAR_AFTER = Pattern.compile(
      "(?i) of (?:the |this |last |next |its |their )?(?:(?:fiscal|financial|calendar) )?(?:year|(?:19|20)\\d\\d|fiscal|FY)");
  /** "in a quarter said to be …": a span of time, not a fraction, before the words above. */
  private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:in|per|each|every|within|during)\\s+$");
  /** A fraction of a whole: "a third of", "half of", "two-thirds of", "nearly half the". */
  private static final Pattern FRACTION = Pattern.compile(
      // "(?=a |one[- ]|…)": how the alternatives start, tested before the look-behind (the same matches, at less cost).
      "(?i)(?=a |one[- ]|two[- ]|three[- ]|half)(?<![\\p{L}-])(a third|a quarter|a half|a fifth|a tenth|one-fifth|one fifth|a fourth|one-fourth|one fourth|one-third|one third|one-quarter|one quarter|one-half|two-thirds|two thirds"
          + "|three-quarters|three quarters|three-fourths|three fourths|(?<!(?:first|second|the|and a|nearing|than a) )(?<![\\p{L}-])half)"
          + "(?= (?:of|the|its|their|all|in|a|are|were|is|was|\\p{N})\\b|,|\\.|" + FRACTION_SUBJECT + ")");
  /**
   * "in a single month", "for a year", "at least an hour": "a" is the number 1 before a time unit. (The look-ahead for how every
   * alternative starts, "a", "an" or "one" and the space after it, lets most positions fail before the dear look-behind.)
   */
  private static final Pattern ONE_SPAN = Pattern.compile(
      "(?i)(?=(?:an?|one)\\s)(?:(?<=\\b(?:in|for|within|during|at least|over|than|about|around|nearly|almost|roughly|under|up to|past) )"
          + "(?:a|an|a single|one|a whole|a full)|^(?:a single|one))\\s+(year|month|week|day|hour|minute|second|megawatt|gigawatt|metric ton|tonne|ton)"
          + "(?![\\p{L}-])(?!\\s+(?:ago|earlier|later|after|before|or two|straight|consecutive|successive|time|round)\\b)");
  /** A rating out of ten (or five, or a hundred) in brackets: "claiming the top spot (9/10)", "WA (7/10)". */
  private static final Pattern RATING = Pattern.compile("(?=\\d)(?<=\\(\\s?)(\\d{1,2}(?:\\.\\d)?)\\s?/\\s?(10|5|100)(?=\\s?\\))");
  /** "half a billion dollars", "half a million people". */
  private static final Pattern HALF_SCALE = Pattern.compile(
      "(?i)(?=[aht])(?<![\\p{L}])(half|a quarter of|a third of|three[- ]quarters of) an? (million|billion|trillion)"
          + "(?: (dollars|euros|pounds|yuan|yen|tonnes|tons|barrels))?(?![\\p{L}])");
  /** "one in five", "one out of three", "1 in 35": a share. */
  private static final Pattern ONE_IN = Pattern.compile(
      "(?i)(?=[oft1-9])(?<![\\p{L}\\p{N}.,])(one|two|three|four|[1-9])\\s+(?:in|out\\s+of)\\s+(\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred|a thousand)(?![\\p{L}\\p{N}])");
  private static final Pattern EXACT_SHARE_AFTER = Pattern.compile(
      "(?i)^[^.;%()]{0,40}\\(\\s*\\d[\\d.]*\\s?(?:%|per\\s?cent|percent)\\s*\\)");
  /** "1/4 mile", "5+1⁄2 hours": a fraction (with a whole part) before a unit; not "2/15/2013". */
  private static final Pattern UNIT_FRACTION = Pattern.compile("(?=\\d)(?<![\\d/⁄.,-])(?:(\\d{1,3})\\+)?(\\d{1,2})\\s?[/⁄](\\d{1,2})(?![\\d/⁄])");
  /** Race times in clock notation: "2:00:35", "1:59:40.2". */
  private static final Pattern CLOCK = Pattern.compile("(?=\\d)(?<![\\d:])(\\d{1,2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)(?![\\d:])");

  /** "two-and-a-half", "one and a half", "2 and a half". */
  private static final Pattern AND_A_HALF = Pattern.compile(
      "(?i)(?=[efnost\\d])(?<![\\p{L}\\p{N}-])(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})[- ]and[- ]a[- ]half(?![\\p{L}-])");
  private static final Pattern TIMES_AFTER = Pattern.compile("(?i)^[\\s-]+(?:times|fold)(?![\\p{L}])");

  private final Lexicon lexicon;
  private final UnitForms units;

  NumberForms(Lexicon lexicon, UnitForms units) {
    this.lexicon = lexicon;
    this.units = units;
  }

  private static boolean uses(String form, String use) {
    return FACTOR_USES.getOrDefault(use, Set.of()).contains(form);
  }

  /**
   * Whether a base or present form of multiplying is used as a verb: after "to" or a modal and before when, by how much or
   * what ("is expected to quadruple from", "will halve to"), or, a present "-s" form, before its object ("halves the subsidy").
   */
  private static boolean isVerb(String form, String before, String after) {
    if (VERB_BEFORE.matcher(before).find() && VERB_AFTER.matcher(after).lookingAt()) return true;
    return form.endsWith("s") && !NOUN_BEFORE.matcher(before).find() && OBJECT_AFTER.matcher(after).lookingAt();
  }

  /** Adds to {@code out} (the digit quantities of {@code sentence}, at article offset {@code base}) the other forms. */
  void addTo(List<Quantity> out, String sentence, int base) {
    Matcher f = FACTOR_VERB.matcher(sentence);
    while (f.find()) {
      String verb = f.group(2).toLowerCase(Locale.ROOT);
      if (overlaps(out, base + f.start(2), base + f.end(2))) continue;
      String rest = sentence.substring(f.end());
      if (!uses(verb, "changed") && !(uses(verb, "verb") && isVerb(verb, sentence.substring(0, f.start()), rest))) {
        // "double the amount", "more than double", "twice as many" are figures; "a double bed", "twice a day" are not.
        if (!uses(verb, "multiple") || !(f.group(1) != null || FACTOR_NOUN_CONTEXT.matcher(rest).find())) {
          // "broke the record twice in two days": a number of times, not a factor
          if (verb.equals("twice") && !Regexes.matches(rest, "(?i)^\\s+(?:a|an|per|each)\\b.*")) {
            out.add(new Quantity(2, null, "count", null, '\0', base + f.start(2), base + f.end(2)));
          }
          continue;
        }
      }
      double v = FACTOR_VALUES.get(verb);
      out.add(new Quantity(v, null, "factor", f.group(1) == null ? null : f.group(1).toLowerCase(Locale.ROOT), '\0',
          base + f.start(), base + f.end()));
    }
    Matcher fold = FOLD_WORD.matcher(sentence);
    while (fold.find()) {
      // "a thirteenfold increase": the stem is the factor ("threefold" as "three times")
      Double v = lexicon.numberWord(fold.group(1).toLowerCase(Locale.ROOT));
      if (v == null || v < 2 || v != Math.floor(v) || overlaps(out, base + fold.start(), base + fold.end())) continue;
      int start = fold.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(v, null, "factor", qualifier, '\0', base + start, base + fold.end()));
    }
    Matcher fr = FRACTION.matcher(sentence);
    while (fr.find()) {
      String after = sentence.substring(fr.end());
      // "less than one fourth the level at the highest point", "half the normal rate": a multiple of a level, no share
      if (LEVEL_AFTER.matcher(after).lookingAt()) continue;
      if (isQuartersOfAWhole(out, sentence, base, fr)) {
        out.removeIf(q -> q.unit().equals("quarter") && q.start() < base + fr.end() && base + fr.start() < q.end());
      }
      if (overlaps(out, base + fr.start(), base + fr.end())) continue;
      if (SPAN_BEFORE.matcher(sentence.substring(0, fr.start())).find()
          && FRACTION_SUBJECT_AFTER.matcher(sentence.substring(fr.end())).lookingAt()) continue;
      String w = Regexes.replaceFirst(fr.group(1).toLowerCase(Locale.ROOT).replace(' ', '-'), "^(a|one)-", "a ");
      Double v = lexicon.numberWord(w.replace("a-", "a "));
      if (v == null) v = lexicon.numberWord(fr.group(1).toLowerCase(Locale.ROOT));
      if (v == null) continue;
      int start = fr.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(QuantityFinder.round(v * 100), null, "percent", qualifier, '\0', base + start, base + fr.end()));
    }
    Matcher halfScale = HALF_SCALE.matcher(sentence);
    while (halfScale.find()) {
      // "half a million people", "almost a quarter of a million (249,575)": a fraction of a scale word is a number
      out.removeIf(q -> q.start() < base + halfScale.end() && base + halfScale.start() < q.end());
      String fraction = halfScale.group(1).toLowerCase(Locale.ROOT);
      double part = fraction.startsWith("half") ? 0.5 : fraction.startsWith("a quarter") ? 0.25 : fraction.startsWith("a third") ? 1 / 3.0 : 0.75;
      Lexicon.Unit lu = halfScale.group(3) == null ? null : lexicon.unit(halfScale.group(3));
      int start = halfScale.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      int[] span = new int[1];
      String noun = lu == null ? CountedNouns.get().after(lexicon, sentence.substring(halfScale.end(2)), span, false) : null; // "half a million people"
      int end = lu != null ? halfScale.end() : noun != null ? halfScale.end(2) + span[0] : halfScale.end(2);
      out.add(new Quantity(QuantityFinder.round(part * lexicon.scale(halfScale.group(2).toLowerCase(Locale.ROOT))), null,
          lu != null ? lu.unit() : noun != null ? noun : "count", qualifier, '\0', base + start, base + end));
    }
    Matcher one = ONE_SPAN.matcher(sentence);
    while (one.find()) {
      if (overlaps(out, base + one.start(), base + one.end())) continue;
      Lexicon.Unit lu = lexicon.unit(one.group(1).toLowerCase(Locale.ROOT));
      if (lu == null) continue;
      int start = one.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(1, null, lu.unit(), qualifier, '\0', base + start, base + one.end()));
    }
    Matcher in = ONE_IN.matcher(sentence);
    while (in.find()) {
      Double of = Regexes.matches(in.group(2), "\\d+") ? Double.valueOf(in.group(2)) : lexicon.numberWord(Regexes.replaceFirst(in.group(2), "^a ", ""));
      if (of == null || of < 2 || of > 1000) continue; // not "6 in 2014"
      out.removeIf(q -> q.start() < base + in.end() && base + in.start() < q.end());
      int start = in.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      double part = Regexes.matches(in.group(1), "\\d") ? Double.parseDouble(in.group(1)) : lexicon.numberWord(in.group(1));
      if (part >= of) continue;
      // "almost four in 10 (37.8%) new cars": the exact share in brackets is the figure, the ratio its rounding
      if (EXACT_SHARE_AFTER.matcher(sentence.substring(in.end())).lookingAt()) continue;
      out.add(new Quantity(Math.round(10000 * part / of) / 100.0, null, "percent", qualifier, '\0', base + start, base + in.end()));
    }
    Matcher frac = UNIT_FRACTION.matcher(sentence);
    while (frac.find()) {
      // "under 1/4 mile", "finished in 5+1⁄2 hours": a fraction of a unit stays in that unit
      Matcher u = units.unitAfter.matcher(sentence.substring(frac.end()));
      if (!u.find() || !units.acceptUnit(u.group(), sentence.substring(frac.end()), null, sentence)) continue;
      Lexicon.Unit lu = lexicon.unit(units.formOf(u.group()));
      double den = Double.parseDouble(frac.group(3));
      if (lu == null || den == 0) continue;
      double v = (frac.group(1) == null ? 0 : Double.parseDouble(frac.group(1))) + Double.parseDouble(frac.group(2)) / den;
      int end = frac.end() + u.end();
      out.removeIf(q -> q.start() < base + end && base + frac.start() < q.end());
      int start = frac.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(QuantityFinder.round(v * lu.multiplier()), null, lu.unit(), qualifier, '\0', base + start, base + end));
    }
    Matcher half = AND_A_HALF.matcher(sentence);
    while (half.find()) {
      // "two-and-a-half times the demand", "one and a half hours": the number and a half, in the unit after it
      Double whole = Regexes.matches(half.group(1), "\\d+") ? Double.valueOf(half.group(1)) : lexicon.numberWord(half.group(1));
      if (whole == null) continue;
      String after = sentence.substring(half.end());
      Matcher times = TIMES_AFTER.matcher(after);
      Matcher u = units.unitAfter.matcher(after);
      String unit;
      double factor = 1;
      int end;
      if (times.lookingAt()) {
        unit = "factor";
        end = half.end() + times.end();
      } else if (u.find() && units.acceptUnit(u.group(), after, null, sentence) && lexicon.unit(units.formOf(u.group())) != null) {
        Lexicon.Unit lu = lexicon.unit(units.formOf(u.group()));
        unit = lu.unit();
        factor = lu.multiplier();
        end = half.end() + u.end();
      } else {
        continue;
      }
      int stop = end;
      out.removeIf(q -> q.start() < base + stop && base + half.start() < q.end());
      int start = half.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(QuantityFinder.round((whole + 0.5) * factor), null, unit, qualifier, '\0', base + start, base + end));
    }
    Matcher rating = RATING.matcher(sentence);
    while (rating.find()) {
      double v = Double.parseDouble(rating.group(1));
      if (v > Double.parseDouble(rating.group(2))) continue;
      out.removeIf(q -> q.start() < base + rating.end() && base + rating.start() < q.end());
      out.add(new Quantity(v, null, "point", null, '\0', base + rating.start(), base + rating.end()));
    }
    Matcher clock = CLOCK.matcher(sentence);
    while (clock.find()) {
      out.removeIf(q -> q.start() < base + clock.end() && base + clock.start() < q.end());
      double seconds = Integer.parseInt(clock.group(1)) * 3600 + Integer.parseInt(clock.group(2)) * 60 + Double.parseDouble(clock.group(3));
      out.add(new Quantity(QuantityFinder.round(seconds), null, "second", null, '\0', base + clock.start(), base + clock.end()));
    }
  }

  /**
   * "more than three quarters (75.9%) of BEV registrations": the number finder read "three quarters" as a span of three
   * quarters; what follows names a whole, not a year ("the first three quarters of the year" stays a span).
   */
  private static boolean isQuartersOfAWhole(List<Quantity> qs, String sentence, int base, Matcher fr) {
    if (!fr.group(1).toLowerCase(Locale.ROOT).equals("three quarters")) return false;
    boolean readAsSpan = qs.stream().anyMatch(q -> q.unit().equals("quarter") && q.start() < base + fr.end() && base + fr.start() < q.end());
    return readAsSpan && !SPAN_WORD_BEFORE.matcher(sentence.substring(0, fr.start())).find()
        && !YEAR_AFTER.matcher(sentence.substring(fr.end())).lookingAt();
  }

  private static boolean overlaps(List<Quantity> qs, int start, int end) {
    for (Quantity q : qs) if (q.start() < end && start < q.end()) return true;
    return false;
  }

}
