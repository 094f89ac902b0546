-seat = { $count ->
    [one] seat
   *[other] seats
}
diet = Japan's bicameral legislature: { NUMBER(465) } { -seat(count: 465) } in the House of Representatives and { NUMBER(248) } in the House of Councillors.
prefecture = One of Japan's { NUMBER(47) } first-level divisions; the largest, Hokkaido, covers { NUMBER(83424) } km².
