"""Bulk entry from a provider's service log, typed or pasted one session a line, checked before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule.logbook import ParsedLine, parse_provider_log
from ui.calendar.texts import (
    SYMBOLS,
    Calendar,
    core_message,
    minutes_text,
    reason_label,
    short_day,
    status_label,
)
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note
from ui.widgets.unsaved import AsksBeforeClosing, Snapshot


class BulkDialog(AsksBeforeClosing, QDialog):
    """After exec(): ``provision_id()``, ``service_name()`` and ``lines`` (the checked lines)."""

    def __init__(
        self, services: list[tuple[int, str]], selected: int | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lines: list[ParsedLine] = []
        self._checked_text: str | None = None
        self.setWindowTitle(translate("Calendar", "From a provider's log"))
        self.setMinimumSize(760, 600)
        self.service = QComboBox()
        self.service.setAccessibleName(translate("Calendar", "Service the log is for"))
        for provision_id, caption in services:
            self.service.addItem(caption, provision_id)
        if selected is not None:
            self.service.setCurrentIndex(max(0, self.service.findData(selected)))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setMaximumWidth(120)
        self.year.setAccessibleName(translate("Calendar", "Year of dates written without one"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("Calendar", "The provider's log, one session a line"))
        self.text.setPlaceholderText(
            translate(
                "Calendar",
                "One session a line, for example:\n3/3 seen 30\nMar 5 absent\n"
                "2026-03-10 shortened 20 min\n3/11 therapist out\n2025-09-02,30,delivered\n"
                "09/02/2025 - Delivered - 30 minutes",
            )
        )
        self.text.setTabChangesFocus(True)
        self.check_button = QPushButton(translate("Calendar", "&Check the lines"))
        self.check_button.setAccessibleName(translate("Calendar", "Check the lines before saving"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Calendar", "Line"),
                translate("Calendar", "As typed"),
                translate("Calendar", "Date"),
                translate("Calendar", "What happened"),
                translate("Calendar", "Minutes"),
                translate("Calendar", "Why, or what is wrong"),
            ]
        )
        self.table.setAccessibleName(translate("Calendar", "How each line was read"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = note()
        self.summary.setAccessibleName(translate("Calendar", "What the check found"))

        form = QFormLayout()
        for text, widget in (
            (translate("Calendar", "&Service:"), self.service),
            (translate("Calendar", "&Year:"), self.year),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            translate("Calendar", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("Calendar", "Sessions from a provider's log"), 1.2))
        layout.addWidget(
            note(
                translate(
                    "Calendar",
                    "Type or paste the provider's log, one session a line: a date, then what happened "
                    "(seen, absent, cut short, make-up) and the minutes if given. Lines copied from a "
                    "spreadsheet work too (date, minutes, status, with a header line such as "
                    "Date,Minutes,Status,Provider,Notes); the provider and notes are kept in the note. "
                    "Check the lines: "
                    "nothing is saved until you press Save, and lines that cannot be read are never guessed.",
                )
            )
        )
        layout.addLayout(form)
        label = QLabel(translate("Calendar", "The &log:"))
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        self.text.setMinimumHeight(110)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.text.textChanged.connect(self._update)
        self.year.valueChanged.connect(lambda _v: self._update())
        self.service.currentIndexChanged.connect(lambda _i: self._update())
        # Enter (Ctrl+Enter in the log) checks the lines, then saves them once they are checked.
        main_action(self, self.check_button, self.save_button)
        self._update()
        self.keep_snapshot(Snapshot({"text": self.text}))  # pasted lines: closing asks first

    def save_unsaved(self) -> bool:
        """Save from the question: lines not checked yet are checked and shown first (the dialog stays);
        what the check read is never saved unseen."""
        if not self.save_button.isEnabled():
            self.check()
            return False
        return super().save_unsaved()

    def provision_id(self) -> int | None:
        value = self.service.currentData()
        return int(value) if value is not None else None

    def service_name(self) -> str:
        return self.service.currentText()

    def good_lines(self) -> list[ParsedLine]:
        return [line for line in self.lines if not line.error and line.day and line.status]

    def check(self) -> None:
        self.lines = parse_provider_log(self.text.toPlainText(), self.year.value())
        self._checked_text = self.text.toPlainText() + f"\n{self.year.value()}"
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            bad = bool(line.error)
            status = f"{SYMBOLS.get(line.status, '')} {status_label(line.status)}" if line.status else ""
            why = (
                translate("Calendar", "✗ Not read: {problem}").format(problem=core_message(line.error))
                if bad
                else " · ".join(x for x in (reason_label(line.reason) if line.reason else "", line.note) if x)
            )
            cells = [
                str(line.line_number),
                line.text,
                short_day(line.day) if line.day else "",
                "" if bad else status,
                "" if bad or line.status == "missed" else minutes_text(line.minutes),
                why,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if bad:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        good = len(self.good_lines())
        unread = len(self.lines) - good
        text = Calendar.tr("%n line(s) read and ready to save.", "", good)
        if unread:
            text += " " + Calendar.tr(
                "%n line(s) could not be read and will not be saved; fix them above and check again.",
                "",
                unread,
            )
        self.summary.setText(text)
        self._update()
        self.table.setFocus()

    def _update(self) -> None:
        current = self.text.toPlainText() + f"\n{self.year.value()}"
        fresh = self._checked_text == current
        count = len(self.good_lines()) if fresh else 0
        self.check_button.setEnabled(bool(self.text.toPlainText().strip()))
        self.save_button.setEnabled(fresh and count > 0 and self.provision_id() is not None)
        self.save_button.setText(
            Calendar.tr("&Save %n entries", "", count) if count else translate("Calendar", "&Save")
        )
        (self.save_button if self.save_button.isEnabled() else self.check_button).setDefault(True)
        if not fresh and self._checked_text is not None:
            self.summary.setText(
                translate("Calendar", "The text changed: check the lines again before saving.")
            )
