hajime = Начинайте! Так говорит { -ref }.
matte = Стоп!
-ref = судья
