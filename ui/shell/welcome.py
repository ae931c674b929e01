"""The first window: create a case, open one, restore one, or pick a recent one.

The recent list knows only what the settings hold, the paths the parent chose, and what the file system
says about them (the file's name, its folder, the day it last changed). The child's name is inside the
encrypted case, so it is never shown here and never copied out to show it (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.casefile import CasePaths
from ui.icons import icon
from ui.shell.app import app_icon
from ui.widgets.labels import heading, scaled
from ui.widgets.page_layout import flush, spacing

_PATH_ROLE = Qt.ItemDataRole.UserRole
#: The lines under the title: when the file last changed (or that it is not found), then its folder.
_DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
_MISSING_ROLE = Qt.ItemDataRole.UserRole + 2
_SUFFIX = ".iepcase"


def _locale() -> QLocale:
    """The system locale; "C" (no locale set) writes dates the United States way, as the date fields do."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def day_text(day: dt.date) -> str:
    """The day written out without its weekday: "March 3, 2026" (en-US), "3. März 2026" (de)."""
    locale = _locale()
    fmt = re.sub(r"d{4}\W*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


class _RecentDelegate(QStyledItemDelegate):
    """Each recent case on three lines: its name in bold, when it last changed, and its folder (muted).
    Sized from the font, so it stays whole with large text; a long folder is elided in the middle and
    the item's tooltip holds the whole path."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        plain = QFont(option.font)
        bold = QFont(plain)
        bold.setBold(True)
        return bold, plain

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        bold, plain = self._fonts(option)
        title, lines = QFontMetrics(bold), QFontMetrics(plain)
        details = str(index.data(_DETAIL_ROLE) or "").splitlines()
        pad = spacing(2)
        width = max(
            [title.horizontalAdvance(str(index.data()))] + [lines.horizontalAdvance(d) for d in details]
        )
        height = title.height() + len(details) * (lines.height() + spacing(1))
        return QSize(width + 2 * pad, height + 2 * pad)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        title = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # selection, focus
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if not state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        palette = opt.palette
        strong = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = strong if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        pad = spacing(2)
        rect = opt.rect.adjusted(pad, pad, -pad, -pad)
        bold, plain = self._fonts(opt)
        painter.save()
        painter.setFont(bold)
        painter.setPen(strong)
        metrics = QFontMetrics(bold)
        line = rect.adjusted(0, 0, 0, metrics.height() - rect.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(plain)
        metrics = QFontMetrics(plain)
        top = line.bottom() + 1
        missing = bool(index.data(_MISSING_ROLE))
        for number, text in enumerate(str(index.data(_DETAIL_ROLE) or "").splitlines()):
            top += spacing(1)
            painter.setPen(strong if missing and number == 0 else muted)
            line = rect.adjusted(0, top - rect.top(), 0, 0)
            line.setHeight(metrics.height())
            mode = Qt.TextElideMode.ElideMiddle if number > 0 else Qt.TextElideMode.ElideRight
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(text, mode, rect.width()))
            top += metrics.height()
        painter.restore()


class WelcomeWindow(QWidget):
    """Shows choices and emits what the parent asked for; the controller does the work."""

    create_requested = Signal()
    open_requested = Signal()
    restore_requested = Signal()
    recent_chosen = Signal(str)
    recent_removed = Signal(str)
    #: Undo of a removal: the path, and where in the list it was.
    recent_restored = Signal(str, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("IEPDesk"))
        self.setObjectName("welcome")
        self.setMinimumSize(620, 520)
        self._removed: tuple[str, int] | None = None

        self.icon_label = QLabel()
        self.icon_label.setAccessibleName(self.tr("IEPDesk icon"))
        logo = app_icon()
        if logo is not None:
            side = scaled(self, 56)
            self.icon_label.setPixmap(logo.pixmap(QSize(side, side), self.devicePixelRatioF()))
        else:
            self.icon_label.hide()
        title = heading(self.tr("IEPDesk"), 2.0)
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            self.tr(
                "A private record of your child's IEP, of what was promised, what really happened "
                "and the letters that follow, kept on this computer and locked with your passphrase."
            )
        )
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)
        intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        texts = QVBoxLayout()
        flush(texts)
        texts.setSpacing(spacing(1))
        texts.addWidget(title)
        texts.addWidget(intro)
        head = QHBoxLayout()
        flush(head)
        head.setSpacing(spacing(4))
        head.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(texts, 1)

        self.create_button = QPushButton(self.tr("&Create a new case…"))
        self.create_button.setAccessibleName(self.tr("Create a new case"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.open_button = QPushButton(self.tr("&Open a case…"))
        self.open_button.setAccessibleName(self.tr("Open a case file"))
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a case from a backup"))
        actions = QHBoxLayout()
        flush(actions)
        actions.setSpacing(spacing(3))
        tall = self.fontMetrics().height() * 2 + spacing(2)
        side = scaled(self, 20)
        for button, name in (
            (self.create_button, "folder-plus"),
            (self.open_button, "folder-open"),
            (self.restore_button, "archive-restore"),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(side, side))
            button.setMinimumHeight(tall)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            actions.addWidget(button)

        recent_label = heading(self.tr("&Recent cases"), 1.15)
        recent_label.setTextFormat(Qt.TextFormat.AutoText)
        self.recent = QListWidget()
        self.recent.setObjectName("recentCases")
        self.recent.setAccessibleName(self.tr("Recent cases"))
        self.recent.setAccessibleDescription(
            self.tr("Enter opens the selected case; Delete removes it from this list.")
        )
        self.recent.setItemDelegate(_RecentDelegate(self.recent))
        self.recent.setUniformItemSizes(False)
        self.recent.setWordWrap(False)
        recent_label.setBuddy(self.recent)
        self.empty_note = QLabel(
            self.tr("No cases yet. Create one for your child, or open a case file you already have.")
        )
        self.empty_note.setObjectName("recentEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.privacy_note = QLabel(
            self.tr(
                "This list shows each case's file name, folder and the day the file last changed. "
                "What is inside a case, your child's name too, stays locked in it until you open it."
            )
        )
        self.privacy_note.setObjectName("recentPrivacy")
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.privacy_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.open_recent_button = QPushButton(self.tr("O&pen selected"))
        self.open_recent_button.setAccessibleName(self.tr("Open the selected recent case"))
        self.remove_recent_button = QPushButton(self.tr("Re&move from list"))
        self.remove_recent_button.setAccessibleName(
            self.tr("Remove the selected case from this list (the file is not deleted)")
        )
        self.remove_recent_button.setIcon(icon("trash-2"))
        self.undo_note = QLabel()
        self.undo_note.setObjectName("recentUndoNote")
        self.undo_note.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setIcon(icon("undo-2"))
        self.undo_button.setAccessibleName(self.tr("Put the removed case back on the list"))
        recent_actions = QHBoxLayout()
        flush(recent_actions)
        recent_actions.setSpacing(spacing(2))
        recent_actions.addWidget(self.open_recent_button)
        recent_actions.addWidget(self.remove_recent_button)
        recent_actions.addSpacing(spacing(3))
        recent_actions.addWidget(self.undo_note)
        recent_actions.addWidget(self.undo_button)
        recent_actions.addStretch(1)

        column = QVBoxLayout()
        flush(column)
        column.setSpacing(spacing(3))
        column.addLayout(head)
        column.addSpacing(spacing(2))
        column.addLayout(actions)
        column.addSpacing(spacing(4))
        column.addWidget(recent_label)
        column.addWidget(self.recent, 1)
        column.addWidget(self.empty_note)
        column.addLayout(recent_actions)
        column.addWidget(self.privacy_note)
        column.addStretch(0)  # room left once the list shows every case
        content = QWidget()
        content.setObjectName("welcomeContent")
        content.setLayout(column)
        content.setMaximumWidth(scaled(self, 760))  # a readable column, not a form across a wide screen
        row = QHBoxLayout()
        flush(row)
        row.addStretch(0)
        row.addWidget(content, 1)
        row.addStretch(0)
        outer = QVBoxLayout(self)  # a tall window keeps the column up top, with room under it
        outer.setContentsMargins(spacing(8), spacing(7), spacing(8), spacing(6))
        outer.addLayout(row, 1)
        outer.addStretch(0)

        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.open_recent_button.clicked.connect(self._open_selected)
        self.remove_recent_button.clicked.connect(self._remove_selected)
        self.undo_button.clicked.connect(self._undo_remove)
        self.recent.itemActivated.connect(lambda _item: self._open_selected())
        self.recent.currentItemChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.recent)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_selected)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self._undo_remove)
        self.setTabOrder(self.create_button, self.open_button)
        self.setTabOrder(self.open_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.recent)
        self.setTabOrder(self.recent, self.open_recent_button)
        self.setTabOrder(self.open_recent_button, self.remove_recent_button)
        self.setTabOrder(self.remove_recent_button, self.undo_button)
        self._show_undo()
        self._update_buttons()
        size = self.sizeHint().expandedTo(QSize(scaled(self, 760), scaled(self, 600)))
        room = self.screen().availableGeometry().size() * 0.9
        self.resize(size.boundedTo(room).expandedTo(self.minimumSize()))

    # ---- the list -----------------------------------------------------------------------------------
    def set_recent(self, paths: list[str]) -> None:
        selected = self.selected_path()
        self.recent.clear()
        for text in paths:
            self.recent.addItem(self._item(text))
        self.empty_note.setVisible(not paths)
        self.privacy_note.setVisible(bool(paths))  # about the list: said when there is one
        self._fit_list()
        self.recent.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(paths.index(selected) if selected in paths else 0)
        self._update_buttons()

    def _fit_list(self) -> None:
        """As tall as its cases (it scrolls when the window is shorter), not a tall empty box."""
        rows = sum(
            self.recent.sizeHintForRow(r) + 2 * self.recent.spacing() for r in range(self.recent.count())
        )
        frame = 2 * self.recent.frameWidth()
        self.recent.setMaximumHeight(max(rows, self.recent.fontMetrics().height() * 4) + frame + 2)

    def _item(self, text: str) -> QListWidgetItem:
        path = Path(text)
        name = path.name[: -len(_SUFFIX)] if path.name.lower().endswith(_SUFFIX) else path.name
        db = CasePaths.of(path).db
        try:
            changed: dt.date | None = dt.date.fromtimestamp(db.stat().st_mtime)
        except OSError:
            changed = None
        item = QListWidgetItem(name or path.name)
        item.setData(_PATH_ROLE, text)
        item.setData(_MISSING_ROLE, changed is None)
        folder = str(path.parent)
        if changed is None:
            status = self.tr("Not found — moved or on a drive that is not connected")
            item.setToolTip(
                self.tr(
                    "{path}\nThis file is not there: it may have been moved, renamed or deleted, or it is "
                    "on a drive that is not connected. Remove it from the list, or open it again where it "
                    "is now with Open a case…"
                ).format(path=text)
            )
        else:
            status = self.tr("Last changed {day}").format(day=day_text(changed))
            item.setToolTip(
                self.tr(
                    "{path}\nThe name is the case file's; what is inside the case stays locked until "
                    "you open it."
                ).format(path=text)
            )
        item.setData(_DETAIL_ROLE, f"{status}\n{folder}")
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{name}, {status}, in {folder}").format(name=item.text(), status=status, folder=folder),
        )
        return item

    def recent_lines(self, row: int) -> list[str]:
        """What a row of the list shows, line by line: the name, when it changed, the folder."""
        item = self.recent.item(row)
        return [item.text(), *str(item.data(_DETAIL_ROLE)).splitlines()]

    def recent_missing(self, row: int) -> bool:
        return bool(self.recent.item(row).data(_MISSING_ROLE))

    def selected_path(self) -> str | None:
        item = self.recent.currentItem()
        return str(item.data(_PATH_ROLE)) if item is not None else None

    def _selected_missing(self) -> bool:
        item = self.recent.currentItem()
        return item is not None and bool(item.data(_MISSING_ROLE))

    def _update_buttons(self) -> None:
        has = self.selected_path() is not None
        self.open_recent_button.setEnabled(has and not self._selected_missing())
        self.remove_recent_button.setEnabled(has)
        self.open_recent_button.setVisible(self.recent.count() > 0)
        self.remove_recent_button.setVisible(self.recent.count() > 0)

    def _open_selected(self) -> None:
        path = self.selected_path()
        if path is not None and not self._selected_missing():
            self.recent_chosen.emit(path)

    # ---- remove, and undo ---------------------------------------------------------------------------
    def _remove_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        row = self.recent.currentRow()
        name = self.recent.item(row).text()
        self._removed = (path, row)
        self.recent_removed.emit(path)  # the controller saves the list and calls set_recent
        self._show_undo(self.tr("“{name}” was taken off the list; the file is untouched.").format(name=name))
        if self.recent.count():
            self.recent.setCurrentRow(min(row, self.recent.count() - 1))
            self.recent.setFocus()

    def _undo_remove(self) -> None:
        if self._removed is None:
            return
        path, row = self._removed
        self._removed = None
        self._show_undo()
        self.recent_restored.emit(path, row)
        for index in range(self.recent.count()):
            if self.recent.item(index).data(_PATH_ROLE) == path:
                self.recent.setCurrentRow(index)
        self.recent.setFocus()

    def _show_undo(self, text: str = "") -> None:
        self.undo_note.setText(text)
        self.undo_note.setVisible(bool(text))
        self.undo_button.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
