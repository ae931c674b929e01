"""The theme in effect (issue 15): the application's palette really has the tokens' colours in every
group, IEPDESK_THEME wins over the setting, "system" follows the platform's colour scheme, the
Settings page's choice switches the palette at once and is kept, and printed letters stay black on
white whatever the window looks like."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from ui_support import open_case

from iepdesk import settings as settings_store
from iepdesk.export.letter_pdf import letter_pdf
from ui.shell.app import make_application
from ui.theme import DARK, LIGHT, Tokens, apply_theme, current
from ui.theme import apply as theme_apply

Group, Role = QPalette.ColorGroup, QPalette.ColorRole


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test here starts and ends in the default look (no override, system, which is light here)."""
    monkeypatch.delenv(theme_apply.ENV, raising=False)
    apply_theme(qapp, "system")
    yield
    monkeypatch.delenv(theme_apply.ENV, raising=False)
    apply_theme(qapp, "system")
    assert current() is LIGHT


def colour(group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
    return QApplication.palette().color(group, role).name()


@pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=lambda t: t.name)
def test_the_palette_has_the_tokens_colours(qapp: QApplication, tokens: Tokens) -> None:
    assert apply_theme(qapp, tokens.name) is tokens
    assert current() is tokens
    c = tokens.colours
    for group in (Group.Active, Group.Inactive):
        assert colour(group, Role.Window) == c.window
        assert colour(group, Role.WindowText) == c.text
        assert colour(group, Role.Base) == c.surface
        assert colour(group, Role.AlternateBase) == c.surface_alt
        assert colour(group, Role.Text) == c.text
        assert colour(group, Role.Button) == c.button
        assert colour(group, Role.ButtonText) == c.text
        assert colour(group, Role.PlaceholderText) == c.placeholder
        assert colour(group, Role.Highlight) == c.selection
        assert colour(group, Role.HighlightedText) == c.selected_text
        assert colour(group, Role.Link) == c.link
        assert colour(group, Role.LinkVisited) == c.link_visited
        assert colour(group, Role.ToolTipBase) == c.tooltip
        assert colour(group, Role.ToolTipText) == c.tooltip_text
        assert colour(group, Role.Accent) == c.accent
    assert colour(Group.Disabled, Role.Text) == c.disabled
    assert colour(Group.Disabled, Role.WindowText) == c.disabled
    assert colour(Group.Disabled, Role.ButtonText) == c.disabled
    assert colour(Group.Disabled, Role.Window) == c.window
    assert qapp.style().name().lower() in ("fusion", "")  # a style sheet wraps Fusion and hides its name
    assert qapp.property("iepdesk-fusion") is True
    assert c.focus in qapp.styleSheet()


