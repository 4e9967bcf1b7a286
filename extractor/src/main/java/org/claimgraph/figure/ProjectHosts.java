package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries a page places its projects and mines in: a project's figures are its host country's, whoever runs or buys
 * from it (devset/GUIDELINES.md, "Places": "mine output: the mine's country"; fresh23 call 28, "Company and project figures
 * take the host country": Ramu → PG; the Saindak pages of fresh20 → PK).
 *
 * <pre>
 * "The US$1.5 billion Ramu nickel cobalt mine, in Papua New Guinea, …"   → Ramu: PG (stated by the page)
 * "… expertise of Chinese copper processing companies like MCC … Saindak"  → Saindak: PK (mines.tsv)
 * </pre>
 *
 * A description "the project", "the mine", "The Ramu project" stands for the project it names, else the last project the page
 * named before it, not for the last country named (often the operator's or the buyer's: "exported to a Chinese customer. The
 * Ramu project, located 75km southwest of … Madang, contains … 143 million tonnes" is PG's). A name the page places in two
 * countries places nothing.
 */
final class ProjectHosts {

  /** One mention of a project of known host: where the page names it, its name, its country. */
  record Site(int start, String name, String country) {}

  static final ProjectHosts NONE = new ProjectHosts(List.of(), Map.of());

  /** A project's name as a whole word of the page: "Ramu" not in "Ramus"; compiled once per name and page, not per figure. */
  private record Named(String name, String country, Pattern word) {}

  private static final List<Map<String, String>> HEAD_ROWS = org.claimgraph.lexicon.Tsv.read("project-heads.tsv");
  /** What a host statement names: "mine", "project", "deposit" … (project-heads.tsv, plural too). */
  private static final String HEADS = "(?:" + String.join("|", HEAD_ROWS.stream().map(r -> Pattern.quote(r.get("noun")) + "s?").toList()) + ")";
  /**
   * "Ramu nickel cobalt mine, in ", "Kamoa copper project located in the ", "Balama graphite mine in ": a named project and
   * its host, the name's capitalised words before at most three lower-case ones and the head.
   */
  private static final Pattern STATED = Pattern.compile(
      "(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + HEADS
          + ",?\\s+(?:(?:located|situated|based)\\s+)?in\\s+(?:the\\s+)?$");
  /** Capitalised words that name no project: "The Ramu" keeps "Ramu". */
  private static final Pattern ARTICLE = Pattern.compile("^(?:The|A|An|Its|Their|This|That)\\s+");
  /** The descriptions that stand for a project: "the project", "The Ramu project", "the mine's". */
  private static final Pattern PROJECT_HEAD = Pattern.compile("(?i)\\b(?:" + String.join("|", HEAD_ROWS.stream()
      .filter(r -> "yes".equals(r.get("describes"))).map(r -> Pattern.quote(r.get("noun"))).toList()) + ")\\b");

  private final List<Site> sites;
  /** In the order the page places them: Map.copyOf's order changes from one JVM run to the next, this one does not. */
  private final List<Named> named;
  private final Map<String, String> hosts;

  private ProjectHosts(List<Site> sites, Map<String, String> hosts) {
    this.sites = sites;
    this.hosts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hosts));
    List<Named> named = new ArrayList<>();
    for (var e : hosts.entrySet()) named.add(new Named(e.getKey(), e.getValue(), wholeWord(e.getKey())));
    this.named = List.copyOf(named);
  }

  private static Pattern wholeWord(String name) {
    return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name) + "(?![\\p{L}-])");
  }

  /** The projects {@code text} places in a country (by its words, or mines.tsv), and every mention of them, in text order. */
  static ProjectHosts of(String text, PlaceResolver places) {
    Map<String, String> hosts = new LinkedHashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (var m : places.mentions(text)) {
      if ("bloc".equals(m.value().type())) continue;
      Matcher st = STATED.matcher(text.substring(Math.max(0, m.start() - 120), m.start()));
      if (!st.find()) continue;
      String name = ARTICLE.matcher(st.group(1)).replaceFirst("").trim();
      if (name.isEmpty() || !places.mentions(name).isEmpty() || !places.companyHomes(name).isEmpty()) continue;
      // "Our operations in Chile", "New projects in Argentina", "Copper mines in Zambia": a sentence's first word is capitalised
      // without being a name; a one-word name the page also writes in lower case is such a word, and places no project.
      if (!name.contains(" ") && wholeWord(name.toLowerCase(java.util.Locale.ROOT)).matcher(text).find()) continue;
      put(hosts, ambiguous, name, m.value().code());
    }
    for (var mine : places.minesIn(text)) put(hosts, ambiguous, mine.text(), mine.value());
    ambiguous.forEach(hosts::remove);
    if (hosts.isEmpty()) return NONE;
    List<Site> sites = new ArrayList<>();
    for (var e : hosts.entrySet()) {
      Matcher n = wholeWord(e.getKey()).matcher(text);
      while (n.find()) sites.add(new Site(n.start(), e.getKey(), e.getValue()));
    }
    sites.sort(Comparator.comparingInt(Site::start).thenComparing(Site::name));
    return new ProjectHosts(List.copyOf(sites), hosts);
  }

  private static void put(Map<String, String> hosts, Set<String> ambiguous, String name, String country) {
    String before = hosts.putIfAbsent(name, country);
    if (before != null && !before.equals(country)) ambiguous.add(name);
  }

  /**
   * The host of the project a description at text offset {@code at} stands for: the project it names ("The Ramu project"),
   * else the last one the page named before it ("the project"); null when it is no project's description, the page
   * places none before it, or it names projects of two countries ("the Ramu and Mirador mines": no one host).
   */
  String describedHost(String description, int at) {
    if (sites.isEmpty() || !PROJECT_HEAD.matcher(description).find()) return null;
    Set<String> inside = countriesNamedIn(description);
    if (!inside.isEmpty()) return inside.size() == 1 ? inside.iterator().next() : null;
    String found = null;
    for (Site s : sites) if (s.start() < at) found = s.country();
    return found;
  }

  /** The one country the page places the projects named in {@code sentence} in (a lead about a project), or null. */
  String hostNamedIn(String sentence) {
    Set<String> out = countriesNamedIn(sentence);
    return out.size() == 1 ? out.iterator().next() : null;
  }

  /** The host countries of the placed projects {@code text} names. */
  private Set<String> countriesNamedIn(String text) {
    Set<String> out = new HashSet<>();
    for (Named n : named) if (n.word().matcher(text).find()) out.add(n.country());
    return out;
  }

  Map<String, String> hosts() {
    return hosts;
  }
}
