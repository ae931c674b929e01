"""A PDF shown from memory, one page at a time, with page navigation and zoom.

The window never parses the PDF itself: a child process (ui.vault.pdf_worker) opens it, bounded in
time and memory, and sends back page images. Nothing is written anywhere; clear() kills the process.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.vault.pdf_worker import PdfRenderer

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


class PdfPreview(QWidget):
    """``loaded(pages)`` when the PDF opened; ``failed(reason)`` (a pdf_worker reason) when not."""

    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = PdfRenderer(self)
        self.renderer.opened.connect(self._opened)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._failed)
        self._count = 0
        self._page = 0
        self._zoom: float | None = None  # None: fit the width
        self._scale = 0.0  # pixels per point of the image shown
        self.image = QImage()
        self.page_image = QLabel()
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_image.setAccessibleName(self.tr("PDF page"))
        self.view = QScrollArea()
        self.view.setAccessibleName(self.tr("PDF pages"))
        self.view.setWidget(self.page_image)
        self.view.setWidgetResizable(True)
        self.busy_label = QLabel(self.tr("Opening the PDF safely…"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # a busy bar: PDFium does not say how far it got
        self.busy_bar.setAccessibleName(self.tr("Opening the PDF"))
        busy = QWidget()
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        self.busy_bar.setMaximumWidth(self.busy_bar.fontMetrics().horizontalAdvance("M") * 30)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(busy)
        self.stack.addWidget(self.view)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._request)

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
        layout.addWidget(self.stack, 1)

        self.page.valueChanged.connect(self._jump)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom_step(1))
        self.zoom_out_button.clicked.connect(lambda: self._zoom_step(-1))
        self.fit_button.clicked.connect(self._fit)
        self._update_controls()

    # ---- loading ----------------------------------------------------------------------------------
    def load(self, data: bytes) -> None:
        """Start showing the PDF in ``data``: ``loaded`` or ``failed`` follows, the window keeps running."""
        self.clear()
        self.busy_label.setText(self.tr("Opening the PDF safely…"))
        self.stack.setCurrentIndex(0)
        self.renderer.start(data)

    def clear(self) -> None:
        """Stop the render process and forget the pages (called on lock, too)."""
        self.renderer.stop()
        self._refit.stop()
        self._count = 0
        self._page = 0
        self._zoom = None
        self._scale = 0.0
        self.image = QImage()
        self.page_image.clear()
        self.stack.setCurrentIndex(0)
        self._update_controls()

    def pages(self) -> int:
        return self._count

    def _opened(self, count: int) -> None:
        self._count = count
        self.page.setMaximum(count)
        self.go_to(0)
        self.loaded.emit(count)

    def _rendered(self, page: int, image: QImage, scale: float) -> None:
        if page != self._page:
            return  # the parent moved on; the newer page is on its way
        ratio = self.devicePixelRatioF()
        image.setDevicePixelRatio(ratio)
        self.image = image
        self._scale = scale / ratio
        self.page_image.setPixmap(QPixmap.fromImage(image))
        self.stack.setCurrentIndex(1)
        self._show_zoom()

    def _failed(self, reason: str) -> None:
        self.clear()
        self.failed.emit(reason)

    # ---- pages and zoom ---------------------------------------------------------------------------
    def current_page(self) -> int:
        return self._page

    def go_to(self, page: int) -> None:
        if self._count < 1:
            return
        self._page = max(0, min(page, self._count - 1))
        self._on_page_changed(self._page)
        self._request()

    def _request(self) -> None:
        if self._count < 1:
            return
        ratio = self.devicePixelRatioF()
        if self._zoom is None:
            # room for the vertical scroll bar, so fitting the width never needs a horizontal one
            width = self.view.viewport().width() - self.view.verticalScrollBar().sizeHint().width() - 8
            self.renderer.render(self._page, width=max(64, int(width * ratio)))
        else:
            self.renderer.render(self._page, scale=self._zoom * self._screen_scale() * ratio)

    def _screen_scale(self) -> float:
        """Pixels per point at 100 %."""
        return self.logicalDpiX() / 72.0

    def _jump(self, number: int) -> None:
        if number - 1 != self.current_page():
            self.go_to(number - 1)

    def _on_page_changed(self, page: int) -> None:
        blocked = self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(blocked)
        self._update_controls()

    def effective_zoom(self) -> float:
        """The scale shown (under "fit width", worked out from the last page drawn)."""
        if self._zoom is not None:
            return self._zoom
        return self._scale / self._screen_scale() if self._scale > 0 else 1.0

    def _zoom_step(self, direction: int) -> None:
        current = self.effective_zoom()
        steps = [z for z in ZOOM_STEPS if (z > current + 0.01 if direction > 0 else z < current - 0.01)]
        if not steps:
            return
        self._zoom = steps[0] if direction > 0 else steps[-1]
        self._show_zoom()
        self._request()

    def _fit(self) -> None:
        self._zoom = None
        self._show_zoom()
        self._request()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None and self._count:
            self._refit.start()  # draw again at the new width once the resizing stops

    def _show_zoom(self) -> None:
        if self._zoom is None:
            self.zoom_label.setText(self.tr("Fit"))
        else:
            self.zoom_label.setText(f"{round(self._zoom * 100)}%")

    def _update_controls(self) -> None:
        count = self._count
        page = self.current_page() if count else 0
        for widget in (self.page, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(count > 0)
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        self.page_count.setText(self.tr("of {count}").format(count=count) if count else "")
        self._show_zoom()
