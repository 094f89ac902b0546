# Definitions for the built-in glossary "japan" (English).
# One message per entry of glossaries/japan.ron, in the same (alphabetical) order.
# Attributes: .literal = the literal meaning of the Japanese words; .note = a remark.

abenomics = The economic programme of Prime Minister Abe Shinzō from 2012, built on “three arrows”: bold monetary easing, flexible fiscal spending and structural reform.

ainu = The indigenous people of Hokkaido, Sakhalin and the Kuril Islands, with their own language and culture; a Japanese law of 2019 recognizes them as an indigenous people.

amakudari = The practice of senior civil servants retiring into well-paid posts at companies or public bodies in the sector they used to oversee.
    .literal = descent from heaven

bushido = The code of conduct idealized for the samurai, stressing loyalty, courage and honour; largely systematized and popularized in the Meiji era.
    .literal = the way of the warrior

daimyo = A feudal lord who ruled a domain in pre-modern Japan; under the Tokugawa shoguns, a lord whose lands were assessed at 10,000 koku of rice or more.
    .literal = great name

dojo = A hall or school where a martial art such as judo or karate is taught and practised.
    .literal = place of the Way

gaiatsu = Foreign pressure, above all from the United States, which Japanese governments invoke or even welcome to push through reforms resisted at home.
    .literal = outside pressure

gaimusho = The Ministry of Foreign Affairs of Japan, located in the Kasumigaseki district of Tokyo.

geisha = A professional female entertainer trained in traditional music, dance and the art of conversation, engaged for banquets and tea-house gatherings.
    .literal = person of the arts

genro = The elder statesmen of the Meiji and Taishō eras who informally advised the emperor and, among other things, chose the prime minister.
    .literal = original elders

giri = A sense of social obligation toward those to whom one is indebted, often set against ninjō, personal feeling.
    .literal = right reason

gyosei-shido = Informal, legally non-binding guidance that ministries give to the companies and bodies under their oversight.
    .literal = administrative guidance

habatsu = An organized faction within a Japanese political party, above all the Liberal Democratic Party, built around a senior leader.

haiku = A short Japanese poem in three phrases of five, seven and five morae, traditionally containing a seasonal word.

hajime = The referee's command to begin or resume a judo bout.
    .literal = begin

heisei = The Japanese era name for the reign of Emperor Akihito, from 8 January 1989 to 30 April 2019.
    .literal = peace achieved

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

jieitai = Japan's Self-Defense Forces, the country's armed forces, created in 1954 and constrained by Article 9 of the constitution.
    .literal = self-defence forces

jiminto = The Liberal Democratic Party, the conservative party that has governed Japan almost without interruption since its founding in 1955.

judo = A Japanese martial art and Olympic sport of throws, pins and holds, founded by Kanō Jigorō in 1882.
    .literal = the gentle way

kaizen = Continuous improvement through small, incremental changes in which all employees take part; a cornerstone of the Toyota Production System.
    .literal = change for the better

kamikaze = The typhoons said to have wrecked the Mongol invasion fleets in 1274 and 1281; in the Second World War, Japan's suicide attack units, above all their pilots.
    .literal = divine wind

kanji = The Chinese characters used in writing Japanese.
    .literal = Han characters

kantei = The Prime Minister's Office in Nagatachō, Tokyo; by extension, the prime minister and the staff around him or her.
    .literal = official residence

karafuto = The Japanese name for Sakhalin; the southern half of the island was the Japanese territory of Karafuto from 1905 to 1945.

karaoke = Singing along to recorded instrumental accompaniment with the lyrics shown on a screen, a Japanese invention of the early 1970s.
    .literal = empty orchestra

karaoke-diplomacy = Personal, informal diplomacy in which leaders or diplomats build rapport through shared leisure such as karaoke; also used ironically of warm summits that produce little substance.

karoshi = Death from overwork, such as a heart attack, stroke or suicide brought on by long working hours; in Japan a recognized ground for compensation.
    .literal = death from overwork

kasumigaseki = The district in central Tokyo where most national ministries stand; by extension, Japan's central bureaucracy.

katakana = The angular Japanese syllabary, used mainly for loanwords, foreign names, onomatopoeia and emphasis.

keidanren = The Japan Business Federation, the most influential association of the country's large companies and a powerful lobby in economic policy.

keigo = The system of honorific language in Japanese, comprising respectful, humble and polite forms.
    .literal = respect language

keiretsu = A group of companies linked by cross-shareholdings and long-term business ties, often centred on a bank or a large manufacturer.
    .literal = lineage, affiliation

kisha-club = A press club attached to a ministry, party or other institution, which gives its member media, mostly large domestic outlets, privileged access to briefings.
    .literal = reporters' club

koenkai = A Japanese politician's personal support organization in his or her constituency, which raises funds and delivers votes.
    .literal = support association

kohai = A junior colleague, student or member of a group, who owes respect to the seniors (senpai).
    .literal = later companion

kokkai = The National Diet, Japan's bicameral parliament, made up of the House of Representatives and the House of Councillors.

