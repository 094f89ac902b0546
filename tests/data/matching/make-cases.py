import json, sys
# Each case: name, entries [(id, forms, case_sensitive)], text, expected [(entry, slice)] in order,
# optional boundary/case. Spans are computed here by searching each slice after the previous one,
# then written out explicitly; the test asserts them exactly.
cases = [
 ("unicode case, latin", [("nemawashi", ["nemawashi"], False)], "NEMAWASHI, Nemawashi and nemawashi.", [("nemawashi","NEMAWASHI"),("nemawashi","Nemawashi"),("nemawashi","nemawashi")]),
 ("unicode case, cyrillic", [("nemawashi", ["немаваси"], False)], "НЕМАВАСИ; Немаваси — немаваси.", [("nemawashi","НЕМАВАСИ"),("nemawashi","Немаваси"),("nemawashi","немаваси")]),
 ("case-sensitive entry matches only as written", [("hajime-name", ["Hajime"], True), ("hajime", ["hajime"], False)], "Hajime said hajime twice: HAJIME.", [("hajime-name","Hajime"),("hajime","hajime"),("hajime","HAJIME")]),
 ("case-sensitive acronym", [("ldp", ["LDP"], True)], "The LDP, not the ldp or Ldp.", [("ldp","LDP")]),
 ("shorter match kept when longer fails the boundary", [("new", ["new"], False), ("new-york", ["new york"], False)], "a new yorker in new york", [("new","new"),("new-york","new york")]),
 ("shorter match kept, three levels", [("a", ["alpha"], False), ("ab", ["alpha beta"], False), ("abc", ["alpha beta gamma"], False)], "alpha beta gammas; alpha betas", [("ab","alpha beta"),("a","alpha")]),
 ("possessive straight", [("kasumigaseki", ["Kasumigaseki"], False)], "Kasumigaseki's view", [("kasumigaseki","Kasumigaseki")]),
 ("possessive typographic", [("kasumigaseki", ["Kasumigaseki"], False)], "Kasumigaseki’s view", [("kasumigaseki","Kasumigaseki")]),
 ("possessive capital S and plural apostrophe", [("keiretsu", ["keiretsus"], False)], "the KEIRETSUS’ banks", [("keiretsu","KEIRETSUS")]),
 ("contraction is one word", [("don", ["don"], False)], "don’t and don't, but Don.", [("don","Don")]),
 ("contractions are not split, elisions are", [("re", ["re"], False), ("europe", ["Europe"], False), ("neill", ["Neill"], False)], "you’re, they're; l’Europe, d'Europe, O'Neill; re", [("europe","Europe"),("europe","Europe"),("neill","Neill"),("re","re")]),
 ("typographic quotes", [("hiki-wake", ["hiki-wake"], False)], "a “hiki-wake,” he said", [("hiki-wake","hiki-wake")]),
 ("separator variants", [("hiki-wake", ["hiki-wake"], False)], "hiki wake; hiki\u2011wake; hiki\u2013wake; hiki\u00a0wake; hiki-\n  wake; hikiwake", [("hiki-wake","hiki wake"),("hiki-wake","hiki\u2011wake"),("hiki-wake","hiki\u2013wake"),("hiki-wake","hiki\u00a0wake"),("hiki-wake","hiki-\n  wake")]),
 ("form with space matches hyphenated text", [("karaoke-diplomacy", ["karaoke diplomacy"], False)], "karaoke-diplomacy", [("karaoke-diplomacy","karaoke-diplomacy")]),
 ("no match inside a word", [("nemawashi", ["nemawashi"], False)], "nemawashing prenemawashi nemawashi_x nemawashi2", []),
 ("unspaced script substring", [("nemawashi", ["根回し"], False)], "官僚の根回しが必要だった。根回しを", [("nemawashi","根回し"),("nemawashi","根回し")]),
 ("latin term beside kana", [("g8", ["G8"], False)], "G8サミットとG8の会合、G80", [("g8","G8"),("g8","G8")]),
 ("kanji prefix fallback", [("chizai", ["知识产权"], False), ("chizaikyoku", ["国家知识产权局"], False)], "国家知识产权", [("chizai","知识产权")]),
 ("longer term wins over nested term", [("karaoke", ["karaoke"], False), ("karaoke-diplomacy", ["karaoke-diplomacy"], False)], "karaoke-diplomacy and karaoke", [("karaoke-diplomacy","karaoke-diplomacy"),("karaoke","karaoke")]),
 ("eszett expands", [("strasse", ["Straße"], False)], "Die STRAẞE und die Strasse.", [("strasse","STRAẞE"),("strasse","Strasse")]),
 ("kelvin sign", [("kelvin", ["kelvin"], False)], "the \u212aelvin scale", [("kelvin","\u212aelvin")]),
 ("final sigma", [("sophos", ["σοφός"], False)], "ΣΟΦΌΣ και σοφόσ", [("sophos","ΣΟΦΌΣ"),("sophos","σοφόσ")]),
 ("dotted capital I", [("istanbul", ["istanbul"], False)], "İstanbul and i\u0307stanbul", [("istanbul","İstanbul"),("istanbul","i\u0307stanbul")]),
 ("composed and decomposed", [("cafe", ["café"], False)], "cafe\u0301 and CAFÉ", [("cafe","cafe\u0301"),("cafe","CAFÉ")]),
 ("accent is not ignored by default", [("cafe", ["café"], False)], "a cafe", []),
 ("full-width and half-width", [("abc", ["ABC"], False), ("karaoke", ["カラオケ"], False)], "ＡＢＣ ｶﾗｵｹ", [("abc","ＡＢＣ"),("karaoke","ｶﾗｵｹ")]),
 ("soft hyphen inside a term", [("nemawashi", ["nemawashi"], False)], "nema\u00adwashi", [("nemawashi","nema\u00adwashi")]),
 ("punctuation-edged forms", [("dotnet", [".net"], False), ("cpp", ["c++"], False)], "I like .net and c++, not x.net", [("dotnet",".net"),("cpp","c++")]),
 ("armenian", [("ashkharh", ["աշխարհ"], False)], "ԱՇԽԱՐՀ", [("ashkharh","ԱՇԽԱՐՀ")]),
 ("empty text", [("a", ["alpha"], False)], "", []),
 ("diacritics folded when the entry asks", [("tokyo", ["Tōkyō"], False, {"fold_diacritics": True}), ("hoppo", ["Hoppō ryōdo"], False, {"fold_diacritics": True})], "Tokyo, TÔKYÔ, Tōkyō and hoppo ryodo", [("tokyo","Tokyo"),("tokyo","TÔKYÔ"),("tokyo","Tōkyō"),("hoppo","hoppo ryodo")]),
 ("diacritics kept for other entries of the same matcher", [("tokyo", ["Tōkyō"], False, {"fold_diacritics": True}), ("cafe", ["café"], False)], "cafe, café, Tokyo", [("cafe","café"),("tokyo","Tokyo")]),
 ("yo and ye", [("yolka", ["ёлка"], False, {"fold_diacritics": True})], "ЕЛКА и ёлка", [("yolka","ЕЛКА"),("yolka","ёлка")]),
 ("short i is a letter, not a diacritic", [("moi", ["мой"], False, {"fold_diacritics": True})], "мои и мой", [("moi","мой")]),
 ("arabic and hebrew points", [("kitab", ["كتاب"], False, {"fold_diacritics": True}), ("shalom", ["שלום"], False, {"fold_diacritics": True})], "كِتَاب و שָׁלוֹם", [("kitab","كِتَاب"),("shalom","שָׁלוֹם")]),
 ("joined variant on request", [("hiki-wake", ["hiki-wake"], False, {"joined": True})], "hikiwake, HIKI-WAKE, hiki wake", [("hiki-wake","hikiwake"),("hiki-wake","HIKI-WAKE"),("hiki-wake","hiki wake")]),
 ("korean particles", [("songarak", ["손가락"], False)], "열 손가락 깨물어 안 아픈 손가락이 없다. 손가락질", [("songarak","손가락"),("songarak","손가락")]),
 ("russian inflection by stemming", [("kurils", ["Курильские острова"], False, {"stemming": ["ru"]})], "южных Курильских островов и к Курильским островам", [("kurils","Курильских островов"),("kurils","Курильским островам")]),
 ("german inflection by stemming", [("bundestag", ["Bundestag"], False, {"stemming": ["de"]})], "des Bundestages und im Bundestag", [("bundestag","Bundestages"),("bundestag","Bundestag")]),
 ("english plurals by stemming", [("keiretsu", ["keiretsu"], False, {"stemming": ["en"]})], "the keiretsus and a keiretsu", [("keiretsu","keiretsus"),("keiretsu","keiretsu")]),
 ("stemming does not cross punctuation", [("kurils", ["Курильские острова"], False, {"stemming": ["ru"]})], "Курильских. Островов", []),
 ("exact match wins over a stemmed one", [("kuril", ["Курилы"], False), ("kurils", ["Курильские острова"], False, {"stemming": ["ru"]})], "Курилы и Курильские острова", [("kuril","Курилы"),("kurils","Курильские острова")]),
 ("case-sensitive stemmed entry", [("duma", ["Государственная дума"], True, {"stemming": ["ru"]})], "в Государственной думе, не в государственной думе", [("duma","Государственной думе")]),
 ("decomposed hangul", [("dokdo", ["독도"], False)], "독도 and 독도", [("dokdo","독도"),("dokdo","독도")]),
 ("korean quotative endings", [("nemawashi", ["네마와시"], False)], "네마와시라는 말, 네마와시란 무엇인가, 네마와시즘", [("nemawashi","네마와시"),("nemawashi","네마와시")]),
 ("bare russian stem", [("kurily", ["Курилы"], False, {"stemming": ["ru"]})], "судьбе Курил и на Курилах", [("kurily","Курил"),("kurily","Курилах")]),
 ("thai is unspaced", [("karaoke", ["คาราโอเกะ"], False)], "ร้องคาราโอเกะกับเพื่อน", [("karaoke","คาราโอเกะ")]),
 ("arabic and hebrew are spaced", [("kitab", ["كتاب"], False), ("shalom", ["שלום"], False)], "كتاب والكتاب; שלום ושלומי", [("kitab","كتاب"),("shalom","שלום")]),
 ("mixed-script form", [("karaoke-gaiko", ["カラオケ外交"], False), ("karaoke", ["カラオケ"], False)], "いわゆるカラオケ外交とカラオケ", [("karaoke-gaiko","カラオケ外交"),("karaoke","カラオケ")]),
 ("possessive of a stemmed term", [("diet", ["Diet"], True, {"stemming": ["en"]})], "the Diet's vote", [("diet","Diet")]),
 ("uax29: a number with a decimal point is one word", [("three", ["3"], False)], "pi is 3.14, not 3; 3,000 and 3", [("three","not [3]"),("three","and [3]")]),
 ("uax29: dotted abbreviations are one word", [("us", ["U.S."], False), ("u", ["U"], False), ("eg", ["e.g."], False)], "the U.S. and e.g. U", [("us","U.S."),("eg","e.g."),("u","U")]),
 ("uax29: a dotted name is one word", [("path", ["path"], False), ("python", ["python"], False)], "os.path, www.python.org, a path; python", [("path","a [path]"),("python","; [python]")]),
 ("uax29: a colon between letters joins them", [("std", ["std"], False)], "a:std vs std::io", [("std","vs [std]")]),
 ("grapheme: a flag is never split", [("flag-pu", ["\U0001F1F5\U0001F1FA"], False), ("flag-jp", ["\U0001F1EF\U0001F1F5"], False)], "\U0001F1EF\U0001F1F5\U0001F1FA\U0001F1F8", [("flag-jp","\U0001F1EF\U0001F1F5")]),
 ("grapheme: no match inside a Thai syllable", [("ko", ["ก"], False)], "กิน ก", [("ko"," [ก]")]),
 ("grapheme: no match inside an emoji sequence", [("woman", ["\U0001F469"], False)], "\U0001F469\u200d\U0001F52C and \U0001F469", [("woman","and [\U0001F469]")]),
 ("grapheme: no match inside an Indic conjunct", [("ka", ["\u0915"], False)], "\u0915\u094d\u0937 \u0915", [("ka"," [\u0915]")]),
 ("grapheme: a variation selector joins the match", [("heart", ["\u2764"], False)], "I \u2764\ufe0f it", [("heart","\u2764\ufe0f")]),
]
out = []
for name, entries, text, expected in cases:
    entries = [e if len(e) == 4 else (*e, {}) for e in entries]
    pos = 0
    exp = []
    for entry, sl in expected:
        # "context [match] context" locates a match by what surrounds it.
        before = ""
        if "[" in sl and "]" in sl:
            before, rest = sl.split("[", 1)
            sl, after = rest.split("]", 1)
            i = text.encode().find((before + sl + after).encode(), pos)
            assert i >= 0, (name, before, sl, after)
            i += len(before.encode())
        else:
            i = text.encode().find(sl.encode(), pos)
        assert i >= 0, (name, sl)
        exp.append({"entry": entry, "start": i, "end": i + len(sl.encode()), "text": sl})
        pos = i + len(sl.encode())
    out.append({"name": name, "entries": [{"id": i, "forms": f, "case_sensitive": c, **o} for i, f, c, o in entries], "text": text, "expected": exp})
print("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in out) + "\n]")
