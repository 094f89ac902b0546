sumo = Japanese wrestling.
nhk = Japan's public broadcaster.
