package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planned plant's output, capacity or capital in a sentence whose one time is when the plant is to start ("Terrafame's goal is
 * to start in 2020 a factory that produces approximately 150,000 tonnes of nickel sulfate … per year", "SMI also plans to build new
 * smelter, phase 3, with capacity of 300,000 tons per year and cost of US$820 million, targeted to operate in 2017", "First
 * production is targeted for late 2024, with an estimated pre-production capital of $120.8m"): the year dates the start, not the
 * amount, which has no period (GUIDELINES: capacities and plans' amounts without a year keep none). A target "by" a year is the
 * year it is to be reached ("Our goal of having 1,000 buses operational in Kenya by 2025"), and a capacity its own clause starts
 * in a year is that year's ("would have 30,000 metric tons of annual capacity starting in 2025"): left alone. The start words (role
 * {@code start}) and the words of an aim (role {@code aim}, besides the prospect words) are in {@code prospect-words.tsv}.
 */
final class PlannedStarts {

  /** A start word, then up to 40 characters in its clause, then "in", "for" or "from" and the time ("start in 2020", "targeted for late 2024"). */
  private static final Pattern START = Pattern.compile("(?i)\\b(?:" + UndatedProspects.words("start") + ")\\b[^.;]{0,40}?\\b(?:in|for|from)\\s+$");
  private static final Pattern AIM = Pattern.compile("(?i)\\b(?:" + UndatedProspects.words("aim") + ")\\b");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2013\u2014]|\\band\\b");

  private PlannedStarts() {}

  /**
   * Whether an amount ({@code kind}) ending at {@code re} in {@code sentence}, whose time expressions are {@code stated}, is a
   * plan's whose one time is the plan's start, told before the figure or in a clause after it, and so has no period.
   */
  static boolean undated(String sentence, int re, Kind kind, List<PeriodMention> stated) {
    if (kind != Kind.AMOUNT || stated == null) return false;
    List<PeriodMention> own = stated.stream().filter(p -> !p.basis()).toList();
    if (own.size() != 1) return false;
    // "in late 2025": the time as written may begin with its part of the year.
    String before = sentence.substring(0, own.get(0).start()).replaceFirst("(?i)(?:early|mid|late|the\\s+end\\s+of)[\\s-]+$", "");
    Matcher start = START.matcher(before);
    if (!start.find()) return false;
    // "30,000 metric tons of annual capacity starting in 2025": a start right after the figure, in its clause, dates it.
    if (start.start() >= re && !CLAUSE_BREAK.matcher(sentence.substring(re, start.start())).find()) return false;
    return UndatedProspects.prospect(sentence) || AIM.matcher(sentence).find();
  }
}
