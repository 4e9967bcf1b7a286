package org.claimgraph.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.article.Paragraph;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.figure.Attribution;
import org.claimgraph.figure.Evidence;
import org.claimgraph.figure.Figure;
import org.claimgraph.figure.Kind;
import org.claimgraph.figure.Quantity;
import org.claimgraph.figure.Speaker;

/**
 * A deterministic generator of realistic article analyses for benchmarks at scale: many
 * publishers, sources, speakers, materials, routes and months, and the same facts restated by
 * several articles in other words (rewrites), sometimes wrongly (another value, another month),
 * so corroboration, contradiction and implied figures occur as in real news.
 *
 * <pre>{@code
 * SyntheticArticles gen = new SyntheticArticles(42);
 * ArticleAnalysis a = gen.article(7);   // always the same for (42, 7)
 * // "In July, Chinese exports of rare earth magnets to the United States hit 619 tonnes, up 75.5% over June,
 * //  according to a Platts analysis of customs data."
 * }</pre>
 *
 * <p>The analyses are built without NLP (the figures are known from the sentence templates), so a
 * 10⁵-article store is built through the real {@code GraphMapper} and store in minutes; the texts
 * ({@link #text}) are plain articles the real pipeline can ingest too.
 */
public final class SyntheticArticles {

  private static final String[] PUBLISHERS = {"Reuters", "Bloomberg", "S&P Global Commodity Insights", "Fastmarkets",
      "Mining.com", "Argus Media", "Benchmark Source", "Financial Times", "Nikkei Asia", "South China Morning Post",
      "Caixin Global", "The Economic Times", "Mining Weekly", "Metal Bulletin", "Asian Metal", "SMM News", "Kallanish",
      "Platts Metals Daily", "CRU Insight", "Wood Mackenzie Insight", "Roskill Review", "Project Blue News",
      "Global Times", "Yicai Global", "Korea Herald", "Japan Times", "Deutsche Welle", "Handelsblatt Global",
      "Australian Financial Review", "The Globe and Mail", "Nasdaq News", "MarketWatch", "Investing.com",
      "Energy News Network", "Electrek", "InsideEVs", "Battery Materials Review", "Rare Earth Exchanges",
      "Critical Minerals Digest", "Supply Chain Dive"};
  private static final String[] FIRST = {"Anna", "Kip", "Ankur", "Li", "Wei", "Maria", "James", "Sofia", "Kenji", "Priya",
      "Lucas", "Emma", "Omar", "Chen", "Hannah", "Diego", "Yuki", "Noah", "Fatima", "Ivan"};
  private static final String[] LAST = {"Keen", "Mishra", "Zhang", "Wang", "Garcia", "Smith", "Rossi", "Tanaka", "Patel",
      "Silva", "Müller", "Khan", "Liu", "Schmidt", "Lopez", "Sato", "Brown", "Haddad", "Petrov", "Kim"};
  private static final String[] SOURCES = {"the General Administration of Customs", "a Platts analysis of customs data",
      "China's customs data", "Benchmark Mineral Intelligence", "Adamas Intelligence", "the US Geological Survey",
      "Fastmarkets research", "the Ministry of Commerce", "Shanghai Metals Market", "Argus analysis of trade data",
      "the China Nonferrous Metals Industry Association", "Project Blue", "Wood Mackenzie", "CRU Group",
      "the Korea International Trade Association", "Japan's Ministry of Finance", "Eurostat", "the US Census Bureau"};
  private static final String[] TITLES = {"research director", "chief analyst", "head of battery materials",
      "senior analyst", "managing director", "principal consultant", "head of research"};
  private static final String[] ORGS = {"Project Blue", "Benchmark Mineral Intelligence", "Adamas Intelligence",
      "Fastmarkets", "CRU Group", "Wood Mackenzie", "Shanghai Metals Market", "Roskill", "SFA Oxford", "Argus Media"};

  /** A material: its id, how articles name it, and its tonnage scale. */
  private record Material(String id, String name, int scale) {}

  private static final Material[] MATERIALS = {new Material("rare-earth-magnets", "rare earth magnets", 3000),
      new Material("lithium-carbonate", "lithium carbonate", 20000), new Material("cobalt", "cobalt", 8000),
      new Material("graphite", "graphite", 40000), new Material("gallium", "gallium", 20),
      new Material("germanium", "germanium", 10), new Material("antimony", "antimony", 3000),
      new Material("tungsten", "tungsten", 1500), new Material("nickel", "refined nickel", 30000),
      new Material("rare-earths", "rare earths", 6000), new Material("manganese", "manganese", 50000),
      new Material("polysilicon", "polysilicon", 25000)};

