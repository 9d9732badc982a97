#!/usr/bin/env python3
"""The interface translations: ``.ts`` sources in ``scripts/translations/``
(edit them with Qt Linguist, ``.venv/bin/pyside6-linguist``), ``.qm`` files
built from them into ``resources/translations/`` (installed with the
package; committed, so a fresh clone runs translated).

    scripts/translations.py update   # the .ts files take in the strings of the code
    scripts/translations.py build    # .ts -> .qm (pyside6-lrelease)
    scripts/translations.py check    # exit 1 if either is out of date

``update`` runs ``pyside6-lupdate`` over ``briefer/`` and then:

* puts the strings of each module's ``_tr("…")`` helper (lupdate sees them
  as ``tr`` with no class) in the context that helper passes to
  ``QCoreApplication.translate``, as the app looks them up;
* adds the strings that are data rather than code: enum labels and section
  titles (from :mod:`briefer.model`), the About box's list of components,
  the problems panel's message patterns, and Qt's ``QT_LAYOUT_DIRECTION``
  (``RTL`` in Arabic, which turns the whole interface right to left);
* keeps every translation already made (matched by context and text, or by
  text alone when a string moved to another context) and drops strings the
  code no longer has.

Locations are left out of the ``.ts`` files, so moving code does not
change them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "translations"
TARGET = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR", "ar": "ar"}
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    for folder in (BIN, ROOT / ".venv" / "bin"):
        if (folder / name).exists():
            return str(folder / name)
    return name


def _module_contexts() -> dict[str, str]:
    """file (relative to ROOT) → the context its ``_tr`` helper uses."""
    out = {}
    pattern = re.compile(r"def _tr\(text: str\) -> str:\s*\n\s*return QCoreApplication\.translate\(\"([^\"]+)\", text\)")
    for path in sorted((ROOT / "briefer").rglob("*.py")):
        m = pattern.search(path.read_text("utf-8"))
        if m:
            out[str(path.relative_to(ROOT))] = m.group(1)
    return out


Key = tuple[str, str, str]  # context, source, comment (disambiguation)


def extract() -> dict[Key, bool]:
    """Every translatable string of the app: (context, source, comment) →
    whether it has plural forms."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "briefer").rglob("*.py"))
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-tr-function-alias", "tr+=_tr,translate+=count_text,QT_TRANSLATE_NOOP+=N",
             *files, "-ts", str(ts)],
            cwd=ROOT, check=True,
        )
        tree = ET.parse(ts)
    contexts = _module_contexts()
    out: dict[Key, bool] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            if name:
                found = [name]
            else:  # one message for every _tr("same text"): each file's helper has its context
                found = []
                for loc in msg.iter("location"):
                    filename = os.path.normpath(os.path.join(tmp, loc.get("filename") or ""))
                    context = contexts.get(os.path.relpath(filename, ROOT), "")
                    if context and context not in found:  # else a _tr outside a known helper: lupdate's guess
                        found.append(context)
            for context in found:
                out[(context, source, comment)] = msg.get("numerus") == "yes"
    for key in _data_strings():
        out.setdefault(key, False)
    # count_text("Context", "%n page(s)", n): plural forms (lupdate misses them).
    for path in sorted((ROOT / "briefer").rglob("*.py")):
        for m in re.finditer(r'count_text\(\s*"([^"]+)",\s*"([^"]+)"', path.read_text("utf-8")):
            out[(m.group(1), m.group(2), "")] = True
    return out


def _data_strings() -> list[Key]:
    sys.path.insert(0, str(ROOT))
    import briefer.gui  # noqa: F401,PLC0415 - pydantic before PySide6
    from briefer.gui.about import COMPONENTS  # noqa: PLC0415
    from briefer.gui.problem_text import ITEM_NAMES, TEMPLATES  # noqa: PLC0415
    from briefer.model.labels import ENUM_LABELS  # noqa: PLC0415
    from briefer.model.sections import PAGE_INFO  # noqa: PLC0415

    keys: list[Key] = [("QGuiApplication", "QT_LAYOUT_DIRECTION", "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.")]
    keys += [("EnumLabels", text, "") for labels in ENUM_LABELS.values() for text in labels.values()]
    keys += [("SectionList", page.title, "") for page in PAGE_INFO.values()]
    keys += [("About", use, "") for _name, _licence, use in COMPONENTS]
    keys += [("Problems", template, "") for template in TEMPLATES + ITEM_NAMES]
    from briefer.export.formats import STANDARD_LABELS  # noqa: PLC0415 - the kinds of PDF, shown in three places

    keys += [(context, label, "") for label in STANDARD_LABELS.values()
             for context in ("ExportController", "TemplateEditor", "BookWindow")]
    return keys


