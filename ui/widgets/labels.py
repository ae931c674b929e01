"""Labels used across screens: a heading, a wrapped note, and a problem message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def heading(text: str, scale: float = 1.5) -> QLabel:
    """The system font, larger and bold. Plain text: a file name is never read as markup."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def problem_label(accessible_name: str) -> QLabel:
    """A bold, wrapped line that says what went wrong; hidden until there is something to say."""
    label = note()
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label
