"""The theme put into effect: the application's QPalette built from the tokens, the Fusion style (which
honours the palette everywhere, standard dialogs too) and one small stylesheet for what a palette
cannot say (focus rings, radii, the sidebar).

The choice is "system", "light" or "dark" (Settings); ``IEPDESK_THEME`` overrides it. "system" follows
Qt's ``styleHints().colorScheme()`` where the platform reports one, else light, and keeps following it
while the program runs.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QWidget,
)

from ui.theme.tokens import LIGHT, SCHEMES, Tokens, blend

CHOICES = ("system", "light", "dark")
ENV = "IEPDESK_THEME"

_active: Tokens = LIGHT
_choice = "system"
_listening: set[int] = set()


def current() -> Tokens:
    """The tokens of the scheme in effect (light until a theme is applied)."""
    return _active


def choice() -> str:
    """What was asked for last ("system", "light" or "dark"), before the override."""
    return _choice


def resolve(wanted: str) -> str:
    """The scheme ("light" or "dark") a choice comes to: ``IEPDESK_THEME`` first, then the choice;
    "system" asks the platform and takes light when it does not say."""
    override = os.environ.get(ENV, "").strip().lower()
    if override in CHOICES:
        wanted = override
    if wanted in SCHEMES:
        return wanted
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def build_palette(tokens: Tokens) -> QPalette:
    """Every role in every colour group, from the tokens (Disabled greys the text, not the ground)."""
    c = tokens.colours
    role = QPalette.ColorRole
    palette = QPalette()
    base = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.surface,
        role.AlternateBase: c.surface_alt,
        role.Text: c.text,
        role.PlaceholderText: c.placeholder,
        role.Button: c.button,
        role.ButtonText: c.text,
        role.BrightText: c.danger,
        role.Highlight: c.selection,
        role.HighlightedText: c.selected_text,
        role.Link: c.link,
        role.LinkVisited: c.link_visited,
        role.ToolTipBase: c.tooltip,
        role.ToolTipText: c.tooltip_text,
        role.Accent: c.accent,
        # the 3D shades Fusion draws frames and bevels with
        role.Light: blend(c.button, "#ffffff", 0.5),
        role.Midlight: blend(c.button, "#ffffff", 0.25),
        role.Mid: c.border,
        role.Dark: blend(c.border, c.text, 0.35),
        role.Shadow: blend(c.border, "#000000", 0.6),
    }
    disabled = {
        role.WindowText: c.disabled,
        role.Text: c.disabled,
        role.ButtonText: c.disabled,
        role.PlaceholderText: c.disabled,
        role.Highlight: blend(c.selection, c.window, 0.5),
        role.HighlightedText: c.selected_text,
        role.Base: c.window,
        role.Button: blend(c.button, c.window, 0.5),
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for r, colour in base.items():
            palette.setColor(group, r, QColor(colour))
    for r, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor(colour))
    return palette


def stylesheet(tokens: Tokens) -> str:
    """Only what the palette cannot say; kept small so standard dialogs look like the platform's."""
    c, m = tokens.colours, tokens.metrics
    ring = f"{m.focus_width}px solid {c.focus}"
    return f"""
QLineEdit[frame="true"] {{
    border: 1px solid {c.border}; border-radius: {m.radius_small}px; padding: 2px 4px;
    background: {c.surface};
}}
QLineEdit[frame="true"]:focus {{ border: {ring}; padding: 1px 3px; }}
QLineEdit[frame="true"]:disabled {{ background: {c.window}; color: {c.disabled}; }}
QPushButton[checkable="true"] {{
    border: 1px solid {c.border}; border-radius: {m.radius_small}px; padding: 4px 12px;
    background: {c.button}; color: {c.text};
}}
QPushButton[checkable="true"]:checked {{ background: {c.toggled}; border-color: {c.accent}; }}
QPushButton[checkable="true"]:focus {{ border: {ring}; padding: 3px 11px; }}
QTabWidget::pane {{ background: {c.surface}; border: 1px solid {c.border}; top: -1px; }}
QToolTip {{ color: {c.tooltip_text}; background: {c.tooltip}; border: 1px solid {c.border}; padding: 3px; }}
QListWidget#sidebar {{ background: {c.surface_alt}; border: none; border-right: 1px solid {c.divider}; }}
QListWidget#sidebar::item {{ border-radius: {m.radius}px; }}
QListWidget#sidebar::item:selected {{ background: {c.selection}; color: {c.selected_text}; }}
"""


class _Style(QProxyStyle):
    """Fusion, with the edge of a check box, a radio button, a spin box (dates and times too) and an
    editable combo box in the tokens' border colour: Fusion darkens the window colour for it, which is
    2:1 on light and all but invisible on dark."""

    _EDGED = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameGroupBox:  # a calm edge that shows on dark too
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(_active.colours.divider), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._EDGED:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(_active.colours.border), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawRoundedRect(box, 1.5, 1.5)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        spin = control == QStyle.ComplexControl.CC_SpinBox
        editable = (
            control == QStyle.ComplexControl.CC_ComboBox
            and isinstance(option, QStyleOptionComboBox)
            and option.editable
        )
        if not (spin or editable):
            return
        c = _active.colours
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = _active.metrics.focus_width if focused else 1  # the same ring as a line edit's
        inset = width / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(c.focus if focused else c.border), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2, 2)
        painter.restore()


def apply_theme(app: QApplication, wanted: str = "system") -> Tokens:
    """Put the theme ``wanted`` (after ``IEPDESK_THEME``) into effect for the whole application, and
    return its tokens. Widgets repaint themselves on the palette change; painted widgets read
    ``current()`` while they paint."""
    global _active, _choice
    _choice = wanted if wanted in CHOICES else "system"
    _active = SCHEMES[resolve(_choice)]
    if not app.property("iepdesk-fusion"):  # once: a style sheet hides the style's name
        app.setProperty("iepdesk-fusion", True)
        app.setStyle(_Style("Fusion"))
    # A choice that gives the scheme already shown ("System" while the system is light and Light
    # is shown) changes nothing: re-styling every widget of a full window costs over a second.
    palette, sheet = build_palette(_active), stylesheet(_active)
    if app.palette() != palette or app.styleSheet() != sheet:
        app.setPalette(palette)
        app.setStyleSheet(sheet)
    _follow_system(app)
    return _active


def _follow_system(app: QApplication) -> None:
    """Once per application: when the platform's scheme changes and the choice is "system", follow."""
    if id(app) in _listening:
        return
    _listening.add(id(app))

    def changed(_scheme: Qt.ColorScheme) -> None:
        if _choice == "system" and QApplication.instance() is app:
            apply_theme(app, "system")

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(changed)
    guard = QObject(app)  # forget the application when it goes, so a new one listens again
    guard.destroyed.connect(lambda: _listening.discard(id(app)))
