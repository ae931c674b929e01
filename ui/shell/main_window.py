"""The main window: a sidebar of areas, one page per area, the Lock action, and Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from iepdesk.drafts import Draft
from ui.calendar import page as calendar_page
from ui.comms import page as communications_page
from ui.dialogs.help import show_shortcuts, show_user_guide
from ui.icons import area_icon, icon
from ui.iep import page as iep_page
from ui.incidents import page as incidents_page
from ui.letters import page as letters_page
from ui.overview.page import OverviewPage
from ui.profile import page as profile_page
from ui.progress import page as progress_page
from ui.search import open_search
from ui.settings.page import SettingsPage
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.vault import page as documents_page
from ui.widgets import unsaved
from ui.widgets.labels import scaled
from ui.widgets.read_only import hold_read_only, reason


class MainWindow(QMainWindow):
    lock_requested = Signal()
    close_case_requested = Signal()
    quit_requested = Signal()
    about_requested = Signal()
    share_requested = Signal()

    def __init__(
        self, services: Services, copy_text: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        #: The controller's background helper and file chooser, handed to every page.
        self.services = services
        self.setObjectName("main")
        self.resize(1080, 720)
        self.setMinimumSize(820, 560)
        self.overview = OverviewPage(copy_text)
        self.settings_page = SettingsPage()
        self._pages: list[CasePage] = []
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas of the case"))
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding-left: 12px; }")
        self.sidebar.setIconSize(QSize(scaled(self.sidebar, 18), scaled(self.sidebar, 18)))
        self.sidebar.setSpacing(3)
        # 160: 1024-pixel screens need the room for the pages. Both grow with large text.
        self.sidebar.setMinimumWidth(scaled(self.sidebar, 160))
        self.sidebar.setMaximumWidth(scaled(self.sidebar, 260))
        self.stack = QStackedWidget()
        for number, (title, page) in enumerate(self._build_pages(), start=1):
            self._pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(area_icon(page), title)
            item.setSizeHint(QSize(0, scaled(self.sidebar, 34)))
            # Ctrl+1 to Ctrl+9 go to the first nine areas by position; Settings, the last, takes the
            # usual Ctrl+comma of a program's settings instead.
            keys = QKeySequence(f"Ctrl+{number}") if number <= 9 else QKeySequence("Ctrl+,")
            shown_keys = keys.toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{title} ({keys})").format(title=title, keys=shown_keys))
            self.sidebar.addItem(item)
            go = QAction(self.tr("Go to {title}").format(title=title), self)
            go.setShortcut(keys)
            go.triggered.connect(lambda _checked=False, row=number - 1: self._go_to(row))
            self.addAction(go)
        # Wide enough for the longest area's name beside its icon (50: the icon, the item's padding and
        # the margins at the usual text size), never "Communicati…"; the pages keep the rest.
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(r).text())
            for r in range(self.sidebar.count())
        )
        self.sidebar.setMinimumWidth(max(scaled(self.sidebar, 160), widest + scaled(self.sidebar, 50)))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([180, 900])
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.sidebar.setCurrentRow(0)
        self.overview.child_renamed.connect(self.set_child_name)
        # A shared copy: the two pages built here hold their edits off too, as each area's make_page does.
        self.overview.today.read_only = services.read_only  # the D and M keys log nothing either
        if services.read_only:
            self.overview.today.hint.setText(reason())  # not "press D if it happened"
        hold_read_only(
            services.read_only,
            self.overview.today.delivered_button,
            self.overview.today.missed_button,
            self.settings_page.change_button,
        )
        self._build_actions()
        self.set_child_name("")

    def _build_pages(self) -> list[tuple[str, CasePage]]:
        # Each area lives in its own folder (ui/<area>/page.py) and builds its own page, with the window's
        # background helper and file chooser.
        areas = (
            profile_page,
            iep_page,
            progress_page,
            calendar_page,
            incidents_page,
            communications_page,
            documents_page,
            letters_page,
        )
        pages: list[tuple[str, CasePage]] = [(self.tr("Overview"), self.overview)]
        pages += [(area.title(), area.make_page(self.services)) for area in areas]
        pages.append((self.tr("Settings"), self.settings_page))
        return pages

    def _build_actions(self) -> None:
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the case now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.close_action = QAction(self.tr("&Close case"), self)
        self.close_action.triggered.connect(self.close_case_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        self.about_action = QAction(self.tr("&About IEPDesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.about_requested)
        self.search_action = QAction(icon("search"), self.tr("&Search…"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.setToolTip(self.tr("Search everything in the case (Ctrl+F)"))
        self.search_action.triggered.connect(lambda: open_search(self))

        self.share_action = QAction(self.tr("S&hare a copy…"), self)
        self.share_action.setToolTip(self.tr("A sealed, read-only copy to hand to an advocate or attorney"))
        self.share_action.triggered.connect(self.share_requested)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.share_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(lambda: show_user_guide(self))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(lambda: show_shortcuts(self))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # icons beside words
        toolbar.setIconSize(QSize(scaled(toolbar, 18), scaled(toolbar, 18)))
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.search_action)
        self.addToolBar(toolbar)

    @property
    def pages(self) -> list[CasePage]:
        return list(self._pages)

    def set_child_name(self, name: str) -> None:
        self.setWindowTitle(self.tr("{name} — IEPDesk").format(name=name) if name else self.tr("IEPDesk"))

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _row_changed(self, row: int) -> None:
        """The sidebar (a click, or Ctrl+1–9) chose a page: leave the current one only once its unsaved
        changes are settled; Cancel puts the sidebar back."""
        current = self.stack.currentIndex()
        if row == current or row < 0:
            return
        if not self.leave_page():
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(current)
            self.sidebar.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def leave_page(self) -> bool:
        """Settle the shown page's unsaved changes (Save / Discard / Cancel): True when it may be left."""
        page = self.stack.currentWidget()
        if not isinstance(page, CasePage) or self.services.read_only:
            # A shared copy saves nothing, so there is nothing to ask: what was typed stays on the page
            # (a letter to export, say) until the copy closes, and is never kept.
            return True
        return unsaved.resolve(self, page, self._page_title(page))

    def settle_all(self) -> bool:
        """Before the case closes: ask about every page with unsaved changes, showing each in turn. False
        when the parent chose Cancel (nothing closes). A shared copy saves nothing: nothing to ask."""
        if self.services.read_only:
            return True
        for index, page in enumerate(self._pages):
            if not page.has_unsaved_changes():
                continue
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(index)
            self.sidebar.blockSignals(False)
            self.stack.setCurrentIndex(index)
            if not unsaved.resolve(self, page, self._page_title(page)):
                return False
        return True

    def _page_title(self, page: CasePage) -> str:
        item = self.sidebar.item(self._pages.index(page)) if page in self._pages else None
        return item.text() if item is not None else ""

    def keep_drafts(self) -> dict[str, dict[str, Any]]:
        """Every page's unsaved text, for the case's draft store (the case is locking). Never raises."""
        kept: dict[str, dict[str, Any]] = {}
        if self.services.read_only:  # a shared copy keeps no drafts: nothing is written to it
            return kept
        for page in self._pages:
            if not page.draft_form:
                continue
            try:
                values = page.draft_values()
            except Exception:  # the lock goes on; this page's draft is lost, never half-saved
                values = None
            if values is not None:
                kept[page.draft_form] = values
        return kept

    def restore_drafts(self, drafts: list[Draft]) -> None:
        """Give each page back the draft kept at the last lock; show the first page that took one."""
        by_form = {page.draft_form: page for page in self._pages if page.draft_form}
        by_form |= {form: page for page in self._pages for form in page.dialog_draft_forms}
        first: int | None = None
        for draft in drafts:
            page = by_form.get(draft.form)
            if page is not None and page.restore_draft(draft) and first is None:
                first = self._pages.index(page)
        if first is not None:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(first)
            self.sidebar.blockSignals(False)
            self.stack.setCurrentIndex(first)

    def _go_to(self, index: int) -> None:
        self.show_page(index)
        page = self.stack.currentWidget()
        if page is not None and self.stack.currentIndex() == index:
            page.setFocus()
            page.focusNextChild()

    def load_pages(self, child_name: str) -> None:
        self.set_child_name(child_name)
        for page in self._pages:
            page.load()

    def save_pending(self) -> None:
        for page in self._pages:
            page.save_pending()

    def clear_case_content(self) -> None:
        """Forget everything shown from the case: every page, and the window title."""
        for page in self._pages:
            page.clear()
        self.set_child_name("")

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window quits; the controller saves, locks and then closes us for real.
        if self.property("closing_for_real"):
            super().closeEvent(event)
            return
        event.ignore()
        self.quit_requested.emit()
