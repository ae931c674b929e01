"""A PDF shown from memory: QPdfDocument over a QBuffer, with page navigation and zoom.

Nothing is written anywhere: the bytes live in the buffer until clear() empties it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page = QSpinBox()
        self.page.setAccessibleName(self.tr("Page number"))
        self.page.setMinimum(1)
        self.page_count = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("&Fit width"))
        self.fit_button.setAccessibleName(self.tr("Fit the page to the width"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._on_page_changed)
        self.page.valueChanged.connect(self._jump)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom_step(1))
        self.zoom_out_button.clicked.connect(lambda: self._zoom_step(-1))
        self.fit_button.clicked.connect(self._fit)
        self.view.zoomFactorChanged.connect(lambda _z: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())
        self._update_controls()

    # ---- loading ----------------------------------------------------------------------------------
    def load(self, data: bytes) -> QPdfDocument.Error:
        """Show the PDF in ``data``; the error (None_ when it opened and has pages)."""
        self.clear()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        error = self.document.error()
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.clear()
            return error if error != QPdfDocument.Error.None_ else QPdfDocument.Error.InvalidFileFormat
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page.setMaximum(self.document.pageCount())
        self.go_to(0)
        self._update_controls()
        return QPdfDocument.Error.None_

    def clear(self) -> None:
        """Close the document and empty the buffer (called on lock, too)."""
        self.document.close()
        if self._buffer.isOpen():
            self._buffer.close()
        self._buffer.setData(QByteArray())
        self._update_controls()

    # ---- pages and zoom ---------------------------------------------------------------------------
    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count < 1:
            return
        page = max(0, min(page, count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._on_page_changed(page)

    def _jump(self, number: int) -> None:
        if number - 1 != self.current_page():
            self.go_to(number - 1)

    def _on_page_changed(self, page: int) -> None:
        blocked = self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(blocked)
        self._update_controls()

    def effective_zoom(self) -> float:
        """The scale shown: under "fit width" Qt leaves zoomFactor at 1, so work it out."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or self.document.pageCount() < 1:
            return float(self.view.zoomFactor())
        points = self.document.pagePointSize(max(self.current_page(), 0))
        pixels = points.width() * self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return width / pixels if pixels > 0 and width > 0 else 1.0

    def _zoom_step(self, direction: int) -> None:
        current = self.effective_zoom()
        steps = [z for z in ZOOM_STEPS if (z > current + 0.01 if direction > 0 else z < current - 0.01)]
        if not steps:
            return
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(steps[0] if direction > 0 else steps[-1])
        QTimer.singleShot(0, lambda: self.go_to(page))  # stay on the same page, once laid out again

    def _fit(self) -> None:
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        QTimer.singleShot(0, lambda: self.go_to(page))

    def _show_zoom(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Fit"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")

    def _update_controls(self) -> None:
        count = self.document.pageCount()
        page = self.current_page() if count else 0
        for widget in (self.page, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(count > 0)
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        self.page_count.setText(self.tr("of {count}").format(count=count) if count else "")
        self._show_zoom()
