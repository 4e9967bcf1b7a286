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
triple | 3 | - | factor | change | vs-period | up | - | 2033 | - | Reuters | -
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

# Second batch (round 19, smoke19): 74 sentences of 32 other publishers, none in devset/SOURCES*.tsv, corpus/ nor the
# first batch; annotated the same way, before any extractor run. Scored as splits dev2 / heldout2 (same fixed rule).
ANNOTATION2 = r"""
S rubbernews.com https://www.rubbernews.com/automotive/tesla-price-cuts-driving-ev-market-share-registration-data
U.S. market share for electric vehicles rose to 7.2 percent in the January to July period, according to new-vehicle registration data from Experian, with Tesla spurring demand with escalating price cuts throughout the year.
7.2 percent | 7.2 | - | percent | share | - | - | - | - | US | Experian | -
S rubbernews.com https://www.rubbernews.com/automotive/tesla-price-cuts-driving-ev-market-share-registration-data
New U.S. EV registrations rose to 655,986 in the seven-month period for a 67-percent rise over the year-earlier period when EV share was 4.9 percent.
655,986 | 655986 | - | vehicle | amount | - | - | - | - | US | - | -
67-percent | 67 | - | percent | change | yoy | up | - | - | US | - | -
4.9 percent | 4.9 | - | percent | share | - | - | - | - | US | - | -
S rubbernews.com https://www.rubbernews.com/automotive/tesla-price-cuts-driving-ev-market-share-registration-data
Tesla had 390,377 registrations from January to July—a 50-percent increase compared with the year-earlier period for a 59.5 percent share of the EV market, the data showed.
390,377 registrations | 390377 | - | vehicle | amount | - | - | - | - | US | - | -
50-percent | 50 | - | percent | change | yoy | up | - | - | US | - | -
59.5 percent | 59.5 | - | percent | share | - | - | - | - | US | - | -
S sellmycargoldcoast.au https://sellmycargoldcoast.au/the-u-s-electric-vehicle-market-is-unnatural-not-just-immature
New EV registrations rose by a healthy 68 percent in the January-to-May period to a record 447,514 vehicles, but Experian noted that about half of the increase came solely from Tesla, which continues to vacuum up EV market share.
68 percent | 68 | - | percent | change | - | up | - | - | - | - | -
447,514 vehicles | 447514 | - | vehicle | amount | - | - | - | - | - | - | -
half | 50 | - | percent | share | - | - | about | - | - | Experian | -
S sellmycargoldcoast.au https://sellmycargoldcoast.au/the-u-s-electric-vehicle-market-is-unnatural-not-just-immature
EVs as a percentage of light-vehicle registrations are up, now representing 7 percent of the market, compared with 4.6 percent just a year ago.
7 percent | 7 | - | percent | share | - | - | - | - | - | - | -
4.6 percent | 4.6 | - | percent | share | - | - | - | - | - | - | -
S wealthsanta.com https://www.wealthsanta.com/real-estate-investing/master-lease-option-mlo/most-electric-car-buyers-dont-switch-back-to-gas-axios
Between the lines: EVs accounted for 5.8% of all new cars registered nationally in July, up from 3.4% a year ago.
5.8% | 5.8 | - | percent | share | - | - | - | - | - | - | -
3.4% | 3.4 | - | percent | share | - | - | - | - | - | - | -
S wealthsanta.com https://www.wealthsanta.com/real-estate-investing/master-lease-option-mlo/most-electric-car-buyers-dont-switch-back-to-gas-axios
Those two models alone accounted for 51% of all new EV registrations in July (the latest available month).
51% | 51 | - | percent | share | - | - | - | - | - | - | -
S noln.net https://www.noln.net/site-placement/latest-news/article/11475097/ev-ownership-rising-car-registrations-up-overall
According to a report from The Drive, EVs accounted for 2.3 percent of U.S. vehicle sales, up 0.7 percent from the average, from January to April 2021.
2.3 percent | 2.3 | - | percent | share | - | - | - | 2021-01/2021-04 | US | The Drive | -
0.7 percent | 0.7 | - | percent | change | - | up | - | 2021-01/2021-04 | US | The Drive | -
S noln.net https://www.noln.net/site-placement/latest-news/article/11475097/ev-ownership-rising-car-registrations-up-overall
Of the 133,509 EVs sold in that time period, two Tesla models accounted for 71 percent; the Model Y sold 53,102 units, and the Model 3 sold 35,468.
133,509 EVs | 133509 | - | vehicle | amount | - | - | - | - | - | - | -
71 percent | 71 | - | percent | share | - | - | - | - | US | - | -
53,102 units | 53102 | - | vehicle | amount | - | - | - | - | US | - | -
35,468 | 35468 | - | vehicle | amount | - | - | - | - | US | - | -
S noln.net https://www.noln.net/site-placement/latest-news/article/11475097/ev-ownership-rising-car-registrations-up-overall
Compared to the same time period last year, EV registrations are up 95 percent.
95 percent | 95 | - | percent | change | yoy | up | - | - | - | - | -
S climatechangecommunity.com https://climatechangecommunity.com/ev-registrations-growing-3-times-faster-than-gasoline-powered-cars/
According to a new report from Experian, overall new car registrations from January to April were 36% higher than one year before.
36% | 36 | - | percent | change | yoy | up | - | - | - | Experian | -
S climatechangecommunity.com https://climatechangecommunity.com/ev-registrations-growing-3-times-faster-than-gasoline-powered-cars/
Through the first four months of 2021, registrations of new EVs were up 95% from the same period in 2020.
95% | 95 | - | percent | change | yoy | up | - | 2021-01/2021-04 | - | - | -
S climatechangecommunity.com https://climatechangecommunity.com/ev-registrations-growing-3-times-faster-than-gasoline-powered-cars/
However, electric cars remain a small percentage of the market – just 2.3% in the first quarter of 2021.
2.3% | 2.3 | - | percent | share | - | - | - | 2021-01/2021-03 | - | - | -
S thebusinesstelegraph.com https://thebusinesstelegraph.com/?p=2770
According to the International Copper Study Group (ICSG) preliminary data reveals that global mine copper output slid by a margin of 1.4% in 1H19.
1.4% | 1.4 | - | percent | change | - | down | - | 2019-01/2019-06 | - | the International Copper Study Group | -
S thebusinesstelegraph.com https://thebusinesstelegraph.com/?p=2770
Chile’s productions ebbed lower by 2.5% on the back of lower copper ore grades while Indonesia’s concentrate production was a steep 55% down as it’s two key mines transition to different ore zones leading to temporarily reduced output levels.
2.5% | 2.5 | - | percent | change | - | down | - | - | CL | - | -
55% | 55 | - | percent | change | - | down | - | - | ID | - | -
S themininghub.com http://www.themininghub.com/en/news/article/DERQAK5q/facts-n-figures-world-copper-mine-production-falls-1-8-in-early-2019-says-icsg/
Preliminary data indicates that world mine production declined by about 1.8% in the first two months of 2019, with concentrate production declining by 1.3% and solvent extraction-electrowinning (SX-EW) by 4%.
1.8% | 1.8 | - | percent | change | - | down | about | 2019-01/2019-02 | - | - | -
1.3% | 1.3 | - | percent | change | - | down | - | 2019-01/2019-02 | - | - | -
4% | 4 | - | percent | change | - | down | - | 2019-01/2019-02 | - | - | -
S themininghub.com http://www.themininghub.com/en/news/article/DERQAK5q/facts-n-figures-world-copper-mine-production-falls-1-8-in-early-2019-says-icsg/
Production in Chile, the world’s biggest copper mine producing country, declined by 6% mainly due to lower copper head grades.
6% | 6 | - | percent | change | - | down | - | - | CL | - | -
S themininghub.com http://www.themininghub.com/en/news/article/DERQAK5q/facts-n-figures-world-copper-mine-production-falls-1-8-in-early-2019-says-icsg/
After aggregated growth of 13% in 2018, production in the Democratic Republic of the Congo (DRC) and Zambia increased by 1.3% in the first two months of 2019 as reduced production at some mines partially off-set ramp-up output at other operations.
13% | 13 | - | percent | change | - | up | - | 2018 | CD,ZM | - | -
1.3% | 1.3 | - | percent | change | - | up | - | 2019-01/2019-02 | CD,ZM | - | -
S tcaptx.com https://tcaptx.com/news-roundup/utility-dive-battery-prices-fall-nearly-50-in-3-years-spurring-more-electrification
Dec. 3 — Average market prices for battery packs have plunged from $1,100/kWh in 2010 to $156/kWh in 2019, an 87% fall in real terms.
$1,100/kWh | 1100 | - | USD/kWh | amount | - | - | - | 2010 | - | - | -
$156/kWh | 156 | - | USD/kWh | amount | - | - | - | 2019 | - | - | -
87% | 87 | - | percent | change | vs-period | down | - | 2019 | - | - | -
S internationalgraphite.com.au https://www.internationalgraphite.com.au/markets/
A World Bank Report expects the graphite industry to grow at a compound annual growth rate (CAGR) of 5.3% to reach US$21.6 billion by 2027.
5.3% | 5.3 | - | percent | change | yoy | up | - | 2027 | - | World Bank | -
US$21.6 billion | 21600000000 | - | USD | amount | - | - | - | 2027 | - | World Bank | -
S internationalgraphite.com.au https://www.internationalgraphite.com.au/markets/
Industry analysts expect demand for graphite from the battery sector will grow by a massive 1,400% between 2020 and 2050 (Wood McKenzie, 2021), while a graphite shortage is looming with an expected deficit of 20,000 tonnes in 2022 (Benchmark Minerals Intelligence).
1,400% | 1400 | - | percent | change | vs-period | up | - | 2050 | - | Wood McKenzie | -
20,000 tonnes | 20000 | - | tonne | amount | - | - | - | 2022 | - | Benchmark Minerals Intelligence | -
S ess-news.com https://ess-news.com/2024/08/30/global-energy-storage-market-h1-2024-installation-figures
Global energy storage installed capacity grew 93.8% YoY in the first half of 2024, coming in at 64.9 GWh.
93.8% | 93.8 | - | percent | change | yoy | up | - | 2024-01/2024-06 | - | - | -
64.9 GWh | 64.9 | - | GWh | amount | - | - | - | 2024-01/2024-06 | - | - | -
S ess-news.com https://ess-news.com/2024/08/30/global-energy-storage-market-h1-2024-installation-figures
A total of 57.3 GWh came from utility-scale storage (including C&I), up 118% year-on-year.
57.3 GWh | 57.3 | - | GWh | amount | - | - | - | - | - | - | -
118% | 118 | - | percent | change | yoy | up | - | - | - | - | -
S ess-news.com https://ess-news.com/2024/08/30/global-energy-storage-market-h1-2024-installation-figures
Residential storage installations reached 1.3 GWh in the first half of the year, an increase of 19.6% year-on-year.
1.3 GWh | 1.3 | - | GWh | amount | - | - | - | - | - | - | -
19.6% | 19.6 | - | percent | change | yoy | up | - | - | - | - | -
S bebrighterenergy.com https://bebrighterenergy.com/?p=2880
A report from Wood Mackenzie revealed that U.S. developers installed 3,011 MW and 10,492 MWh of energy storage in Q2 2024, marking the busiest second quarter to date for system activations.
3,011 MW | 3011 | - | MW | amount | - | - | - | 2024-04/2024-06 | US | Wood Mackenzie | -
10,492 MWh | 10492 | - | MWh | amount | - | - | - | 2024-04/2024-06 | US | Wood Mackenzie | -
S bebrighterenergy.com https://bebrighterenergy.com/?p=2880
California, Arizona, and Texas led the charge, accounting for 85% of the installations.
85% | 85 | - | percent | share | - | - | - | - | US | - | -
S bebrighterenergy.com https://bebrighterenergy.com/?p=2880
Looking forward, storage installations in 2024 are expected to grow by 42% compared to 2023.
42% | 42 | - | percent | change | yoy | up | - | 2024 | - | - | -
S glamsham.com https://glamsham.com/world/technology/s-korean-battery-exports-fall-1-6-amid-slowing-ev-demand
Seoul, Feb 4 (IANS) South Korea’s exports of battery products fell 1.6 per cent in 2023 from a year earlier after posting growth for the previous seven years amid a slowdown in electric vehicle sales, the trade ministry said on Sunday.
1.6 per cent | 1.6 | - | percent | change | yoy | down | - | 2023 | KR | the trade ministry | -
S glamsham.com https://glamsham.com/world/technology/s-korean-battery-exports-fall-1-6-amid-slowing-ev-demand
The trade surplus in the rechargeable battery segment plunged to $900 million last year from $5.83 billion in 2019 due to increased battery imports from China, the ministry said.
$900 million | 900000000 | - | USD | amount | - | - | - | - | - | the ministry | -
$5.83 billion | 5830000000 | - | USD | amount | - | - | - | 2019 | - | the ministry | -
S koreajoongangdaily.joins.com https://koreajoongangdaily.joins.com/news/2024-02-05/business/industry/Korean-battery-exports-fall-16-first-drop-in-eight-years/1974537
Secondary battery exports came in at $9.8 billion in 2023, down 1.6 percent compared to the previous year, according to the Ministry of Trade, Industry and Infrastructure.
$9.8 billion | 9800000000 | - | USD | amount | - | - | - | 2023 | - | the Ministry of Trade, Industry and Infrastructure | -
1.6 percent | 1.6 | - | percent | change | yoy | down | - | 2023 | - | the Ministry of Trade, Industry and Infrastructure | -
S koreajoongangdaily.joins.com https://koreajoongangdaily.joins.com/news/2024-02-05/business/industry/Korean-battery-exports-fall-16-first-drop-in-eight-years/1974537
Battery exports stood at $590 million in January, down 26.2 percent on-year.
$590 million | 590000000 | - | USD | amount | - | - | - | - | - | - | -
26.2 percent | 26.2 | - | percent | change | yoy | down | - | - | - | - | -
S koreajoongangdaily.joins.com https://koreajoongangdaily.joins.com/news/2024-02-05/business/industry/Korean-battery-exports-fall-16-first-drop-in-eight-years/1974537
Korea's exports to the European Union plunged 25.1 percent on-year in 2023.
25.1 percent | 25.1 | - | percent | change | yoy | down | - | 2023 | KR,EU | - | -
S koreajoongangdaily.joins.com https://koreajoongangdaily.joins.com/news/2024-02-05/business/industry/Korean-battery-exports-fall-16-first-drop-in-eight-years/1974537
Around 12.8 million units were estimated to have sold in 2023, up 80 percent on-year.
12.8 million units | 12800000 | - | vehicle | amount | - | - | around | 2023 | - | - | -
80 percent | 80 | - | percent | change | yoy | up | - | 2023 | - | - | -
S koreabizwire.com http://koreabizwire.com/rechargeable-batteries-exports-hit-record-high-in-2016/84191
Outbound shipments of accumulators, such as lithium-ion batteries amounted to a record US$4.4 billion in 2016, up 11.6 percent from $3.94 billion a year earlier, according to the data by the Korea Customs Service (KTS).
US$4.4 billion | 4400000000 | - | USD | amount | - | - | - | 2016 | - | the Korea Customs Service | -
11.6 percent | 11.6 | - | percent | change | yoy | up | - | 2016 | - | the Korea Customs Service | -
$3.94 billion | 3940000000 | - | USD | amount | - | - | - | 2015 | - | the Korea Customs Service | -
S koreabizwire.com http://koreabizwire.com/rechargeable-batteries-exports-hit-record-high-in-2016/84191
For the first three months of the year, secondary battery exports continued to post solid gains, soaring 22.9 percent on-year to $1.24 billion.
22.9 percent | 22.9 | - | percent | change | yoy | up | - | - | - | - | -
$1.24 billion | 1240000000 | - | USD | amount | - | - | - | - | - | - | -
S koreabizwire.com http://koreabizwire.com/rechargeable-batteries-exports-hit-record-high-in-2016/84191
By country, China was the biggest buyer of South Korean secondary cell batteries, purchasing $830 million last year, taking up 18.9 percent of the total exports, followed by Germany with $544 million and the United States with $524 million.
$830 million | 830000000 | - | USD | amount | - | - | - | - | KR,CN | - | -
18.9 percent | 18.9 | - | percent | share | - | - | - | - | KR,CN | - | -
$544 million | 544000000 | - | USD | amount | - | - | - | - | KR,DE | - | -
$524 million | 524000000 | - | USD | amount | - | - | - | - | KR,US | - | -
S koreanewsgazette.com https://www.koreanewsgazette.com/south-korean-battery-exports-decline-for-first-time-in-seven-years-amid-ev-sales-slowdown/
SEOUL — South Korea's battery exports witnessed a decline of 1.6 percent in 2023, marking the first decrease in seven years, the Ministry of Trade, Industry and Energy announced on Sunday.
1.6 percent | 1.6 | - | percent | change | - | down | - | 2023 | KR | the Ministry of Trade, Industry and Energy | -
S koreanewsgazette.com https://www.koreanewsgazette.com/south-korean-battery-exports-decline-for-first-time-in-seven-years-amid-ev-sales-slowdown/
According to Yonhap News Agency, the total value of South Korea's rechargeable battery shipments dropped to $9.83 billion from the $9.98 billion recorded in 2022, the first on-year decline observed since 2015.
$9.83 billion | 9830000000 | - | USD | amount | - | - | - | 2023 | KR | Yonhap News Agency | -
$9.98 billion | 9980000000 | - | USD | amount | - | - | - | 2022 | KR | Yonhap News Agency | -
S pressbase.co https://pressbase.co/?p=7193
The electric two-wheeler industry recorded sales of 1,39,288 vehicles in March 2024, up from 86,358 vehicles sold in March 2023, marking over 61% year-on-year growth.
1,39,288 vehicles | 139288 | - | vehicle | amount | - | - | - | 2024-03 | - | - | -
86,358 vehicles | 86358 | - | vehicle | amount | - | - | - | 2023-03 | - | - | -
61% | 61 | - | percent | change | yoy | up | over | 2024-03 | - | - | -
S pressbase.co https://pressbase.co/?p=7193
The sales of electric two-wheelers reported a growth of over 60% year-on-year.
60% | 60 | - | percent | change | yoy | up | over | - | - | - | -
S beta.agent-entrepreneur.com https://beta.agent-entrepreneur.com/news/global-ev-sales-on-the-rise
Global electric-vehicle sales are up 23% year-over-year through October to 16.5 million units, said EV data provider Rho Motion.
23% | 23 | - | percent | change | yoy | up | - | - | - | Rho Motion | -
16.5 million units | 16500000 | - | vehicle | amount | - | - | - | - | - | Rho Motion | -
S beta.agent-entrepreneur.com https://beta.agent-entrepreneur.com/news/global-ev-sales-on-the-rise
U.S. EV sales dropped 53% after record-high sales in August and September.
53% | 53 | - | percent | change | - | down | - | - | US | - | -
S beta.agent-entrepreneur.com https://beta.agent-entrepreneur.com/news/global-ev-sales-on-the-rise
Europe led the EV market with a 32% year-to-date increase, fueled largely by sales in Germany, France and the United Kingdom.
32% | 32 | - | percent | change | vs-period | up | - | - | - | - | -
S greencarstocks.com https://www.greencarstocks.com/2022/05/page/2/
Records indicate that while overall automobile sales slumped by 18%, EVs registered an impressive 60% jump in sales during the first quarter of this year.
18% | 18 | - | percent | change | - | down | - | - | - | - | -
60% | 60 | - | percent | change | - | up | - | - | - | - | -
S greencarstocks.com https://www.greencarstocks.com/2022/05/page/2/
This sharp sales increase, taking electric vehicles’ market share to just 4.6%, may pale when compared to countries such as Norway where approximately 86% of all the vehicles registered in March alone were fully electric.
4.6% | 4.6 | - | percent | share | - | - | - | - | - | - | -
86% | 86 | - | percent | share | - | - | approximately | - | NO | - | -
S torquenews.com https://torquenews.com/1083/why-lie-heres-graph-past-5-quarters-ev-deliveries-america/amp
Vehicles with battery-electric powertrains made up about 8% of the new vehicle deliveries in America during the last quarter (April, May, and June of 2024).
8% | 8 | - | percent | share | - | - | about | 2024-04/2024-06 | US | - | -
S torquenews.com https://torquenews.com/1083/why-lie-heres-graph-past-5-quarters-ev-deliveries-america/amp
This is slightly better than in Q1, when about 93% of shoppers chose not to buy a vehicle with a battery-electric powertrain.
93% | 93 | - | percent | share | - | - | about | - | - | - | -
S radionacional.com.ar https://cdn02.radionacional.com.ar/argentine-lithium-exports-hit-new-record
Argentine lithium exports set a new record in March, with sales of 91 million dollars.
91 million dollars | 91000000 | - | USD | amount | - | - | - | - | AR | - | -
S radionacional.com.ar https://cdn02.radionacional.com.ar/argentine-lithium-exports-hit-new-record
This was reported by the Ministry of Mining, which explained that there was a year-on-year growth of almost 100% in the volumes exported.
100% | 100 | - | percent | change | yoy | up | almost | - | - | the Ministry of Mining | -
S radionacional.com.ar https://cdn02.radionacional.com.ar/argentine-lithium-exports-hit-new-record
So far this year, according to the same source, 233 million dollars have already been shipped.
233 million dollars | 233000000 | - | USD | amount | - | - | - | - | - | - | -
S argentinaeconomica.net https://argentinaeconomica.net/2021/02/15/argentina-has-the-potential-to-export-2-1-billion-worth-of-lithium-by-2030/
Argentina has the potential to increase its lithium exports from $190 million in 2019 to $2.1 billion in 2030.
$190 million | 190000000 | - | USD | amount | - | - | - | 2019 | AR | - | -
$2.1 billion | 2100000000 | - | USD | amount | - | - | - | 2030 | AR | - | -
S argentinaeconomica.net https://argentinaeconomica.net/2021/02/15/argentina-has-the-potential-to-export-2-1-billion-worth-of-lithium-by-2030/
As of June 2020, more than 4,400 direct and indirect jobs were registered.
4,400 | 4400 | - | job | amount | - | - | more than | 2020-06 | - | - | -
S baccnetwork.com https://baccnetwork.com/2023/03/22/argentine-mining-exports-hit-10-year-high-as-lithium-evs-take-off/
Even as Latin America’s third-largest economy suffers triple-digit inflation and the fallout of a devastating drought afflicting top farmland, lithium exports helped push up the country’s mining exports to $3.86 billion last year – the highest level in a decade, according to economy ministry data.
$3.86 billion | 3860000000 | - | USD | amount | - | - | - | - | - | economy ministry | -
S juniorminingnews.com https://juniorminingnews.com/?cat=360&paged=3
In September Norwegians swung strongly for electric vehicles and gave zero-emission vehicles a 45% market share, says Advisory Council of Veitrafikken AS (in Norwegian).
45% | 45 | - | percent | share | - | - | - | - | NO | Advisory Council of Veitrafikken AS | -
S juniorminingnews.com https://juniorminingnews.com/?cat=360&paged=3
There were 4,810 passenger plug-in cars registered in Norway last month, up 25% from a year ago.
4,810 passenger plug-in cars | 4810 | - | vehicle | amount | - | - | - | - | NO | - | -
25% | 25 | - | percent | change | yoy | up | - | - | NO | - | -
S joepublic.net https://joepublic.net/norway-electric-vehicle-sales-including-hybrid-at-91-5-of-all-car-sales-in-september/
The number of new registrations increased by 15.7% year-over-year to 17,992.
15.7% | 15.7 | - | percent | change | yoy | up | - | - | - | - | -
17,992 | 17992 | - | vehicle | amount | - | - | - | - | - | - | -
S joepublic.net https://joepublic.net/norway-electric-vehicle-sales-including-hybrid-at-91-5-of-all-car-sales-in-september/
77.5% of all car sales in Norway during Septembers were electric!
77.5% | 77.5 | - | percent | share | - | - | - | - | NO | - | -
S joepublic.net https://joepublic.net/norway-electric-vehicle-sales-including-hybrid-at-91-5-of-all-car-sales-in-september/
Only 8.5% left for non-rechargeable cars.
8.5% | 8.5 | - | percent | share | - | - | - | - | - | - | -
S aisistant.net https://aisistant.net/norwegian-november-statistics-show-8442-new-electric-cars-registered/
In November, 8,442 new electric cars were registered in Norway, 926 more than in October.
8,442 new electric cars | 8442 | - | vehicle | amount | - | - | - | - | NO | - | -
926 | 926 | - | vehicle | change | mom | up | - | - | NO | - | -
S aisistant.net https://aisistant.net/norwegian-november-statistics-show-8442-new-electric-cars-registered/
The electric market share in Norway last month was 81.6 per cent.
81.6 per cent | 81.6 | - | percent | share | - | - | - | - | NO | - | -
S mqworld.com https://mqworld.com/?p=55514
Mineral Resources (MinRes) has seen strong growth in its lithium operations with realised spodumene prices rising 56 per cent from the previous quarter to $US1153 ($1619) per dry metric tonne (dmt), its December quarterly report shows.
56 per cent | 56 | - | percent | change | qoq | up | - | - | AU | Mineral Resources | -
$US1153 | 1153 | - | USD/tonne | amount | - | - | - | - | AU | Mineral Resources | -
$1619 | 1619 | - | AUD/tonne | amount | - | - | - | - | AU | Mineral Resources | -
S mqworld.com https://mqworld.com/?p=55514
While December saw growth for lithium, MinRes felt the effects of falling iron ore prices which declined 19 per cent from the previous quarter to $US63.23 ($88.86) per dmt, only 58 per cent of the Platts IODEX benchmark iron ore price.
19 per cent | 19 | - | percent | change | qoq | down | - | - | AU | - | -
$US63.23 | 63.23 | - | USD/tonne | amount | - | - | - | - | AU | - | -
$88.86 | 88.86 | - | AUD/tonne | amount | - | - | - | - | AU | - | -
58 per cent | 58 | - | percent | share | - | - | - | - | AU | - | -
S mqworld.com https://mqworld.com/?p=55514
Ore mined at the Yilgarn hub was 11 per cent lower as a result of labour constraints, however, the mine produced a consistent amount of ore at 2.6 million wet metric tonnes (wmt).
11 per cent | 11 | - | percent | change | - | down | - | - | - | - | -
2.6 million wet metric tonnes | 2600000 | - | tonne | amount | - | - | - | - | - | - | -
S evertiq.com https://evertiq.com/news/55742
Electric vehicles – up from 25% to 100% in 2024
25% | 25 | - | percent | amount | - | - | - | - | - | - | -
100% | 100 | - | percent | amount | - | - | - | 2024 | - | - | -
S evertiq.com https://evertiq.com/news/55742
Semiconductors – up from 25% to 50% by 2025
25% | 25 | - | percent | amount | - | - | - | - | - | - | -
50% | 50 | - | percent | amount | - | - | - | 2025 | - | - | -
S secureenergy.org https://secureenergy.org/politico-greenwire-5-ways-the-trump-tariffs-will-hit-us-energy
Mined material shipped from Canada into the U.S. will be affected by a 10 percent tariff, while transformed minerals and metals including EV battery materials will likely see even steeper duties up to 25 percent, said Abigail Hunter, executive director of SAFE’s Center for Critical Minerals Strategy, based on a preliminary understanding of the tariffs.
10 percent | 10 | - | percent | amount | - | - | - | - | CA,US | Abigail Hunter | -
25 percent | 25 | - | percent | amount | - | - | up to | - | CA,US | Abigail Hunter | -
S beta.metalradar.com https://beta.metalradar.com/nl/article/theme-of-the-day-us-confirms-25-tariff-on-critical-minerals-from-china-100-on-evs-13762
The tariffs include: 100% on electric vehicles; 50% on solar cells and semiconductors; 25% on steel; aluminium; EV batteries and key critical minerals.
100% | 100 | - | percent | amount | - | - | - | - | - | - | -
50% | 50 | - | percent | amount | - | - | - | - | - | - | -
25% | 25 | - | percent | amount | - | - | - | - | - | - | -
S theinfohive.com https://theinfohive.com/transportation/?post=ev-registrations-in-2021
EVs remain small part of the market at 2.3%
2.3% | 2.3 | - | percent | share | - | - | - | - | - | - | -
S theinfohive.com https://theinfohive.com/transportation/?post=ev-registrations-in-2021
71% of new EV registrations are made by Tesla
71% | 71 | - | percent | share | - | - | - | - | US | - | -
S energystoragenews.org http://www.energystoragenews.org/articles/3467443/report-global-grid-storage-hits-1-gwh-milestone-fo/
Plug-in and hybrid vehicles accounted for 2.3 GWh of Li-ion batteries in second-quarter 2015, according to Lux Research’s Automotive Battery Tracker.
2.3 GWh | 2.3 | - | GWh | amount | - | - | - | 2015-04/2015-06 | - | Lux Research | -
S energystoragenews.org http://www.energystoragenews.org/articles/3467443/report-global-grid-storage-hits-1-gwh-milestone-fo/
So far this year, the grid storage market has more than doubled from the totals booked in 2014, even though not all of the 1,090 MWh installed in 2015 will be commissioned this year.
doubled | 2 | - | factor | change | yoy | up | more than | 2015 | - | - | -
1,090 MWh | 1090 | - | MWh | amount | - | - | - | 2015 | - | - | -
S sankyungtoday.tistory.com http://sankyungtoday.tistory.com/4598
According to the Ministry of Trade, Industry and Energy, South Korea's secondary battery exports in the first half of this year recorded $3.97 billion, a 21.2% decrease compared to the same period last year.
$3.97 billion | 3970000000 | - | USD | amount | - | - | - | - | KR | the Ministry of Trade, Industry and Energy | -
21.2% | 21.2 | - | percent | change | yoy | down | - | - | KR | the Ministry of Trade, Industry and Energy | -
S sankyungtoday.tistory.com http://sankyungtoday.tistory.com/4598
After hitting a low of $618 million in April, they steadily increased to $644 million in May and $740 million in June.
$618 million | 618000000 | - | USD | amount | - | - | - | - | - | - | -
$644 million | 644000000 | - | USD | amount | - | - | - | - | - | - | -
$740 million | 740000000 | - | USD | amount | - | - | - | - | - | - | -
S sankyungtoday.tistory.com http://sankyungtoday.tistory.com/4598
The rise in lithium carbonate prices to around 110 yuan per kilogram in April and May may be reflected in product prices.
110 yuan per kilogram | 110 | - | CNY/kg | amount | - | - | around | - | - | - | -
"""

