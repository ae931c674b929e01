"""The main window: a sidebar of areas, one page per area, the Lock action, and Help."""

from __future__ import annotations

from collections.abc import Callable

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

from ui.pages import (
    calendar_page,
    communications_page,
    documents_page,
    iep_page,
    incidents_page,
    letters_page,
)
from ui.pages.base import CasePage
from ui.pages.overview import OverviewPage
from ui.pages.settings_page import SettingsPage
from ui.search import open_search


class MainWindow(QMainWindow):
    lock_requested = Signal()
    close_case_requested = Signal()
    quit_requested = Signal()
    about_requested = Signal()

    def __init__(self, copy_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.sidebar.setIconSize(QSize(0, 0))
        self.sidebar.setSpacing(3)
        self.sidebar.setMinimumWidth(190)
        self.sidebar.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for number, (title, page) in enumerate(self._build_pages(), start=1):
            self._pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, 34))
            item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=title, number=number))
            self.sidebar.addItem(item)
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, row=number - 1: self._go_to(row))
            self.addAction(go)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([210, 870])
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        self.overview.child_renamed.connect(self.set_child_name)
        self._build_actions()
        self.set_child_name("")

    def _build_pages(self) -> list[tuple[str, CasePage]]:
        # Each area lives in its own module under ui/pages/ and builds its own page.
        areas = (iep_page, calendar_page, incidents_page, communications_page, documents_page, letters_page)
        pages: list[tuple[str, CasePage]] = [(self.tr("Overview"), self.overview)]
        pages += [(area.title(), area.make_page()) for area in areas]
        pages.append((self.tr("Settings"), self.settings_page))
        return pages

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
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
        self.search_action = QAction(self.tr("&Search…"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.setToolTip(self.tr("Search everything in the case (Ctrl+F)"))
        self.search_action.triggered.connect(lambda: open_search(self))

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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

    def _go_to(self, index: int) -> None:
        self.show_page(index)
        page = self.stack.currentWidget()
        if page is not None:
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
