"""What a list or page shows while it has nothing in it: what it is for, and the first step as a button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ui.widgets.page_layout import spacing

#: A sentence wider than this many characters is hard to read: the text wraps here.
_READABLE_CHARS = 60


class _Sentence(QLabel):
    """A wrapped label that asks for its text's width up to a readable line, not a narrow guess."""

    def _line(self) -> int:
        readable = self.fontMetrics().averageCharWidth() * _READABLE_CHARS
        return min(self.fontMetrics().horizontalAdvance(self.text()) + 2, readable)

    def sizeHint(self) -> QSize:
        return QSize(self._line(), super().heightForWidth(self._line()))

    def heightForWidth(self, width: int) -> int:
        # Centred, the sentence is never wider than its line, whatever room the column has.
        return super().heightForWidth(min(width, self._line()))


class EmptyState(QWidget):
    """One sentence, centred at a readable width, and (when given) the first step as the main button."""

    action_clicked = Signal()

    def __init__(self, text: str, action_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.label = _Sentence(text)
        self.label.setObjectName("emptyStateText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)  # a little larger than the page's text: it leads
        self.label.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # wrapped: as tall as its lines at the width it is given
        self.label.setSizePolicy(policy)
        self.button = QPushButton(action_text or "")
        self.button.setObjectName("emptyStateAction")
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.setVisible(bool(action_text))
        self.button.clicked.connect(self.action_clicked)
        column = QVBoxLayout(self)
        column.setContentsMargins(spacing(4), spacing(3), spacing(4), spacing(3))
        column.setSpacing(spacing(4))
        column.addStretch(1)
        column.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self._column = column

    def minimumSizeHint(self) -> QSize:
        # Never squeezed below its sentence (at its readable line) and its button: a splitter or a
        # small pane asks this, not the sentence's height at the width it will get.
        hint = super().minimumSizeHint()
        margins = self._column.contentsMargins()
        needed = margins.top() + margins.bottom() + self.label.sizeHint().height()
        if self.button.isVisibleTo(self):
            needed += self._column.spacing() + self.button.sizeHint().height()
        return QSize(hint.width(), max(hint.height(), needed))

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str, action_text: str | None = None) -> None:
        """Another sentence (and step), as when the reason the list is empty changed."""
        self.label.setText(text)
        if action_text is not None:
            self.button.setText(action_text)
            self.button.setVisible(bool(action_text))


class EmptyOr(QStackedWidget):
    """A list (or any content) that gives way to its EmptyState while there is nothing in it."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self.addWidget(content)
        self.addWidget(empty)

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


def in_place_of(view: QWidget, empty: EmptyState) -> EmptyOr:
    """Give a built view an empty state without changing what it is: the view's own layout (and so
    everything in it) moves into an inner widget, and the view then holds that or ``empty``. The view
    stays the widget others know (a tab, a page's attribute)."""
    inner = QWidget()
    layout = view.layout()
    if layout is not None:
        inner.setLayout(layout)  # takes the layout, and its widgets, from the view
    swap = EmptyOr(inner, empty)
    holder = QVBoxLayout(view)
    holder.setContentsMargins(0, 0, 0, 0)
    holder.addWidget(swap)
    return swap