def _read_ts(path: Path) -> dict[Key, list[str]]:
    """(context, source, comment) → translation forms (one, or the plural forms)."""
    if not path.exists():
        return {}
    out: dict[Key, list[str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            if any(forms):
                out[(name, msg.findtext("source") or "", msg.findtext("comment") or "")] = forms
    return out


def _write_ts(path: Path, language: str, messages: dict[Key, bool], translations: dict[Key, list[str]]) -> None:
    by_source: dict[str, list[str]] = {}
    for (_c, source, _m), forms in translations.items():
        by_source.setdefault(source, forms)
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, list[tuple[Key, bool]]] = {}
    for key, numerus in messages.items():
        contexts.setdefault(key[0], []).append((key, numerus))
    for name in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for key, numerus in sorted(contexts[name], key=lambda kn: (kn[0][1], kn[0][2])):
            msg = ET.SubElement(ctx, "message")
            if numerus:
                msg.set("numerus", "yes")
            ET.SubElement(msg, "source").text = key[1]
            if key[2]:
                ET.SubElement(msg, "comment").text = key[2]
            forms = translations.get(key) or by_source.get(key[1])
            tr = ET.SubElement(msg, "translation")
            if not forms:
                tr.set("type", "unfinished")
            elif numerus:
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def ts_path(lang: str) -> Path:
    return SOURCES / f"briefer_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TARGET / f"briefer_{lang}.qm"


def update() -> None:
    messages = extract()
    for lang, qt_lang in LANGUAGES.items():
        _write_ts(ts_path(lang), qt_lang, messages, _read_ts(ts_path(lang)))


def build_qm(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def build() -> None:
    for lang in LANGUAGES:
        build_qm(ts_path(lang), qm_path(lang))


def untranslated(lang: str) -> list[Key]:
    have = _read_ts(ts_path(lang))
    return sorted(k for k in extract() if k not in have)


def check(only: str | None = None) -> list[str]:
    """What is out of date, one line each (empty: all is well).  ``only``:
    "strings" (the .ts files hold the code's strings), "translated" (every
    string has a translation) or "built" (the .qm files come from the .ts)."""
    problems = []
    messages = set(extract()) if only in (None, "strings", "translated") else set()
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if only in (None, "strings"):
            listed = set()
            if ts.exists():
                for ctx in ET.parse(ts).getroot().iter("context"):
                    for msg in ctx.iter("message"):
                        listed.add((ctx.findtext("name") or "", msg.findtext("source") or "", msg.findtext("comment") or ""))
            if listed != messages:
                new = sorted(messages - listed)
                problems.append(f"{ts.name} does not hold the strings of the code "
                                f"({len(messages - listed)} missing, e.g. {new[0][1] if new else '-'!r}; "
                                f"{len(listed - messages)} gone): run scripts/translations.py update")
        if only in (None, "translated"):
            have = _read_ts(ts)
            missing = sorted(k for k in messages if k not in have)
            if missing:
                problems.append(f"{ts.name}: {len(missing)} strings without a translation, e.g. {missing[0][1]!r} "
                                "(translate them in the .ts, e.g. with pyside6-linguist, then run build)")
        if only in (None, "built"):
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / "fresh.qm"
                build_qm(ts, fresh)
                if not qm_path(lang).exists() or fresh.read_bytes() != qm_path(lang).read_bytes():
                    problems.append(f"{qm_path(lang).name} is not built from {ts.name}: run scripts/translations.py build")
    return problems


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        problems = check()
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    else:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
