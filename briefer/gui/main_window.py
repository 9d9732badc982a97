"""The main window: section list | editor | live preview, problems below.

It composes the parts and wires them; each part owns its own behaviour:

* :class:`~.section_list.SectionList` — the sections with counts and badges;
* the editor of each section, from :mod:`briefer.gui.editors` (created the
  first time the section is shown);
* :class:`~.preview.PreviewPane` — the PDF, re-rendered off the UI thread;
* :class:`~.problems.ProblemsPanel` — :func:`briefer.checks.check_brief`;
* :class:`~.files.FileController` — new/open/save/autosave/lock;
* :class:`~.export_runner.ExportController` — export with progress/cancel;
* :class:`~.copies_export.CopiesController` — numbered copies for the
  distribution list;
* the preview's *reader* filter: what a reader at one level of the
  template's marking scheme sees (the releasable version).

Undo and redo come from a ``QUndoGroup`` whose active stack is the open
document's, so the Edit menu always names the next step.
"""

from __future__ import annotations

import html
import logging
import os
import shutil
import tempfile
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..checks import Finding, check_brief, page_of, sections_not_printed
from ..export.pdf_pages import pdf_pages
from ..export.worker import WORKER
from ..model import Brief, Status
from ..model.sections import resolve_titles
from ..people.folders import people_folders
from ..people.library import PeopleLibrary
from ..storage.atomic import SaveError, atomic_write
from ..templates import Template, TemplateLibrary, build_library
from ..templates.effective_layout import effective_layout
from ..templates.markings import MarkingScheme, ReleaseRefused, at_or_below
from .about import AboutDialog, show_about
from .book_window import BOOK_FILTER, BookWindow
from .brief_layout import edit_brief_layout
from .edit_session import EditSession
from .copies_export import CopiesController
from .editors.marking import level_icon
from .export_runner import ExportController, suggested_file_name
from .files import FileController, Prompter
from .find_replace import FindReplaceDialog, find_shortcuts
from .focus_order import first_tab_stop, next_tab_stop
from .help import KeyboardShortcuts, UserGuide
from .i18n import count_text, fill, numbers
from .mail import attach_command, start_mail
from .messages import show_message
from .printing import ask_printer, page_range, print_pdf
from .reveal import show_folder
from .windows import WindowList, bring_to_front, place_cascaded
from .intake_actions import IntakeActions
from .preview import PreviewPane, Renderer, brief_pdf_renderer
from .save_template_dialog import ask_template_details, save_brief_as_template
from .team_folder import choose_team_folder
from .template_prompter import TemplatePrompter
from .problems import ProblemsPanel
from .editors import PeopleService, create_editor
from .section_list import DEFAULT_SECTION_KEYS, SectionList, section_label
from .settings import AppSettings
from .language import language_menu
from .bidi import isolate
from .spellcheck import spell_service, spelling_menu

log = logging.getLogger(__name__)

SECTION_KEYS: list[str] = DEFAULT_SECTION_KEYS
FIRST_RUN_SIZE = QSize(1400, 900)
"""The window on first run, where the screen has room for it."""
CHECK_DELAY_MS = 250


