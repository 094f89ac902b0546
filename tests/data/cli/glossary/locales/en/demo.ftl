nemawashi = Quiet consensus-building before a formal decision.
    .literal = going around the roots
hiki-wake = A draw.
kasumigaseki = The district of Tokyo where the ministries stand.
nhk = Japan's public broadcaster.
