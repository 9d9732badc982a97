"""Guards on the Qt binding itself: a PySide6 that corrupts Python's state
loses a user's work however good our code is."""

import subprocess
import sys
import textwrap


def test_thousands_of_signal_emits_do_not_abort_python():
    """PySide6 6.12.0 dropped a reference to True on every emit(); on Python
    3.11 the interpreter aborts ("bool_dealloc") after about a thousand
    keystrokes.  pyproject.toml pins a release without that bug; this test
    fails if a future pin brings it back.  Run in a subprocess: the failure
    mode is a fatal abort, not an exception."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Emitter(QObject):
            changed = Signal(tuple)
        e = Emitter()
        e.changed.connect(lambda path: None)
        before = sys.getrefcount(True)
        for _ in range(5000):
            e.changed.emit(("participants", 0, "name"))
        print(sys.getrefcount(True) - before)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 50