  /** A country: ISO code, name, adjective. */
  private record Country(String code, String name, String adjective) {}

  private static final Country[] ORIGINS = {new Country("CN", "China", "Chinese"), new Country("AU", "Australia", "Australian"),
      new Country("CL", "Chile", "Chilean"), new Country("CD", "the Democratic Republic of the Congo", "Congolese"),
      new Country("ID", "Indonesia", "Indonesian"), new Country("JP", "Japan", "Japanese")};
  private static final Country[] DESTINATIONS = {new Country("US", "the United States", "American"),
      new Country("DE", "Germany", "German"), new Country("JP", "Japan", "Japanese"), new Country("KR", "South Korea", "South Korean"),
      new Country("IN", "India", "Indian"), new Country("VN", "Vietnam", "Vietnamese"), new Country("NL", "the Netherlands", "Dutch"),
      new Country("FR", "France", "French"), new Country("TH", "Thailand", "Thai"), new Country("MX", "Mexico", "Mexican")};
  private static final String[] UNIT_WORDS = {"tonnes", "tons", "mt", "metric tons", "t"};
  private static final String[] FILLERS = {
      "Analysts said the outlook for %s demand remains uncertain amid tighter export controls.",
      "The figures come as governments race to secure supplies of %s for electric vehicles and defence.",
      "Traders expect prices of %s to stay volatile through the rest of the year.",
      "Export licences for %s have been granted more slowly since the spring, industry officials said.",
      "Several buyers have started to build up stockpiles of %s to hedge against further restrictions.",
      "Refiners outside Asia are still years away from producing %s at scale.",
      "Demand for %s from wind turbines and consumer electronics also rose.",
      "The data do not include shipments through third countries, which some analysts estimate are significant."};
  private static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  private static final int MONTHS = 48;

  private final long seed;

  public SyntheticArticles(long seed) {
    this.seed = seed;
  }

  /** The {@code i}-th article (0-based), always the same for the same seed. */
  public ArticleAnalysis article(int i) {
    return new Writer(new SplittableRandom(seed * 1_000_003L + i), i).write();
  }

  /** The article's clean text with its title first, as a plain-text file the reader and the real pipeline can ingest. */
  public String text(int i) {
    Article a = article(i).article();
    return a.title() + "\n\n" + a.text() + "\n";
  }

  /** The true level of a route in a month, in tonnes: what every correct article states. */
  static double level(Material m, Country origin, Country dest, YearMonth month) {
    long h = mix(m.id().hashCode() * 31L + origin.code().hashCode() * 17L + dest.code().hashCode());
    double base = m.scale() * (0.05 + (h & 0xffff) / 65536.0);
    long hm = mix(h ^ month.hashCode());
    double factor = 0.6 + 0.8 * ((hm & 0xffff) / 65536.0);
    return Math.max(1, Math.round(base * factor));
  }

  static double total(Material m, Country origin, YearMonth month) {
    long h = mix(m.id().hashCode() * 7L + origin.code().hashCode() + month.hashCode() * 13L);
    return Math.round(m.scale() * (1.5 + (h & 0xffff) / 65536.0));
  }

