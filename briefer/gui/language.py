"""The interface language: View ▸ Language (the system's, English, French,
Arabic), kept in the settings and applied when Briefer starts (a change
takes effect at the next start; the menu says so).

Arabic turns the whole interface right to left (and gives the application
the style that keeps menu shortcuts in their order: ``gui/menu_style.py``).  The translations are
``resources/translations/briefer_<lang>.qm`` (built from the ``.ts``
sources in ``scripts/translations/``) plus Qt's own ``qtbase_<lang>.qm``
for the standard dialogs and buttons.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from .bidi import isolate
from .menu_style import isolate_menu_shortcuts

_KEY = "ui/language"

# (tag, the language's own name); "" is the system's language.
UI_LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def chosen_ui_language() -> str:
    """The language chosen in View ▸ Language, or "" for the system's."""
    value = QSettings().value(_KEY, "")
    return value if isinstance(value, str) and value in {tag for tag, _name in UI_LANGUAGES} else ""


def set_ui_language(tag: str) -> None:
    QSettings().setValue(_KEY, tag)


# The region a language gets when the system speaks another language: day
# before month for English (the international convention, not the United
# States'), France for French, Arabic as Qt gives it.
_REGION_ELSEWHERE = {"en": "en_GB", "fr": "fr_FR", "ar": "ar"}


def interface_locale(tag: str | None = None, system: QLocale | None = None) -> QLocale:
    """The locale the interface runs in: ``tag`` (default: the chosen
    language), else the system's.  A chosen language keeps the system's
    region when the system speaks it (English on a British system stays
    day-month-year, French on a Canadian one stays Canadian); otherwise it
    takes :data:`_REGION_ELSEWHERE` (English: British, day first)."""
    tag = chosen_ui_language() if tag is None else tag
    system = QLocale.system() if system is None else system
    if not tag:
        return system
    if system.name().split("_")[0] == tag:
        return system
    return QLocale(_REGION_ELSEWHERE.get(tag, tag))


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings and Briefer's for ``locale`` (default: the chosen
    interface language), when translations exist; a right-to-left language
    turns the interface right to left.  ``QLocale()`` becomes ``locale``."""
    locale = locale or interface_locale()
    QLocale.setDefault(locale)  # dates shown and read in the interface language (gui/ui_dates.py)
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    folder = resources.files("briefer.resources").joinpath("translations")
    for name in locale.uiLanguages():
        res = folder.joinpath(f"briefer_{name.replace('-', '_')}.qm")
        if res.is_file():
            ours = QTranslator(app)
            data = res.read_bytes()
            if ours.load(data):
                ours.setProperty("_data", data)  # QTranslator keeps a pointer to the bytes
                app.installTranslator(ours)
                installed.append(ours)
            break
    primary = locale.name().split("_")[0]
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if primary in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight)
    if primary in RIGHT_TO_LEFT:
        isolate_menu_shortcuts(app)  # every menu's Ctrl++ reads ++Ctrl otherwise
    return installed


def language_menu(parent: QWidget) -> QMenu:
    """View ▸ Language: the system's language or one of :data:`UI_LANGUAGES`."""
    menu = QMenu(_tr("&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = chosen_ui_language()
    entries = [("", _tr("System Language"))] + list(UI_LANGUAGES)
    for tag, name in entries:
        action = menu.addAction(name)
        action.setObjectName(f"actLanguage-{tag or 'system'}")
        action.setCheckable(True)
        action.setChecked(tag == chosen)
        said = name if tag else _tr("the system's language")
        action.triggered.connect(lambda _c=False, t=tag, n=said: _choose(parent, t, n))
        group.addAction(action)
    return menu


def _choose(parent: QWidget, tag: str, name: str) -> None:
    if tag == chosen_ui_language():
        return
    set_ui_language(tag)
    QMessageBox.information(
        parent,
        _tr("Language"),
        _tr("Briefer will use %1 the next time it starts. Close Briefer and open it again to switch now.").replace("%1", isolate(name)),
    )
