"""Built-in lexicons (data files), installed as the package ``framing.lexicons``."""
