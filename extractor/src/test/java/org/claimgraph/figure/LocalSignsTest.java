package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Currencies the lexicon lacked, and signs whose currency is the page's country's (local-signs.tsv, units.tsv):
 * "K33.6 billion" kwacha, "N47.5bn" naira, "R109.6 billion" rand, "¥23.89 billion" yuan in a story about China.
 * Real sentences of publishers outside the development set; the answers by GUIDELINES.md ("Units": the written
 * currency, not converted).
 */
class LocalSignsTest {

  private static Figure figure(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure \"" + quote + "\" in " + figures.stream().map(f -> f.evidence().quote()).toList()));
  }

  private static void money(List<Figure> fs, String quote, String unit, double value) {
    Figure f = figure(fs, quote);
    assertEquals(unit, f.quantity().unit(), quote);
    assertEquals(value, f.quantity().value(), value * 1e-9, quote);
  }

  private static List<Figure> figuresAt(String url, String... paragraphs) {
    return Texts.figuresAt(url, LocalDate.of(2025, 6, 26), paragraphs);
  }

  @Test
  void kwachaOnZambianPages() {
    // efficacynews.africa/2025/06/26/zambia-tables-k33-6b-supplementary-budget-for-2025
    List<Figure> fs = figuresAt("https://efficacynews.africa/2025/06/26/zambia-tables-k33-6b-supplementary-budget-for-2025",
        "The Government of Zambia has presented Supplementary Estimates of Expenditure No. 1 of 2025 amounting to K33.6 billion, aimed at "
            + "addressing critical national priorities including fuel arrears, debt servicing, agriculture, education, and social protection.",
        "The Ministry of Community Development and Social Services is set to receive K1.9 billion, including K1.6 billion for sustaining "
            + "Social Cash Transfer payments at K400 per beneficiary, and K318 million in additional donor funds.");
    money(fs, "K33.6 billion", "ZMW", 33.6e9);
    money(fs, "K1.9 billion", "ZMW", 1.9e9);
    money(fs, "K318 million", "ZMW", 318e6);
    // muvitv.com/2017/09/zambia-to-spend-k71-6-billion-in-2018-from-k64-5-in-2017/: the currency written as a word
    List<Figure> words = Texts.figures(LocalDate.of(2017, 9, 29),
        "Zambia will spend 71.6 billion kwacha in 2018, an increase by 7 billion kwacha from the 2017 national budget.");
    money(words, "71.6 billion kwacha", "ZMW", 71.6e9);
  }

  @Test
  void kwachaOnAZambianSiteThatNamesNoCountry() {
    // daily-mail.co.zm/ngandu-unveils-stimulus-budget/ (Lusaka): the site's country
    List<Figure> fs = figuresAt("https://www.daily-mail.co.zm/ngandu-unveils-stimulus-budget/",
        "MINISTER of Finance Bwalya Ng’andu yesterday announced a K106 billion budget, whose major focus is to stimulate the economy, "
            + "currently under pressure due to external debt.");
    money(fs, "K106 billion", "ZMW", 106e9);
  }

  @Test
  void nairaOnNigerianPages() {
    // roadtraffic-technology.com/uncategorised/news87041-html/
    List<Figure> fs = Texts.figures(LocalDate.of(2013, 1, 10),
        "Nigeria has approved two contracts worth NGN62bn ($409m) for road projects.",
        "The Ibadan-Ilorin project was re-awarded to Nigeria-based Reynolds Construction Company Limited for N47.5bn ($311m).");
    money(fs, "NGN62bn", "NGN", 62e9);
    money(fs, "N47.5bn", "NGN", 47.5e9);
    money(fs, "$311m", "USD", 311e6);
    // punchng.com/business/money/contracts-galore-n1tn-federal-contracts-awarded-in-16-months/
    List<Figure> punch = Texts.figures(LocalDate.of(2012, 12, 10),
        "The Federal Government awarded contracts worth about N1.187tn between August 10, 2011 and November 28, 2012, information "
            + "obtained from the website of the Bureau of Public Procurement has shown.",
        "As the government continues to award contracts, in its quest to better the lot of Nigerians, however, there has been "
            + "skepticism over whether the contracts would be executed.");
    money(punch, "about N1.187tn", "NGN", 1.187e12);
  }

  @Test
  void randOnSouthAfricanPages() {
    // sanews.gov.za/south-africa/investment-conference-bags-r1096bn-pledges
    List<Figure> fs = Texts.figures(LocalDate.of(2020, 11, 18),
        "A total of 50 companies have pledged R109.6 billion at the third annual South Africa Investment Conference.",
        "In Gauteng, Anglo African Metal committed to invest R280 million in the beneficiation of titanium.");
    money(fs, "R109.6 billion", "ZAR", 109.6e9);
    money(fs, "R280 million", "ZAR", 280e6);
    // heraldlive.co.za/news/2018-10-27-cyril-ramaphosa-reels-in-billions/
    List<Figure> herald = Texts.figures(LocalDate.of(2018, 10, 27),
        "As the second day of the investment conference came to an end, it was announced that SA would receive a surge in investment of "
            + "more than R290bn over the next five years.",
        "The Brics Development Bank will invest R29bn in South Africa next year with a focus on transport, renewable energy, water and "
            + "social infrastructure.");
    money(herald, "R29bn", "ZAR", 29e9);
  }

  @Test
  void shillingsOnKenyanPages() {
    // tuko.co.ke/kenya/520600-boda-riders-buy-electric-motorcycles-credit-save-ksh-90-daily-moses-kuria-says/
    List<Figure> tuko = Texts.figures(LocalDate.of(2023, 9, 11),
        "Nairobi - Trade Cabinet Secretary Moses Kuria has revealed that registered boda boda operators in Kenya will make savings.",
        "The Motorbikes, which will retail at Ksh160,000 if bought in cash, have been manufactured by Spiro, an electric motorcycle manufacturer.",
        "Boda boda riders will now be charged an interest of less than 10% on hire purchases totalling KSh 190,000.");
    money(tuko, "Ksh160,000", "KES", 160_000);
    money(tuko, "KSh 190,000", "KES", 190_000);
    // standardmedia.co.ke/business/article/2001480673/state-imports-10000-electric-bikes-each-to-cost-sh160000
    List<Figure> standard = Texts.figures(LocalDate.of(2023, 9, 1),
        "While speaking at Mama Ngina Drive in Mombasa County, Ruto said Kenya will from Monday host a high-level climate change conference in Nairobi.",
        "Ruto said that the e-mobility bikes will be affordable to bodaboda operators saying a bike will cost around Sh160,000.");
    money(standard, "around Sh160,000", "KES", 160_000);
    // the-star.co.ke/news/2023-07-25-ruto-well-boost-electric-bikes-numbers-to-200000-by-2024
    List<Figure> star = Texts.figures(LocalDate.of(2023, 7, 25),
        "He was speaking during a visit to Roam Park, an electric motorcycle assembly plant located in Industrial Area, Nairobi, Kenya.",
        "He said as a result, the government will indirectly put Sh400 million into the pockets of riders through savings on what they "
            + "would have spent on fuel.");
    money(star, "Sh400 million", "KES", 400e6);
  }

  @Test
  void yenSignInAStoryAboutChineseCarmakersIsYuan() {
    // chinaautoreview.com/index.php/Net-profits-of-Chinese-public-listed-automakers-up-171-percent-in-H1/
    List<Figure> fs = Texts.figures(LocalDate.of(2013, 9, 5),
        "BEIJING – Net profits of 24 Chinese public-listed automakers increased by 17.1 percent year-on-year to a total of ¥23.89 billion "
            + "($3.9 billion) in the first half of this year, with revenues reaching ¥500.557 billion, up 16.4 percent.",
        "Among these 24 automakers, SAIC remained the No. 1 position with net profit of ¥11.466 billion, up 6.3 percent from the same period of last year.");
    money(fs, "¥23.89 billion", "CNY", 23.89e9);
    money(fs, "¥11.466 billion", "CNY", 11.466e9);
    // businessday.ng's BYD story has the shape too ("up to ¥20,000 as additional subsidies"): the sign after a qualifier.
    List<Figure> upTo = Texts.figures(LocalDate.of(2013, 9, 5),
        "BEIJING – Net profits of 24 Chinese public-listed automakers increased to a total of up to ¥23.89 billion in the first half.");
    money(upTo, "up to ¥23.89 billion", "CNY", 23.89e9);
  }


  @Test
  void dirhamsOnMoroccanPagesAndDrams() {
    // Reuters via nasdaq.com/articles/chinese-ev-battery-maker-gotion-mulls-factory-in-morocco (Rabat, 2023-06-01): a
    // Moroccan page's dirhams are MAD, not the UAE's
    List<Figure> ma = Texts.figures(LocalDate.of(2023, 6, 1),
        "Morocco's government and China-based battery maker Gotion High Tech have agreed to look into setting up an electric "
            + "vehicle battery plant in the kingdom, Morocco's investment agency said.",
        "Morocco is home to production plants for Renault and Stellantis and a cluster of car part makers in Morocco.",
        "Last year, the automotive sector topped Morocco's industrial exports with 111 billion dirhams ($11.1 billion), up 33% from last year.");
    money(ma, "111 billion dirhams", "MAD", 111e9);
    // devset f24-e-09 (assahifa.com, fresh24): the same shape
    List<Figure> gotion = Texts.figures(LocalDate.of(2024, 6, 7),
        "Morocco signed an agreement with Gotion High-Tech to build the first gigafactory in Morocco, an investment of 12.8 billion "
            + "dirhams in Kenitra, Morocco.");
    money(gotion, "12.8 billion dirhams", "MAD", 12.8e9);
    // A UAE page keeps the UAE dirham (units.tsv).
    List<Figure> uae = Texts.figures(LocalDate.of(2024, 6, 7),
        "Dubai's RTA said the UAE will spend 2 billion dirhams on charging points across Dubai and the UAE.");
    money(uae, "2 billion dirhams", "AED", 2e9);
    // armbanks.am/en/2012/09/27/41646 (ARKA, Yerevan): drams are the Armenian dram, not a counted "dram"
    List<Figure> am = Texts.figures(LocalDate.of(2012, 9, 27),
        "The Armenian government has approved today a draft budget for 2013, which calls for 1.059 trillion drams in consolidated "
            + "revenue and 1.183 trillion drams in spending. The projected budget deficit is 124 billion drams.");
    money(am, "124 billion drams", "AMD", 124e9);
  }


  @Test
  void riyalsAndFrancsByThePagesCountry() {
    // welcomeqatar.com (Doha, 2020-11-30): riyals on a Qatari page are QAR, not the Saudi riyal
    List<Figure> qa = Texts.figures(LocalDate.of(2020, 11, 30),
        "His Excellency Sheikh Khalid bin Khalifa bin Abdulaziz Al Thani, Prime Minister of Qatar, said that the signing of contracts "
            + "to convert to environmentally friendly vehicles at a cost of 6 billion riyals is an important move for Qatar.",
        "The electric buses will serve Qatar's World Cup in Doha, Qatar.");
    money(qa, "6 billion riyals", "QAR", 6e9);
    // sharjah24.ae (AFP, Kigali, 2021-12-13) writes "900 Rwandan francs"; the same sentence with the bare word on a Rwandan page
    List<Figure> rw = Texts.figures(LocalDate.of(2021, 12, 13),
        "Rwanda Electric Motors, the firm converting motorcycle taxis in Kigali, Rwanda, said Rwanda's riders save on fuel.",
        "It costs around 900 francs to charge the battery compared to around 1,000 francs for a litre of petrol in Rwanda.");
    money(rw, "around 900 francs", "RWF", 900);
    // A Swiss page keeps the Swiss franc, a Saudi page the Saudi riyal (units.tsv).
    List<Figure> ch = Texts.figures(LocalDate.of(2021, 12, 13),
        "Swiss utility Axpo said Switzerland's charging network in Zurich, Switzerland, will cost 40 million francs.");
    money(ch, "40 million francs", "CHF", 40e6);
    List<Figure> sa = Texts.figures(LocalDate.of(2021, 12, 13),
        "Saudi Arabia's PIF said the Saudi plant in Riyadh, Saudi Arabia, will cost 5 billion riyals.");
    money(sa, "5 billion riyals", "SAR", 5e9);
  }

  @Test
  void negatives() {
    // A "K" after the number is a thousand, not kwacha, even on a Zambian page (constructed on the efficacynews page above).
    List<Figure> fs = figuresAt("https://efficacynews.africa/2025/06/26/zambia-tables-k33-6b-supplementary-budget-for-2025",
        "The Government of Zambia said the fund paid $5K to each of the 2,000 teachers it recruited.");
    money(fs, "$5K", "USD", 5000);
    // A letter before an unscaled number is a model name, not rand or naira, even on a South African page.
    List<Figure> models = Texts.figures(LocalDate.of(2024, 3, 8),
        "South Africa will get the Rivian R2 and the BMW N55 engine later, priced at R1.2 million.");
    assertTrue(models.stream().noneMatch(f -> f.evidence().quote().startsWith("R2") || f.evidence().quote().startsWith("N55")),
        models.stream().map(f -> f.evidence().quote()).toList().toString());
    money(models, "R1.2 million", "ZAR", 1.2e6);
    // On a page about no country of the sign that never names the currency, "N2 billion" is no naira.
    List<Figure> none = Texts.figures(LocalDate.of(2024, 3, 8),
        "Tesla said the N2 billion figure in the filing was a typo.");
    assertTrue(none.stream().noneMatch(f -> "NGN".equals(f.quantity().unit())), none.stream().map(f -> f.quantity().unit()).toList().toString());
    // A currency code that is also a name: the climate conference, not Colombian pesos (automartafrica's sentence, a devset page's shape).
    List<Figure> cop = Texts.figures(LocalDate.of(2022, 11, 1),
        "Egypt plans to roll out 70 electric buses at a cost of $17 million on the eve of COP27 and of COP 27's side events.");
    assertTrue(cop.stream().noneMatch(f -> f.quantity().unit() != null && f.quantity().unit().equals("COP")), cop.stream().map(f -> f.evidence().quote()).toList().toString());
    assertTrue(cop.stream().noneMatch(f -> f.evidence().quote().equals("27")), cop.stream().map(f -> f.evidence().quote()).toList().toString());
    // Yen stays yen in a story about Japan.
    List<Figure> japan = Texts.figures(LocalDate.of(2024, 5, 10),
        "Toyota, Japan's biggest carmaker, reported an operating profit of ¥5.35 trillion for the year.");
    money(japan, "¥5.35 trillion", "JPY", 5.35e12);
  }
}
