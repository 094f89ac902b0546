sumo = Wrestling.

this line has no equals sign
ok = fine
