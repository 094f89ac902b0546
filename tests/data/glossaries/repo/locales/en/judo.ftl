hajime = Begin!
    .note = Said by the referee.
matte = Stop!
ippon = A full point.
-ref = the referee
