"""Beside the editor: the required elements (present ✓ / missing ✗), the warnings, and the ways out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.kit_output import printing_available
from ui.letters.letters_ctl import LetterCheck
from ui.letters.widgets import hint
from ui.widgets.labels import heading, note


class CheckPanel(QWidget):
    export_requested = Signal()
    copy_requested = Signal()
    print_requested = Signal()
    sent_requested = Signal()
    leave_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = note()
        self.source.setAccessibleName(self.tr("Where the required elements come from"))
        self.elements = QListWidget()
        self.elements.setAccessibleName(self.tr("Required elements"))
        self.elements.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.elements.setWordWrap(True)
        self.elements.setMinimumHeight(120)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Before you send"))
        self.warnings.setWordWrap(True)
        self.warnings.setSpacing(4)
        self.warnings.setMinimumHeight(110)
        self.warnings_title = heading(self.tr("Before you send"), 1.1)

        self.export_button = QPushButton(self.tr("&Export as PDF…"))
        self.export_button.setIcon(icon("file-down"))
        self.export_button.setAccessibleName(self.tr("Export the letter as a PDF file"))
        self.copy_button = QPushButton(self.tr("&Copy as text"))
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the letter as plain text, for an email"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setIcon(icon("printer"))
        self.print_button.setAccessibleName(self.tr("Print the letter"))
        self.print_button.setVisible(printing_available())
        self.sent_button = QPushButton(self.tr("&Mark as sent…"))
        self.sent_button.setIcon(icon("send"))
        self.sent_button.setAccessibleName(self.tr("Record the day the letter was sent"))
        self.leave_out_button = QPushButton(self.tr("&Leave out what is outside the window"))
        self.leave_out_button.setAccessibleName(
            self.tr("Remove from the text the lines marked as older than the filing window")
        )
        self.leave_out_button.setVisible(False)
        self.not_encrypted = hint(
            self.tr("A PDF, a printed copy or copied text is not encrypted: keep it somewhere private.")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Required elements"), 1.1))
        layout.addWidget(self.source)
        layout.addWidget(self.elements, 3)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings, 4)
        layout.addWidget(self.leave_out_button)
        for button in (self.export_button, self.copy_button, self.print_button, self.sent_button):
            layout.addWidget(button)
        layout.addWidget(self.not_encrypted)
        layout.addStretch(0)  # takes the room only when both lists are hidden

        self.export_button.clicked.connect(self.export_requested)
        self.copy_button.clicked.connect(self.copy_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.sent_button.clicked.connect(self.sent_requested)
        self.leave_out_button.clicked.connect(self.leave_out_requested)
        self.show_check(None)

    def show_check(self, check: LetterCheck | None, placeholders: int = 0) -> None:
        self.elements.clear()
        self.warnings.clear()
        enabled = check is not None
        for button in (self.export_button, self.copy_button, self.print_button, self.sent_button):
            button.setEnabled(enabled)
        self.elements.setVisible(check is not None)
        self.warnings_title.setVisible(check is not None)
        self.warnings.setVisible(check is not None)
        self.leave_out_button.setVisible(check is not None and bool(check.outside_window))
        if check is None:
            self.source.setText("")
            return
        if check.elements:
            missing = len(check.missing)
            self.source.setText(
                self.tr("What {source} asks for. %n missing.", "", missing).format(source=check.source)
                if missing
                else self.tr("What {source} asks for. All present.").format(source=check.source)
            )
        else:
            self.source.setText(
                self.tr(
                    "No rule lists required parts for this kind of letter. Read it through before sending."
                )
            )
        bold = QFont(self.elements.font())
        bold.setBold(True)
        self.elements.setVisible(bool(check.elements))
        for element in check.elements:
            mark = "✓" if element.present else "✗"
            state = self.tr("present") if element.present else self.tr("missing")
            item = QListWidgetItem(f"{mark}  {element.label}")
            item.setToolTip(f"{element.label}: {state} ({check.source})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{element.label}: {state}")
            if not element.present:
                item.setFont(bold)
            self.elements.addItem(item)
        lines = list(check.warnings)
        if check.outside_window:
            lines.append(
                self.tr(
                    "Lines marked as outside the filing window: {n}. Keep them as background, or leave "
                    "them out with the button below."
                ).format(n=len(check.outside_window))
            )
        if placeholders:
            lines.append(
                self.tr(
                    "Placeholders [like this] still in the text: {n}. Replace each one, or fill it in by "
                    "hand on paper."
                ).format(n=placeholders)
            )
        for line in lines:
            item = QListWidgetItem(f"• {line}")
            item.setToolTip(line)
            self.warnings.addItem(item)
        self.warnings_title.setVisible(bool(lines))
        self.warnings.setVisible(bool(lines))
