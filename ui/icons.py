"""The window's icons: Lucide SVGs bundled in resources/icons/lucide/ (ISC licence, listed in Help > About),
drawn in the palette's text colour and sharp at any device pixel ratio.

``icon("plus")`` gives a QIcon whose engine paints the SVG at the size asked for × the screen's device pixel
ratio, so a 16-pixel icon is drawn from the vector at 32 device pixels on a 200 % screen, never scaled up
from a small bitmap. Lucide strokes in ``currentColor``: each mode takes its colour from the application's
palette at the time it is drawn (Normal and Active: Text; Disabled: the Disabled group's Text; Selected:
HighlightedText, for the sidebar's chosen area), so the icons follow a light or dark theme. Rendered
pixmaps are kept per size, mode and colour and dropped when the application palette changes.

One icon per verb, everywhere (icons sit beside a button's words, never instead of them):

==================  ==============================================================
add, new, record    ``plus``
edit, change        ``pencil``
delete, remove      ``trash-2``
save                ``save``
print               ``printer``
save as PDF         ``file-down``
import              ``import``
export              ``share``
copy                ``copy``
undo / redo         ``undo-2`` / ``redo-2``
==================  ==============================================================

The areas of the sidebar take theirs from ``AREA_ICONS``, by the folder of ui/ the page comes from.

QtSvg is imported the first time an icon is drawn, not when this module is imported: the welcome window
stays light.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from iepdesk.paths import resource_path

#: The folder of resources/icons/ that holds the set, and the set's name in Help > About.
ICON_SET = "lucide"

#: One icon for each area of the main window's sidebar, by the folder of ui/ its page lives in
#: (ui/<area>/page.py). A page added to the sidebar gets its icon here; an area not named gets FALLBACK.
AREA_ICONS: dict[str, str] = {
    "overview": "layout-dashboard",
    "profile": "user-round",
    "iep": "clipboard-list",
    "progress": "chart-line",
    "calendar": "calendar-days",
    "incidents": "triangle-alert",
    "comms": "messages-square",
    "vault": "folder-open",
    "letters": "notebook-pen",
    "settings": "settings",
}
FALLBACK = "circle"

_svgs: dict[str, bytes] = {}
_icons: dict[str, QIcon] = {}
_engines: list[_SvgIconEngine] = []
_watching: list[bool] = []


def svg_path(name: str) -> str:
    return str(resource_path("icons", ICON_SET, f"{name}.svg"))


def _svg(name: str) -> bytes:
    data = _svgs.get(name)
    if data is None:
        with open(svg_path(name), "rb") as handle:
            data = handle.read()
        _svgs[name] = data
    return data


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


def _render(svg: bytes, size: QSize, colour: QColor, scale: float) -> QPixmap:
    """The SVG drawn in ``colour``, square and centred in ``size`` logical pixels, at ``scale``."""
    from PySide6.QtSvg import QSvgRenderer  # heavy-ish: only once an icon is really drawn

    width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    side = min(width, height)
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.name().encode("ascii"))))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
    painter.end()
    if colour.alpha() < 255:  # a translucent palette colour (some disabled texts): fade the strokes
        faded = QImage(image.size(), image.format())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(colour.alphaF())
        painter.drawImage(0, 0, image)
        painter.end()
        image = faded
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class _SvgIconEngine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._pixmaps: dict[tuple[int, int, int, int, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _engine(self.name)

    def key(self) -> str:
        return "iepdesk-svg"

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return QSize(size)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return []  # scalable: any size

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        colour = _colour(mode)
        key = (size.width(), size.height(), int(mode.value), colour.rgba(), float(scale))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = _render(_svg(self.name), size, colour, scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def forget(self) -> None:
        self._pixmaps.clear()


def _engine(name: str) -> _SvgIconEngine:
    engine = _SvgIconEngine(name)
    _engines.append(engine)  # kept: the palette watcher clears every engine's pixmaps
    return engine


def _palette_changed() -> None:
    """The theme changed: every icon is drawn again, in the new colours, the next time it is shown."""
    for engine in _engines:
        engine.forget()


def _watch_palette() -> None:
    app = QGuiApplication.instance()
    if _watching or not isinstance(app, QGuiApplication):
        return
    app.paletteChanged.connect(_palette_changed)
    _watching.append(True)


def icon(name: str) -> QIcon:
    """The icon ``name`` of the bundled set (a file resources/icons/lucide/<name>.svg), made once."""
    made = _icons.get(name)
    if made is None:
        _svg(name)  # a missing file fails here, where the icon is named, not later in a paint event
        _watch_palette()
        made = QIcon(_engine(name))
        _icons[name] = made
    return made


def area_icon(page: object) -> QIcon:
    """The sidebar's icon for a page, by the ui/<area>/ folder its class comes from."""
    parts = type(page).__module__.split(".")
    area = parts[1] if len(parts) > 1 and parts[0] == "ui" else ""
    return icon(AREA_ICONS.get(area, FALLBACK))
