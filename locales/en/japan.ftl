# Definitions for the built-in glossary "japan" (English).
# One message per entry of glossaries/japan.ron, in the same (alphabetical) order.
# Attributes: .literal = the literal meaning of the Japanese words; .note = a remark.

abenomics = The economic programme of Prime Minister Abe Shinzō from 2012, built on “three arrows”: bold monetary easing, flexible fiscal spending and structural reform.

agrement = The consent of the receiving state to a proposed head of a diplomatic mission, which must be given before the ambassador is appointed.

aide-memoire = An informal diplomatic memorandum summarizing a position or conversation, left with the other party to avoid misunderstanding.

aikido = A martial art founded by Ueshiba Morihei in the 1920s and 1930s that uses an attacker's force against him through throws and joint locks.

ainu = The indigenous people of Hokkaido, Sakhalin and the Kuril Islands, with their own language and culture; a Japanese law of 2019 recognizes them as an indigenous people.

allied-occupation = The occupation of Japan by the Allied powers, in practice by the United States under General MacArthur, from September 1945 to April 1952.

amae = The wish to be indulged and cared for by others, which the psychiatrist Doi Takeo in 1971 made a key to Japanese social relations.

amakudari = The practice of senior civil servants retiring into well-paid posts at companies or public bodies in the sector they used to oversee.
    .literal = descent from heaven

anglo-japanese-alliance = The alliance between Britain and Japan from 1902 to 1923, directed at first against Russia; it let Japan fight the Russo-Japanese War without a third power intervening.

anime = Japanese animation, in film, television and online.

anpo = The security treaty between Japan and the United States, signed in 1951 and revised in 1960, under which the US defends Japan and keeps bases there.

anpo-toso = The mass protests of 1959–1960 against the revision of the US–Japan Security Treaty, the largest in Japan's post-war history; they brought down the Kishi Nobusuke cabinet.

anti-comintern-pact = The pact against the Communist International signed by Germany and Japan on 25 November 1936 and joined by Italy in 1937, directed in substance at the Soviet Union.

apec = Asia-Pacific Economic Cooperation, a forum of 21 Pacific Rim economies founded in 1989; Russia hosted its summit in Vladivostok in 2012.

apparatchik = A full-time functionary of the Soviet Communist Party or state apparatus; by extension, a loyal bureaucrat of any party machine.

article-9 = The article of Japan's constitution by which the country renounces war and the maintenance of war potential; it frames every debate on the Self-Defense Forces.

asahi-shimbun = One of Japan's largest national dailies, founded in 1879 and regarded as liberal.

asean = The Association of Southeast Asian Nations, founded in 1967, with ten members and Timor-Leste admitted in 2025.

aum-shinrikyo = The doomsday cult led by Asahara Shōkō that released sarin on the Tokyo subway on 20 March 1995, killing 14 people; it had many followers in Russia before being banned there.

bakufu = The shogun's military government, the real seat of power in Japan under the Kamakura, Ashikaga and Tokugawa shogunates from 1185 to 1867.

battle-of-tsushima = The naval battle of 27–28 May 1905 in which Admiral Tōgō Heihachirō's fleet destroyed Russia's Second Pacific Squadron, deciding the Russo-Japanese War.

boeicho = The agency that administered Japan's Self-Defense Forces from 1954 until it became the Ministry of Defense in 2007.

boeisho = Japan's Ministry of Defense, which runs the Self-Defense Forces; raised from the Defense Agency to a ministry in 2007.

boj = Japan's central bank, founded in 1882 and independent in monetary policy since 1998; under Kuroda Haruhiko from 2013 it pursued massive quantitative easing.

bonsai = The art of growing miniature trees in pots, shaped by pruning and wiring.

boshin-war = The civil war of 1868–1869 between forces of the Meiji government and supporters of the Tokugawa shogunate, ending with the fall of the Republic of Ezo at Hakodate.

brics = The grouping of Brazil, Russia, India, China and South Africa, whose leaders have met since 2009; it took in further members from 2024.

bubble-economy = The boom in Japanese share and land prices from 1986 to 1991, whose collapse opened the long stagnation of the lost decades.

burakumin = Descendants of outcast communities of the Edo period, associated with work deemed impure, who still face discrimination although the status was abolished in 1871.

bushido = The code of conduct idealized for the samurai, stressing loyalty, courage and honour; largely systematized and popularized in the Meiji era.
    .literal = the way of the warrior

casus-belli = An act or event that justifies, or is used to justify, a war.

cdp = The main centre-left opposition party of Japan, founded by Edano Yukio in 2017 and re-founded in a merger in 2020.

charge-daffaires = A diplomat who heads an embassy in the absence of an ambassador, temporarily or, when relations are strained, for a longer time.

checkbook-diplomacy = Buying influence or meeting obligations with money rather than troops; said of Japan's $13 billion contribution to the Gulf War of 1991.

cis = The Commonwealth of Independent States, the loose association of former Soviet republics founded in December 1991.

co-prosperity-sphere = The slogan under which wartime Japan justified its domination of East and Southeast Asia from 1940 as a bloc of Asian nations freed from Western rule.

collective-self-defense = The right to use force in defence of an ally under attack; Japan's cabinet reinterpreted the constitution to allow its limited exercise in 2014, enacted in the 2015 security laws.

comfort-women = Women, many from Korea, forced into sexual service for the Japanese military before and during the Second World War; a lasting issue between Japan and South Korea.

communique = An official statement issued at the end of talks or a summit, often jointly by the parties.

cool-japan = The government's strategy, since the early 2010s, of promoting Japanese pop culture, food and design abroad as soft power and exports.

cordon-sanitaire = A buffer of states or a political barrier meant to contain a hostile power or a party, originally the ring of states around Soviet Russia after 1919.

csto = The Russian-led military alliance of post-Soviet states, formed in 2002 on the basis of the Collective Security Treaty of 1992.

daimyo = A feudal lord who ruled a domain in pre-modern Japan; under the Tokugawa shoguns, a lord whose lands were assessed at 10,000 koku of rice or more.
    .literal = great name

demarche = A formal diplomatic representation or protest made by one government to another, in person or in writing.

detente = The easing of tension between rival states, above all between the United States and the Soviet Union in the 1970s.

