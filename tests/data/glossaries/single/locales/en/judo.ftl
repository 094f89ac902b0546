hajime = Begin (single).
