diet = Das Zweikammerparlament Japans mit { NUMBER(465) ->
    [one] einem Sitz
    [other] { NUMBER(465) } Sitzen
} im Unterhaus.
prefecture = Eine der { NUMBER(47) } Verwaltungseinheiten erster Ebene Japans.
