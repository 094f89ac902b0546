diet = 日本の二院制の議会。衆議院 { NUMBER(465) } 議席、参議院 { NUMBER(248) } 議席。
prefecture = { NUMBER(47) ->
    [one] 都道府県
   *[other] 日本の { NUMBER(47) } の第一級行政区画。最大の北海道は { NUMBER(83424) } km²。
}
