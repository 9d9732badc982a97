"""Package data: built-in templates, icons and the example brief.

This folder is installed as the package ``briefer.resources`` (see
``[tool.setuptools]`` in pyproject.toml).  Read it with
:mod:`importlib.resources`, never with paths relative to the code."""
