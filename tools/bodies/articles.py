# Article bodies for the body-text evaluation set: original text written for this set (not
# copied from any page), on many subjects and in nine languages. Each entry:
# (id, lang, title, author, date, [paragraphs]) where a paragraph starting "## " is a subheading,
# "- " a list item, "> " a quotation that belongs to the story.
ARTICLES = [
("en-cobalt", "en", "Cobalt prices climb as Congo extends export halt", "Maria Okafor", "2025-03-04", [
 "Cobalt prices rose for a third straight week after the Democratic Republic of Congo said it would keep its ban on exports of the metal in place until June.",
 "The country supplies roughly three quarters of the world's mined cobalt, most of it as hydroxide shipped to refiners in China. Traders said spot prices in Rotterdam had gained almost 40% since the halt was first announced in February.",
 "## Refiners draw down stocks",
 "Chinese refiners have so far relied on inventories built up during two years of oversupply, but several told clients that their stocks would last only until the end of the second quarter.",
 "> We are not worried about the next two months. We are worried about the second half, one procurement manager at a battery maker said.",
 "Analysts expect the ban to be replaced by an export quota system once the government has agreed it with the largest producers."]),
("en-marathon", "en", "Record field finishes city marathon in heat", "Tom Reilly", "2024-10-13", [
 "More than 41,000 runners crossed the finish line on Sunday, the largest field in the race's 47-year history, despite temperatures that reached 27 degrees by midday.",
 "Organisers added six extra water stations along the second half of the course and moved the start of the mass waves forward by 20 minutes.",
 "The men's race was won in 2:08:31, two minutes outside the course record, while the women's winner pulled away from a pack of five at the 35-kilometre mark.",
 "Medical teams treated 312 runners, most of them for heat exhaustion, and 14 were taken to hospital as a precaution. None was in a serious condition, officials said."]),
("en-sourdough", "en", "How to keep a sourdough starter alive while you travel", "Priya Nair", "2023-06-02", [
 "A starter is more resilient than most bakers think. The yeasts and bacteria that make it work can survive weeks of neglect if you slow them down before you leave.",
 "## Before you go",
 "- Feed the starter with a stiff mix of one part water to two parts flour.",
 "- Let it rise for an hour at room temperature, then put it in the fridge in a jar with a loose lid.",
 "- If you are away for more than three weeks, dry a thin layer on baking paper and store the flakes in an airtight box.",
 "## When you come back",
 "Discard all but a tablespoon, feed it twice a day for two days and it should double again within six hours. A grey liquid on top is harmless alcohol; pour it off or stir it in.",
 "Dried flakes need a little more patience: soak them in warm water for an hour before the first feed and expect three or four days before the starter is lively enough to bake with."]),
("en-telescope", "en", "Space telescope spots water vapour around distant planet", "Dr. Alan Chu", "2024-02-20", [
 "Astronomers have detected water vapour in the atmosphere of a planet orbiting a small red star 120 light years from Earth, the first such detection for a world in its star's temperate zone.",
 "The planet is about eight times as massive as Earth and completes an orbit every 33 days. Light from the star passed through its atmosphere during three transits, and the team found the absorption signature of water in all three.",
 "Whether the planet has a rocky surface or is a mini-Neptune wrapped in a thick envelope of gas remains unclear. Follow-up observations are planned for next year.",
 "The researchers cautioned that water vapour alone says nothing about whether the planet could support life, but said the result shows such atmospheres can now be studied in detail."]),
("en-council", "en", "Council approves bike lanes on main shopping street", "Harriet Cole", "2024-05-08", [
 "The city council voted 9 to 4 on Tuesday night to replace one lane of traffic on High Street with a protected cycle lane, ending a two-year dispute between shop owners and cycling groups.",
 "Work is due to start in September and take about five months. Delivery bays will be kept at both ends of the street, and parking will move to a multi-storey car park 200 metres away.",
 "Traders had argued that losing parking would drive customers away. A council survey found that 62% of shoppers on the street arrived on foot, by bus or by bike.",
 "The scheme will cost 3.4 million pounds, most of it funded by a national active travel grant."]),
("en-chipmaker", "en", "Chipmaker raises forecast on data centre demand", "Kenji Watanabe", "2025-01-29", [
 "The chipmaker lifted its full-year revenue forecast by 8% on Wednesday, citing orders for memory used in artificial intelligence servers that it said would exceed supply until at least the end of the year.",
 "Quarterly revenue rose to 9.1 billion dollars, above analysts' estimates, and operating margin widened to 31% from 22% a year earlier.",
 "The company said it would spend an additional 2 billion dollars on capacity at its plants in Idaho and Hiroshima, and that the first output from the new lines would ship in 2026.",
 "Shares rose 6% in after-hours trading."]),
("en-flood", "en", "Villages cut off as river bursts its banks", "Sean Murphy", "2023-11-19", [
 "Three villages in the valley were cut off on Saturday after the river rose more than two metres overnight and flooded the only road into the area.",
 "Rescue crews used boats to bring 140 people to a school on higher ground, where volunteers served hot meals through the night.",
 "The weather service had issued an amber warning on Friday for up to 80 millimetres of rain. By Saturday morning some gauges in the hills had recorded more than 110 millimetres.",
 "Engineers will inspect the road bridge once the water falls. Residents were told it could remain closed for several days.",
 "The last comparable flood in the valley was in 1998, when the river rose to within 30 centimetres of Saturday's level."]),
("en-museum", "en", "Museum returns bronze heads to Nigeria", "Amara Eze", "2022-12-14", [
 "A university museum has handed back 21 bronze heads and plaques taken by British soldiers from Benin City in 1897, in a ceremony attended by the country's culture minister.",
 "The objects had been in the museum's collection since 1910. Curators said research over the past four years had confirmed their origin beyond doubt.",
 "Nigerian officials said the pieces would be displayed in a new museum in Benin City that is expected to open in 2026.",
 "Several other institutions in Europe and the United States have made similar returns since 2021, though some of the largest collections remain abroad."]),
("en-heatpump", "en", "Heat pump sales fall as subsidies end", "Lena Fischer", "2024-08-27", [
 "Sales of heat pumps dropped by almost half in the first six months of the year after the government cut the grants it had paid installers since 2021.",
 "Manufacturers said the fall had been sharper than expected and that several plants had moved staff to short-time work.",
 "## Installers see a backlog clear",
 "Installers, who had waiting lists of up to nine months a year ago, said they could now fit a system within weeks.",
 "Industry groups want the government to restore part of the subsidy and to lower the tax on electricity, which they say makes running a heat pump more expensive than a gas boiler for many households."]),
("en-vaccine", "en", "Malaria vaccine rollout reaches 20 countries", "Grace Mwangi", "2025-04-25", [
 "Twenty African countries are now giving a malaria vaccine to young children as part of their routine immunisation programmes, up from three a year and a half ago.",
 "The vaccine is given in four doses starting at five months of age. Trials showed it cut cases by about 75% in areas where malaria is seasonal.",
 "Health officials said supply was no longer the main constraint. Instead, reaching children in remote areas for all four doses has proved difficult, and about a third miss the final one.",
 "Malaria killed an estimated 600,000 people in 2023, most of them children under five in Africa."]),
("en-lithium-chile", "en", "Chile signs lithium partnership with state miner", "Carlos Medina", "2024-06-01", [
 "Chile's largest lithium producer and the state copper company have signed a partnership that will run the country's main salt flat operations from 2031 to 2060.",
 "Under the deal, the state company will hold a majority stake from 2031, and production is expected to rise by about 300,000 tonnes of lithium carbonate equivalent over the period.",
 "The agreement is the centrepiece of a national strategy that gives the state control of lithium projects it considers strategic, while allowing private companies to develop smaller deposits.",
 "Indigenous communities around the salt flat said they had not been properly consulted and plan to challenge the agreement in court."]),
("en-recipe-dal", "en", "A weeknight red lentil dal", "Anita Desai", "2023-01-15", [
 "This is the dal I make when there is nothing in the fridge. It takes half an hour and most of that is the lentils simmering on their own.",
 "- 200 g red lentils, rinsed",
 "- 1 onion, 2 garlic cloves and a thumb of ginger, chopped",
 "- 1 tsp each of cumin seeds, turmeric and chilli flakes",
 "- 1 tin of chopped tomatoes",
 "Simmer the lentils in 700 ml of water with the turmeric for 20 minutes, until soft. Meanwhile fry the cumin seeds in oil until they crackle, add the onion, garlic and ginger and cook until golden.",
 "Stir in the tomatoes and chilli, cook for five minutes, then tip everything into the lentils. Season well and finish with lemon juice and coriander."]),
("en-railstrike", "en", "Rail strike to go ahead after talks fail", "Owen Price", "2023-03-15", [
 "Train drivers will walk out for 48 hours from Thursday after talks over pay broke down late on Monday, the union said.",
 "The operator offered a 5% rise this year and 4% next, tied to changes in rostering. The union said the offer did not keep pace with inflation and that the rostering changes would lengthen shifts.",
 "Only about one in five services is expected to run on strike days, and passengers have been told to travel only if necessary.",
 "It is the sixth strike in the dispute since last summer."]),
("en-coral", "en", "Mass bleaching hits reef for fifth time in eight years", "Ruby Walsh", "2024-03-08", [
 "Aerial surveys have confirmed mass coral bleaching across large parts of the reef, the fifth such event since 2016, the marine park authority said.",
 "Water temperatures were up to two degrees above average for most of February. Bleaching was most severe in the southern section, which had escaped earlier events.",
 "Bleached coral is not dead and can recover if temperatures fall quickly, but repeated bleaching leaves less time for reefs to regrow between events.",
 "Scientists will carry out in-water surveys over the coming weeks to estimate how much coral has died."]),
("en-startup", "en", "Grocery delivery start-up shuts down", "Nadia Rahman", "2023-09-05", [
 "The grocery delivery start-up that promised orders at the door in ten minutes has closed, two years after raising 400 million dollars from investors.",
 "In an email to staff, the chief executive said the company had failed to find a buyer and would file for insolvency. About 2,300 riders and warehouse workers will lose their jobs.",
 "Rapid delivery companies multiplied during the pandemic but struggled once shops reopened and interest rates rose. Several have merged or been sold at a fraction of their former value.",
 "Customers with unused credit were told to contact the administrator."]),
("en-chess", "en", "Teenager wins national chess title", "Daniel Brooks", "2024-07-22", [
 "A 15-year-old from Leeds has become the youngest national chess champion in more than 40 years after drawing his final-round game on Sunday.",
 "He finished on 7.5 points from nine games, half a point ahead of two grandmasters, and did not lose a game in the tournament.",
 "His coach said he trains for about four hours a day around school and plays mostly online during term time.",
 "The title gives him a place in next year's zonal tournament, a qualifying step for the world championship cycle."]),
("en-drought-wheat", "en", "Drought trims wheat harvest forecast", "Sophie Martin", "2025-07-10", [
 "The agriculture ministry cut its wheat harvest forecast by 7% on Thursday after the driest spring in 30 years in the main growing regions.",
 "It now expects 31.2 million tonnes, down from 33.5 million in its June estimate and below last year's crop of 34 million.",
 "Yields in the east were hit hardest. Farmers there reported that some fields had produced less than half the usual crop.",
 "Export estimates were lowered by 1.5 million tonnes, and futures prices rose 3% in Paris."]),
("en-library", "en", "Library lends out tools as well as books", "Eleanor Grant", "2023-04-18", [
 "The central library has started lending drills, ladders, sewing machines and about 200 other tools, free of charge to anyone with a library card.",
 "The idea came from a group of volunteers who ran a similar scheme from a church hall for three years. The library offered them space when the hall was sold.",
 "Most tools can be borrowed for a week. Volunteers check each item when it comes back and run repair sessions on the first Saturday of the month.",
 "In its first month the scheme made 480 loans. The most popular item was a carpet cleaner."]),
("en-aviation", "en", "Airline orders 60 narrow-body jets", "Michael Hart", "2024-11-12", [
 "The airline has ordered 60 narrow-body aircraft with options for 40 more, its largest order in a decade, as it prepares to replace its ageing fleet and add routes to Asia.",
 "Deliveries will begin in 2028. The list price of the order is about 8 billion dollars, although airlines usually receive large discounts.",
 "The carrier said the new jets would burn about 20% less fuel per seat than the aircraft they replace.",
 "Manufacturers' order books are full for most of the decade, and airlines have complained about delays caused by engine and parts shortages."]),
("en-rare-earth-magnets", "en", "Magnet makers look beyond China for rare earths", "Lewis Park", "2025-09-02", [
 "European magnet makers are signing supply deals with producers in Australia and Brazil as they try to reduce their dependence on China for neodymium and dysprosium.",
 "China accounts for about 90% of the world's rare earth magnet production. Export controls it introduced in April forced several carmakers to pause production lines in May and June.",
 "## Higher costs",
 "Magnets made from non-Chinese material cost 20% to 40% more, buyers said, because separation and metal-making capacity outside China is small.",
 "The European Union has set a target of producing 20% of the magnets it uses by 2030. It produced less than 1% last year."]),
("en-wildfire", "en", "Firefighters contain wildfire after week-long battle", "Jenna Ortiz", "2024-08-16", [
 "Firefighters said on Thursday they had contained a wildfire that burned more than 32,000 hectares of forest and destroyed 46 homes over the past week.",
 "Cooler weather and light rain on Wednesday helped crews strengthen their lines on the eastern edge of the fire, which had threatened two towns.",
 "About 9,000 residents who were evacuated have been allowed to return, though some roads remain closed while power lines are repaired.",
 "Investigators believe the fire was started by a spark from farm machinery."]),
("en-broadband", "en", "Rural broadband rollout falls behind schedule", "Gareth Lewis", "2023-10-03", [
 "A programme to bring fast broadband to remote homes is two years behind schedule and will cost 30% more than planned, the public spending watchdog said.",
 "Of the 110,000 premises the contract was meant to connect by the end of this year, about 64,000 have been reached.",
 "The watchdog blamed a shortage of engineers, disputes over access to land and the difficulty of laying fibre on islands.",
 "The department said it accepted the findings and had agreed a new timetable with the contractor."]),
("en-opera", "en", "Opera house reopens after four-year renovation", "Isabel Reyes", "2024-09-28", [
 "The opera house reopened on Friday with a new production of a Verdi classic after a renovation that took four years and cost 180 million euros.",
 "The auditorium kept its horseshoe shape, but the seats were replaced and the stage machinery rebuilt. Acousticians said the hall now has a slightly longer reverberation, which should favour voices.",
 "Behind the scenes, rehearsal rooms were added under the square in front of the building, so that the company no longer has to rent space across the city.",
 "Tickets for the first season sold out within two days."]),
("en-bees", "en", "Wild bee numbers recover on restored meadows", "Hannah Price", "2025-05-19", [
 "Wild bee numbers on farmland meadows restored ten years ago are now close to those on meadows that were never ploughed, a long-term study has found.",
 "Researchers counted bees on 48 sites twice a year. On restored meadows the number of species rose from an average of 12 to 27 over the decade.",
 "The recovery depended on sowing a wide mix of local flowers and cutting the grass late in the summer, the authors said.",
 "They warned that restored meadows close to intensively farmed fields did less well, probably because of pesticide drift."]),
("en-lawsuit", "en", "Authors sue tech firm over training data", "Rachel Stein", "2023-07-12", [
 "A group of authors has filed a lawsuit accusing a technology company of using their books without permission to train an artificial intelligence model.",
 "The complaint, filed in federal court, says the company copied the books from pirated collections and seeks damages and an order to stop using the works.",
 "The company said it respected the rights of authors and believed its use of publicly available data was lawful.",
 "Several similar suits have been filed this year by writers, artists and news organisations."]),
("en-hydrogen", "en", "Steelmaker delays green hydrogen plant", "Erik Lindqvist", "2025-02-06", [
 "The steelmaker has postponed the construction of a hydrogen-based plant by at least two years, blaming high electricity prices and uncertain demand for low-carbon steel.",
 "The plant was meant to produce 2.5 million tonnes of steel a year from 2027 using hydrogen made with renewable power instead of coal.",
 "The company said it still intended to build it but needed long-term power contracts at lower prices before taking a final decision.",
 "The decision follows similar delays at two other European producers."]),
("en-ferry", "en", "Island ferry service cut as crew shortage bites", "Fiona Campbell", "2024-04-03", [
 "The ferry operator will run one sailing a day instead of three to the island for at least a month because it cannot find enough qualified crew.",
 "Islanders said the cut would make it impossible to commute to the mainland and would hit the start of the tourist season.",
 "The operator said it had recruited 14 crew members since January but needed 20 more, and that training takes up to six months.",
 "A replacement vessel that was due last year is still in the shipyard."]),
("en-copper", "en", "Copper hits record as mine output stalls", "Jack Turner", "2025-05-14", [
 "Copper prices hit a record of more than 11,000 dollars a tonne in London on Tuesday as production problems at several large mines tightened supply.",
 "Output from the world's biggest mines fell 2% in the first quarter, according to industry data, after accidents, floods and lower ore grades.",
 "Demand for copper used in power grids, electric vehicles and data centres is expected to grow by about 3% a year this decade.",
 "Some analysts warned that high prices could slow demand in China, which buys about half the world's copper."]),
("en-school-meals", "en", "Free school meals extended to all primary pupils", "Laura Bennett", "2023-02-22", [
 "All primary school pupils will receive free lunches from September under a plan announced by the regional government on Wednesday.",
 "The scheme will cost about 130 million pounds a year and cover 290,000 children. Until now only families on certain benefits qualified.",
 "Head teachers welcomed the plan but said some schools would need new kitchens to cope with the extra meals.",
 "The government said money for equipment would be available from the spring."]),
("en-exoplanet-moon", "en", "Astronomers find hints of a moon outside the solar system", "Ben Carter", "2022-05-30", [
 "Astronomers have found new evidence for a moon orbiting a planet outside the solar system, though they say the signal is not yet strong enough to claim a discovery.",
 "The planet, a gas giant about 5,500 light years away, passed in front of its star twice while being observed. Both times the star dimmed again shortly afterwards, as a large moon would cause.",
 "If confirmed, the moon would be about the size of Neptune, far larger than any moon in the solar system.",
 "Other explanations, such as a second planet, could not be ruled out, the team said."]),
("fr-vendanges", "fr", "Les vendanges commencent avec deux semaines d'avance", "Claire Dubois", "2025-08-18", [
 "Les premières vendanges ont débuté lundi dans le sud du pays, avec près de deux semaines d'avance sur le calendrier habituel, en raison d'un été particulièrement chaud.",
 "Les viticulteurs s'attendent à une récolte peu abondante mais de bonne qualité. La sécheresse a réduit la taille des grappes, tandis que les maladies de la vigne ont été rares.",
 "## Des vendanges de nuit",
 "Pour préserver la fraîcheur des raisins, de nombreux domaines récoltent désormais la nuit ou tôt le matin, lorsque la température descend sous les vingt degrés.",
 "Le ministère de l'Agriculture prévoit une production nationale de 40 millions d'hectolitres, en baisse de 10 % par rapport à la moyenne des cinq dernières années."]),
("fr-tramway", "fr", "Le nouveau tramway transporte 60 000 voyageurs par jour", "Julien Moreau", "2024-03-11", [
 "Six mois après sa mise en service, la nouvelle ligne de tramway transporte en moyenne 60 000 voyageurs par jour, soit davantage que les prévisions initiales.",
 "La ligne relie la gare au campus universitaire en vingt-deux minutes. Les rames passent toutes les quatre minutes aux heures de pointe.",
 "La fréquentation des bus parallèles a baissé d'un tiers, ce qui a permis à l'agglomération de redéployer plusieurs véhicules vers les quartiers périphériques.",
 "Les commerçants du centre-ville, inquiets pendant les travaux, constatent une hausse de la fréquentation le samedi."]),
("fr-lithium-allier", "fr", "Le projet de mine de lithium dans l'Allier franchit une étape", "Sophie Laurent", "2024-07-05", [
 "Le projet d'extraction de lithium dans l'Allier a obtenu le feu vert de la commission du débat public, qui a rendu ses conclusions après quatre mois de réunions.",
 "L'exploitant prévoit de produire 34 000 tonnes d'hydroxyde de lithium par an à partir de 2028, de quoi équiper environ 700 000 véhicules électriques.",
 "Les opposants s'inquiètent de la consommation d'eau et du trafic de camions. L'entreprise affirme que l'eau sera recyclée à 90 % et que le minerai sera acheminé par train.",
 "L'enquête publique doit se tenir l'an prochain."]),
("fr-rugby", "fr", "Le XV de France s'impose dans le Tournoi", "Antoine Girard", "2023-03-18", [
 "L'équipe de France a remporté samedi son dernier match du Tournoi des six nations face au pays de Galles, sur le score de 41 à 28, devant 80 000 spectateurs.",
 "Les Bleus ont inscrit cinq essais, dont deux dans les dix dernières minutes, alors que les Gallois étaient revenus à quatre points.",
 "Le sélectionneur a salué la réaction de ses joueurs après un début de match difficile, marqué par deux pénalités concédées en mêlée.",
 "La France termine deuxième du classement, derrière l'Irlande."]),
("fr-boulangerie", "fr", "Le prix de la baguette reste stable malgré la hausse de l'énergie", "Élodie Petit", "2022-11-08", [
 "Malgré la flambée des factures d'électricité, la plupart des boulangers ont choisi de ne pas augmenter le prix de la baguette, devenu un symbole pour leurs clients.",
 "Selon la confédération de la boulangerie, le prix moyen s'établit à 1,05 euro, contre 0,95 euro il y a deux ans.",
 "Certains artisans ont réduit leurs horaires d'ouverture ou arrêté d'allumer un deuxième four pour limiter leur consommation.",
 "Le gouvernement a annoncé un dispositif d'aide pour les petites entreprises les plus touchées."]),
("fr-canicule", "fr", "Canicule : les écoles adaptent leurs horaires", "Nathalie Roux", "2025-06-30", [
 "Plusieurs communes ont décidé d'avancer les horaires des écoles cette semaine, alors que les températures doivent dépasser 38 degrés dans une grande partie du pays.",
 "Les cours commenceront à 7 h 30 et se termineront à 13 heures. Les familles qui ne peuvent pas récupérer leurs enfants pourront les laisser à la garderie, installée dans les salles les plus fraîches.",
 "Les syndicats d'enseignants réclament depuis plusieurs années un plan de rénovation des bâtiments scolaires, dont beaucoup ne sont pas isolés.",
 "Météo-France a placé seize départements en vigilance orange."]),
("de-bahn", "de", "Bahn will Pünktlichkeit bis 2027 deutlich steigern", "Thomas Becker", "2024-09-12", [
 "Die Bahn will bis 2027 wieder mindestens 75 Prozent ihrer Fernzüge pünktlich ans Ziel bringen. Im vergangenen Jahr lag der Wert bei nur 64 Prozent.",
 "Dazu sollen in den kommenden drei Jahren 40 besonders belastete Strecken grundlegend saniert werden. Während der Bauarbeiten werden die Abschnitte jeweils mehrere Monate voll gesperrt.",
 "## Kritik von Fahrgastverbänden",
 "Fahrgastverbände begrüßten die Sanierung, kritisierten aber die langen Sperrungen. Ersatzbusse seien oft überfüllt und deutlich langsamer als die Züge.",
 "Der Bund stellt für das Programm bis 2027 rund 27 Milliarden Euro bereit."]),
("de-wolf", "de", "Zahl der Wolfsrudel steigt weiter", "Katrin Schulz", "2023-12-01", [
 "In Deutschland leben inzwischen 184 Wolfsrudel, 23 mehr als im Vorjahr. Das geht aus den Zahlen der Dokumentationsstelle des Bundes hervor.",
 "Die meisten Tiere leben in Brandenburg, Niedersachsen und Sachsen. Neue Rudel wurden vor allem im Westen und Süden des Landes nachgewiesen.",
 "Weidetierhalter fordern, Wölfe, die wiederholt Schutzzäune überwinden, schneller abschießen zu dürfen. Naturschutzverbände warnen vor einer Aufweichung des Schutzstatus.",
 "Die Zahl der gemeldeten Übergriffe auf Nutztiere ist im selben Zeitraum leicht gesunken."]),
("de-waermepumpe", "de", "Handwerk meldet wieder mehr Aufträge für Wärmepumpen", "Jan Hoffmann", "2025-04-07", [
 "Nach einem schwachen Vorjahr verzeichnen Heizungsbauer wieder mehr Aufträge für Wärmepumpen. Im ersten Quartal stieg die Zahl der Förderanträge um 35 Prozent.",
 "Viele Hausbesitzer hätten abgewartet, bis die Regeln für die Förderung klar gewesen seien, sagte ein Sprecher des Fachverbands.",
 "Die Hersteller rechnen für das Gesamtjahr mit rund 250 000 verkauften Geräten. Vor zwei Jahren waren es noch über 350 000.",
 "Gasheizungen werden weiterhin häufiger eingebaut als Wärmepumpen, ihr Anteil sinkt aber."]),
("de-fussball", "de", "Aufsteiger überrascht mit Sieg beim Tabellenführer", "Markus Weber", "2024-11-24", [
 "Der Aufsteiger hat am Samstag beim Tabellenführer mit 2:1 gewonnen und damit die erste Heimniederlage des Spitzenreiters in dieser Saison besiegelt.",
 "Beide Tore für die Gäste fielen nach Standardsituationen. Der Ausgleich der Gastgeber kurz nach der Pause reichte nicht, weil der Torwart des Aufsteigers mehrfach stark parierte.",
 "Der Trainer sprach von einem verdienten Erfolg, der seiner Mannschaft Selbstvertrauen für die kommenden Wochen gebe.",
 "Der Tabellenführer bleibt trotz der Niederlage mit drei Punkten Vorsprung an der Spitze."]),
("de-kupfer", "de", "Kupferhütte investiert in Recycling", "Anna Keller", "2025-01-16", [
 "Die Kupferhütte will 400 Millionen Euro in eine neue Anlage zur Verwertung von Elektroschrott investieren. Sie soll ab 2027 jährlich 60 000 Tonnen Altmaterial verarbeiten.",
 "Aus Leiterplatten und Kabeln sollen neben Kupfer auch Gold, Silber und Zinn zurückgewonnen werden.",
 "Das Unternehmen begründet die Investition mit der wachsenden Nachfrage nach Kupfer aus Europa, das nicht aus neuen Minen stammt.",
 "Die Anlage soll rund 150 neue Arbeitsplätze schaffen."]),
("de-museum", "de", "Museum zeigt verschollene Gemälde", "Sabine Wolf", "2023-05-09", [
 "Das Landesmuseum zeigt ab Freitag zwölf Gemälde, die jahrzehntelang als verschollen galten. Sie waren bei der Auflösung einer Privatsammlung wieder aufgetaucht.",
 "Die Bilder stammen aus dem 17. Jahrhundert und zeigen überwiegend Landschaften. Restauratoren haben zwei Jahre lang Firnis und spätere Übermalungen entfernt.",
 "Die Herkunft der Werke wurde lückenlos geprüft. Hinweise auf einen verfolgungsbedingten Entzug fanden sich nicht.",
 "Die Ausstellung ist bis Ende Oktober zu sehen."]),
("es-litio", "es", "Argentina duplica sus exportaciones de litio", "Lucía Fernández", "2024-02-14", [
 "Las exportaciones argentinas de litio se duplicaron el año pasado y alcanzaron los 840 millones de dólares, según datos oficiales publicados el martes.",
 "El aumento se debe a la entrada en producción de dos nuevos proyectos en la Puna, que se suman a las dos operaciones que ya funcionaban desde hace años.",
 "## Nuevos proyectos",
 "El Gobierno espera que otros cinco proyectos comiencen a producir antes de 2027, lo que situaría al país entre los tres mayores productores del mundo.",
 "Las comunidades de la zona reclaman más participación en las decisiones sobre el uso del agua en los salares."]),
("es-metro", "es", "El metro amplía su horario los fines de semana", "Javier Ruiz", "2023-06-21", [
 "El metro funcionará toda la noche los viernes y sábados a partir de julio, con trenes cada quince minutos en las cinco líneas principales.",
 "La medida, que se probará durante seis meses, busca reducir el uso del coche por la noche y mejorar la seguridad de quienes vuelven a casa tarde.",
 "El servicio nocturno costará unos cuatro millones de euros. El ayuntamiento decidirá en enero si lo mantiene.",
 "Los sindicatos han pedido que se contrate más personal para cubrir los nuevos turnos."]),
("es-aceite", "es", "El precio del aceite de oliva empieza a bajar", "Carmen López", "2024-10-30", [
 "El precio del aceite de oliva en origen ha caído más de un 40 % desde enero, gracias a las lluvias de primavera que anticipan una cosecha mucho mayor que la del año pasado.",
 "Las cooperativas calculan que la producción nacional superará 1,3 millones de toneladas, frente a las 850 000 de la campaña anterior.",
 "Los consumidores, sin embargo, todavía no notan la bajada en los supermercados, donde la botella de un litro sigue costando más de ocho euros.",
 "Las distribuidoras aseguran que los precios bajarán en las próximas semanas, cuando se agoten las existencias compradas a precios altos."]),
("es-futbol", "es", "Un gol en el descuento da el título al equipo local", "Diego Morales", "2025-05-25", [
 "Un gol de cabeza en el minuto 93 dio el domingo al equipo local su primer título de liga en dieciocho años, ante un estadio lleno.",
 "El partido estaba empatado a uno y el rival, que necesitaba la victoria, había estrellado dos balones en el poste en la segunda parte.",
 "Miles de aficionados celebraron el título en la plaza mayor hasta la madrugada.",
 "El entrenador, que llegó al club hace solo un año, dedicó el triunfo a los jugadores de la cantera."]),
("es-sequia", "es", "Los embalses se recuperan tras un invierno lluvioso", "Pablo Sánchez", "2025-03-27", [
 "Los embalses de la cuenca se encuentran al 68 % de su capacidad, casi el doble que hace un año, tras el invierno más lluvioso de la última década.",
 "Las autoridades han levantado las restricciones de riego para los agricultores, que el año pasado solo recibieron un tercio del agua habitual.",
 "Los expertos advierten, sin embargo, que una sola temporada de lluvias no compensa varios años de sequía y piden no relajar las medidas de ahorro.",
 "Las reservas de agua subterránea tardarán más en recuperarse."]),
("it-treni", "it", "Alta velocità, nuova linea tra due capoluoghi", "Giulia Rossi", "2024-12-10", [
 "È stata inaugurata martedì la nuova linea ad alta velocità che riduce a cinquanta minuti il viaggio tra i due capoluoghi, rispetto alle due ore precedenti.",
 "I lavori sono durati otto anni e sono costati 4,2 miliardi di euro. La linea comprende quattordici gallerie e tre viadotti.",
 "Dal primo gennaio circoleranno venti treni al giorno per direzione.",
 "I pendolari chiedono che anche i treni regionali possano usare la nuova infrastruttura."]),
("it-vino", "it", "Export di vino in crescita verso gli Stati Uniti", "Marco Bianchi", "2023-08-08", [
 "Le esportazioni di vino verso gli Stati Uniti sono cresciute del 9 % nel primo semestre, trainate dagli spumanti e dai rossi toscani.",
 "Il valore complessivo ha superato 1,1 miliardi di euro, secondo i dati dell'istituto di statistica.",
 "I produttori temono però l'effetto dei nuovi dazi discussi a Washington, che potrebbero colpire alcuni prodotti agricoli europei.",
 "Il mercato cinese resta invece debole."]),
("it-neve", "it", "Stagione sciistica a rischio per la scarsa neve", "Luca Ferrari", "2024-01-09", [
 "Molti impianti sciistici sotto i 1.500 metri non hanno ancora aperto, a causa delle temperature miti e della mancanza di neve.",
 "Le località più alte stanno lavorando con la neve artificiale, ma i costi dell'energia rendono l'innevamento molto più caro rispetto a due anni fa.",
 "Gli albergatori segnalano cancellazioni per le settimane bianche di gennaio.",
 "Le previsioni indicano un possibile peggioramento del tempo a metà mese."]),
("pt-cafe", "pt", "Preço do café dispara após geada", "Ana Souza", "2024-07-31", [
 "Os preços do café arábica subiram mais de 10 % numa semana depois de geadas atingirem lavouras no sul de Minas Gerais.",
 "Produtores ainda avaliam os danos, mas cooperativas estimam perdas de até 15 % na próxima safra em algumas regiões.",
 "O país é o maior produtor e exportador de café do mundo, e qualquer problema climático tem efeito imediato nas bolsas.",
 "Os torrefadores já avisaram que os preços ao consumidor devem subir nos próximos meses."]),
("pt-niobio", "pt", "Mineradora amplia produção de nióbio", "Rafael Lima", "2025-02-19", [
 "A mineradora anunciou um investimento de 1,5 bilhão de reais para ampliar em 30 % a produção de nióbio na sua mina em Minas Gerais.",
 "O metal é usado principalmente em aços especiais, mas a empresa aposta no crescimento da demanda para baterias de carregamento rápido.",
 "O Brasil responde por cerca de 90 % da produção mundial de nióbio.",
 "As obras devem começar no segundo semestre e durar dois anos."]),
("pt-metro-lisboa", "pt", "Metro de Lisboa abre nova estação", "Inês Carvalho", "2023-11-28", [
 "A nova estação do metro abriu ao público esta terça-feira, ligando a linha circular a um bairro que até agora só era servido por autocarros.",
 "A obra atrasou mais de um ano devido a problemas com os terrenos e custou 62 milhões de euros.",
 "A empresa espera que a estação seja usada por cerca de 15 mil passageiros por dia.",
 "Os moradores pedem agora mais frequência nos comboios durante a noite."]),
("nl-dijken", "nl", "Miljarden nodig om dijken te versterken", "Pieter de Vries", "2024-10-02", [
 "Om Nederland te beschermen tegen een stijgende zeespiegel moeten de komende twintig jaar honderden kilometers dijk worden versterkt, schrijft het kabinet.",
 "De kosten worden geschat op 15 miljard euro. Een deel van de dijken voldoet nu al niet aan de nieuwe normen.",
 "Waterschappen waarschuwen dat er te weinig ingenieurs zijn om alle projecten op tijd uit te voeren.",
 "Het plan wordt volgend jaar in de Tweede Kamer besproken."]),
("nl-fiets", "nl", "Grootste fietsenstalling ter wereld bijna vol", "Sanne Jansen", "2023-09-14", [
 "De ondergrondse fietsenstalling bij het station, met plaats voor 12.500 fietsen, is op werkdagen bijna helemaal vol.",
 "De gemeente onderzoekt of er een extra stalling kan worden gebouwd aan de andere kant van het spoor.",
 "Fietsen die langer dan 28 dagen blijven staan worden weggehaald. Vorig jaar ging het om ruim 8.000 fietsen.",
 "De eerste 24 uur stallen is gratis."]),
("zh-dianchi", "zh", "动力电池装机量同比增长三成", "王磊", "2025-06-12", [
 "今年前五个月，国内动力电池累计装机量同比增长约百分之三十，其中磷酸铁锂电池占比超过七成。",
 "业内人士表示，新能源汽车销量持续增长是装机量上升的主要原因，储能市场的需求也在快速扩大。",
 "与此同时，电池级碳酸锂价格较去年同期下降近一半，企业利润空间受到挤压。",
 "多家企业表示，将加大对固态电池等新技术的研发投入。"]),
("zh-gaotie", "zh", "新高铁线路开通运营", "李娜", "2024-12-26", [
 "这条全长三百公里的高速铁路今天正式开通运营，两座城市之间的最短旅行时间缩短至一小时。",
 "线路设计时速三百五十公里，沿途设有八座车站。",
 "铁路部门表示，开通初期每天将开行列车四十对，并将根据客流情况逐步增加。",
 "当地居民表示，新线路将为探亲和旅游带来很大便利。"]),
("ja-sakura", "ja", "桜の開花、全国で平年より早く", "佐藤健", "2024-03-22", [
 "気象台は二十二日、市内の標本木で桜の開花を確認したと発表した。平年より五日早く、昨年より二日遅い。",
 "今年は二月に気温の高い日が続いたため、全国的に開花が早まっている。",
 "満開は一週間ほど後になる見込みで、公園では花見客の受け入れ準備が進んでいる。",
 "気象台は、週末は雨の予報のため、花見の計画は天気を確認してほしいとしている。"]),
("ja-rare-earth", "ja", "レアアースの調達先を多様化", "田中美咲", "2025-04-15", [
 "政府は、電気自動車のモーターなどに使われるレアアースの調達先を多様化するため、海外の鉱山開発への出資を拡大する方針を固めた。",
 "現在、国内で使われるレアアースの約六割を中国からの輸入に頼っている。",
 "オーストラリアや東南アジアの事業への出資を通じて、二〇三〇年までに中国への依存度を五割以下に下げることを目指す。",
 "リサイクル技術の開発にも予算を充てる。"]),
]
ARTICLES += [
("en-interview", "en", "Five questions for the new head of the port authority", "Ruth Adeyemi", "2024-01-30", [
 "The port handled a record 14 million containers last year. Its new chief executive took over in January after two decades in logistics. We asked her about automation, congestion and the climate.",
 "## Will automation cost jobs?",
 "> Some jobs will change, and we will retrain people for them. We have agreed with the unions that nobody will be made redundant because of the new cranes.",
 "## What about the queues of lorries?",
 "> A booking system for lorries starts in April. Drivers will get a time slot, and we expect waiting times to fall from two hours to about 30 minutes.",
 "## And the climate?",
 "> Ships at berth will be able to plug into shore power from next year, so they can switch off their engines. That alone cuts the port's emissions by about a tenth."]),
("en-live-election", "en", "Election night: results as they came in", "Staff reporters", "2024-07-05", [
 "Polls closed at 10 pm and counting began immediately in all 650 constituencies. The first result was declared just before 11.30 pm.",
 "## 1.15 am",
 "Turnout is running at about 60%, down from 67% at the last election, according to figures from the constituencies that have declared so far.",
 "## 3.40 am",
 "The opposition has passed the 326 seats needed for a majority. Its leader is expected to speak at a rally in the capital within the hour.",
 "## 5.05 am",
 "With 600 seats declared, the governing party has lost more than 200 seats, its worst result in its history."]),
("en-obituary", "en", "Margaret Hale, pioneering marine biologist, dies at 91", "Peter Quinn", "2023-08-21", [
 "Margaret Hale, whose studies of deep-sea vents in the 1970s changed how scientists think about the origins of life, has died at her home in Cornwall. She was 91.",
 "Born in 1932, she studied zoology at a time when few women were admitted to research vessels. In 1977 she was one of the first scientists to dive to the hydrothermal vents of the Pacific in a submersible.",
 "The communities of tube worms, clams and bacteria she described there live without sunlight, feeding on chemicals from the vents, a discovery that opened a new field of research.",
 "She continued to teach until she was 80, and is survived by two daughters and five grandchildren."]),
]
