"""The PySide6 desktop app.  ``app.py`` is the composition root; nothing
outside this package imports Qt."""
