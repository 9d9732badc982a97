"""Package data: fonts, built-in templates, icons and the example brief.
Read with :mod:`importlib.resources`, never with paths relative to the code."""
