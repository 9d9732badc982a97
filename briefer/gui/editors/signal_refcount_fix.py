"""Work around a reference-count bug of ``SignalInstance.emit`` in PySide6 6.12.

Measured here with PySide6 6.12.0 on CPython 3.11: every ``signal.emit(...)``
called from Python returns ``True`` *without* taking a reference to it, so
each emit lowers ``sys.getrefcount(True)`` by one.  A few thousand emits later
(one keystroke in a field emits at least one signal) CPython aborts with
``Fatal Python error: bool_dealloc: deallocating True or False`` — the app
dies and unsaved text is lost.

:func:`install` probes for the bug once and, only if it is present, wraps
``SignalInstance.emit`` so that it gives the missing reference back.  It is
idempotent and harmless on a fixed PySide6 (the probe then finds nothing and
nothing is patched).  This belongs in ``briefer/gui/__init__.py`` so that it
runs before any signal is emitted; until it is there, importing
:mod:`briefer.gui.editors` installs it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_bool() -> bool:
    """True when emitting a signal from Python loses a reference to True."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    leaked = sys.getrefcount(True) < before - 4
    if leaked:  # give back what the probe itself lost
        for _ in range(8):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked


def install() -> bool:
    """Patch ``SignalInstance.emit`` if it leaks; True if a patch is active."""
    global _installed
    if _installed:
        return True
    if not emit_leaks_bool():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(ctypes.py_object(result))
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
