judo = Дзюдо.
