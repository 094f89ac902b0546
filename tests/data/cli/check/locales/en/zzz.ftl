x = A file for no glossary.