kuril-islands = A chain of volcanic islands stretching about 1,200 km from Kamchatka to Hokkaido, administered by Russia; Japan claims the southernmost islands as its Northern Territories.
    .note = Japan holds that the four islands it claims are not part of the Kurils it renounced in 1951.

kuuki-wo-yomu = To sense the unspoken mood of a situation and behave accordingly without being told.
    .literal = to read the air

meiji-restoration = The restoration of imperial rule in 1868 that ended the Tokugawa shogunate and launched Japan's rapid modernization.
    .literal = Meiji renewal

meishi = A business card, exchanged with a set etiquette when people meet in a professional setting.
    .literal = name card

nagatacho = The district in central Tokyo that houses the National Diet, the Prime Minister's Office and party headquarters; by extension, Japanese national politics.

nemawashi = Quiet consensus-building among stakeholders before a formal decision is taken.
    .literal = going around the roots

nichiro-senso = The war of 1904–1905 between Russia and Japan over Manchuria and Korea, won by Japan; the Treaty of Portsmouth gave it southern Sakhalin.
    .literal = Japan–Russia war

nihonjinron = Writing and debate on the supposed uniqueness of Japanese culture, society and national character.
    .literal = theories about the Japanese

nikkeijin = Emigrants from Japan and their descendants living abroad, notably in Brazil, the United States and Peru.
    .literal = people of Japanese lineage

omotenashi = Wholehearted hospitality that anticipates a guest's needs without expecting anything in return.

reiwa = The Japanese era name for the reign of Emperor Naruhito, which began on 1 May 2019.
    .note = The name is taken from the eighth-century poetry anthology Man'yōshū.

ringi = The practice of circulating a written proposal through the hierarchy so that each manager can stamp it with a seal of approval before a decision is made.
    .literal = reporting and deliberating

ronin = A samurai without a lord; today also a student who has failed the university entrance examinations and is preparing to sit them again.
    .literal = wave man

sakoku = The Tokugawa shogunate's policy, from the 1630s until 1853, of strictly limiting contact and trade with foreign countries.
    .literal = chained country

samurai = A member of the hereditary warrior class of pre-modern Japan, abolished as a legal estate after the Meiji Restoration.
    .literal = one who serves

seikei-bunri = The principle of pursuing economic ties with a country while political disputes with it remain unresolved, applied by Japan to China and the Soviet Union.
    .literal = separation of politics and economics

senpai = A senior colleague, student or member of a group, who is expected to guide and look after the juniors (kōhai).
    .literal = earlier companion

sensei = Teacher or master; an honorific for teachers, doctors, lawyers, artists and politicians.
    .literal = one born before

shimoda-treaty = The treaty between Japan and Russia signed at Shimoda in 1855, which opened Japanese ports to Russian ships, drew the border between the islands of Iturup and Urup and left Sakhalin undivided.

shinkansen = Japan's network of high-speed railway lines, the first of which opened between Tokyo and Osaka in 1964.
    .literal = new trunk line

shinto = The indigenous religion of Japan, centred on the worship of kami at shrines.
    .literal = the way of the gods

shogun = The military ruler who held real power in Japan from the late 12th century until 1867, nominally as the emperor's deputy.
    .literal = commander of the army

shunto = The annual spring wage offensive, in which unions across industries negotiate pay rises with employers at the same time.
    .literal = spring struggle

sogo-shosha = A Japanese general trading company, such as Mitsubishi Corporation or Mitsui & Co., that trades and invests across many sectors worldwide.
    .literal = general trading company

sontaku = Anticipating the unspoken wishes of a superior and acting on them; a political buzzword since the favouritism scandals of 2017.
    .literal = surmising another's feelings

soviet-japanese-declaration = The joint declaration signed in Moscow in 1956 that ended the state of war and restored diplomatic relations; in it the Soviet Union agreed to hand over Shikotan and the Habomai islets once a peace treaty is concluded.

sumo = Japan's traditional wrestling, in which a wrestler loses by leaving the ring or touching the ground with anything but the soles of the feet.

tatemae = The public position or façade that social norms require, as opposed to one's true feelings (honne).
    .literal = erected front

tenno = The Emperor of Japan; under the 1947 constitution, the symbol of the state and of the unity of the people.
    .literal = heavenly sovereign

uchi-soto = The distinction between one's in-group and outsiders, which shapes Japanese speech, honorifics and behaviour.
    .literal = inside and outside

yakuza = Japanese organized-crime syndicates and their members.

yasukuni = A Shinto shrine in Tokyo dedicated to Japan's war dead, among them convicted war criminals; visits by politicians draw protests from China and South Korea.
    .literal = peaceful country

yokozuna = The highest rank in professional sumo.
    .literal = horizontal rope

zaibatsu = The family-controlled industrial and financial conglomerates, such as Mitsui, Mitsubishi and Sumitomo, that dominated Japan's economy until they were dissolved during the Allied occupation.
    .literal = wealth clique

zaikai = The world of big business, especially its leaders and associations, as a political force.
    .literal = financial world

zoku-giin = A Diet member, usually of the Liberal Democratic Party, with expertise and influence in one policy area and close ties to the ministry and industry concerned.
    .literal = tribe Diet member
