"""A page that is not built yet: it says plainly what will live there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.base import CasePage
from ui.widgets.labels import heading


class PlaceholderPage(CasePage):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title_label = heading(title)
        body = QLabel(description)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setMaximumWidth(620)
        later = QLabel(self.tr("This part of IEPDesk is not ready yet."))
        later.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(title_label)
        layout.addWidget(body)
        layout.addWidget(later)
        layout.addStretch(1)