diplomatic-bluebook = The annual report of Japan's Ministry of Foreign Affairs on the country's foreign policy, whose wording on Russia, China and Korea is closely read.

dojo = A hall or school where a martial art such as judo or karate is taught and practised.
    .literal = place of the Way

dpfp = A centrist opposition party founded in 2018 and re-founded in 2020, led by Tamaki Yūichirō and backed by private-sector unions.

dpj = The centre-left party that defeated the Liberal Democratic Party in 2009 and governed Japan until 2012 under Hatoyama Yukio, Kan Naoto and Noda Yoshihiko; merged into the Democratic Party in 2016.

eaeu = The customs and economic union of Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, in force since 1 January 2015.

east-asia-summit = The annual leaders' meeting of ASEAN with eight partners, Japan, China, Russia and the United States among them, held since 2005.

eastern-economic-forum = The annual forum on investment in the Russian Far East held in Vladivostok since 2015, attended several times by Abe Shinzō.

edo-period = The period from 1603 to 1868 in which the Tokugawa shoguns ruled Japan from Edo (today's Tokyo), a time of internal peace and limited foreign contact.

eight-point-plan = The eight-point economic cooperation plan for Russia that Abe Shinzō proposed at Sochi in May 2016, covering energy, medicine, cities, small business and the Far East.

eminence-grise = A powerful adviser who exercises power behind the scenes without holding an official title.

entente = A friendly understanding between states short of a formal alliance, such as the Anglo-French Entente Cordiale of 1904.

eurasianism = The doctrine, born among Russian émigrés in the 1920s and revived after 1991, that Russia is a distinct Eurasian civilization neither European nor Asian.

exequatur = The authorization by which a receiving state permits a consul to perform consular functions.

ezo = The old name of Hokkaido and the lands to its north, home of the Ainu, until it was renamed Hokkaido in 1869.

fait-accompli = An action carried out before others can object, leaving them to accept it as settled; a tactic of changing the status quo by force.

federation-council = The upper house of Russia's Federal Assembly, made up of representatives of the regions, which approves the use of the armed forces abroad.

finlandization = A small state's deference to a powerful neighbour in foreign policy in exchange for keeping its independence, as Finland did toward the Soviet Union.

first-island-chain = The line of islands from the Kurils and Japan through Okinawa and Taiwan to the Philippines and Borneo that encloses China's near seas; a key notion of Chinese naval strategy.

foip = Japan's strategic vision of a rules-based Indo-Pacific with free navigation and trade, announced by Abe Shinzō in Nairobi in August 2016 and later adopted by the United States.

foreign-policy-concept = The document, approved by the Russian president and revised periodically (most recently in 2023), that sets out the goals and priorities of Russian foreign policy.

fsb = Russia's Federal Security Service, the main successor of the KGB for domestic security and counter-intelligence; it also runs the Border Service that patrols the Kurils.

fukuda-doctrine = Prime Minister Fukuda Takeo's principles for Southeast Asia, set out in Manila in 1977: Japan would never become a military power and would build heart-to-heart ties with ASEAN as an equal partner.

fukushima-daiichi = The nuclear accident at the Fukushima Daiichi power station after the earthquake and tsunami of 11 March 2011, with meltdowns in three reactors; the worst since Chernobyl.

futenma = A US Marine Corps air station in the middle of Ginowan, Okinawa, whose planned relocation to Henoko has divided Tokyo and Okinawa since 1996.

g20 = The forum of 19 major economies, the European Union and since 2023 the African Union; its leaders have met yearly since 2008, in Osaka in 2019.

g7 = The group of seven major industrial democracies (Canada, France, Germany, Italy, Japan, the United Kingdom and the United States), Japan being the only Asian member; with Russia it was the G8 from 1997 to 2014.

g8 = The G7 with Russia as a full member, from 1997 until Russia was suspended in March 2014 over its annexation of Crimea.

gaiatsu = Foreign pressure, above all from the United States, which Japanese governments invoke or even welcome to push through reforms resisted at home.
    .literal = outside pressure

gaijin = A foreigner, especially a Westerner, in colloquial Japanese; often felt as excluding, the neutral word being gaikokujin.

gaimusho = The Ministry of Foreign Affairs of Japan, located in the Kasumigaseki district of Tokyo.

gaman = Enduring the seemingly unbearable with patience and dignity; praised in Japan after disasters such as 2011.

gazprom = Russia's state-controlled gas company, the world's largest gas producer and the majority owner of the Sakhalin-2 project.

geisha = A professional female entertainer trained in traditional music, dance and the art of conversation, engaged for banquets and tea-house gatherings.
    .literal = person of the arts

genro = The elder statesmen of the Meiji and Taishō eras who informally advised the emperor and, among other things, chose the prime minister.
    .literal = original elders

ghq = The General Headquarters of the Supreme Commander for the Allied Powers, which governed occupied Japan from 1945 to 1952.

giri = A sense of social obligation toward those to whom one is indebted, often set against ninjō, personal feeling.
    .literal = right reason

glasnost = Gorbachev's policy of openness from 1986, which loosened censorship and allowed public criticism of the Soviet past and present.

great-east-japan-earthquake = The magnitude 9.0 earthquake of 11 March 2011 off northeastern Japan and the tsunami that followed, which killed some 20,000 people and caused the Fukushima nuclear disaster.

gyokuon-hoso = Emperor Hirohito's radio address of 15 August 1945 announcing that Japan accepted the Potsdam Declaration; the first time the public heard his voice.

gyosei-shido = Informal, legally non-binding guidance that ministries give to the companies and bodies under their oversight.
    .literal = administrative guidance

habatsu = An organized faction within a Japanese political party, above all the Liberal Democratic Party, built around a senior leader.

habomai = A group of small islets off the tip of Hokkaido's Nemuro Peninsula, administered by Russia and claimed by Japan; with Shikotan, the islands promised to Japan in 1956.

haiku = A short Japanese poem in three phrases of five, seven and five morae, traditionally containing a seasonal word.

hajime = The referee's command to begin or resume a judo bout.
    .literal = begin

hanami = Viewing the cherry blossoms in spring, often with picnics under the trees.

heian-period = The period from 794 to about 1185 when the court ruled from Heian-kyō (Kyoto), the classical age of Japanese literature such as The Tale of Genji.

heisei = The Japanese era name for the reign of Emperor Akihito, from 8 January 1989 to 30 April 2019.
    .literal = peace achieved

henoko = A coastal district of Nago, Okinawa, next to Camp Schwab, where a replacement for the Futenma air base is being built on reclaimed land despite local opposition.

hibakusha = The survivors of the atomic bombings of Hiroshima on 6 August and Nagasaki on 9 August 1945.

hikaku-sangensoku = Japan's policy of not possessing, not producing and not permitting the introduction of nuclear weapons, stated by Satō Eisaku in 1967 and adopted by the Diet in 1971.

hiki-wake = A draw, in which neither side wins: in judo and sumo a bout without a winner, and since Vladimir Putin used the word in 2012, a metaphor for a compromise settlement of the Russo-Japanese territorial dispute.
    .literal = pulling apart

hikikomori = Acute social withdrawal in which a person stays at home for months or years, avoiding school, work and social contact; also a person living this way.
    .literal = pulling inward and shutting oneself in

hiragana = The cursive Japanese syllabary, used for native words, grammatical endings and the readings of kanji.

honne = A person's true feelings and intentions, shown only in private or among intimates; the counterpart of tatemae.
    .literal = true sound

hoppo-ryodo = The Japanese name for Iturup, Kunashir, Shikotan and the Habomai islets, held by the Soviet Union and then Russia since 1945 and claimed by Japan.
    .note = Russia regards these islands as part of the Kuril Islands.

ikebana = The Japanese art of flower arrangement, which emphasizes line, form and the season.
    .literal = living flowers

ikigai = A reason for living, what makes one's life worthwhile.

instrument-of-surrender = The document by which Japan formally surrendered, signed aboard USS Missouri in Tokyo Bay on 2 September 1945; Russia marks the end of the Second World War on the following day, 3 September.

ippon = The full point in judo, which wins the bout at once: a clean throw onto the back, a hold of 20 seconds, or a submission.

irkutsk-statement = The statement signed by Vladimir Putin and Mori Yoshirō in Irkutsk in March 2001 that confirmed the 1956 Joint Declaration as the basis of peace-treaty talks.

ishin = A conservative, reform-minded party with its base in Osaka, founded in 2015 from the Osaka Ishin no Kai of Hashimoto Tōru and Matsui Ichirō.

iturup = The largest of the southern Kuril Islands, administered by Russia and claimed by Japan as Etorofu.

iwakura-mission = The embassy led by Iwakura Tomomi that toured the United States and Europe, Russia included, from 1871 to 1873 to study Western institutions.

izakaya = A Japanese pub serving drinks with small dishes, where colleagues go after work.

japan-inc = A label for the close cooperation of government, bureaucracy and big business that was thought to drive Japan's post-war economy.

japan-korea-treaty = The treaty of 1965 that established diplomatic relations between Japan and South Korea, with an agreement that settled claims in exchange for economic aid.

jbic = The Japan Bank for International Cooperation, the state policy bank that finances Japanese companies' projects abroad, including in Russia's energy sector.

jcg = Japan's coast guard, founded in 1948, which patrols the waters around the Senkaku Islands and deals with fishing boats seized near the Kurils.

jcp = Japan's communist party, founded in 1922 and legal since 1945; one of the oldest parties in the country, never in government.

jetro = The Japan External Trade Organization, a government-related body founded in 1958 that promotes trade and investment between Japan and other countries.

jica = The Japan International Cooperation Agency, which carries out most of Japan's official development assistance.

jieitai = Japan's Self-Defense Forces, the country's armed forces, created in 1954 and constrained by Article 9 of the constitution.
    .literal = self-defence forces

jiminto = The Liberal Democratic Party, the conservative party that has governed Japan almost without interruption since its founding in 1955.

jimujikan = The administrative vice-minister, the highest career civil servant of a Japanese ministry.

joint-economic-activities = Projects on the disputed southern Kurils agreed by Putin and Abe in December 2016, meant to be run under a special legal framework that prejudiced neither side's claim.

jsp = Japan's main opposition party under the 1955 System; briefly in power in 1947–1948 and 1994–1996, it renamed itself the Social Democratic Party in 1996.

judo = A Japanese martial art and Olympic sport of throws, pins and holds, founded by Kanō Jigorō in 1882.
    .literal = the gentle way

kabuki = A classical stage art of the Edo period, with stylized acting, elaborate costumes and make-up, whose roles are all played by men.

kaizen = Continuous improvement through small, incremental changes in which all employees take part; a cornerstone of the Toyota Production System.
    .literal = change for the better

kamakura-period = The period from about 1185 to 1333 when the first shogunate ruled from Kamakura; it repelled the Mongol invasions of 1274 and 1281.

kami = A deity or sacred power in Shinto, from gods of myth and nature to deified ancestors and heroes.

kamikaze = The typhoons said to have wrecked the Mongol invasion fleets in 1274 and 1281; in the Second World War, Japan's suicide attack units, above all their pilots.
    .literal = divine wind

kanagawa-treaty = The treaty signed with Commodore Perry on 31 March 1854 that opened the ports of Shimoda and Hakodate to American ships and ended Japan's seclusion.

kanban = A card or signal that tells the previous process what to produce and when, the tool of just-in-time production in the Toyota Production System.

kanji = The Chinese characters used in writing Japanese.
    .literal = Han characters

kanjicho = The secretary-general of a Japanese party, above all of the Liberal Democratic Party, who controls its money, candidates and election campaigns.

kantei = The Prime Minister's Office in Nagatachō, Tokyo; by extension, the prime minister and the staff around him or her.
    .literal = official residence

karafuto = The Japanese name for Sakhalin; the southern half of the island was the Japanese territory of Karafuto from 1905 to 1945.

karaoke = Singing along to recorded instrumental accompaniment with the lyrics shown on a screen, a Japanese invention of the early 1970s.
    .literal = empty orchestra

karaoke-diplomacy = Personal, informal diplomacy in which leaders or diplomats build rapport through shared leisure such as karaoke; also used ironically of warm summits that produce little substance.

karate = A martial art of strikes and kicks that developed in Okinawa and spread to mainland Japan in the 1920s.

karoshi = Death from overwork, such as a heart attack, stroke or suicide brought on by long working hours; in Japan a recognized ground for compensation.
    .literal = death from overwork

kasumigaseki = The district in central Tokyo where most national ministries stand; by extension, Japan's central bureaucracy.

katakana = The angular Japanese syllabary, used mainly for loanwords, foreign names, onomatopoeia and emphasis.

kawaii = Cuteness, and the culture of cute characters, fashion and design that Japan exports.

keidanren = The Japan Business Federation, the most influential association of the country's large companies and a powerful lobby in economic policy.

keigo = The system of honorific language in Japanese, comprising respectful, humble and polite forms.
    .literal = respect language

keiretsu = A group of companies linked by cross-shareholdings and long-term business ties, often centred on a bank or a large manufacturer.
    .literal = lineage, affiliation

keizai-doyukai = The Japan Association of Corporate Executives, a business association founded in 1946 whose members join as individuals rather than as companies.

kendo = Japanese fencing with bamboo swords and protective armour.

kenpo = Japan's post-war constitution, drafted under the Allied occupation, promulgated on 3 November 1946 and in force since 3 May 1947; it has never been amended.

kgb = The Soviet Union's security and intelligence agency from 1954 to 1991, in which Vladimir Putin served as an officer.

khabarovsk-trial = The Soviet trial of December 1949 in Khabarovsk of twelve Japanese servicemen for preparing and using bacteriological weapons, among them members of Unit 731.

khalkhin-gol = The undeclared border war of May–September 1939 on the Mongolian–Manchurian border, in which Soviet and Mongolian forces under Georgy Zhukov defeated the Japanese Kwantung Army.

kimono = The traditional Japanese garment, a long robe with wide sleeves wrapped left over right and tied with a sash (obi).

kisha-club = A press club attached to a ministry, party or other institution, which gives its member media, mostly large domestic outlets, privileged access to briefings.
    .literal = reporters' club

koban = A small neighbourhood police box staffed by a few officers, a model of community policing.

kodokan = The headquarters and school of judo in Tokyo, founded by Kanō Jigorō in 1882.

koenkai = A Japanese politician's personal support organization in his or her constituency, which raises funds and delivers votes.
    .literal = support association

kohai = A junior colleague, student or member of a group, who owes respect to the seniors (senpai).
    .literal = later companion

kokkai = The National Diet, Japan's bicameral parliament, made up of the House of Representatives and the House of Councillors.

komeito = A centrist party founded in 1964 and backed by the Buddhist lay movement Sōka Gakkai; the Liberal Democratic Party's coalition partner in 1999–2009 and 2012–2025.

kompromat = Compromising material, real or fabricated, collected to blackmail or discredit a politician, official or businessman.

kono-statement = The statement of 4 August 1993 by Chief Cabinet Secretary Kōno Yōhei acknowledging the military's involvement in the comfort stations and apologizing to the women.

kprf = The Communist Party of the Russian Federation, led by Gennady Zyuganov since its founding in 1993; the largest opposition party in the Duma.

kremlin = The fortress in the centre of Moscow that houses the Russian president's office; by extension, the Russian leadership.

kunaicho = The government agency that manages the affairs of the Imperial family, its palaces and ceremonies.

kunashir = The southernmost large island of the Kurils, visible from Hokkaido across the Nemuro Strait; administered by Russia and claimed by Japan as Kunashiri.

kuril-dispute = The dispute between Japan and Russia over Iturup, Kunashir, Shikotan and the Habomai islets, occupied by the Soviet Union in August–September 1945 and claimed by Japan.

kuril-islands = A chain of volcanic islands stretching about 1,200 km from Kamchatka to Hokkaido, administered by Russia; Japan claims the southernmost islands as its Northern Territories.
    .note = Japan holds that the four islands it claims are not part of the Kurils it renounced in 1951.

kurofune = The American warships of Commodore Matthew Perry that arrived in 1853 to force Japan to open its ports; a byword for pressure from abroad.

kuuki-wo-yomu = To sense the unspoken mood of a situation and behave accordingly without being told.
    .literal = to read the air

kwantung-army = The Imperial Japanese Army's force in Manchuria, which acted on its own to seize the region in 1931 and was destroyed by the Soviet offensive of August 1945.

kyodo = Japan's leading news agency, a non-profit cooperative of newspapers and NHK founded in 1945.

lake-khasan = The border clash of July–August 1938 near Lake Khasan, where Soviet, Korean and Manchurian territory met, in which the Red Army drove back Japanese troops.

ldpr = The nationalist party founded by Vladimir Zhirinovsky in 1989–1991, despite its name neither liberal nor democratic; a loyal opposition in the Duma.

letters-of-credence = The letter from one head of state to another that accredits an ambassador, presented on arrival.

lockheed-scandal = The bribery scandal of 1976 over Lockheed aircraft sales, for which former Prime Minister Tanaka Kakuei was arrested and later convicted.

lost-decades = The years of low growth, falling prices and bad debts in Japan after the bubble burst in 1991, first counted as one decade and later as two or three.

maff = Japan's ministry of agriculture, forestry and fisheries, a stronghold of the farm lobby and the ministry that negotiates fishing quotas with Russia.

main-bank = The post-war arrangement in which each company had one principal bank that lent to it, held its shares and stepped in when it was in trouble.

manchukuo = The puppet state that Japan set up in Manchuria in 1932 under the last Qing emperor, Puyi; it collapsed with the Soviet invasion of August 1945.

manchurian-incident = The staged bombing of a railway near Mukden on 18 September 1931 that the Kwantung Army used as a pretext to occupy Manchuria.

manga = Japanese comics, read by every age group and a large publishing industry.

maskirovka = Military deception in Russian and Soviet doctrine: camouflage, feints and disinformation that hide one's strength and intentions.

matsuri = A festival, usually of a Shinto shrine, with processions of portable shrines, music and stalls.

meiji = The era of Emperor Mutsuhito's reign, from 1868 to 1912, in which Japan became a modern industrial state and a colonial power.

meiji-constitution = The constitution of the Empire of Japan, promulgated in 1889 and in force from 1890 to 1947, which made the emperor sovereign and set up the Imperial Diet.

meiji-restoration = The restoration of imperial rule in 1868 that ended the Tokugawa shogunate and launched Japan's rapid modernization.
    .literal = Meiji renewal

meishi = A business card, exchanged with a set etiquette when people meet in a professional setting.
    .literal = name card

meti = Japan's Ministry of Economy, Trade and Industry, which since 2001 has been in charge of industrial, trade and energy policy; the successor of MITI.

mext = Japan's ministry of education, culture, sport, science and technology, formed in 2001 from the Ministry of Education (Monbushō) and the Science and Technology Agency.

mhlw = Japan's ministry of health, labour and welfare, formed in 2001; it also oversees pensions.

miti = Japan's Ministry of International Trade and Industry (1949–2001), famous for steering the post-war industrial policy behind the economic miracle; replaced by METI.

mlit = Japan's ministry of land, infrastructure, transport and tourism, formed in 2001; it also oversees the Japan Coast Guard.

modus-vivendi = A temporary arrangement that lets parties coexist while their underlying dispute stays unresolved.

mono-no-aware = A gentle sadness at the passing of things, which the scholar Motoori Norinaga saw as the essence of Heian literature.

monozukuri = The craft of making things well: the pride in skilled manufacturing that Japanese industry holds up as its strength.

mottainai = Regret at waste, the feeling that something of value is being thrown away; taken up as an environmental slogan by Wangari Maathai in 2005.

multipolarity = A world order with several centres of power rather than one; the goal Russian and Chinese diplomacy has set against US primacy since Yevgeny Primakov in the 1990s.

murayama-statement = Prime Minister Murayama Tomiichi's statement of 15 August 1995 expressing deep remorse and apology for Japan's colonial rule and aggression.

muromachi-period = The period of the Ashikaga shogunate, from 1336 to 1573, ruled from the Muromachi district of Kyoto.

nagatacho = The district in central Tokyo that houses the National Diet, the Prime Minister's Office and party headquarters; by extension, Japanese national politics.

naikaku-kanbo-chokan = Japan's Chief Cabinet Secretary, a cabinet minister who coordinates the government, runs the Cabinet Secretariat and speaks for the government at twice-daily press conferences.

naikakufu = The Cabinet Office of Japan, created in 2001 to support the prime minister in planning and coordinating policy across ministries.

nanjing-massacre = The mass killing of Chinese prisoners and civilians and mass rape by Japanese troops after they took Nanjing in December 1937; the death toll remains disputed.

nara-period = The period from 710 to 794, when the capital was Heijō-kyō (Nara) and the state was modelled on Tang China.

near-abroad = The former Soviet republics other than Russia, as Russian policy speaks of them: a sphere of special Russian interests.

nemawashi = Quiet consensus-building among stakeholders before a formal decision is taken.
    .literal = going around the roots

nenko-joretsu = The system of pay and promotion by length of service and age rather than by performance.

neutrality-pact = The neutrality pact signed in Moscow on 13 April 1941; the Soviet Union denounced it in April 1945 and declared war on Japan on 8 August 1945.

nhk = Japan's public broadcaster, financed by receivers' fees; its roots go back to 1925.

nichiro-senso = The war of 1904–1905 between Russia and Japan over Manchuria and Korea, won by Japan; the Treaty of Portsmouth gave it southern Sakhalin.
    .literal = Japan–Russia war

nihonjinron = Writing and debate on the supposed uniqueness of Japanese culture, society and national character.
    .literal = theories about the Japanese

nikkei = Japan's leading business daily, the Nihon Keizai Shimbun, which also owns the Financial Times.

nikkei-225 = The main index of the Tokyo Stock Exchange, the average price of 225 leading shares compiled by the Nikkei newspaper.

nikkeijin = Emigrants from Japan and their descendants living abroad, notably in Brazil, the United States and Peru.
    .literal = people of Japanese lineage

nine-dash-line = The U-shaped line on Chinese maps by which China claims most of the South China Sea; an arbitral tribunal in 2016 found no legal basis for its claim of historic rights.

ninja = A covert agent of feudal Japan, used for espionage and sabotage; much romanticized in modern fiction.

ninjo = Human feeling and compassion, the personal sympathies that in Japanese drama are set against the duty of giri.

nippon-kaigi = A nationalist lobby founded in 1997 that campaigns for constitutional revision, patriotic education and official visits to Yasukuni; many LDP politicians belong to its Diet caucus.

nixon-shocks = Two surprises of 1971 that shook Japan: President Nixon's announcement of his visit to China, made without consulting Tokyo, and the end of the dollar's convertibility into gold.

noh = The masked musical drama perfected by Kan'ami and Zeami in the 14th century, the oldest of Japan's major theatre forms still performed.

nomenklatura = The Soviet system of key posts filled only with the Communist Party's approval, and the privileged class of officials who held them.

note-verbale = A formal, unsigned diplomatic note written in the third person and sent by an embassy or foreign ministry.

nsc-japan = Japan's National Security Council, set up by the Abe government in December 2013 to steer foreign and defence policy from the Kantei, with a secretariat under it.

oda = Aid from governments to developing countries on concessional terms; Japan was the world's largest donor in the 1990s and uses it as a main instrument of its diplomacy.

okinawa-reversion = The return of Okinawa from US administration to Japan on 15 May 1972, with most US bases left in place.

okurasho = Japan's Ministry of Finance under its historical name, used from 1869 until the reorganization of 2001.

omotenashi = Wholehearted hospitality that anticipates a guest's needs without expecting anything in return.

onsen = A hot spring and the bathing resort around it.

ostpolitik = West Germany's policy of normalizing relations with the Soviet Union, Poland, East Germany and the rest of the Eastern bloc, launched by Willy Brandt from 1969.

otaku = An obsessive fan, above all of anime, manga and games; once pejorative in Japan, now also a consumer market and a cultural export.

pacific-war = The war fought from December 1941 to August 1945 between Japan and the Allies, above all the United States, in Asia and the Pacific; its wartime Japanese name was the Greater East Asia War.

pacta-sunt-servanda = The principle of international law that treaties in force bind their parties and must be performed in good faith.

peace-treaty = The peace treaty that Russia and Japan have never concluded since 1945, held up by the dispute over the southern Kuril Islands.

pearl-harbor = Japan's surprise attack on the US Pacific Fleet in Hawaii on 7 December 1941 (8 December in Japan), which brought the United States into the war.

perestroika = Mikhail Gorbachev's programme of restructuring the Soviet economy and political system, launched in 1985–1986.

persona-non-grata = A diplomat whom the receiving state declares unacceptable under Article 9 of the Vienna Convention, so that the sending state must recall him or her.

ping-pong-diplomacy = The exchange of table-tennis teams between the United States and China in 1971, which opened the way to Nixon's visit to Beijing in 1972.

pivot-to-the-east = Russia's policy, proclaimed in the early 2010s and made urgent by Western sanctions after 2014, of shifting trade, investment and diplomacy toward Asia.

plaza-accord = The agreement of the G5 finance ministers at New York's Plaza Hotel on 22 September 1985 to push down the dollar, which doubled the value of the yen within two years.

politburo = The highest policy-making body of a communist party: of the Soviet Communist Party until 1991, and today of the Chinese Communist Party.

port-arthur = The naval base on the Liaodong Peninsula (today's Lüshun in China) leased by Russia in 1898 and taken by Japan after a siege in January 1905.

portsmouth-treaty = The treaty signed at Portsmouth, New Hampshire, on 5 September 1905 with US mediation that ended the Russo-Japanese War and gave Japan southern Sakhalin and Russia's lease of the Liaodong Peninsula.

potsdam-declaration = The declaration of 26 July 1945 by the United States, Britain and China that set out the terms of Japan's surrender; Japan accepted it on 14 August 1945.

power-vertical = The top-down chain of command built under Vladimir Putin from 2000, subordinating governors and agencies to the Kremlin.

presidential-administration = The Russian president's executive office, which prepares decisions, oversees domestic politics and controls the flow of information to the president.

primakov-doctrine = The foreign-policy line of Yevgeny Primakov, Russian foreign minister from 1996: a multipolar world, partnership with China and India, and resistance to US dominance.

putyatin = Admiral Yevfimy Putyatin (1803–1883), the Russian envoy who negotiated the Treaty of Shimoda with Japan in 1855.

pyongyang-declaration = The declaration signed by Koizumi Jun'ichirō and Kim Jong-il in Pyongyang on 17 September 2002, setting out a path to diplomatic relations.

quad = The Quadrilateral Security Dialogue of Australia, India, Japan and the United States, proposed by Abe Shinzō in 2007 and revived in 2017.

rachi-mondai = The abduction of Japanese citizens by North Korean agents in the 1970s and 1980s, admitted by Kim Jong-il in 2002; a priority of Japan's North Korea policy.

raison-detat = Reason of state: the principle that a state's interests may justify acts that ordinary morality or law would condemn.

randori = Free sparring in judo, in which partners attack and defend at will.

rapprochement = The re-establishment of friendly relations between two states after a period of hostility or estrangement.

rcep = The free-trade agreement of the ten ASEAN states with Japan, China, South Korea, Australia and New Zealand, signed in November 2020 and in force since 2022.

realpolitik = Politics based on power and national interest rather than ideals or ideology.

rebus-sic-stantibus = The doctrine that a treaty may lapse when the circumstances on which it rested have fundamentally changed.

recruit-scandal = The insider-share scandal of 1988–1989 in which the Recruit company gave unlisted shares to politicians and officials; it brought down the Takeshita Noboru cabinet.

reiwa = The Japanese era name for the reign of Emperor Naruhito, which began on 1 May 2019.
    .note = The name is taken from the eighth-century poetry anthology Man'yōshū.

rengo = The Japanese Trade Union Confederation, the country's largest union federation, founded in 1989; it leads the shuntō and backs centre-left parties.

ringi = The practice of circulating a written proposal through the hierarchy so that each manager can stamp it with a seal of approval before a decision is made.
    .literal = reporting and deliberating

ronin = A samurai without a lord; today also a student who has failed the university entrance examinations and is preparing to sit them again.
    .literal = wave man

rosneft = Russia's state-controlled oil company, the operator of the Sakhalin-1 project.

russian-far-east = Russia's territory east of Lake Baikal to the Pacific, including Primorye, Khabarovsk, Sakhalin, Kamchatka and the Kurils; vast, rich in resources and thinly settled.

russkiy-mir = The idea of a community of Russian speakers and Orthodox believers beyond Russia's borders, used by the Kremlin to justify influence in neighbouring countries.

ryokan = A traditional Japanese inn with tatami rooms, baths and set meals.

ryukyu = The island chain between Kyushu and Taiwan and the kingdom that ruled it from the 15th century until Japan annexed it as Okinawa Prefecture in 1879.

sado = The Japanese art of preparing and serving powdered green tea (matcha) according to set forms, shaped by Sen no Rikyū in the 16th century.

sakhalin = A large island north of Hokkaido, wholly Russian since 1945; its southern half was the Japanese territory of Karafuto from 1905 to 1945.

sakhalin-2 = The oil and gas projects off Sakhalin in which Japanese companies hold stakes: Sakhalin-2, with Mitsui and Mitsubishi, supplies liquefied natural gas to Japan.

sakoku = The Tokugawa shogunate's policy, from the 1630s until 1853, of strictly limiting contact and trade with foreign countries.
    .literal = chained country

salami-slicing = Gaining ground through a series of small steps, none of them large enough to provoke a forceful response; said of China's moves in the East and South China Seas.

salaryman = A white-collar company employee, especially the loyal, long-working office man of post-war Japan's large firms.

sambo = A Soviet combat sport and self-defence system of the 1930s, drawing on judo and folk wrestling; Vladimir Putin practised it before judo.

samurai = A member of the hereditary warrior class of pre-modern Japan, abolished as a legal estate after the Meiji Restoration.
    .literal = one who serves

san-francisco-treaty = The peace treaty between Japan and 48 Allied nations, signed on 8 September 1951 and in force from 28 April 1952, which ended the occupation; Japan renounced the Kuril Islands and South Sakhalin, and the Soviet Union did not sign.

sanban = The three things a Japanese candidate needs: jiban (a constituency organization), kanban (name recognition) and kaban (a bag of money).

sangiin = The upper house of Japan's National Diet, with 248 members serving six-year terms, half of them elected every three years; it cannot be dissolved.

sankei-shimbun = A national daily founded in 1933, the most conservative and nationalist of Japan's major newspapers.

satsuma-rebellion = The 1877 uprising of former samurai of Satsuma led by Saigō Takamori, crushed by the conscript army of the Meiji government; the last civil war in Japan.

sco = The Shanghai Cooperation Organisation, a Eurasian security and economic bloc founded in 2001 by China, Russia and four Central Asian states, later joined by India, Pakistan, Iran and Belarus.

security-council-russia = The Russian president's consultative body on national security, whose permanent members include the prime minister, the ministers of defence and foreign affairs and the heads of the security services.

seikei-bunri = The principle of pursuing economic ties with a country while political disputes with it remain unresolved, applied by Japan to China and the Soviet Union.
    .literal = separation of politics and economics

seimu-chosakai = The Liberal Democratic Party's Policy Research Council, where bills are vetted by committees before they go to the cabinet; the arena of the zoku-giin.

sekkyokuteki-heiwashugi = The slogan of Abe Shinzō's security policy from 2013: a larger Japanese role in international security, beyond the passive pacifism of the post-war decades.

sengoku = The age of civil war between rival daimyo, from the Ōnin War of 1467 until the country was reunified at the end of the 16th century.

senkaku = Uninhabited islets in the East China Sea administered by Japan and claimed by China and Taiwan as Diaoyu; Japan bought three of them from a private owner in 2012.

senpai = A senior colleague, student or member of a group, who is expected to guide and look after the juniors (kōhai).
    .literal = earlier companion

sensei = Teacher or master; an honorific for teachers, doctors, lawyers, artists and politicians.
    .literal = one born before

seppuku = Ritual suicide by disembowelment, practised by samurai to die with honour; abolished as a punishment in 1873.

seshu-giin = A Diet member who has inherited a parent's or relative's seat, support group and funds; a large share of Liberal Democratic Party members and prime ministers.

shikotan = An island of the Lesser Kuril Chain, administered by Russia and claimed by Japan; the 1956 Joint Declaration promised its transfer to Japan after a peace treaty.

shimoda-treaty = The treaty between Japan and Russia signed at Shimoda in 1855, which opened Japanese ports to Russian ships, drew the border between the islands of Iturup and Urup and left Sakhalin undivided.

shingikai = A government advisory council of experts, business and union representatives that reviews policy for a ministry; often said to lend authority to what officials have already decided.

shinkansen = Japan's network of high-speed railway lines, the first of which opened between Tokyo and Osaka in 1964.
    .literal = new trunk line

shinto = The indigenous religion of Japan, centred on the worship of kami at shrines.
    .literal = the way of the gods

shogi = Japanese chess, in which captured pieces can be returned to the board on the captor's side.

shogun = The military ruler who held real power in Japan from the late 12th century until 1867, nominally as the emperor's deputy.
    .literal = commander of the army

showa = The era of Emperor Hirohito's reign, from 25 December 1926 to 7 January 1989, spanning militarism, war, occupation and the post-war economic miracle.

shugiin = The lower and more powerful house of Japan's National Diet, with 465 members elected for up to four years; it can be dissolved early and chooses the prime minister.

shunto = The annual spring wage offensive, in which unions across industries negotiate pay rises with employers at the same time.
    .literal = spring struggle

shushin-koyo = The practice of large Japanese companies of hiring graduates and keeping them until retirement.

shuttle-diplomacy = Diplomacy in which a mediator travels back and forth between parties who will not meet; also regular reciprocal visits of two leaders, as between Japan and South Korea.

siberian-internment = The detention of some 575,000 Japanese soldiers and civilians in Soviet labour camps after 1945, where around 55,000 died; the last returned in 1956.

siberian-intervention = The Allied military intervention in the Russian Civil War from 1918, in which Japan sent the largest force and stayed longest, leaving northern Sakhalin only in 1925.

siloviki = Officials from Russia's security, military and law-enforcement agencies, above all the FSB, who hold leading posts in politics and business.

sino-japanese-war-1894 = The war of 1894–1895 between Japan and Qing China over Korea; with the Treaty of Shimonoseki Japan gained Taiwan and an indemnity.

sino-japanese-war-1937 = The war between Japan and China from the Marco Polo Bridge Incident of July 1937 to Japan's surrender in 1945.

six-party-talks = Negotiations on North Korea's nuclear programme among the two Koreas, China, the United States, Russia and Japan, held in Beijing from 2003 until North Korea walked out in 2009.

smolenskaya-square = The square in Moscow where the Russian Ministry of Foreign Affairs stands in a Stalinist high-rise; by extension, the ministry itself.

sogo-shosha = A Japanese general trading company, such as Mitsubishi Corporation or Mitsui & Co., that trades and invests across many sectors worldwide.
    .literal = general trading company

soka-gakkai = A Buddhist lay movement of the Nichiren tradition, founded in 1930, with millions of members; the organization behind Komeito.

somusho = Japan's ministry of internal affairs and communications, in charge of local government, elections, statistics, the post and telecommunications.

sontaku = Anticipating the unspoken wishes of a superior and acting on them; a political buzzword since the favouritism scandals of 2017.
    .literal = surmising another's feelings

sori-daijin = The Prime Minister of Japan, head of the cabinet, chosen by the National Diet from among its members and formally appointed by the emperor.

sosai = The president of the Liberal Democratic Party, chosen in a party election; while the party holds a Diet majority, the sōsai becomes prime minister.

sovereign-democracy = The doctrine, formulated by Vladislav Surkov in 2006, that Russia's political order must be shaped by Russia alone, free of Western standards.

soviet-japanese-declaration = The joint declaration signed in Moscow in 1956 that ended the state of war and restored diplomatic relations; in it the Soviet Union agreed to hand over Shikotan and the Habomai islets once a peace treaty is concluded.

soviet-japanese-war = The Soviet Union's war against Japan from 9 August 1945, in breach of the Neutrality Pact: it overran Manchuria, southern Sakhalin and the Kuril Islands, taking the southern islands by early September.

special-military-operation = The Russian government's official name for its full-scale invasion of Ukraine launched on 24 February 2022.

st-petersburg-treaty = The treaty of 7 May 1875 by which Japan gave up its claims to Sakhalin and Russia ceded to Japan all the Kuril Islands north of Iturup.

staraya-square = The square in Moscow where the Presidential Administration (before 1991, the Communist Party's Central Committee) has its offices; by extension, the administration itself.

state-duma = The lower house of Russia's Federal Assembly, with 450 deputies elected for five years.

status-quo-ante = The state of affairs that existed before a given event, such as a war; a return to it is a common demand in ceasefire talks.

sumo = Japan's traditional wrestling, in which a wrestler loses by leaving the ring or touching the ground with anything but the soles of the feet.

svr = Russia's Foreign Intelligence Service, the successor of the KGB's First Chief Directorate since 1991.

system-1955 = The party system from 1955 to 1993 in which the Liberal Democratic Party held power without a break and the Japan Socialist Party led a permanent opposition.

taisho = The era of Emperor Yoshihito's reign, from 1912 to 1926, known for party cabinets and the liberal current called Taishō democracy.

taisho-democracy = The liberal current of the 1910s and 1920s that brought party cabinets and universal male suffrage in 1925.

takeshima = Islets in the Sea of Japan administered by South Korea as Dokdo and claimed by Japan as Takeshima.

tatami = A thick mat of rice straw covered with woven rush, the traditional floor of Japanese rooms and of the judo hall.

tatemae = The public position or façade that social norms require, as opposed to one's true feelings (honne).
    .literal = erected front

tenno = The Emperor of Japan; under the 1947 constitution, the symbol of the state and of the unity of the people.
    .literal = heavenly sovereign

terra-nullius = Land belonging to no state, which may be acquired by occupation; Japan cites it for its incorporation of the Senkaku Islands in 1895 and of Takeshima in 1905.

ticad = The Tokyo International Conference on African Development, a summit-level forum that Japan has convened since 1993.

tokugawa-shogunate = The military government of the Tokugawa shoguns that ruled Japan from 1603 until it returned power to the emperor in 1867.

tokyo-declaration = The declaration signed by Boris Yeltsin and Hosokawa Morihiro in October 1993 that committed both sides to settle the sovereignty of the four islands and conclude a peace treaty.

tokyo-trial = The International Military Tribunal for the Far East, which tried Japan's wartime leaders in 1946–1948 and sentenced seven of them, including Tōjō Hideki, to death.

torii = The gate, often painted vermilion, that marks the entrance to a Shinto shrine.

tour-dhorizon = A broad survey of current issues in talks between diplomats or leaders.

toyota-production-system = Toyota's system of lean manufacturing, built on just-in-time production and jidōka (stopping the line at any defect), with continuous kaizen.

tpp = The Pacific free-trade agreement that Japan kept alive after the United States withdrew in 2017, signed as the CPTPP by eleven countries in 2018; Britain joined in 2024.

track-two = Unofficial dialogue between scholars, former officials and experts of countries in dispute, meant to prepare ground that governments cannot yet tread.

tripartite-pact = The alliance of Germany, Italy and Japan signed in Berlin on 27 September 1940.

twenty-one-demands = The demands Japan made on China in 1915 for extensive rights in Shandong, Manchuria and beyond, which fuelled Chinese nationalism.

two-plus-two = A meeting of two countries' foreign and defence ministers together; Japan holds them with the United States, Australia and others, and held them with Russia from 2013 to 2019.

uchi-soto = The distinction between one's in-group and outsiders, which shapes Japanese speech, honorifics and behaviour.
    .literal = inside and outside

unit-731 = The Imperial Japanese Army's secret biological and chemical warfare unit near Harbin, which performed lethal experiments on thousands of prisoners from 1936 to 1945.

united-russia = Russia's ruling party, founded in 2001 and loyal to Vladimir Putin, which has held a majority in the State Duma since 2003.

us-japan-alliance = The military alliance between Japan and the United States founded on the Security Treaty of 1951, revised in 1960; the cornerstone of Japan's security policy.

uti-possidetis = The principle that new states inherit the administrative borders they had before independence.

visa-free-exchanges = Visits without visas between Japanese citizens and Russian residents of the southern Kurils, begun in 1992; Russia suspended them in 2022.

wabi-sabi = An aesthetic that finds beauty in the simple, the imperfect and the transient, central to the tea ceremony.

waza-ari = A half point in judo, for a throw or hold that falls short of ippon; two make an ippon.

wolf-warrior = The combative style of Chinese diplomats, above all on social media, from the late 2010s; named after the Chinese action films Wolf Warrior.

womenomics = The idea, coined by Kathy Matsui of Goldman Sachs in 1999 and adopted by the Abe government, that more women at work would lift Japan's growth.

yakuza = Japanese organized-crime syndicates and their members.

yalta-agreement = The secret agreement of February 1945 in which the Soviet Union promised to enter the war against Japan and was promised southern Sakhalin and the Kuril Islands.

yasukuni = A Shinto shrine in Tokyo dedicated to Japan's war dead, among them convicted war criminals; visits by politicians draw protests from China and South Korea.
    .literal = peaceful country

yokozuna = The highest rank in professional sumo.
    .literal = horizontal rope

yomiuri-shimbun = Japan's largest-circulation daily, founded in 1874 and generally conservative.

yoshida-doctrine = The post-war strategy associated with Prime Minister Yoshida Shigeru: rely on the US alliance for security, keep armament light and concentrate on economic growth.

yusei-mineika = The privatization of Japan Post, with its huge savings and insurance arms, which Koizumi Jun'ichirō forced through in 2005 by calling a snap election on it.

zaibatsu = The family-controlled industrial and financial conglomerates, such as Mitsui, Mitsubishi and Sumitomo, that dominated Japan's economy until they were dissolved during the Allied occupation.
    .literal = wealth clique

zaikai = The world of big business, especially its leaders and associations, as a political force.
    .literal = financial world

zaimusho = Japan's Ministry of Finance, in charge of the budget, taxation and currency intervention; the most powerful ministry of Kasumigaseki, created in 2001 from the Ōkurashō.

zainichi = Koreans living in Japan, mostly descendants of those who came or were brought during colonial rule, many with special permanent residence but not citizenship.

zastoi = The Brezhnev years, from the mid-1960s to the mid-1980s, as Gorbachev named them: political immobility and slowing growth.

zeitenwende = The turning point proclaimed by German Chancellor Olaf Scholz on 27 February 2022 after Russia invaded Ukraine, with a large rise in German defence spending.

zen = The school of Mahayana Buddhism that stresses meditation (zazen); it came to Japan from China in the 12th and 13th centuries and shaped the tea ceremony, gardens and ink painting.

zoku-giin = A Diet member, usually of the Liberal Democratic Party, with expertise and influence in one policy area and close ties to the ministry and industry concerned.
    .literal = tribe Diet member
