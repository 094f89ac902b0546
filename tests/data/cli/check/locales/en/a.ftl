judo = The way of gentleness.
dojo = A training hall.
judo = Defined twice.
kendo = Not in glossary a.
us = The United States.
pronoun = We, as an object.
broken = { $
