"""Labels used across screens: a heading, a wrapped note, and a problem message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from ui.theme.tokens import METRICS


def type_step(scale: float) -> float:
    """The step of the theme's type scale (h3, h2, h1) nearest to ``scale``: headings keep to the scale."""
    steps = (METRICS.h3, METRICS.h2, METRICS.h1)
    return min(steps, key=lambda step: abs(step - scale))


def heading(text: str, scale: float = METRICS.h2) -> QLabel:
    """The system font, larger (a step of the type scale) and bold. Plain text: a file name is never read
    as markup."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * type_step(scale))
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


#: The height of a line of text the fixed widths below were chosen at (9 pt, 96 dpi).
_DESIGN_LINE = 14


def scaled(widget: QWidget, pixels: int) -> int:
    """A width chosen in pixels at the usual text size, grown with the text: with large text (the
    system's text size, 200 %), a column in fixed pixels would cut its words off."""
    return max(pixels, round(pixels * widget.fontMetrics().height() / _DESIGN_LINE))
