"""The header every page of the main window starts with: its title, one line of purpose, the main action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.labels import heading
from ui.widgets.page_layout import flush, spacing


class PageHeader(QWidget):
    """Title (a heading), purpose (one muted, wrapped line) and, on the right, the page's main action."""

    def __init__(
        self, title: str, purpose: str, action: QAbstractButton | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title_label = heading(title, 1.5)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAccessibleName(title)
        self.purpose_label = QLabel(purpose)
        self.purpose_label.setObjectName("pagePurpose")
        self.purpose_label.setTextFormat(Qt.TextFormat.PlainText)
        self.purpose_label.setWordWrap(True)
        self.purpose_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)  # wrapped: as tall as its lines at the width it is given
        self.purpose_label.setSizePolicy(policy)
        texts = QVBoxLayout()
        flush(texts)
        texts.setSpacing(spacing(1))
        texts.addWidget(self.title_label)
        texts.addWidget(self.purpose_label)
        row = QHBoxLayout(self)
        flush(row)
        row.setSpacing(spacing(4))
        row.addLayout(texts, 1)
        self._row = row
        self.action = action
        if action is not None:
            action.setParent(self)
            row.addWidget(action, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add_widget(self, widget: QWidget) -> None:
        """A lesser control of the whole page (Undo, Redo), before the main action."""
        at = self._row.indexOf(self.action) if self.action is not None else self._row.count()
        self._row.insertWidget(at, widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def title(self) -> str:
        return self.title_label.text()

    def purpose(self) -> str:
        return self.purpose_label.text()

    def set_purpose(self, text: str) -> None:
        self.purpose_label.setText(text)