def parse(annotation=ANNOTATION):
    out, cur = [], None
    lines = [l for l in annotation.strip().split("\n")]
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
    batches = [("a", "", parse(ANNOTATION)), ("b", "2", parse(ANNOTATION2))]
    gold = {}
    with open(os.path.join(HERE, "sentences.tsv"), "w") as tsv:
        tsv.write("id\tsplit\turl\tpublisher\tfigures\tsentence\n")
        for prefix, suffix, sents in batches:
            for split in ("dev" + suffix, "heldout" + suffix):
                os.makedirs(os.path.join(HERE, "text", split), exist_ok=True)
                gold[split] = []
            for k, s in enumerate(sents, 1):
                # fixed before any run: every 10th's 2nd, 5th, 8th
                split = ("heldout" if k % 10 in (2, 5, 8) else "dev") + suffix
                doc = "%s-%03d-%s" % (prefix, k, s["host"].replace(".", "-"))
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
            pubs = {s["host"] for s in sents}
            print("batch", prefix + ":", len(sents), "sentences,", sum(len(s["figures"]) for s in sents), "figures,", len(pubs), "publishers;",
                  {k: len(v) for k, v in gold.items() if k.endswith(suffix) and (suffix or not k[-1].isdigit())}, "figures per split")
    for split, lines in gold.items():
        with open(os.path.join(HERE, "gold-%s.jsonl" % split), "w") as f:
            for g in lines:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
