"""Every user-visible string of the interface goes through tr(): no widget
text, title, tooltip, menu entry or message is a bare literal in
briefer/gui (they would stay English in French and Arabic)."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parent.parent / "briefer" / "gui"

# Calls whose first (text) argument the user reads.
_TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis", "setTitle",
    "showMessage", "addRow", "addMenu", "addTab", "setAccessibleName", "setHeaderLabels", "setHorizontalHeaderLabels",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "setLabelText", "setInformativeText", "setDetailedText", "setSpecialValueText", "setSuffix", "setPrefix",
}
_MESSAGE_BOXES = {"warning", "critical", "information", "question", "about"}
# Literals that are not words to translate: symbols, units, names, formats.
_ALLOWED = {"B", "I", "•", "1.", "A4", "US Letter", "PDF", "Word", "Briefer", "—", "…", "×"}


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _offenders() -> list[str]:
    out = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            args: list[ast.AST] = []
            if name in _TEXT_CALLS and node.args:
                args = [node.args[0]]
            elif name in _MESSAGE_BOXES and isinstance(node.func, ast.Attribute) and len(node.args) >= 3:
                args = node.args[1:3]  # parent, title, text
            for arg in args:
                text = _literal_text(arg)
                words = (text or "").replace("Briefer", "")  # the app's name stays as it is
                if text is not None and any(ch.isalpha() for ch in words) and text.strip() not in _ALLOWED:
                    out.append(f"{path.relative_to(GUI.parent.parent)}:{node.lineno}: {name}({text!r})")
    return out


def test_no_bare_literal_reaches_the_user():
    assert _offenders() == []
