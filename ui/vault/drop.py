"""Files dropped from the file manager: an event filter that turns a drop of local files into paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def local_paths(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FileDropFilter(QObject):
    """Install on widgets (``watch``): drags of local files are accepted, drops emit the paths."""

    dropped = Signal(list)  # list[Path]

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def unwatch(self, widget: QWidget) -> None:
        widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag: QDragEnterEvent | QDragMoveEvent = event  # type: ignore[assignment]
            if local_paths(drag.mimeData()):
                drag.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            drop: QDropEvent = event  # type: ignore[assignment]
            paths = local_paths(drop.mimeData())
            if paths:
                drop.acceptProposedAction()
                self.dropped.emit(paths)
                return True
        return False
