#!/usr/bin/env python3
"""Builds the sentences-alone set from ANNOTATION below: one .txt per sentence (text/), sentences.tsv, and gold-dev.jsonl /
gold-heldout.jsonl in the devset gold format. Annotated by hand before any extractor run (see README.md)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))

# Figure: quote | value | value_max | unit | kind | basis | direction | qualifier | period | place (comma list) | attributed_to | speaker
# '-' = null. A line starting with "S " opens a sentence: S host url, next line the sentence text, then its figure lines.
ANNOTATION = r"""
S squidsite02.com https://squidsite02.com/2025/04/08/chinas-cmoc-boosts-cobalt
CMOC’s cobalt production rose almost 20.7% to 30,414 metric tons in the three months to March, it said in a statement.
20.7% | 20.7 | - | percent | change | - | up | almost | - | CN | CMOC | -
30,414 metric tons | 30414 | - | tonne | amount | - | - | - | - | CN | CMOC | -
S squidsite02.com https://squidsite02.com/2025/04/08/chinas-cmoc-boosts-cobalt
The price of cobalt on China’s Zhonglianjin trading platform has risen by more than 25% since the DRC government banned exports, closing at 219,000 yuan a ton on Tuesday.
25% | 25 | - | percent | change | vs-period | up | more than | - | CN | - | -
219,000 yuan a ton | 219000 | - | CNY/tonne | amount | - | - | - | - | CN | - | -
S squidsite02.com https://squidsite02.com/2025/04/08/chinas-cmoc-boosts-cobalt
CMOC forecast production of cobalt, a by-product of copper, between 100,000 and 120,000 tons this year.
100,000 and 120,000 tons | 100000 | 120000 | tonne | amount | - | - | - | - | CN | CMOC | -
S squidsite02.com https://www.squidsite02.com/2025/11/20/china-october-rare-earth
Exports to the U.S. in October, however, jumped by 56.1% from the prior month to 656 tons, the highest since January.
56.1% | 56.1 | - | percent | change | mom | up | - | - | US | - | -
656 tons | 656 | - | tonne | amount | - | - | - | - | US | - | -
S squidsite02.com https://www.squidsite02.com/2025/11/20/china-october-rare-earth
Year to date, China’s rare earth magnet exports totaled 45,290 tons, an annual decline of 5.2%.
45,290 tons | 45290 | - | tonne | amount | - | - | - | - | CN | - | -
5.2% | 5.2 | - | percent | change | yoy | down | - | - | CN | - | -
S vfchemical.com https://www.vfchemical.com/en/news/congocoppercobalt
Copper sales in the Democratic Republic of Congo rose 10% in the first half of 2021 compared to the same period last year, while sales of cobalt rose 15%, the Mines Ministry said Tuesday.
10% | 10 | - | percent | change | yoy | up | - | 2021-01/2021-06 | CD | the Mines Ministry | -
15% | 15 | - | percent | change | yoy | up | - | 2021-01/2021-06 | CD | the Mines Ministry | -
S vfchemical.com https://www.vfchemical.com/en/news/congocoppercobalt
In 2020, the country recorded a record 1.587 million tonnes of copper production, while cobalt production rose to 85,856 tonnes after plummeting in 2019 due to low prices.
1.587 million tonnes | 1587000 | - | tonne | amount | - | - | - | 2020 | - | - | -
85,856 tonnes | 85856 | - | tonne | amount | - | - | - | 2020 | - | - | -
S vfchemical.com https://www.vfchemical.com/en/news/congocoppercobalt
According to the ministry, exports and local sales of copper amounted to 871,956 tons, and sales of cobalt - 44,654 tons.
871,956 tons | 871956 | - | tonne | amount | - | - | - | - | - | the ministry | -
44,654 tons | 44654 | - | tonne | amount | - | - | - | - | - | the ministry | -
S blitzindiamedia.com https://blitzindiamedia.com/tanzania/cobalt-exports-resume/?amp=1
It was responsible for 76% of the global cobalt production in 2024, or about 220,000 tonnes, according to the US Geological Survey.
76% | 76 | - | percent | share | - | - | - | 2024 | - | the US Geological Survey | -
220,000 tonnes | 220000 | - | tonne | amount | - | - | about | 2024 | - | the US Geological Survey | -
S livemint.com https://www.livemint.com/companies/news/car-makers-ask-for-time-as-eu-ban-on-conventional-engines-moves-forward/amp-11654780040370.html
Sales of new electrically chargeable vehicles—battery electric vehicles and plug-in hybrids—accounted for around 19% of all new car sales in the EU in the first three months of the year, according to ACEA.
19% | 19 | - | percent | share | - | - | around | - | EU | ACEA | -
S livemint.com https://www.livemint.com/companies/news/car-makers-ask-for-time-as-eu-ban-on-conventional-engines-moves-forward/amp-11654780040370.html
The market share of diesel- and gasoline-powered vehicles continues to decline, falling to 52.8% of new cars sold during the first quarter, ACEA said.
52.8% | 52.8 | - | percent | share | - | - | - | - | - | ACEA | -
S autonews.autoua.net https://autonews.autoua.net/en/novosti/33531-10-all-new-cars-sold-last-year-were-electric-experts-predict-even-more-growth-future.amp
The global sales of fully electric vehicles totaled around 7.8 million units, an increase of 68% from the previous year.
7.8 million units | 7800000 | - | vehicle | amount | - | - | around | - | - | - | -
68% | 68 | - | percent | change | yoy | up | - | - | - | - | -
S autonews.autoua.net https://autonews.autoua.net/en/novosti/33531-10-all-new-cars-sold-last-year-were-electric-experts-predict-even-more-growth-future.amp
In Germany, the largest auto market in Europe, electric vehicles accounted for 25% of new vehicle production last year, according to the German automotive manufacturers association VDA.
25% | 25 | - | percent | share | - | - | - | - | DE | VDA | -
S autonews.autoua.net https://autonews.autoua.net/en/novosti/33531-10-all-new-cars-sold-last-year-were-electric-experts-predict-even-more-growth-future.amp
This represents an increase in the share of all-electric vehicles to 5.8% of all vehicles sold, up from 3.2% the previous year.
5.8% | 5.8 | - | percent | share | - | - | - | - | - | - | -
3.2% | 3.2 | - | percent | share | - | - | - | - | - | - | -
S autonews.autoua.net https://autonews.autoua.net/en/novosti/33531-10-all-new-cars-sold-last-year-were-electric-experts-predict-even-more-growth-future.amp
When combined with plug-in hybrid vehicles, which can be recharged through an outlet and also have a combustion engine, the share of electric vehicles sold in Europe rose to 20.3% of the total last year, according to EV-Volumes.com.
20.3% | 20.3 | - | percent | share | - | - | - | - | - | EV-Volumes.com | -
S autonews.autoua.net https://autonews.autoua.net/en/novosti/33531-10-all-new-cars-sold-last-year-were-electric-experts-predict-even-more-growth-future.amp
The United States is lagging behind Europe and China in the adoption of EVs, but last year saw auto manufacturers sell 807,180 fully electric vehicles in the country.
807,180 fully electric vehicles | 807180 | - | vehicle | amount | - | - | - | - | US | - | -
S stage.getjerry.com https://stage.getjerry.com/questions/how-many-electric-cars-were-sold-in-2019
By 2019, EVs represented 2.5% of total car sales in the global market.
2.5% | 2.5 | - | percent | share | - | - | - | 2019 | - | - | -
S stage.getjerry.com https://stage.getjerry.com/questions/how-many-electric-cars-were-sold-in-2019
In the US, about 249,000 cars were sold with 80% of them being Teslas.
249,000 cars | 249000 | - | vehicle | amount | - | - | about | - | US | - | -
80% | 80 | - | percent | share | - | - | - | - | US | - | -
S stage.getjerry.com https://stage.getjerry.com/questions/how-many-electric-cars-were-sold-in-2019
In 2019, the global electric cars sales did top the sales from 2018 at 2.2 million, but there was not as drastic an increase between the years.
2.2 million | 2200000 | - | vehicle | amount | - | - | - | 2019 | - | - | -
S newsbreak.com https://www.newsbreak.com/news/2388513249659/global-nickel-output-to-grow-by-6-8-in-2021-backed-by-indonesia-and-the-philippines
Global nickel mine production is expected to grow by 6.8% to reach 2,427.4 thousand tonnes (kt) in 2021, after registering an estimated 4.2% decline to 2,272kt in 2020, owing to the Covid-19 related lockdowns and restrictions.
6.8% | 6.8 | - | percent | change | - | up | - | 2021 | - | - | -
2,427.4 thousand tonnes | 2427400 | - | tonne | amount | - | - | - | 2021 | - | - | -
4.2% | 4.2 | - | percent | change | - | down | - | 2020 | - | - | -
2,272kt | 2272 | - | kilotonne | amount | - | - | - | 2020 | - | - | -
S amegroup.com https://uk.amegroup.com/Website/FeatureArticleDetail.aspx?faId=971
AME forecasts the Australian lithium production to total 464kt LCE over 2022, up 62% from 2021.
464kt | 464 | - | kilotonne | amount | - | - | - | 2022 | AU | AME | -
62% | 62 | - | percent | change | yoy | up | - | 2022 | AU | AME | -
S amegroup.com https://uk.amegroup.com/Website/FeatureArticleDetail.aspx?faId=971
Pilbara Minerals produced 19kt LCE of spodumene concentrate in the June quarter, up 58% from the 12kt LCE production in the March quarter.
19kt | 19 | - | kilotonne | amount | - | - | - | - | AU | - | -
58% | 58 | - | percent | change | qoq | up | - | - | AU | - | -
12kt | 12 | - | kilotonne | amount | - | - | - | - | AU | - | -
S amegroup.com https://www.amegroup.com/Website/FeatureArticleDetail.aspx?faId=813
In 2021, producers are forecast to add 585kt of mined copper capacity from new projects.
585kt | 585 | - | kilotonne | amount | - | - | - | 2021 | - | - | -
S amegroup.com https://uk.amegroup.com/Website/FeatureArticleDetail.aspx?faId=971
Australian exports of lithium concentrate totalled A$2.63bn (US$1.77bn) for the June quarter, up 737% from a year ago.
A$2.63bn | 2630000000 | - | AUD | amount | - | - | - | - | AU | - | -
US$1.77bn | 1770000000 | - | USD | amount | - | - | - | - | AU | - | -
737% | 737 | - | percent | change | yoy | up | - | - | AU | - | -
S amegroup.com https://uk.amegroup.com/Website/FeatureArticleDetail.aspx?faId=971
Pilbara reported an average sales price for the June quarter of US$4,267/t, up 61% from the average price of US$2,650 achieved in the March quarter.
US$4,267/t | 4267 | - | USD/tonne | amount | - | - | - | - | AU | Pilbara | -
61% | 61 | - | percent | change | qoq | up | - | - | AU | Pilbara | -
US$2,650 | 2650 | - | USD/tonne | amount | - | - | - | - | AU | Pilbara | -
S amegroup.com https://www.amegroup.com/Website/FeatureArticleDetail.aspx?faId=813
After two consecutive years of declines, mainly due to the pandemic-related disruptions, particularly in South America, AME forecasts mined copper supply to grow 3.6% year on year to 21.15Mt in 2021 to and a further 7.3% in 2022 to 22.71Mt.
3.6% | 3.6 | - | percent | change | yoy | up | - | 2021 | - | AME | -
21.15Mt | 21.15 | - | megatonne | amount | - | - | - | 2021 | - | AME | -
7.3% | 7.3 | - | percent | change | yoy | up | - | 2022 | - | AME | -
22.71Mt | 22.71 | - | megatonne | amount | - | - | - | 2022 | - | AME | -
S innovationreform.org https://www.innovationreform.org/2023/11/15/indo-pacific-energy-update-november-3-2023/
China is far and away the leading producer of graphite ore, accounting for about 65% of global production in 2022 (850,000 tons); in comparison, the second largest producer, Mozambique, mined just 13% (170,000 tons) of the world’s graphite that year.
65% | 65 | - | percent | share | - | - | about | 2022 | CN | - | -
850,000 tons | 850000 | - | tonne | amount | - | - | - | 2022 | CN | - | -
13% | 13 | - | percent | share | - | - | - | 2022 | MZ | - | -
170,000 tons | 170000 | - | tonne | amount | - | - | - | 2022 | MZ | - | -
S innovationreform.org https://www.innovationreform.org/2023/11/15/indo-pacific-energy-update-november-3-2023/
China also refines 90% of graphite used globally for EV battery anodes.
90% | 90 | - | percent | share | - | - | - | - | CN | - | -
S vuink.com https://vuink.com/post/grpufcbg-d-dpbz/news/100580-china-introduces-export-restrictions-graphite-essential-material-ev-d-dhtml
As per Reuters, estimates say that global demand for the material, which was at 770,000 tons this year, is expected to triple by 2033.
770,000 tons | 770000 | - | tonne | amount | - | - | - | - | - | Reuters | -
triple | 3 | - | factor | change | - | up | - | 2033 | - | Reuters | -
S vuink.com https://vuink.com/post/grpufcbg-d-dpbz/news/100580-china-introduces-export-restrictions-graphite-essential-material-ev-d-dhtml
China accounts for 64% of the global production of natural graphite and more than half of the artificial equivalent, and it refines 90% of the graphite into high-purity material used in EV batteries.
64% | 64 | - | percent | share | - | - | - | - | CN | - | -
half | 50 | - | percent | share | - | - | more than | - | CN | - | -
90% | 90 | - | percent | share | - | - | - | - | CN | - | -
S energyminute.ca https://energyminute.ca/news/china-looks-to-limit-graphite-exports/
By weight, graphite account for roughly 30 percent of EV lithium-ion battery materials, regardless of the chemistry.
30 percent | 30 | - | percent | share | - | - | roughly | - | - | - | -
S energyminute.ca https://energyminute.ca/news/china-looks-to-limit-graphite-exports/
Big picture: Given its importance for electric vehicles and that China controls 68 percent of global graphite production plus almost all the synthetic graphite market, this is quite the flex.
68 percent | 68 | - | percent | share | - | - | - | - | CN | - | -
S wionews.com https://www.wionews.com/videos/china-tightens-its-policy-graphite-exports-citing-national-security-649539
As the world's leading graphite producer and exporter, china refines over 90% of the global graphite supply, a critical material used in electric vehicle battery anodes.
90% | 90 | - | percent | share | - | - | over | - | CN | - | -
S scmp.com https://www.scmp.com/economy/global-economy/article/3238603/china-ups-export-curbs-key-ev-battery-component-safeguarding-graphite-amid-us-tensions
China is the primary source and producer of natural graphite, producing an estimated 65 per cent of total world supplies in 2022, according to the US Geological Survey.
65 per cent | 65 | - | percent | share | - | - | - | 2022 | CN | the US Geological Survey | -
S business.financialpost.com https://business.financialpost.com/pmn/business-pmn/chinas-rare-earth-magnet-exports-to-u-s-in-oct-jump-21-7-m-m
BEIJING — China’s exports of rare earth magnets to the United States in October jumped 21.7% month on month to 477 tonnes, their highest level since at least 2016, General Administration of Customs data showed on Monday.
21.7% | 21.7 | - | percent | change | mom | up | - | - | CN,US | General Administration of Customs | -
477 tonnes | 477 | - | tonne | amount | - | - | - | - | CN,US | General Administration of Customs | -
S business.financialpost.com https://business.financialpost.com/pmn/business-pmn/chinas-rare-earth-magnet-exports-to-u-s-in-oct-jump-21-7-m-m
Rare earth exports to all countries came in at around 3,091 tonnes in October, up 5.4% from September and up 22.9% year on year.
3,091 tonnes | 3091 | - | tonne | amount | - | - | around | - | - | - | -
5.4% | 5.4 | - | percent | change | mom | up | - | - | - | - | -
22.9% | 22.9 | - | percent | change | yoy | up | - | - | - | - | -
S news.az https://news.az/news/chinas-rare-earth-magnet-exports-surge-to-six-month-peak
By country, Germany remained the No.1 export destination with a volume of 1,116 tons, up 46% from the prior month.
1,116 tons | 1116 | - | tonne | amount | - | - | - | - | DE | - | -
46% | 46 | - | percent | change | mom | up | - | - | DE | - | -
S news.az https://news.az/news/chinas-rare-earth-magnet-exports-surge-to-six-month-peak
In the first seven months of this year, China's exports of rare earth magnets totaled 27,897 tons, with the annual fall narrowing to 15% from 18.9% for the first half.
27,897 tons | 27897 | - | tonne | amount | - | - | - | - | CN | - | -
15% | 15 | - | percent | change | yoy | down | - | - | CN | - | -
18.9% | 18.9 | - | percent | change | yoy | down | - | - | CN | - | -
S pv-magazine-usa.com https://pv-magazine-usa.com/2025/11/24/global-grid-scale-bess-deployment-up-by-38-year-on-year-through-october/
Global grid-connected battery energy storage system (BESS) installations have reached 156 GWh through October 2025, up 38% year-on-year compared with the same period in 2024, according to the latest data from Benchmark Mineral Intelligence’s Rho Motion.
156 GWh | 156 | - | GWh | amount | - | - | - | 2025-01/2025-10 | - | Rho Motion | -
38% | 38 | - | percent | change | yoy | up | - | 2025-01/2025-10 | - | Rho Motion | -
S pv-magazine-usa.com https://pv-magazine-usa.com/2025/11/24/global-grid-scale-bess-deployment-up-by-38-year-on-year-through-october/
The US posted the next-largest monthly additions with 2.3 GWh coming online.
2.3 GWh | 2.3 | - | GWh | amount | - | - | - | - | US | - | -
S pv-magazine-usa.com https://pv-magazine-usa.com/2025/11/24/global-grid-scale-bess-deployment-up-by-38-year-on-year-through-october/
In October, the global grid-scale BESS market added 12.7 GWh of new capacity, up 29% year-on-year.
12.7 GWh | 12.7 | - | GWh | amount | - | - | - | - | - | - | -
29% | 29 | - | percent | change | yoy | up | - | - | - | - | -
S finanznachrichten.de https://www.finanznachrichten.de/nachrichten-2026-02/67738320-global-utility-scale-battery-capacity-rises-12-fold-in-2020-24-period-451.htm
The global capacity of utility-scale batteries increased more than 12-fold between 2020 and 2024 to 124 GW, while average battery costs fell 58% over the period, according to the Electricity 2026 report from the International Energy Agency (IEA).
12-fold | 12 | - | factor | change | vs-period | up | more than | 2024 | - | the International Energy Agency | -
124 GW | 124 | - | GW | amount | - | - | - | 2024 | - | the International Energy Agency | -
58% | 58 | - | percent | change | vs-period | down | - | 2024 | - | the International Energy Agency | -
S finanznachrichten.de https://www.finanznachrichten.de/nachrichten-2026-02/67738320-global-utility-scale-battery-capacity-rises-12-fold-in-2020-24-period-451.htm
Annual additions reached 63 GW in 2024, bringing total installed capacity to 124 GW.
63 GW | 63 | - | GW | amount | - | - | - | 2024 | - | - | -
124 GW | 124 | - | GW | amount | - | - | - | 2024 | - | - | -
S sorfin.com https://www.sorfin.com/single-post/utilities-are-installing-big-batteries-at-a-record-pace
In the last three months of 2020, nearly 2.2 gigawatt-hours (GWh) of energy storage systems were put into operation, according to the energy data firm Wood Mackenzie.
2.2 gigawatt-hours | 2.2 | - | GWh | amount | - | - | nearly | 2020-10/2020-12 | - | Wood Mackenzie | -
S sorfin.com https://www.sorfin.com/single-post/utilities-are-installing-big-batteries-at-a-record-pace
That’s an increase of 182% from the previous record-setting quarter.
182% | 182 | - | percent | change | qoq | up | - | - | - | - | -
S sorfin.com https://www.sorfin.com/single-post/utilities-are-installing-big-batteries-at-a-record-pace
The blockbuster fourth quarter capped a year that saw a total of 3.5 GWh installed—more than the 3.1 GWh that went into operation in the previous six years combined.
3.5 GWh | 3.5 | - | GWh | amount | - | - | - | - | - | - | -
3.1 GWh | 3.1 | - | GWh | amount | - | - | - | - | - | - | -
S almonty.com https://almonty.com/tungsten/demand-pricing/
The global demand for tungsten is forecasted to rise annually (3-7% per annum according to the British Geological Survey) and is predicted to outstrip available supply which will place continued upward pressure on prices in the near-term.
3-7% | 3 | 7 | percent | change | yoy | up | - | - | - | the British Geological Survey | -
S metsengineering.com https://www.metsengineering.com/commodity/lithium/
Australia currently produces approximately 43% of the world’s lithium through mining, based on contained lithium tonnes and contains approximately 17% of the world’s reserves (USGS 2018).
43% | 43 | - | percent | share | - | - | approximately | - | AU | USGS | -
17% | 17 | - | percent | share | - | - | approximately | - | AU | USGS | -
S investingnews.com https://investingnews.com/australian-lithium-miners-spodumene-prices
Perth-based Pilbara Minerals’ (ASX:PLS,OTC Pink:PILBF) production for the period was 147,105 dry metric tonnes (dmt) of spodumene concentrate — a 16 percent increase from the previous three month period.
147,105 dry metric tonnes | 147105 | - | tonne | amount | - | - | - | - | AU | - | -
16 percent | 16 | - | percent | change | qoq | up | - | - | AU | - | -
S investingnews.com https://investingnews.com/australian-lithium-miners-spodumene-prices
Shares of Pilbara are up 38.35 percent year-to-date, closing at AU$5.09 on October 31.
38.35 percent | 38.35 | - | percent | change | vs-period | up | - | - | AU | - | -
AU$5.09 | 5.09 | - | AUD | amount | - | - | - | - | AU | - | -
S investingnews.com https://investingnews.com/australian-lithium-miners-spodumene-prices
During the September quarter, the company's Ngungaju plant reached nameplate capacity of 180,000 to 200,000 dmt per year.
180,000 to 200,000 dmt per year | 180000 | 200000 | tonne/year | amount | - | - | - | - | - | - | -
S electriccitymagazine.ca https://electriccitymagazine.ca/the-united-states-announces-a-102-5-tariff-on-electric-car-imports-from-china-thai-xinhua
Customs duties on Chinese imports of electric cars are scheduled to increase from 25% to 100%, when combined with an additional tax of 2.5% on all types of cars imported into the American market.
25% | 25 | - | percent | amount | - | - | - | - | CN,US | - | -
100% | 100 | - | percent | amount | - | - | - | - | CN,US | - | -
2.5% | 2.5 | - | percent | amount | - | - | - | - | US | - | -
S glenmotors-trading.com https://glenmotors-trading.com/index.php?a=index&aid=81&c=View&m=home
The Biden administration is considering a significant tariff increase on imported Chinese electric vehicles, from the current 25% to 100%.
25% | 25 | - | percent | amount | - | - | - | - | CN,US | - | -
100% | 100 | - | percent | amount | - | - | - | - | CN,US | - | -
S m.ru24.net https://m.ru24.net/english/387663936
BEIJING, Sept. 14 (Xinhua) -- The U.S. administration on Friday finalized sharp tariff hikes on some Chinese imports, including a 100 percent duty on electric vehicles (EVs), drawing harsh criticism from industrial insiders and experts.
100 percent | 100 | - | percent | amount | - | - | - | - | CN,US | Xinhua | -
S shawnryder.com https://shawnryder.com/biden-set-to-hit-china-evs-with-tariffs-report-says
The tariff rate on electric vehicles is expected to quadruple from roughly 25 percent to 100 percent, The Wall Street Journal reported Friday, citing people familiar with the plans.
quadruple | 4 | - | factor | change | - | up | - | - | - | The Wall Street Journal | -
25 percent | 25 | - | percent | amount | - | - | roughly | - | - | The Wall Street Journal | -
100 percent | 100 | - | percent | amount | - | - | - | - | - | The Wall Street Journal | -
S evearly.news https://www.evearly.news/en/us-quadruples-import-tariff-for-chinese-evs-to-100/
In a move that’s meant to “protect American manufacturers”, the Biden administration has quadrupled the import tariff for Chinese EVs, taking it from 25% to 100%.
quadrupled | 4 | - | factor | change | - | up | - | - | CN,US | - | -
25% | 25 | - | percent | amount | - | - | - | - | CN,US | - | -
100% | 100 | - | percent | amount | - | - | - | - | CN,US | - | -
S insideevs.com https://insideevs.com/news/386024/bloombergnef-battery-prices-156-kwh-2019/
According to BloombergNEF (BNEF) research, this year the average EV battery pack prices decreased to around $156/kWh, which is some 87% less than it was in 2010 (over $1,100/kWh).
$156/kWh | 156 | - | USD/kWh | amount | - | - | around | - | - | BloombergNEF | -
87% | 87 | - | percent | change | vs-period | down | some | - | - | BloombergNEF | -
$1,100/kWh | 1100 | - | USD/kWh | amount | - | - | over | 2010 | - | BloombergNEF | -
S insideevs.com https://insideevs.com/news/386024/bloombergnef-battery-prices-156-kwh-2019/
James Frith, BNEF’s senior energy storage analyst and author of the report, said: “According to our forecasts, by 2030 the battery market will be worth $116 billion annually, and this doesn’t include investment in the supply chain.”
$116 billion | 116000000000 | - | USD | amount | - | - | - | 2030 | - | James Frith | James Frith
S insideevs.com https://insideevs.com/news/386024/bloombergnef-battery-prices-156-kwh-2019/
The longer horizon gives us hope for even better prices of $61/kWh around 2030, based on the assumption of technological breakthroughs:
$61/kWh | 61 | - | USD/kWh | amount | - | - | - | 2030 | - | - | -
S insidefuturemobility.com https://insidefuturemobility.com/latest.php?mc=news&pw=4317&rsid=8720
Electric-car battery-pack prices have fallen 13% in 2020, in some cases reaching a crucial milestone for affordability, according to an annual report released Wednesday by Bloomberg New Energy Finance (BNEF).
13% | 13 | - | percent | change | - | down | - | 2020 | - | Bloomberg New Energy Finance | -
S insidefuturemobility.com https://insidefuturemobility.com/latest.php?mc=news&pw=4317&rsid=8720
Average prices have dropped from $1,100 per kilowatt-hour to $137 per kwh, decrease of 89% over the past decade, according to the analysis.
$1,100 per kilowatt-hour | 1100 | - | USD/kWh | amount | - | - | - | - | - | - | -
$137 per kwh | 137 | - | USD/kWh | amount | - | - | - | - | - | - | -
89% | 89 | - | percent | change | vs-period | down | - | - | - | - | -
S cnet.com https://www.cnet.com/roadshow/news/electric-car-battery-pack-prices-outlook/
According to Bloomberg NEF's data, prices fell 13% from 2019 levels.
13% | 13 | - | percent | change | yoy | down | - | - | - | Bloomberg NEF | -
S cnet.com https://www.cnet.com/roadshow/news/electric-car-battery-pack-prices-outlook/
The average price sits at $137 per kWh for passenger EVs, commercial vehicles and buses.
$137 per kWh | 137 | - | USD/kWh | amount | - | - | - | - | - | - | -
S cnet.com https://www.cnet.com/roadshow/news/electric-car-battery-pack-prices-outlook/
For the first time, prices slid under $100 per kilowatt hour, and thorough analysis shows prices fell a whopping 89% in just 10 years.
$100 per kilowatt hour | 100 | - | USD/kWh | amount | - | - | under | - | - | - | -
89% | 89 | - | percent | change | vs-period | down | - | - | - | - | -
S chileeconomico.net https://chileeconomico.net/2020/06/29/cochilco-copper-commission-sees-3-5-drop-in-copper-output/
Chile’s mining minister, Baldo Prokuric, projected a decline in Chile’s copper output of 200,000 tonnes due to the economic effects of the pandemic.
200,000 tonnes | 200000 | - | tonne | change | - | down | - | - | CL | Baldo Prokuric | -
S brusselstimes.com https://brusselstimes.com/belgium/1460932/ev-market-share-up-slightly-in-the-eu
The market share of electric vehicles in the European Union rose to 15% in January, according to statistics released on Tuesday by the European Automobile Manufacturers Association, ACEA.
15% | 15 | - | percent | share | - | - | - | - | EU | the European Automobile Manufacturers Association | -
S brusselstimes.com https://brusselstimes.com/belgium/1460932/ev-market-share-up-slightly-in-the-eu
A total of 831,201 new vehicles were registered in the EU last month, marking a 2.6% decline compared to January 2024.
831,201 new vehicles | 831201 | - | vehicle | amount | - | - | - | 2025-01 | EU | - | -
2.6% | 2.6 | - | percent | change | yoy | down | - | 2025-01 | EU | - | -
S brusselstimes.com https://brusselstimes.com/belgium/1460932/ev-market-share-up-slightly-in-the-eu
For the whole of 2024, this share saw “the first decrease since 2018,” dropping from 14.6% in 2023 to 13.6% last year, according to de Vries.
14.6% | 14.6 | - | percent | share | - | - | - | 2023 | - | de Vries | -
13.6% | 13.6 | - | percent | share | - | - | - | 2024 | - | de Vries | -
S brusselstimes.com https://brusselstimes.com/belgium/1460932/ev-market-share-up-slightly-in-the-eu
ACEA noted that with a 15% market share, the EU’s target of 25% by 2025 is still far from being achieved.
15% | 15 | - | percent | share | - | - | - | - | EU | ACEA | -
25% | 25 | - | percent | share | - | - | - | 2025 | EU | ACEA | -
S brusselstimes.com https://brusselstimes.com/belgium/1460932/ev-market-share-up-slightly-in-the-eu
This increase was driven mainly by Germany (+53.5%), Belgium (+37.2%) and the Netherlands (+28.2%).
+53.5% | 53.5 | - | percent | change | - | up | - | - | DE | - | -
+37.2% | 37.2 | - | percent | change | - | up | - | - | BE | - | -
+28.2% | 28.2 | - | percent | change | - | up | - | - | NL | - | -
S lionexpressnews.com https://lionexpressnews.com/electric-car-registrations-are-growing-in-europe/
AGI – In the EU, the market share of battery electric cars increased to 16.3% in November, compared to 15% last year.
16.3% | 16.3 | - | percent | share | - | - | - | - | EU | AGI | -
15% | 15 | - | percent | share | - | - | - | - | EU | AGI | -
S lionexpressnews.com https://lionexpressnews.com/electric-car-registrations-are-growing-in-europe/
In contrast, sales of electric cars last month plug-in hybrids decreased by 22.1% to 72,002 units.
22.1% | 22.1 | - | percent | change | - | down | - | - | - | - | -
72,002 units | 72002 | - | vehicle | amount | - | - | - | - | - | - | -
S latamobility.com https://latamobility.com/en/?p=23604
“From January to August 2023, new car registrations in the EU grew substantially (17.9%), totaling 7.1 million units, but still far from the 9 million units sold by this time in 2019, before the pandemic,” notes a report by EFE news agency.
17.9% | 17.9 | - | percent | change | - | up | - | 2023-01/2023-08 | EU | EFE | EFE
7.1 million units | 7100000 | - | vehicle | amount | - | - | - | 2023-01/2023-08 | EU | EFE | EFE
9 million units | 9000000 | - | vehicle | amount | - | - | - | 2019-01/2019-08 | EU | EFE | EFE
S latamobility.com https://latamobility.com/en/?p=23604
The diesel car market continued its decline in August (-6%) and now has a market share of 12.5%, down from 16.1% in August last year.
-6% | 6 | - | percent | change | - | down | - | - | - | - | -
12.5% | 12.5 | - | percent | share | - | - | - | - | - | - | -
16.1% | 16.1 | - | percent | share | - | - | - | - | - | - | -
S caresmatic.eu http://www.caresmatic.eu/evs-registrations-in-may-2017/
In May 2017 passenger car registrations increased by 7.6% to 1,386,818 units in EU according to the European Automobile Manufacturers Association (ACEA).
7.6% | 7.6 | - | percent | change | - | up | - | 2017-05 | EU | the European Automobile Manufacturers Association | -
1,386,818 units | 1386818 | - | vehicle | amount | - | - | - | 2017-05 | EU | the European Automobile Manufacturers Association | -
S caresmatic.eu http://www.caresmatic.eu/evs-registrations-in-may-2017/
The European Alternative Fuels Observatory (EAFO) reports further that there have been a 54% increase in sales of BEV in May 2017 in comparison to May 2016 as well as a 43% increase in sales of PHEV.
54% | 54 | - | percent | change | yoy | up | - | 2017-05 | - | The European Alternative Fuels Observatory | -
43% | 43 | - | percent | change | yoy | up | - | 2017-05 | - | The European Alternative Fuels Observatory | -
S squidsite02.com https://squidsite02.com/2025/04/08/chinas-cmoc-boosts-cobalt
Copper output rose 15.7% to about 171,000 tons.
15.7% | 15.7 | - | percent | change | - | up | - | - | - | - | -
171,000 tons | 171000 | - | tonne | amount | - | - | about | - | - | - | -
S squidsite02.com https://www.squidsite02.com/2025/11/20/china-october-rare-earth
For October, outbound shipments from the world’s largest producer and exporter of rare earth magnets, used in a wide array of technology from cars to weapons, were 5,473 metric tons last month, data from the General Administration of Customs showed.
5,473 metric tons | 5473 | - | tonne | amount | - | - | - | - | - | the General Administration of Customs | -
S latamobility.com https://latamobility.com/en/?p=23604
Last August, despite being a traditionally lower sales month, the EU car market expanded by 21% to 787,626 units registered, indicating that the 27-nation bloc’s market is recovering from last year’s component shortage, ACEA said.
21% | 21 | - | percent | change | - | up | - | - | EU | ACEA | -
787,626 units | 787626 | - | vehicle | amount | - | - | - | - | EU | ACEA | -
S latamobility.com https://latamobility.com/en/?p=23604
In August, the market share of battery-electric vehicles exceeded 20% for the first time (up from 11.6% in August last year), putting them ahead of diesel for the second time this year and making them the third most popular choice among new car buyers.
20% | 20 | - | percent | share | - | - | more than | - | - | - | -
11.6% | 11.6 | - | percent | share | - | - | - | - | - | - | -
S lionexpressnews.com https://lionexpressnews.com/electric-car-registrations-are-growing-in-europe/
However, sales of battery electric cars in Germany suffered a decline with a 22.5% drop.
22.5% | 22.5 | - | percent | change | - | down | - | - | DE | - | -
S lionexpressnews.com https://lionexpressnews.com/electric-car-registrations-are-growing-in-europe/
In November, new registrations of hybrid electric vehicles in the EU increased by 28.7%, led by double-digit growth in the three largest markets: Germany (+38.4%), France (+35.8%), Italy (+30.2 %).
28.7% | 28.7 | - | percent | change | - | up | - | - | EU | - | -
+38.4% | 38.4 | - | percent | change | - | up | - | - | DE | - | -
+35.8% | 35.8 | - | percent | change | - | up | - | - | FR | - | -
+30.2 % | 30.2 | - | percent | change | - | up | - | - | IT | - | -
S caresmatic.eu http://www.caresmatic.eu/evs-registrations-in-may-2017/
From January to May 2017 therefore 49.246 BEVs has been sold as well as 51.176 PHEVs.
49.246 BEVs | 49246 | - | vehicle | amount | - | - | - | 2017-01/2017-05 | - | - | -
51.176 PHEVs | 51176 | - | vehicle | amount | - | - | - | 2017-01/2017-05 | - | - | -
S autonews.autoua.net https://autonews.autoua.net/en/novosti/33531-10-all-new-cars-sold-last-year-were-electric-experts-predict-even-more-growth-future.amp
In Europe, fully electric vehicles accounted for 11% of total car sales, and in China, the figure was 19%, according to LMC Automotive.
11% | 11 | - | percent | share | - | - | - | - | - | LMC Automotive | -
19% | 19 | - | percent | share | - | - | - | - | CN | LMC Automotive | -
S insidefuturemobility.com https://insidefuturemobility.com/latest.php?mc=news&pw=4317&rsid=8720
At this time last year, BNEF reported an average price of $156 per kwh—itself a 13% decrease from 2018.
$156 per kwh | 156 | - | USD/kWh | amount | - | - | - | 2019 | - | BNEF | -
13% | 13 | - | percent | change | yoy | down | - | 2019 | - | BNEF | -
"""

def parse():
    out, cur = [], None
    lines = [l for l in ANNOTATION.strip().split("\n")]
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("S "):
            _, host, url = l.split(" ", 2)
            cur = {"host": host, "url": url, "sentence": lines[i + 1].strip(), "figures": []}
            out.append(cur); i += 2; continue
        p = [x.strip() for x in l.split("|")]
        assert len(p) == 12, l
        n = lambda x: None if x == "-" else x
        num = lambda x: None if x == "-" else (int(x) if re.fullmatch(r"\d+", x) else float(x))
        assert p[0] in cur["sentence"], (p[0], cur["sentence"])
        cur["figures"].append({"quote": p[0], "value": num(p[1]), "value_max": num(p[2]), "unit": p[3], "kind": p[4],
            "basis": n(p[5]), "direction": n(p[6]), "qualifier": n(p[7]), "period": n(p[8]),
            "place": [] if p[9] == "-" else p[9].split(","), "attributed_to": n(p[10]), "speaker": n(p[11])})
        i += 1
    return out

def main():
    sents = parse()
    os.makedirs(os.path.join(HERE, "text", "dev"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "text", "heldout"), exist_ok=True)
    gold = {"dev": [], "heldout": []}
    with open(os.path.join(HERE, "sentences.tsv"), "w") as tsv:
        tsv.write("id\tsplit\turl\tpublisher\tfigures\tsentence\n")
        for k, s in enumerate(sents, 1):
            split = "heldout" if k % 10 in (2, 5, 8) else "dev"  # fixed before any run: every 10th's 2nd, 5th, 8th
            doc = "a-%03d-%s" % (k, s["host"].replace(".", "-"))
            with open(os.path.join(HERE, "text", split, doc + ".txt"), "w") as f:
                f.write(s["sentence"] + "\n")
            tsv.write("\t".join([doc, split, s["url"], s["host"], str(len(s["figures"])), s["sentence"]]) + "\n")
            for fig in s["figures"]:
                g = {"doc": doc, "quote": fig["quote"], "start": None, "end": None}
                g.update({k2: fig[k2] for k2 in ["value", "value_max", "unit", "kind", "basis", "direction", "qualifier", "period"]})
                g["measure"] = None
                g.update({"place": fig["place"], "attributed_to": fig["attributed_to"], "speaker": fig["speaker"], "sentence": s["sentence"],
                          "sentence_start": None, "sentence_end": None})
                gold[split].append(g)
    for split, lines in gold.items():
        with open(os.path.join(HERE, "gold-%s.jsonl" % split), "w") as f:
            for g in lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    pubs = {s["host"] for s in sents}
    print(len(sents), "sentences,", sum(len(s["figures"]) for s in sents), "figures,", len(pubs), "publishers;",
          {k: len(v) for k, v in gold.items()}, "figures per split")

if __name__ == "__main__":
    main()