def test_a_new_widget_gets_the_palette(qapp: QApplication, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    apply_theme(qapp, "dark")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert edit.palette().color(Role.Base).name() == DARK.colours.surface
    assert edit.palette().color(Role.PlaceholderText).name() == DARK.colours.placeholder


def test_the_environment_wins_over_the_setting(
    qapp: QApplication, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_store.save(settings_store.Settings(theme="light"))
    make_application()
    assert current() is LIGHT
    monkeypatch.setenv(theme_apply.ENV, "dark")
    make_application()
    assert current() is DARK
    assert colour(Group.Active, Role.Window) == DARK.colours.window
    monkeypatch.setenv(theme_apply.ENV, "Light ")  # read loosely
    assert apply_theme(qapp, "dark") is LIGHT
    monkeypatch.setenv(theme_apply.ENV, "purple")  # an unknown override is no override
    assert apply_theme(qapp, "dark") is DARK


def test_an_unknown_setting_reads_as_system(sandbox: Any) -> None:
    settings_store.settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_store.settings_file().write_text('{"theme": "neon", "auto_lock_minutes": 5}', encoding="utf-8")
    loaded = settings_store.load()
    assert (loaded.theme, loaded.auto_lock_minutes) == ("system", 5)


class _Hints:
    def __init__(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme

    def colorScheme(self) -> Qt.ColorScheme:
        return self.scheme


class _FakeGui:
    hints = _Hints(Qt.ColorScheme.Unknown)

    @classmethod
    def styleHints(cls) -> _Hints:
        return cls.hints


def test_system_follows_the_platform_and_its_changes(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The offscreen platform reports no scheme, so the platform's answer is stood in for; the change
    arrives through Qt's own colorSchemeChanged signal."""
    monkeypatch.setattr(theme_apply, "QGuiApplication", _FakeGui)
    _FakeGui.hints = _Hints(Qt.ColorScheme.Unknown)
    assert apply_theme(qapp, "system") is LIGHT  # no answer: light
    _FakeGui.hints = _Hints(Qt.ColorScheme.Dark)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current() is DARK
    assert colour(Group.Active, Role.Window) == DARK.colours.window
    _FakeGui.hints = _Hints(Qt.ColorScheme.Light)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current() is LIGHT
    apply_theme(qapp, "dark")  # a fixed choice ignores the platform
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current() is DARK


def test_the_settings_choice_switches_at_once_and_is_kept(
    qtbot: Any, controller: Any, make_case: Any, sandbox: Any
) -> None:
    open_case(qtbot, controller, make_case())
    page = controller.main_window.settings_page
    combo = page.theme
    assert combo.accessibleName()
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("dark"))
    assert current() is DARK
    assert colour(Group.Active, Role.Window) == DARK.colours.window
    assert page.palette().color(Role.Window).name() == DARK.colours.window
    assert settings_store.load().theme == "dark"
    combo.setCurrentIndex(combo.findData("light"))
    assert current() is LIGHT
    assert colour(Group.Active, Role.Base) == LIGHT.colours.surface
    assert settings_store.load().theme == "light"


def _text_fills(pdf: bytes) -> set[tuple[float, ...]]:
    """The fill colours text is drawn in, on every page (PDF starts black: no colour set is black)."""
    fills: set[tuple[float, ...]] = set()
    fill: list[tuple[float, ...]] = [(0.0,)]

    def visit(operator: bytes, operands: list[Any], *_rest: Any) -> None:
        if operator in (b"rg", b"g", b"k"):
            fill[0] = tuple(round(float(x), 3) for x in operands)
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            fills.add(fill[0])

    for page in PdfReader(io.BytesIO(pdf)).pages:
        fill[0] = (0.0,)
        page.extract_text(visitor_operand_before=visit)
    return fills


def test_a_letter_prints_black_whatever_the_theme(qapp: QApplication) -> None:
    body = "Dear Ms. Rivera,\n\nI am writing about the speech sessions.\n\nSigned: A parent"
    apply_theme(qapp, "light")
    light = letter_pdf("Request for a meeting", body)
    apply_theme(qapp, "dark")
    assert QColor(colour(Group.Active, Role.WindowText)).lightness() > 200  # the window writes light
    dark = letter_pdf("Request for a meeting", body)
    assert _text_fills(dark) == _text_fills(light)
    # black body text (and the print style's dark grey for the small print); never the window's light ink
    assert (0.0, 0.0, 0.0) in _text_fills(dark) or (0.0,) in _text_fills(dark)
    assert all(len(fill) != 3 or max(fill) <= 0.4 for fill in _text_fills(dark))
    assert all(len(fill) != 1 or fill[0] <= 0.4 for fill in _text_fills(dark))
    texts = [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(dark)).pages]
    assert "speech sessions" in " ".join(texts)


@pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=lambda t: t.name)
def test_a_check_box_is_edged_in_the_border_colour(qapp: QApplication, qtbot: Any, tokens: Tokens) -> None:
    """Fusion's own edge is the window colour darkened (invisible on dark); the theme's style redraws it."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    apply_theme(qapp, tokens.name)
    box = QCheckBox("Speech")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    edge = QColor(tokens.colours.border)
    seen = {
        image.pixelColor(x, y).name()
        for x in range(indicator.left(), indicator.right() + 1)
        for y in range(indicator.top(), indicator.bottom() + 1)
    }
    assert edge.name() in seen


def test_a_choice_that_keeps_the_scheme_shown_restyles_nothing(qapp: QApplication) -> None:
    """Re-styling a full window costs over a second (the monkey test measured a 2 s stall on a theme
    pick), so "System" while the system is light and Light is shown must not re-style anything."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    label.show()
    seen: list[QEvent.Type] = []

    class Watch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
                seen.append(event.type())
            return False

    watch = Watch()
    label.installEventFilter(watch)
    apply_theme(qapp, "light")  # "system" is light here (the fixture): the same scheme
    qapp.processEvents()
    assert seen == [] and current() is LIGHT
    apply_theme(qapp, "dark")  # another scheme: re-styled
    qapp.processEvents()
    assert seen and current() is DARK
    label.removeEventFilter(watch)
    label.close()