  /**
   * A country's share of world supply of a material in a year, in percent: one fact per material,
   * origin and year (China's share of rare earth magnets is restated by every article that quotes
   * it, which makes it the most restated figure of the corpus), 40–94%.
   */
  static double share(Material m, Country origin, int year) {
    long h = mix(m.id().hashCode() * 131L + origin.code().hashCode() * 7L + year);
    return 40 + (h & 0xffff) % 55;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Builds one article sentence by sentence, keeping figure and entity offsets. */
  private static final class Writer {
    private final SplittableRandom r;
    private final int index;
    private final StringBuilder text = new StringBuilder();
    private final List<ArticleAnalysis.Span> sentences = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    private final Map<String, Entity> entityInfo = new LinkedHashMap<>();
    private int tokens;
    /** Figures of the sentence being written, before its span is known. */
    private final List<PendingFigure> pending = new ArrayList<>();
    private StringBuilder sentence;

    private record PendingFigure(double value, String unit, Kind kind, String basis, String direction, String period,
        String measure, List<String> place, Attribution attribution, int start, int end) {}

    Writer(SplittableRandom r, int index) {
      this.r = r;
      this.index = index;
    }

    ArticleAnalysis write() {
      // Skewed like the news: a few materials and routes carry most stories, so facts get restated.
      Material m = MATERIALS[Math.min(r.nextInt(MATERIALS.length), r.nextInt(MATERIALS.length))];
      Country origin = r.nextInt(10) < 7 ? ORIGINS[0] : ORIGINS[r.nextInt(ORIGINS.length)];
      Country dest = DESTINATIONS[Math.min(r.nextInt(DESTINATIONS.length), r.nextInt(DESTINATIONS.length))];
      if (dest.code().equals(origin.code())) dest = DESTINATIONS[0];
      YearMonth month = FIRST_MONTH.plusMonths(1 + r.nextInt(MONTHS - 1));
      YearMonth prevMonth = month.minusMonths(1);
      LocalDate date = month.plusMonths(1).atDay(1 + r.nextInt(27));
      String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
      String author = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
      String source = SOURCES[r.nextInt(SOURCES.length)];
      String unitWord = UNIT_WORDS[r.nextInt(UNIT_WORDS.length)];
      String measure = m.name() + " exports";

      double level = level(m, origin, dest, month);
      double prev = level(m, origin, dest, prevMonth);
      double yearAgo = level(m, origin, dest, month.minusMonths(12));
      // Rewrites go wrong now and then: another value, or the right value put in another month.
      YearMonth statedMonth = month;
      double statedLevel = level;
      int error = r.nextInt(100);
      if (error < 6) statedLevel = Math.round(level * (1.05 + r.nextDouble() * 0.3));
      else if (error < 9) statedMonth = prevMonth;

      String title = capitalize(origin.adjective()) + " " + m.name() + " exports to " + stripThe(dest.name())
          + (statedLevel >= prev ? " rise" : " fall") + " in " + monthName(statedMonth);
      List<String> route = List.of(origin.code(), dest.code());
      Attribution credit = null;

      // Lead: level, month-on-month change, attribution.
      double mom = Math.round((statedLevel / prev - 1) * 1000) / 10.0;
      begin();
      put("In " + monthName(statedMonth) + ", ");
      mention(EntityType.COUNTRY, origin.code(), origin.name(), origin.adjective());
      put(" exports of ");
      mention(EntityType.MATERIAL, m.id(), m.name(), m.name());
      put(" to ");
      mention(EntityType.COUNTRY, dest.code(), dest.name(), dest.name());
      put(r.nextBoolean() ? " hit " : " reached ");
      int ls = text.length() + sentence.length();
      put(number(statedLevel) + " " + unitWord);
      int le = text.length() + sentence.length();
      put(", " + (mom >= 0 ? "up " : "down ") );
      int cs = text.length() + sentence.length();
      put(number(Math.abs(mom)) + "%");
      int ce = text.length() + sentence.length();
      put(" over " + monthName(prevMonth) + ", according to ");
      int as = text.length() + sentence.length();
      put(source);
      credit = new Attribution(source, null, "according to", as, as + source.length(), false);
      put(".");
      pending.add(new PendingFigure(statedLevel, "tonne", Kind.AMOUNT, null, null, statedMonth.toString(), measure, route, credit, ls, le));
      pending.add(new PendingFigure(Math.abs(mom), "percent", Kind.CHANGE, "mom", mom >= 0 ? "up" : "down", statedMonth.toString(),
          measure, route, credit, cs, ce));
      end();

      if (r.nextInt(3) > 0) {
        double yoy = Math.round((statedLevel / yearAgo - 1) * 1000) / 10.0;
        begin();
        put("That was ");
        int ys = text.length() + sentence.length();
        put(number(Math.abs(yoy)) + "%");
        int ye = text.length() + sentence.length();
        put(" " + (yoy >= 0 ? "higher" : "lower") + " than a year earlier, the data showed.");
        pending.add(new PendingFigure(Math.abs(yoy), "percent", Kind.CHANGE, "yoy", yoy >= 0 ? "up" : "down",
            statedMonth.toString(), measure, route, credit.carriedOver(), ys, ye));
        end();
      }
      filler(m);
      if (r.nextInt(2) == 0) {
        begin();
        put("In " + monthName(prevMonth) + ", shipments to " + stripThe(dest.name()) + " had stood at ");
        int ps = text.length() + sentence.length();
        put(number(prev) + " " + unitWord);
        int pe = text.length() + sentence.length();
        put(".");
        pending.add(new PendingFigure(prev, "tonne", Kind.AMOUNT, null, null, prevMonth.toString(), measure, route, null, ps, pe));
        end();
      }
      if (r.nextInt(3) == 0 && origin.code().equals("CN")) {
        double total = Math.max(total(m, origin, month), level + 1);
        begin();
        put("Total " + m.name() + " exports from ");
        mention(EntityType.COUNTRY, origin.code(), origin.name(), origin.name());
        put(" came to ");
        int ts = text.length() + sentence.length();
        put(number(total) + " " + unitWord);
        int te = text.length() + sentence.length();
        put(" in " + monthName(month) + ", of which the rest of the world took ");
        int rs = text.length() + sentence.length();
        put(number(total - level) + " " + unitWord);
        int re = text.length() + sentence.length();
        put(".");
        pending.add(new PendingFigure(total, "tonne", Kind.AMOUNT, null, null, month.toString(), measure, List.of(origin.code()), null, ts, te));
        pending.add(new PendingFigure(total - level, "tonne", Kind.AMOUNT, null, null, month.toString(), m.name() + " exports to rest of world",
            List.of(origin.code()), null, rs, re));
        end();
      }
      filler(m);
      if (r.nextInt(3) == 0) {
        String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        String jobTitle = TITLES[r.nextInt(TITLES.length)];
        String org = ORGS[r.nextInt(ORGS.length)];
        // A background fact, the same in every article of the year; now and then a speaker's own estimate.
        double share = share(m, origin, month.getYear());
        if (r.nextInt(100) < 5) share = Math.min(99, share + 1 + r.nextInt(4));
        begin();
        put("\"");
        mention(EntityType.COUNTRY, origin.code(), origin.name(), capitalize(origin.name()));
        put(" still supplies ");
        int ss = text.length() + sentence.length();
        put(number(share) + "%");
        int se = text.length() + sentence.length();
        put(" of the world's " + m.name() + ",\" said ");
        mention(EntityType.PERSON, name, name, name);
        put(", " + jobTitle + " at " + org + ".");
        Speaker speaker = new Speaker(name, jobTitle, org);
        pending.add(new PendingFigure(share, "percent", Kind.SHARE, null, null, String.valueOf(month.getYear()),
            "share of global " + m.name() + " supply", List.of(origin.code()), new Attribution(null, speaker, "said", 0, 0, false), ss, se));
        end();
        entityInfo.put(EntityType.PERSON + "|" + name, new Entity(EntityType.PERSON, name, name, jobTitle, org, List.of()));
      }
      filler(m);

      String id = String.format(Locale.ROOT, "%016x", mix(index * 0x9E3779B97F4A7C15L + 17));
      String sourceFile = String.format(Locale.ROOT, "syn_%06d.txt", index);
      Article article = new Article(id, sourceFile, title, publisher, List.of(author), date, null, "en", text.toString(), paragraphs);
      List<Entity> entities = new ArrayList<>();
      for (EntityType type : EntityType.values()) {
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
          if (!e.getKey().startsWith(type + "|")) continue;
          Mention first = e.getValue().get(0);
          Entity info = entityInfo.get(e.getKey());
          String name = type == EntityType.COUNTRY ? stripThe(countryName(first.key())) : first.text();
          entities.add(new Entity(type, first.key(), name, info == null ? null : info.title(), info == null ? null : info.org(), e.getValue()));
        }
      }
      return new ArticleAnalysis(article, entities, figures, tokens, sentences);
    }

    private void filler(Material m) {
      if (r.nextInt(3) == 0) return;
      begin();
      put(String.format(Locale.ROOT, FILLERS[r.nextInt(FILLERS.length)], m.name()));
      end();
    }

    private void begin() {
      if (text.length() > 0) text.append("\n\n");
      sentence = new StringBuilder();
    }

    private void put(String s) {
      sentence.append(s);
    }

    private void mention(EntityType type, String key, String name, String written) {
      int start = text.length() + sentence.length();
      sentence.append(written);
      mentions.computeIfAbsent(type + "|" + key, k -> new ArrayList<>()).add(new Mention(type, key, written, start, start + written.length()));
    }

    private void end() {
      int start = text.length();
      String s = sentence.toString();
      text.append(s);
      int end = text.length();
      int i = sentences.size();
      sentences.add(new ArticleAnalysis.Span(start, end));
      paragraphs.add(new Paragraph(start, end, Paragraph.Kind.PARAGRAPH));
      tokens += s.split("\\s+").length + 2;
      for (PendingFigure p : pending) {
        String quote = text.substring(p.start(), p.end());
        Evidence ev = new Evidence(quote, p.start(), p.end(), s, start, end, i);
        figures.add(new Figure(new Quantity(p.value(), null, p.unit(), null, '\0', p.start(), p.end()), p.kind(), p.basis(),
            p.direction(), p.period(), p.measure(), p.place(), p.attribution(), ev));
      }
      pending.clear();
    }
  }

  private static String countryName(String code) {
    for (Country c : ORIGINS) if (c.code().equals(code)) return c.name();
    for (Country c : DESTINATIONS) if (c.code().equals(code)) return c.name();
    return code;
  }

  private static String number(double v) {
    if (v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String monthName(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
  }

  private static String stripThe(String s) {
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
