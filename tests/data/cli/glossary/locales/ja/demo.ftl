nemawashi = 正式な決定の前に関係者の合意を取り付けること。
hiki-wake = 勝負がつかないこと。
kasumigaseki = 中央省庁が集まる東京の地区。
nhk = 日本の公共放送。
