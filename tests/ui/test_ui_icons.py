"""The window's icons (ui/icons.py): one bundled open-licence set, every name used is a bundled file (and
every bundled file is used), sharp at 200 %, drawn in the palette's text colour, on every sidebar area, and
the set is listed with its licence in Help > About."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolBar
from ui_support import open_case

from iepdesk.paths import resource_path
from ui import icons
from ui.dialogs.about_data import ICON_SET, bundled_libraries

ROOT = Path(__file__).resolve().parents[2]
LUCIDE = ROOT / "resources" / "icons" / "lucide"
USED = re.compile(r"""\bicon\(\s*["']([a-z0-9-]+)["']\s*\)""")


def names_used_in_ui() -> set[str]:
    """Every icon("...") literal in ui/, and the sidebar's map."""
    names: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        names |= set(USED.findall(path.read_text(encoding="utf-8")))
    return names | set(icons.AREA_ICONS.values()) | {icons.FALLBACK}


def bundled() -> set[str]:
    return {path.stem for path in LUCIDE.glob("*.svg")}


def lightness(image: QImage) -> tuple[int, float]:
    """How many pixels are drawn (alpha > 0), and the mean lightness (0–255) of the well-covered ones."""
    drawn, total, count = 0, 0.0, 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 0:
                drawn += 1
            if colour.alpha() > 200:
                total += colour.lightness()
                count += 1
    return drawn, total / count if count else -1.0


@pytest.fixture
def palette(qapp: QApplication) -> Iterator[None]:
    """Puts the application's palette back after a test that changes it."""
    kept = QPalette(qapp.palette())
    yield
    qapp.setPalette(kept)


# ---- the files --------------------------------------------------------------------------------------
def test_every_icon_named_in_ui_is_a_bundled_file_and_every_bundled_file_is_used() -> None:
    used = names_used_in_ui()
    assert len(used) >= 20, used  # the scan found the real uses, not nothing
    assert {"lock", "search", "plus", "trash-2"} <= used
    assert used - bundled() == set(), "named in ui/ but not in resources/icons/lucide/"
    assert bundled() - used == set(), "bundled but never used: drop them"
    for name in used:
        assert resource_path("icons", "lucide", f"{name}.svg").is_file(), name  # how the app finds them


def test_the_set_carries_its_licence_and_where_it_came_from() -> None:
    licence = (LUCIDE / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("ISC License")
    assert "All other copyright (c) for Lucide are held by Lucide Contributors 2022." in licence
    readme = (LUCIDE / "README.md").read_text(encoding="utf-8")
    assert f"`lucide` {ICON_SET[1]} Python wheel" in readme  # the version About shows is the one copied
    for path in LUCIDE.glob("*.svg"):
        text = path.read_text(encoding="utf-8")
        assert 'stroke="currentColor"' in text, path.name  # recolourable: unchanged Lucide files
        assert "<script" not in text and "href" not in text, path.name


def test_the_desktop_bundle_carries_the_set_where_a_frozen_run_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))  # not a package (see bundle_data.py)
    import bundle_data

    shipped = {Path(src).resolve(): dest for src, dest in bundle_data.resource_datas()}
    for path in [*LUCIDE.glob("*.svg"), LUCIDE / "LICENSE"]:
        assert shipped.get(path.resolve()) == "resources/icons/lucide", path.name
    assert "resources/icons/lucide/LICENSE" in bundle_data.REQUIRED_RESOURCES
    assert "PySide6.QtSvg" in bundle_data.HIDDEN_IMPORTS
    assert "PySide6.QtSvg" not in bundle_data.EXCLUDED_MODULES
    # Frozen, PyInstaller unpacks the data beside sys._MEIPASS: the same relative path is looked up there.
    frozen = tmp_path / "resources" / "icons" / "lucide"
    frozen.mkdir(parents=True)
    (frozen / "lock.svg").write_bytes((LUCIDE / "lock.svg").read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert Path(icons.svg_path("lock")) == frozen / "lock.svg"


def test_a_name_not_bundled_fails_where_it_is_named(qapp: QApplication) -> None:
    with pytest.raises(FileNotFoundError):
        icons.icon("no-such-icon")


# ---- drawing ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [16, 32])
def test_an_icon_at_200_percent_is_drawn_at_twice_the_pixels(qapp: QApplication, size: int) -> None:
    pixmap = icons.icon("calendar-days").pixmap(QSize(size, size), 2.0)
    assert (pixmap.width(), pixmap.height()) == (2 * size, 2 * size)
    assert pixmap.devicePixelRatio() == 2.0
    drawn, _ = lightness(pixmap.toImage())
    # Lucide's 2-unit strokes on a 24-unit grid cover well over a tenth of the square; a blank or a
    # 1x bitmap scaled up would not give this many drawn pixels at full size.
    assert drawn > (2 * size) ** 2 // 10, drawn
    low = icons.icon("calendar-days").pixmap(QSize(size, size), 1.0)
    assert (low.width(), low.height()) == (size, size)


def _with_text(qapp: QApplication, text: str, disabled: str = "#808080") -> None:
    palette = QPalette(qapp.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(disabled))
    qapp.setPalette(palette)


def test_strokes_take_the_palette_text_colour_and_follow_a_change(qapp: QApplication, palette: None) -> None:
    lock = icons.icon("lock")
    _with_text(qapp, "#1a1a1a")
    _, dark_strokes = lightness(lock.pixmap(QSize(32, 32), 1.0).toImage())
    assert 0 <= dark_strokes < 60, dark_strokes
    _with_text(qapp, "#f0f0f0")  # a dark theme: light text
    _, light_strokes = lightness(lock.pixmap(QSize(32, 32), 1.0).toImage())
    assert light_strokes > 200, light_strokes
    # the same QIcon object (the one a button already holds) drew again in the new colour
    assert icons.icon("lock") is lock


def test_disabled_and_selected_icons_take_their_own_colours(qapp: QApplication, palette: None) -> None:
    _with_text(qapp, "#000000", disabled="#7f7f7f")
    themed = QPalette(qapp.palette())
    themed.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    qapp.setPalette(themed)
    lock = icons.icon("lock")

    def strokes(mode: QIcon.Mode) -> float:
        return lightness(lock.pixmap(QSize(32, 32), 1.0, mode).toImage())[1]

    assert strokes(QIcon.Mode.Normal) < 30
    assert 100 < strokes(QIcon.Mode.Disabled) < 160  # #7f7f7f is lightness 127
    assert strokes(QIcon.Mode.Selected) > 225


# ---- where they are used ----------------------------------------------------------------------------
def test_every_sidebar_area_and_the_toolbar_have_icons_beside_words(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    sidebar = window.sidebar
    assert sidebar.count() == len(window.pages) >= 8
    assert sidebar.iconSize().width() >= 16
    names: list[str] = []
    for row, page in enumerate(window.pages):
        item = sidebar.item(row)
        assert item.text(), row  # the words stay
        assert not item.icon().isNull(), item.text()
        parts = type(page).__module__.split(".")
        assert parts[0] == "ui" and parts[1] in icons.AREA_ICONS, f"{item.text()}: no entry in AREA_ICONS"
        names.append(icons.AREA_ICONS[parts[1]])
    assert len(set(names)) == len(names), names  # one icon per area, none shared
    for action in (window.lock_action, window.search_action):
        assert not action.icon().isNull() and action.text(), action.text()
    toolbar = window.findChild(QToolBar, "toolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_about_lists_the_icon_set_and_its_licence(qapp: QApplication) -> None:
    assert ("Lucide icons", ICON_SET[1], "ISC") in bundled_libraries()
    from ui.dialogs.about import AboutDialog

    dialog = AboutDialog()
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["Lucide icons", ICON_SET[1], "ISC"] in rows
    dialog.deleteLater()
