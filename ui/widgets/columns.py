"""Two columns side by side when the window is wide, one above the other when it is not.

``Columns(breakpoint)`` holds a ``left`` and a ``right`` column (QVBoxLayouts for the caller's
sections); at ``breakpoint`` pixels wide or more (grown with large text) they stand side by side,
sharing the width by ``stretch``; narrower, the right one goes under the left one. The Tab order
stays left, then right, either way.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from ui.widgets.labels import scaled
from ui.widgets.page_layout import PAGE_GAP, flush


class Columns(QWidget):
    def __init__(
        self, breakpoint: int = 1100, stretch: tuple[int, int] = (1, 1), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._breakpoint = scaled(self, breakpoint)
        self._row = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        flush(self._row)
        self._row.setSpacing(PAGE_GAP)
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        for column, share in zip((self.left, self.right), stretch, strict=True):
            flush(column)
            column.setSpacing(PAGE_GAP)
            self._row.addLayout(column, share)

    def side_by_side(self) -> bool:
        return self._row.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self._breakpoint
        if wide != self.side_by_side():
            self._row.setDirection(
                QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            )
            for column in (self.left, self.right):
                if wide:  # side by side, each column keeps to the top
                    column.addStretch(1)
                else:
                    self._drop_stretch(column)

    @staticmethod
    def _drop_stretch(column: QVBoxLayout) -> None:
        last = column.itemAt(column.count() - 1) if column.count() else None
        if last is not None and last.spacerItem() is not None:
            column.takeAt(column.count() - 1)
