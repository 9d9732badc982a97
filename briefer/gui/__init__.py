"""The PySide6 desktop app.  ``app.py`` is the composition root; nothing
outside this package imports Qt."""

# pydantic resolves many of its names lazily, and shiboken's import hook
# (active once PySide6 is imported) inspects modules as they load, which
# breaks pydantic's lazy imports with a circular-import error.  Loading the
# model, and with it pydantic, before any PySide6 module avoids that.
import pydantic.errors  # noqa: F401  (import order matters, see above)

from .. import model as _model  # noqa: F401
