hajime = Commencez !
