sumo = Сумо.