def _placeholder_editor(key: str, doc: EditSession, parent: QWidget | None = None) -> QWidget:
    """Shown in place of an editor that failed to build (the error is logged),
    so one broken page never takes the window down."""
    label = QLabel(
        QCoreApplication.translate("MainWindow", "The %s page could not be opened; see the log for details.")
        % section_label(key),
        parent,
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def printed_title(brief: Brief, template: Template, key: str) -> str | None | bool:
    """The heading the PDF of ``brief`` printed with ``template`` prints for
    the editing page ``key`` (None: the cover, for the overview and meeting
    pages; False: not printed)."""
    if key in ("overview", "meeting"):
        return None
    layout = effective_layout(template, brief)
    if key not in layout.sections:
        return False
    if key == "sections":  # each custom section prints under its own title
        return brief.sections[0].title if brief.sections else False
    return resolve_titles(layout.section_titles).get(key, False)


class MainWindow(QMainWindow):
    """One window editing one brief."""

    def __init__(
        self,
        settings: AppSettings | None = None,
        *,
        prompter: Prompter | None = None,
        render: Renderer | None = None,
        editor_factory: Callable[[str, EditSession, QWidget | None], QWidget] | None = None,
        people: PeopleService | None = None,
        library: TemplateLibrary | None = None,
        windows: WindowList | None = None,
    ):
        """``library`` is the template library the app built (the window
        builds one of its own when none is given); ``people`` the people
        library's service (likewise); ``windows`` the app's open windows
        (a list of its own when not given), which this window joins."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.windows = windows if windows is not None else WindowList()
        self._closed = False
        self._render_given = render
        self.window_factory: Callable[[], MainWindow] = self._make_sibling
        """Makes the window a brief opens in when this one holds another (tests replace it)."""
        self.settings = settings or AppSettings()
        self.people = people if people is not None else PeopleService(PeopleLibrary(people_folders), self)
        spell_service().set_library_names(self._library_names)
        self.people.changed.connect(spell_service().library_changed)
        self._editor_factory = editor_factory or (
            lambda key, doc, parent: create_editor(key, doc, parent, people=self.people)
        )
        self._editors: dict[str, QWidget] = {}
        self._findings: list[Finding] = []
        self.book_windows: list[BookWindow] = []
        self.setAcceptDrops(True)

        self.library = library if library is not None else build_library()
        self.undo_group = QUndoGroup(self)
        self.files = FileController(self, self.settings, prompter or Prompter(self, self.library), library=self.library)
        self.exports = ExportController(self, self.settings, self.library)
        self.copies = CopiesController(self, self.settings, self.library)

        # -- the three panes ---------------------------------------------
        self.section_list = SectionList(SECTION_KEYS, self)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.setObjectName("editorStack")
        if render is None:
            WORKER.warm_up()  # the preview's worker process loads while the window is built
        self.preview = PreviewPane(self, render=render or brief_pdf_renderer(self.library, reader=self.reader_level))
        self.preview.set_brief_source(lambda: self.doc.brief if self.doc else None)
        self.reader_combo = QComboBox(self)
        self.reader_combo.setObjectName("readerFilter")
        self.reader_combo.setAccessibleName(self.tr("Show what a reader sees"))
        self.reader_combo.setToolTip(
            self.tr("Show the whole brief, or only what a reader at one level of the marking scheme may see: "
                    "the releasable version an export at that level makes.")
        )
        self.reader_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # a stray wheel turn or arrow key must not change what the preview shows: the wheel
        # turns it only once it has the focus, and the arrows open its list
        self.reader_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reader_combo.installEventFilter(self)
        self._reader_scheme: str | None = None
        self.reader_combo.currentIndexChanged.connect(lambda _i: self._reader_changed())
        self.preview.add_to_header(self.reader_combo)
        self.preview.set_way_back(self._reader_way_back)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.section_list, self.editor_stack, self.preview):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)

        self.problems = ProblemsPanel(self)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.problems_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks)

        # -- wiring --------------------------------------------------------
        self.section_list.section_selected.connect(self.show_section)
        self.section_list.installEventFilter(self)
        self.problems.finding_activated.connect(self.go_to_finding)
        self.problems.count_changed.connect(self._problems_count_changed)
        self.preview.rendered.connect(lambda *_: self.run_checks())
        self.files.document_replaced.connect(self._document_replaced)
        self.files.state_changed.connect(self.update_title)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.preview.render_failed.connect(self._preview_failed)

        self.intake = IntakeActions(self)
        self._create_actions()
        self._create_menus()
        self.statusBar()
        self._restore_layout()
        self.update_title()
        self.windows.add(self)

    # ------------------------------------------------------------------
    # Windows: one per brief
    # ------------------------------------------------------------------

    def _make_sibling(self) -> "MainWindow":
        return MainWindow(self.settings, render=self._render_given, people=self.people, library=self.library,
                          windows=self.windows)

    def holds_nothing_of_value(self) -> bool:
        """True when a brief may replace this window's: none open, or an
        untitled one with no changes that is not the example (which the user
        is reading, and may be copying from)."""
        if self._closed:  # a trip book of a closed window opens its briefs in a new one
            return False
        files = self.files
        return files.doc is None or (files.path is None and not files.modified and not files.showing_example)

    def window_for_another_brief(self) -> "MainWindow":
        """This window when it holds nothing of value, else a new one
        (cascaded from this one, not yet shown)."""
        if self.holds_nothing_of_value():
            return self
        window = self.window_factory()
        place_cascaded(window, self)
        return window

    def _settle(self, window: "MainWindow", ok: bool) -> bool:
        """Show ``window`` if the brief opened in it; close a new window it did not open in."""
        if window is not self:
            if ok:
                bring_to_front(window)
            else:
                window.close()
        return ok

    def open_path(self, path: str) -> bool:
        """Open the brief at ``path``: the window that has it already comes
        to the front; else it opens here or in a new window (see
        :meth:`window_for_another_brief`)."""
        holder = self.windows.holding(path)
        if holder is not None:
            bring_to_front(holder)
            return True
        window = self.window_for_another_brief()
        return self._settle(window, window.files.open_path(path))

    def open_dialog(self) -> bool:
        """File ▸ Open…"""
        folder = self.settings.last_open_folder() or (os.path.dirname(self.files.path) if self.files.path else os.path.expanduser("~"))
        path = self.files.prompter.ask_open_path(folder)
        return self.open_path(path) if path else False

    def _in_window_for_another_brief(self, make: Callable[[FileController], bool]) -> bool:
        """``make`` a brief in :meth:`window_for_another_brief`'s files; the window shows if it did."""
        window = self.window_for_another_brief()
        return self._settle(window, make(window.files))

    def new_blank(self) -> bool:
        """File ▸ New"""
        return self._in_window_for_another_brief(lambda files: files.new_blank())

    def new_from_template(self) -> bool:
        """File ▸ New from Template… (the gallery opens over this window)."""
        name = self.files.ask_template_name()
        return name is not None and self._in_window_for_another_brief(lambda files: files.new_from_template(name))

    def new_follow_up(self) -> bool:
        """File ▸ New Follow-up Brief…"""
        path = self.files.ask_follow_up_path()
        return path is not None and self._in_window_for_another_brief(lambda files: files.new_follow_up(path))

    def open_example(self) -> bool:
        """Help ▸ Open Example Brief: the example as an untitled copy."""
        window = self.window_for_another_brief()
        window.files.open_example()
        return self._settle(window, True)

    def _fill_window_menu(self) -> None:
        menu = self.window_menu
        menu.clear()
        menu.addAction(self.act_minimize)
        menu.addSeparator()
        windows = self.windows.windows()
        plain = [window.window_name() for window in windows]
        for i, window in enumerate(windows, start=1):
            name = plain[i - 1]
            if plain.count(name) > 1:  # two files of one name, or briefs not yet saved
                name = window.window_name(with_title=True)
            action = menu.addAction(f"&{i} {name}" if i < 10 else name)
            action.setCheckable(True)
            action.setChecked(window is self)
            action.setObjectName(f"window{i}")
            action.triggered.connect(lambda _c=False, w=window: bring_to_front(w))

    def window_name(self, with_title: bool = False) -> str:
        """How the Window menu names this window's brief: as its title bar
        and the file questions do (the file name, or "Untitled", "Untitled 2"…),
        with "*" after it while it has unsaved changes, as the title bar
        marks them; ``with_title`` adds the brief's title ("Untitled 2 — Call
        with …"), for when two entries would read the same."""
        if self.files.doc is None:
            return self.tr("No brief")
        name = self.files.display_name + ("*" if self.files.modified else "")
        if with_title:
            title = " ".join(self.files.doc.brief.title.split())
            if len(title) > 40:
                title = title[:39].rstrip() + "…"
            if title:
                name += " — " + isolate(title)
        return name

    # ------------------------------------------------------------------
    # Document
    # ------------------------------------------------------------------

    @property
    def doc(self) -> EditSession | None:
        return self.files.doc

    def _document_replaced(self, doc: EditSession) -> None:
        if self.files.path is None:  # a new untitled brief: "Untitled 2" beside an open "Untitled"
            self.files.untitled_number = self.windows.free_untitled_number(self)
        for stack in self.undo_group.stacks():
            self.undo_group.removeStack(stack)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        for editor in self._editors.values():
            self.editor_stack.removeWidget(editor)
            editor.deleteLater()
        self._editors.clear()
        for signal in (doc.changed, doc.structure_changed):
            signal.connect(self._document_edited)
        doc.reset.connect(self._document_edited)
        key = self.section_list.current_key() or SECTION_KEYS[0]
        self.section_list.select(key)
        self.preview.start_over()
        self.show_section(key)
        self._fill_reader_levels()
        self.run_checks()
        self.preview.forget_step()
        self.preview.schedule()

    def _document_edited(self, *_args: object) -> None:
        self._fill_reader_levels()
        self.preview.schedule()
        self._check_timer.start()

    # ------------------------------------------------------------------
    # Markings: the reader filter
    # ------------------------------------------------------------------

    def _fill_reader_levels(self) -> None:
        """The reader filter offers the levels of the brief's template's scheme
        (filled again only when the scheme changes; the choice is kept when it still exists)."""
        if self.doc is None:
            return
        scheme = self.library.for_brief(self.doc.brief.layout.template).scheme
        if scheme.key == self._reader_scheme:
            self._mark_refused_levels(scheme)
            return
        self._reader_scheme = scheme.key
        keep = self.reader_combo.currentData()
        self.reader_combo.blockSignals(True)
        self.reader_combo.clear()
        self.reader_combo.addItem(self.tr("Every reader: the whole brief"), None)
        for level in scheme.levels:
            self.reader_combo.addItem(level_icon(level.colour), self.tr("What a reader at %s sees") % level.name, level.name)
        self.reader_combo.setCurrentIndex(max(0, self.reader_combo.findData(keep)) if keep else 0)
        self.reader_combo.blockSignals(False)
        self._mark_refused_levels(scheme)

    def _refusal(self, level_name: str | None) -> str | None:
        """Why the preview cannot show what a reader at ``level_name`` sees
        (the brief itself is marked above it), or None when it can."""
        if self.doc is None or level_name is None:
            return None
        scheme = self.library.for_brief(self.doc.brief.layout.template).scheme
        level = scheme.level(level_name)
        marking = (self.doc.brief.marking or "").strip()
        if level is None:
            return None
        try:
            if at_or_below(marking, level, scheme):
                return None
        except ReleaseRefused:
            return fill(
                self.tr("The brief's marking “%1” is not a level of the %2 scheme, so what a reader at %3 may see "
                        "cannot be told. Choose one of its levels on the Overview page."),
                isolate(marking), isolate(scheme.name), isolate(level.name),
            )
        return fill(
            self.tr("The brief itself is marked %1, above %2: a reader at %2 may not see its title and cover. "
                    "To show this, lower the brief's marking on the Overview page and mark the portions above %2."),
            isolate(marking), isolate(level.name),
        )

    def _preview_failed(self, text: str) -> None:
        """The status bar's word on a preview that is not shown: a reader's
        version refused on purpose (the brief is marked above that reader)
        is no failure."""
        level = self.reader_level()
        if level is not None and self._refusal(level) is not None:
            message = self.tr("What a reader at %s sees is not shown: the preview says why.") % level
        else:
            message = self.tr("Preview failed: %s") % text
        self.statusBar().showMessage(message, 8000)

    def _mark_refused_levels(self, scheme: MarkingScheme) -> None:
        """Levels the preview cannot show (the brief is marked above them)
        are greyed out in the reader filter, their tooltip saying why."""
        model = self.reader_combo.model()
        for i in range(1, self.reader_combo.count()):
            why = self._refusal(self.reader_combo.itemData(i))
            item = model.item(i) if hasattr(model, "item") else None
            if item is not None:
                item.setEnabled(why is None)
                item.setToolTip(_wrapped_tip(why))

    def _reader_way_back(self) -> tuple[str, str, Callable[[], None]] | None:
        """When the preview of one reader's version fails: how to see the whole brief again."""
        if self.reader_level() is None:
            return None
        return (
            self.tr("This preview shows what a reader at %s may see. To see the whole brief again, choose "
                    "“Every reader: the whole brief” in the menu above the preview.") % self.reader_level(),
            self.tr("Show the &Whole Brief"),
            lambda: self.set_reader_level(None),
        )

    def _fill_reader_menu(self) -> None:
        """The reader filter's choices as checkable entries (the keyboard's way to it)."""
        self.reader_menu.clear()
        current = self.reader_combo.currentIndex()
        for i in range(self.reader_combo.count()):
            action = self.reader_menu.addAction(self.reader_combo.itemIcon(i), self.reader_combo.itemText(i))
            why = self._refusal(self.reader_combo.itemData(i))
            action.setEnabled(why is None or i == current)
            action.setToolTip(_wrapped_tip(why))
            action.setCheckable(True)
            action.setChecked(i == current)
            action.triggered.connect(lambda _c=False, index=i: self.reader_combo.setCurrentIndex(index))

    def _reader_changed(self) -> None:
        """The preview and every list page show what the chosen reader gets."""
        level = self.reader_level()
        for editor in self._editors.values():
            self._show_reader_in(editor, level)
        self.preview.schedule()

    @staticmethod
    def _show_reader_in(editor: QWidget, level: str | None) -> None:
        list_editor = getattr(editor, "list_editor", None)
        if list_editor is not None and hasattr(list_editor, "set_reader_level"):
            list_editor.set_reader_level(level)

    def reader_level(self) -> str | None:
        """The level the preview shows the brief for (None: the whole brief)."""
        return self.reader_combo.currentData() if hasattr(self, "reader_combo") else None

    def set_reader_level(self, level: str | None) -> None:
        index = self.reader_combo.findData(level) if level else 0
        if index >= 0:
            self.reader_combo.setCurrentIndex(index)

    def update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name}[*] — Briefer")
        self.setWindowModified(self.files.modified)
        self.setWindowFilePath(self.files.path or "")
        if hasattr(self, "act_revert"):
            self.act_revert.setEnabled(self.files.path is not None and self.files.modified)

    # ------------------------------------------------------------------
    # Sections and problems
    # ------------------------------------------------------------------

    def editor(self, key: str) -> QWidget | None:
        """The editor of section ``key``, created on first use."""
        if self.doc is None:
            return None
        editor = self._editors.get(key)
        if editor is None:
            try:
                editor = self._editor_factory(key, self.doc, self.editor_stack)
            except Exception:  # noqa: BLE001 - one broken editor must not take the window down
                log.exception("could not create the %s editor", key)
                editor = _placeholder_editor(key, self.doc, self.editor_stack)
            editor.setObjectName(f"editor_{key}")
            self._show_reader_in(editor, self.reader_level())
            copies_requested = getattr(editor, "copies_requested", None)
            if copies_requested is not None:  # the Distribution page's button
                copies_requested.connect(self.export_copies)
            self._editors[key] = editor
            self.editor_stack.addWidget(editor)
        return editor

    def show_section(self, key: str) -> None:
        editor = self.editor(key)
        if editor is not None:
            self.editor_stack.setCurrentWidget(editor)
        if self.section_list.current_key() != key:
            self.section_list.select(key)
        if self.doc is not None:
            brief = self.doc.brief
            printed = printed_title(brief, self.library.for_brief(brief.layout.template), key)
            if printed is not False:
                self.preview.show_section(printed)

    def current_section(self) -> str | None:
        return self.section_list.current_key()

    def run_checks(self) -> list[Finding]:
        self._check_timer.stop()
        if self.doc is None:
            return []
        brief = self.doc.brief
        template = self.library.for_brief(brief.layout.template)
        self._findings = check_brief(
            brief,
            self.library,
            template=template,
            page_count=self.preview.page_count,
            page_budget=self.preview.page_budget,
            left_out=self.preview.left_out,
        )
        self.problems.set_findings(self._findings)
        self.section_list.section_model.update_from(brief, self._findings, sections_not_printed(brief, template))
        return self._findings

    def go_to_finding(self, finding: Finding) -> None:
        if finding.not_printed:  # filled but not printed: show it in the brief's layout
            self.edit_brief_layout(section=finding.not_printed)
            return
        key = page_of(finding.path)
        if key is None:  # about the whole brief, e.g. the page count: show the preview
            self.preview.view.setFocus()
            return
        self.show_section(key)
        editor = self._editors.get(key)
        focus = getattr(editor, "focus_path", None)
        if callable(focus):
            try:
                focus(tuple(finding.path))
            except Exception:  # noqa: BLE001
                log.exception("focus_path(%r) failed", finding.path)
        elif editor is not None:
            editor.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """Keys pressed in the section list that are shortcuts of the section
        shown (Ctrl+Shift+A: Add) act on it, as the empty page promises;
        Enter there moves into that page.  The reader filter changes only
        when asked (see :meth:`_stray_on_reader_filter`)."""
        if obj is self.reader_combo and self._stray_on_reader_filter(event):
            return True
        if obj is self.section_list and event.type() == QEvent.Type.KeyPress:
            editor = self.editor_stack.currentWidget()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                self.focus_editor()  # Enter on a section: into its page
                return True
            pressed = QKeySequence(event.keyCombination())
            for action in editor.findChildren(QAction) if editor is not None else ():
                if (
                    action.isEnabled()
                    and action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                    and any(shortcut == pressed for shortcut in action.shortcuts())
                ):
                    action.trigger()
                    return True
        return super().eventFilter(obj, event)

    def _stray_on_reader_filter(self, event: QEvent) -> bool:
        """True for an event the reader filter must not act on: a wheel turn
        while it has no focus (it scrolls nothing), or an arrow key while its
        list is closed (the list opens instead, to choose with Enter)."""
        if event.type() == QEvent.Type.Wheel:
            return not self.reader_combo.hasFocus()
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End
        ) and not (event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.reader_combo.showPopup()
            return True
        return False

    def focus_editor(self) -> None:
        """Keyboard focus to the first field of the section shown."""
        editor = self.editor_stack.currentWidget()
        stop = first_tab_stop(editor) if editor is not None else None
        if stop is not None:
            stop.setFocus(Qt.FocusReason.TabFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        """Tab goes from the section list into the page shown, through it,
        then to the preview's controls and the problems; Shift+Tab back.
        (Qt's own order puts a page after every pane made before it.)"""
        dock = self.problems_dock
        problems = self.problems if dock.isVisible() and not dock.isFloating() else None
        stop = next_tab_stop((self.section_list, self.editor_stack.currentWidget(), self.preview, problems), next)
        if stop is None:
            return super().focusNextPrevChild(next)
        stop.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def _problems_count_changed(self, n: int) -> None:
        self.problems_dock.setWindowTitle(numbers(self.tr("Problems (%d)"), n) if n else self.tr("Problems"))

    def step_section(self, delta: int) -> None:
        keys = SECTION_KEYS
        current = self.section_list.current_key() or keys[0]
        self.show_section(keys[(keys.index(current) + delta) % len(keys)])

    # ------------------------------------------------------------------
    # Actions and menus
    # ------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, *, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if name:
            action.setObjectName(name)
        return action

    def _create_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806
        self.act_new = self._action(self.tr("&New"), self.new_blank, K.New, name="actNew")
        self.act_new_template = self._action(self.tr("New from &Template…"), self.new_from_template, "Ctrl+Shift+N", name="actNewTemplate")
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, K.Open, name="actOpen")
        self.act_new_follow_up = self._action(self.tr("New &Follow-up Brief…"), self.new_follow_up, name="actNewFollowUp")
        self.act_new_book = self._action(self.tr("New Trip &Book"), self.new_book, name="actNewBook")
        self.act_open_book = self._action(self.tr("Open Trip Boo&k…"), self.open_book_dialog, name="actOpenBook")
        self.act_save = self._action(self.tr("&Save"), self.files.save, K.Save, name="actSave")
        self.act_save_as = self._action(self.tr("Save &As…"), self.files.save_as, K.SaveAs, name="actSaveAs")
        if self.act_save_as.shortcut().isEmpty():
            self.act_save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_revert = self._action(self.tr("&Revert to Saved"), self.files.revert, name="actRevert")
        self.act_save_template = self._action(self.tr("Save as Te&mplate…"), self.save_as_template, name="actSaveTemplate")
        self.act_brief_layout = self._action(self.tr("&Layout of This Brief…"), self.edit_brief_layout, name="actBriefLayout")
        self.act_team_templates = self._action(self.tr("&Team Templates Folder…"), self.choose_team_templates, name="actTeamTemplates")
        self.act_export_pdf = self._action(self.tr("Export P&DF…"), lambda: self.export("pdf"), "Ctrl+E", name="actExportPdf")
        self.act_export_docx = self._action(self.tr("Export &Word…"), lambda: self.export("docx"), "Ctrl+Shift+E", name="actExportDocx")
        self.act_export_both = self._action(self.tr("E&xport PDF and Word…"), lambda: self.export("both"), "Ctrl+Alt+E",
                                            name="actExportBoth")
        self.act_email_pdf = self._action(self.tr("&PDF…"), lambda: self.export_and_email("pdf"), name="actEmailPdf")
        self.act_email_docx = self._action(self.tr("&Word…"), lambda: self.export_and_email("docx"), name="actEmailDocx")
        self.act_email_both = self._action(self.tr("PDF &and Word…"), lambda: self.export_and_email("both"),
                                           name="actEmailBoth")
        self.act_print = self._action(self.tr("&Print…"), self.print_brief, K.Print, name="actPrint")
        if QKeySequence("Ctrl+P") not in self.act_print.shortcuts():
            self.act_print.setShortcuts([QKeySequence("Ctrl+P"), *self.act_print.shortcuts()])
        self.act_export_copies = self._action(self.tr("Export N&umbered Copies…"), self.export_copies, name="actExportCopies")
        self.act_close = self._action(self.tr("&Close"), self.close, K.Close, name="actClose")
        self.act_close.setStatusTip(self.tr("Close this brief's window"))
        if QKeySequence("Ctrl+W") not in self.act_close.shortcuts():  # where Close is only Ctrl+F4
            self.act_close.setShortcuts([QKeySequence("Ctrl+W"), *self.act_close.shortcuts()])
        self.act_minimize = self._action(self.tr("Mi&nimize"), self.showMinimized, "Ctrl+M", name="actMinimize")
        self.act_quit = self._action(self.tr("&Quit"), self._quit, K.Quit, name="actQuit")
        if self.act_quit.shortcut().isEmpty():
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(K.Undo))
        self.act_undo.setObjectName("actUndo")
        self.act_undo.setProperty("commandName", self.tr("Undo"))  # its text names the step to undo
        self.act_redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(K.Redo))
        self.act_redo.setObjectName("actRedo")
        self.act_redo.setProperty("commandName", self.tr("Redo"))

        keys = find_shortcuts()
        self.act_find = self._action(self.tr("&Find and Replace…"), self.find_and_replace, name="actFind")
        self.act_find.setShortcuts(keys["find"] + keys["replace"])
        self.act_find_next = self._action(self.tr("Find &Next"), lambda: self.find_dialog().find_next(+1), name="actFindNext")
        self.act_find_next.setShortcuts(keys["next"])
        self.act_find_previous = self._action(self.tr("Find Pre&vious"), lambda: self.find_dialog().find_next(-1),
                                              name="actFindPrevious")
        self.act_find_previous.setShortcuts(keys["previous"])

        self.act_refresh = self._action(self.tr("&Refresh Preview"), self.preview.refresh_now, K.Refresh, name="actRefresh")
        self.act_next_section = self._action(self.tr("&Next Section"), lambda: self.step_section(1), "Ctrl+PgDown")
        self.act_prev_section = self._action(self.tr("&Previous Section"), lambda: self.step_section(-1), "Ctrl+PgUp")
        self.act_focus_sections = self._action(self.tr("Go to &Section List"), self.section_list.setFocus, "Ctrl+L")
        self.act_focus_problems = self._action(self.tr("Go to Pro&blems"), self._focus_problems, "Ctrl+Shift+P")
        self.act_guide = self._action(self.tr("Briefer &User Guide"), self.show_user_guide, K.HelpContents, name="actGuide")
        if QKeySequence("F1") not in self.act_guide.shortcuts():
            self.act_guide.setShortcuts([QKeySequence("F1"), *self.act_guide.shortcuts()])
        self.act_shortcuts = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/", name="actShortcuts")
        self.act_example = self._action(self.tr("Open &Example Brief"), self.open_example, name="actExample")
        self.act_about = self._action(self.tr("&About Briefer"), self._about, name="actAbout")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (
            self.act_find,
            self.act_find_next,
            self.act_find_previous,
            self.act_refresh,
            self.act_next_section,
            self.act_prev_section,
            self.act_focus_sections,
            self.act_focus_problems,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_new_template, self.act_new_follow_up, self.act_open])
        file_menu.addActions([self.intake.act_new_from_text, self.intake.act_import_word])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as, self.act_save_template, self.act_revert])
        file_menu.addSeparator()
        file_menu.addActions([self.act_brief_layout, self.act_export_pdf, self.act_export_docx, self.act_export_both])
        file_menu.addAction(self.act_export_copies)
        self.email_menu = QMenu(self.tr("Export and Attach to &Email"), self)
        self.email_menu.setObjectName("emailMenu")
        self.email_menu.addActions([self.act_email_pdf, self.act_email_docx, self.act_email_both])
        file_menu.addMenu(self.email_menu)
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        file_menu.addActions([self.act_new_book, self.act_open_book])
        file_menu.addSeparator()
        file_menu.addActions([self.act_close, self.act_quit])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_find, self.act_find_next, self.act_find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.intake.act_add_from_text)
        edit_menu.addSeparator()
        edit_menu.addMenu(spelling_menu(self))
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_team_templates)

        view_menu = bar.addMenu(self.tr("&View"))
        toggle = self.problems_dock.toggleViewAction()
        toggle.setText(self.tr("&Problems Panel"))
        view_menu.addAction(toggle)
        view_menu.addActions([self.act_refresh])
        self.reader_menu = QMenu(self.tr("Show What a &Reader Sees"), self)
        self.reader_menu.setObjectName("readerMenu")
        self.reader_menu.aboutToShow.connect(self._fill_reader_menu)
        view_menu.addMenu(self.reader_menu)
        view_menu.addSeparator()
        view_menu.addActions([self.preview.zoom_in_action, self.preview.zoom_out_action, self.preview.fit_width_action])
        view_menu.addSeparator()
        view_menu.addActions([self.act_next_section, self.act_prev_section, self.act_focus_sections, self.act_focus_problems])
        view_menu.addSeparator()
        view_menu.addMenu(language_menu(self))

        self.window_menu = bar.addMenu(self.tr("&Window"))
        self.window_menu.setObjectName("windowMenu")
        self.window_menu.aboutToShow.connect(self._fill_window_menu)
        self._fill_window_menu()

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_guide, self.act_shortcuts, self.act_example])
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for i, path in enumerate(recent, start=1):
            label = f"&{i} {os.path.basename(path)}" if i < 10 else os.path.basename(path)
            action = self.recent_menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent briefs"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear List"), self.settings.clear_recent_files)

    def _library_names(self) -> list[str]:
        """The people library's names, never flagged by the spell checker."""
        self.people.reload()
        return [n for p in self.people.library.people() for n in (p.name, p.name_latin) if n]

    def find_dialog(self) -> FindReplaceDialog:
        """The window's Find and Replace dialog (made on first use)."""
        if getattr(self, "_find_dialog", None) is None:
            self._find_dialog = FindReplaceDialog(self)
            self._find_dialog.addActions([self.act_find_next, self.act_find_previous])  # F3 works in the dialog too
        return self._find_dialog

    def find_and_replace(self) -> FindReplaceDialog:
        """Edit ▸ Find and Replace…: the dialog, with the selected words to find."""
        focus = self.focusWidget()
        selected = ""
        if hasattr(focus, "selectedText"):
            selected = focus.selectedText()
        elif hasattr(focus, "textCursor"):
            selected = focus.textCursor().selectedText()
        dialog = self.find_dialog()
        dialog.start(selected)
        return dialog

    def _focus_problems(self) -> None:
        self.problems_dock.show()
        self.problems.setFocus()

    def show_user_guide(self) -> UserGuide:
        """Help ▸ Briefer User Guide (F1)."""
        if getattr(self, "_guide", None) is None:
            self._guide = UserGuide(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def show_shortcuts(self) -> KeyboardShortcuts:
        """Help ▸ Keyboard Shortcuts: read from the menus as they are now."""
        dialog = KeyboardShortcuts(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._shortcuts_dialog = dialog
        return dialog

    def _about(self) -> AboutDialog:
        """Help ▸ About Briefer: the box already open is raised, not doubled
        (it deletes itself when closed)."""
        dialog = getattr(self, "_about_dialog", None)
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        self._about_dialog = show_about(self)
        return self._about_dialog

    def _quit(self) -> None:
        self.close()
        if not self.isVisible():
            QApplication.closeAllWindows()

    # -- templates ---------------------------------------------------------

    def template_prompter(self):
        """The questions the template flows ask (tests replace it)."""
        if getattr(self, "_template_prompter", None) is None:
            self._template_prompter = TemplatePrompter(self)
        return self._template_prompter

    def ask_template_details(self) -> tuple[str, str | None, bool] | None:
        """Name, description and keep-text for Save as Template (a dialog)."""
        return ask_template_details(self)

    def save_as_template(self) -> bool:
        """File ▸ Save as Template…: the current brief becomes a user template."""
        if self.doc is None:
            return False
        self.files.commit_pending_edits()
        self.doc.end_merge()
        template = save_brief_as_template(self.library, self.doc.brief, self.template_prompter(), self.ask_template_details())
        if template is None:
            return False
        self.statusBar().showMessage(self.tr("Saved the template “%s”; it is in New from Template.") % template.name, 8000)
        return True

    def choose_team_templates(self) -> bool:
        """Edit ▸ Team Templates Folder…: where the team's shared templates are."""
        message = choose_team_folder(self.library, self.template_prompter())
        if message is None:
            return False
        self.statusBar().showMessage(message, 8000)
        self.preview.schedule()  # the brief's template may live there
        return True

    def edit_brief_layout(self, section: str | None = None) -> bool:
        """File ▸ Layout of This Brief…: this brief's sections, titles and
        page size over its template's; OK is one undo step.  ``section``:
        the section to show first (a problem about it was clicked)."""
        if self.doc is None:
            return False
        self.files.commit_pending_edits()
        self.doc.end_merge()
        changed = edit_brief_layout(self.doc, self, section=section)
        self.run_checks()
        return changed

    def new_book(self) -> BookWindow:
        """A trip book window (kept open beside this one); its briefs open here to edit."""
        window = BookWindow(open_brief=self.open_path, library=self.library)
        self.book_windows.append(window)
        window.show()
        return window

    def open_book_dialog(self) -> BookWindow | None:
        folder = self.settings.last_open_folder() or os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open trip book"), folder, BOOK_FILTER)
        if not path:
            return None
        window = self.new_book()
        if not window.open_book(path):
            window.close()
            return None
        return window

    def _ready_to_send(self) -> bool:
        """Edits committed; a Final brief with errors goes out only after the
        user read them and said yes."""
        self.files.commit_pending_edits()
        if self.doc is None:
            return False
        self.doc.end_merge()
        if self.doc.brief.status == Status.FINAL:
            errors = [f.message for f in self.run_checks() if f.severity == "error"]
            if errors and not self.files.prompter.confirm_export_with_errors(errors):
                return False
        return True

    def export(self, fmt: str, then=None) -> bool:
        """File ▸ Export PDF… / Word… / PDF and Word… (``fmt`` "both");
        ``then(results)`` instead of the result message (see
        :meth:`ExportController.export`)."""
        if self.exports.runner.running:
            self.statusBar().showMessage(self.tr("An export is still running; try again once it has finished."), 8000)
            return False
        if not self._ready_to_send():
            return False
        return self.exports.export(self.doc.brief, fmt, near=self.files.path, then=then)

    # -- export and attach to e-mail ----------------------------------------

    mail_timeout_ms: int | None = None
    """How long a mail command may run before it counts as started (None:
    :data:`mail.ASSUME_STARTED_MS`; tests shorten it)."""

    def export_and_email(self, fmt: str) -> bool:
        """File ▸ Export and Attach to Email ▸ …: export as usual (the file
        is kept where the user chose), then a new message in the mail
        program with the file(s) attached."""
        return self.export(fmt, then=self._email_files)

    def _email_files(self, results: list[tuple[str, object]]) -> None:
        """Run the mail command without waiting for it; the status bar says
        a message was opened only once the command has succeeded."""
        paths = [path for path, _pages in results]
        names = ", ".join(f"“{isolate(os.path.basename(p))}”" for p in paths)
        subject = self.doc.brief.title if self.doc is not None else ""
        command = attach_command(paths, subject)
        if command is None:
            self._mail_failed(paths, names, missing=True)
            return
        self.statusBar().showMessage(self.tr("Opening your mail program…"))

        def done(ok: bool) -> None:
            window = self if shiboken6.isValid(self) and not self._closed else None
            if window is None:  # closed meanwhile: only a failure is worth a box of its own
                if not ok:
                    tell_mail_failed(QApplication.activeWindow(), paths, names, False, MainWindow.open_folder)
            elif ok:
                self.statusBar().showMessage(self.tr("Opened a new e-mail with %s attached.") % names, 8000)
            else:
                self.statusBar().clearMessage()
                self._mail_failed(paths, names, missing=False)

        extra = {} if self.mail_timeout_ms is None else {"timeout_ms": self.mail_timeout_ms}
        self._mail = start_mail(command, done, **extra)

    def _mail_failed(self, paths: list[str], names: str, missing: bool) -> None:
        tell_mail_failed(self, paths, names, missing, self.open_folder)

    open_folder = staticmethod(lambda folder: show_folder(QApplication.activeWindow(), folder))
    """Shows a folder in the file manager, or says where it is when there is none (tests replace it)."""

    # -- print -------------------------------------------------------------------

    ask_printer = staticmethod(ask_printer)
    """The system's print dialog (tests replace it)."""

    def print_brief(self) -> bool:
        """File ▸ Print… (Ctrl+P): the PDF that Export writes, made in the
        background, then the system's print dialog.  With the reader filter
        on ("what a reader at L sees") it is the releasable version at L,
        as the preview shows it; the dialog's title and the status bar say so."""
        if self.exports.runner.running:
            self.statusBar().showMessage(self.tr("An export is still running; print once it has finished."), 8000)
            return False
        if not self._ready_to_send():
            return False
        reader = self.reader_level()
        folder = tempfile.mkdtemp(prefix="briefer-print-")
        target = os.path.join(folder, suggested_file_name(self.doc.brief.title, "pdf"))
        started = self.exports.export_files(self.doc.brief, [(target, "pdf")], None,
                                            then=lambda results: self._print_file(results[0][0], folder, reader),
                                            release_at=reader)
        if not started:
            shutil.rmtree(folder, ignore_errors=True)
        elif reader:
            self.statusBar().showMessage(self.tr("Printing what a reader at %s sees…") % reader)
        return started

    def _print_file(self, path: str, folder: str, reader: str | None = None) -> int:
        document = QPdfDocument(self)
        try:
            document.load(path)
            pages = document.pageCount()
            if document.status() != QPdfDocument.Status.Ready or pages < 1:
                show_message(self, self.tr("Print"), self.tr("The brief could not be prepared for printing."),
                             self.tr("Export it as PDF and print that file."))
                return 0
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            # The print dialog names "Print to File" after the document; not
            # the exported file's name, which it would replace.
            stem = os.path.splitext(suggested_file_name(self.doc.brief.title if self.doc is not None else "Brief", "pdf"))[0]
            printer.setDocName(self.tr("%s (print)") % stem)
            # The reader is passed only when the filter is on: a replaced
            # ask_printer (tests, embedders) may take just the first three.
            if not self.ask_printer(printer, pages, self, *([reader] if reader else [])):
                if reader:
                    self.statusBar().clearMessage()
                return 0
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
                return self._print_to_file(path, printer, pages, reader)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                printed = print_pdf(document, printer)
            finally:
                QApplication.restoreOverrideCursor()
            if printed:
                self.statusBar().showMessage(self._printed_text(printer, printed, reader), 8000)
            else:
                show_message(self, self.tr("Print"), self.tr("The printer could not be started."),
                             self.tr("Check the printer, or export the brief as PDF and print that file."))
            return printed
        finally:
            document.close()
            document.deleteLater()
            shutil.rmtree(folder, ignore_errors=True)

    def _print_to_file(self, path: str, printer: QPrinter, pages: int, reader: str | None) -> int:
        """Print to File (PDF): the PDF made for printing (the one Export
        writes, the reader filter applied) copied to the chosen file, with
        the pages of the range chosen; never a rasterised copy.  How many
        pages were written (0 when the file could not be written)."""
        target = printer.outputFileName()
        numbers = page_range(printer, pages)
        try:
            with open(path, "rb") as f:
                data = pdf_pages(f.read(), numbers)
            # The print dialog asked before replacing a file; a read-only one is replaced only then.
            with atomic_write(target, action="write", replace_read_only=False) as out:
                out.write(data)
        except (OSError, SaveError) as e:
            show_message(self, self.tr("Print"), self.tr("The brief could not be printed to “%s”.") % isolate(target),
                         fill(self.tr("%1 Choose another file, or export the brief as PDF."), str(e)))
            return 0
        self.statusBar().showMessage(self._printed_text(printer, len(numbers), reader), 8000)
        return len(numbers)

    def _printed_text(self, printer: QPrinter, printed: int, reader: str | None) -> str:
        """"Sent 9 pages to the printer." or, with Print to File, "Saved 9
        pages to FILE."; with the reader filter on, whose view it was."""
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())
        if to_file and reader:
            text = count_text("MainWindow", "Saved %n page(s) to %1: what a reader at %2 sees.", printed)
        elif to_file:
            text = count_text("MainWindow", "Saved %n page(s) to %1.", printed)
        elif reader:
            text = count_text("MainWindow", "Sent %n page(s) to the printer: what a reader at %2 sees.", printed)
        else:
            text = count_text("MainWindow", "Sent %n page(s) to the printer.", printed)
        return fill(text, isolate(printer.outputFileName()), isolate(reader or ""))

    def export_copies(self) -> bool:
        """One numbered PDF per recipient of the distribution list, and the register."""
        self.files.commit_pending_edits()
        if self.doc is None:
            return False
        self.doc.end_merge()
        return self.copies.export_copies(self.doc.brief)

    # ------------------------------------------------------------------
    # Window state
    # ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_run_size()
        state = self.settings.window_state()
        self._size_docks_on_show = state is None or not self.restoreState(state)
        splitter = self.settings.splitter_state("main")
        if splitter is None or not self.splitter.restoreState(splitter):
            unit = self.fontMetrics().horizontalAdvance("M")
            # the section list as wide as its longest name with its count and icon (French: « Contact et validation »)
            self.splitter.setSizes([max(unit * 14, self.section_list.sizeHint().width()), unit * 60, unit * 50])

    def _first_run_size(self) -> None:
        """1400×900, or as much of a smaller screen as leaves room for the
        desktop's panels (a 1366×768 laptop is common), centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(FIRST_RUN_SIZE)
            return
        room = screen.availableGeometry()
        size = FIRST_RUN_SIZE.boundedTo(QSize(int(room.width() * 0.96), int(room.height() * 0.94)))
        self.resize(size)
        self.move(room.center() - QPoint(size.width() // 2, size.height() // 2))

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        self.settings.sync()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._size_docks_on_show:  # first run: room for five or six problems (needs a laid-out window)
            self._size_docks_on_show = False
            lines = self.fontMetrics().lineSpacing()
            QTimer.singleShot(0, lambda: self.resizeDocks([self.problems_dock], [lines * 12], Qt.Orientation.Vertical))
        if not self.preview.busy and self.preview.page_count is None:
            self.preview.schedule()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Ask before anything is stopped: a "Cancel" on either question
        # leaves the window, the brief and a running export as they were.
        if self.exports.runner.running and not self.files.prompter.confirm_stop_export():
            event.ignore()
            return
        if not self.files.close():
            event.ignore()
            return
        if self.exports.runner.running:
            self.exports.runner.cancel()  # a cancelled export leaves no file behind
            self.exports.runner.wait(5000)
        if self.copies.running:
            self.copies.cancel()  # each copy is written whole or not at all
            self.copies.wait_idle(5000)
        self.save_layout()
        self.preview.shutdown()
        event.accept()
        self._closed = True
        self.windows.remove(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.update_title()
        super().changeEvent(event)

    # -- drag and drop ------------------------------------------------------

    @staticmethod
    def _dropped_brief(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".brief"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_brief(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._dropped_brief(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_brief(event)
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))  # not inside the drop handler


def tell_mail_failed(parent: QWidget | None, paths: list[str], names: str, missing: bool,
                     open_folder: Callable[[str], object]) -> None:
    """The files were written but no mail program took them: say where
    they are, and offer to open that folder.  ``parent``: the window that
    exported them, or another (or none) when it was closed meanwhile."""
    folder = os.path.dirname(paths[0])
    how = (QCoreApplication.translate("MainWindow", "Briefer uses xdg-email (from xdg-utils) for this; install it, or ")
           if missing and os.name == "posix" and not os.uname().sysname == "Darwin" else "")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Attach to e-mail"))
    box.setText(QCoreApplication.translate(
        "MainWindow", "Exported %s, but Briefer could not open your mail program with it attached.") % names)
    if how:
        advice = how + QCoreApplication.translate(
            "MainWindow", "attach the file to a message yourself: it is in %s.") % isolate(folder)
    else:  # the command ran and failed: no mail program set up, as a rule
        advice = QCoreApplication.translate(
            "MainWindow", "Attach the file to a message yourself: it is in %s.") % isolate(folder)
    box.setInformativeText(advice)
    folder_btn = box.addButton(QCoreApplication.translate("MainWindow", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(folder_btn)
    box.exec()
    if box.clickedButton() is folder_btn:
        open_folder(folder)


def _wrapped_tip(text: str | None) -> str:
    """``text`` as a tooltip that wraps at a paragraph's width: Qt wraps a
    rich-text tooltip, a plain one only when it is wider than the screen."""
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""
