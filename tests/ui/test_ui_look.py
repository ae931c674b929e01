"""The look walk (issue 15): every page of the main window, and the welcome window, in the light and the
dark scheme at 1024×700 and 1920×1080, each grabbed to a PNG and checked for clipped text.

A realistic case (the letters case: an IEP, sessions, incidents, communications, documents, letters) is
opened; each page and each tab inside it is shown, the walk waits until the page's background work has
ended and its layouts have run (a condition, never a fixed time), then fails on any visible label,
button, check box, radio button, drop-down, heading or cell whose text does not fit the room it has,
unless it is elided ("…") on purpose with the whole text in its tooltip. The rules of what fits are
test_ui_fit's ``clipped`` (one rule, one place); this walk adds the schemes, the grabs and two rules a
scheme or an icon can break: the sidebar's area names read whole (no "Communicati…"), and a cell on a
ground of its own (a flagged row) keeps its text at 4.5:1 in both schemes.

The grabs go to the test's temporary folder; set ``GRAB_DIR=/work/notes/grabs/look`` to keep them, named
``<scheme>-<width>x<height>-p<page>[-t<tab>].png`` and ``<scheme>-<width>x<height>-welcome.png``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from colour_science import contrast
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QWidget,
)
from test_ui_fit import SLACK, clipped
from test_ui_letters_case import make_letters_case
from ui_support import open_case

from ui.theme import CHOICES, apply_theme, current

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.shell.main_window import MainWindow
    from ui.shell.tasks import TaskRunner

SCHEMES = [c for c in CHOICES if c != "system"]  # "light", "dark"
SIZES = [(1024, 700), (1920, 1080)]
CASES = [(s, size) for s in SCHEMES for size in SIZES]
TEXT_CONTRAST = 4.5  # WCAG AA for text


@pytest.fixture
def scheme(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The scheme in effect for the whole application (as IEPDESK_THEME gives it); system's after."""
    name = str(request.param)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setenv("IEPDESK_THEME", name)
    tokens = apply_theme(app, name)
    assert tokens.name == name and current() is tokens
    # The palette really is the scheme's: a walk that grabbed the wrong scheme would prove nothing.
    window = QColor(tokens.colours.window)
    assert app.palette().color(QPalette.ColorRole.Window) == window
    yield name
    monkeypatch.delenv("IEPDESK_THEME", raising=False)
    apply_theme(app, "light")


def _grab_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "look"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _keep(grabs: list[Path]) -> None:
    """Copy the grabs where GRAB_DIR says, when it says."""
    target = os.environ.get("GRAB_DIR")
    if not target:
        return
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    for grab in grabs:
        shutil.copy2(grab, folder / grab.name)


def _save(widget: QWidget, path: Path) -> Path:
    assert widget.grab().save(str(path)), path
    return path


def _settle(qtbot: QtBot, window: QWidget, page: QWidget, tasks: TaskRunner) -> None:
    """Until the page is shown at the window's size, its background work (counts, indexing) has ended
    and every posted event (results, layout requests) has been delivered."""

    def settled() -> bool:
        QApplication.sendPostedEvents()
        if tasks.busy or tasks.beside_busy:
            return False
        QApplication.sendPostedEvents()  # what the results asked for: new rows, new layouts
        return not tasks.busy and page.isVisible() and window.isVisible()

    qtbot.waitUntil(settled, timeout=30_000)


def _views(page: QWidget) -> list[tuple[QTabWidget | None, int]]:
    tabs: list[tuple[QTabWidget | None, int]] = [
        (t, i) for t in page.findChildren(QTabWidget) if t.isVisibleTo(page) for i in range(t.count())
    ]
    return tabs or [(None, 0)]  # a page with tabs: each tab (the first is the page as it opens)


def elided_items(view: QAbstractItemView) -> list[str]:
    """The rows of ``view`` whose text its delegate has to elide: where the text must read whole (the
    sidebar's areas are a few short words, not free text that may end in "…" with a tooltip)."""
    model = view.model()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    found: list[str] = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index).intersected(view.viewport().rect())  # what is in view
        delegate = view.itemDelegateForIndex(index)
        assert isinstance(delegate, QStyledItemDelegate)
        delegate.initStyleOption(option, index)
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width() - 2 * margin
        needed = QFontMetrics(option.font).horizontalAdvance(option.text)
        if needed > room + SLACK:
            found.append(
                f"{type(view).__name__} {view.objectName()!r} row {option.text!r}: {needed} px in {room} px"
            )
    return found


def unreadable_cells(window: QWidget) -> list[str]:
    """Cells of the visible item views whose own ground (a flagged row, a status colour) leaves their
    text under 4.5:1: a colour a model chose for one scheme and not the other (a light tint under the
    dark scheme's white text). The rest of the window's pairs are the tokens', checked in
    test_ui_theme_tokens."""
    found: list[str] = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QHeaderView) or not view.isVisibleTo(window):
            continue  # a header shares its table's model, not its cells' grounds
        text_colour = view.palette().color(QPalette.ColorRole.Text)
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for column in range(columns):
                index = model.index(row, column)
                ground = index.data(Qt.ItemDataRole.BackgroundRole)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if ground is None or not str(text or "").strip():
                    continue
                ground = ground.color() if isinstance(ground, QBrush) else QColor(ground)
                ink = index.data(Qt.ItemDataRole.ForegroundRole)
                ink = (
                    ink.color()
                    if isinstance(ink, QBrush)
                    else QColor(ink)
                    if ink is not None
                    else text_colour
                )
                if view.selectionModel() is not None and view.selectionModel().isSelected(index):
                    continue  # drawn in the selection's colours, which are the tokens'
                ratio = contrast(ink.name(), ground.name())
                if ratio < TEXT_CONTRAST:
                    found.append(
                        f"{type(view).__name__} {view.objectName()!r} cell {str(text)[:30]!r}: "
                        f"{ink.name()} on {ground.name()} is {ratio:.2f}:1"
                    )
    return found


def walk_main_window(
    qtbot: QtBot, window: MainWindow, scheme: str, size: tuple[int, int], folder: Path
) -> tuple[list[str], list[Path]]:
    """Every page and tab of ``window`` at ``size``: what is clipped, and the grabs."""
    window.resize(*size)
    tasks = window.services.tasks
    problems: list[str] = []
    grabs: list[Path] = []
    tag = f"{scheme}-{size[0]}x{size[1]}"
    window.show_page(0)
    _settle(qtbot, window, window.pages[0], tasks)
    problems += [f"{tag} sidebar: {p}" for p in elided_items(window.sidebar)]
    for index in range(window.stack.count()):
        window.show_page(index)
        page = window.pages[index]
        assert window.stack.currentWidget() is page
        _settle(qtbot, window, page, tasks)
        for tabs, tab in _views(page):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
                _settle(qtbot, window, page, tasks)
            where = f"{tag} page {index} ({type(page).__name__})"
            name = f"{tag}-p{index}"
            if tabs is not None:
                where += f" tab {tabs.tabText(tab).replace('&', '')!r}"
                name += f"-t{tab}"
            if (window.width(), window.height()) != size:
                problems.append(f"{where}: the window is {window.width()}×{window.height()}")
            problems += [f"{where}: {p}" for p in clipped(window)]
            problems += [f"{where}: {p}" for p in unreadable_cells(window)]
            grabs.append(_save(window, folder / f"{name}.png"))
    return sorted(set(problems)), grabs


@pytest.mark.parametrize(
    ("scheme", "size"), CASES, ids=[f"{s}-{w}x{h}" for s, (w, h) in CASES], indirect=["scheme"]
)
def test_every_page_in_each_scheme_and_size_is_grabbed_and_nothing_is_clipped(  # type: ignore[no-untyped-def]
    qtbot, controller, sandbox, tmp_path, scheme, size
) -> None:
    folder = _grab_folder(tmp_path)
    grabs: list[Path] = []
    problems: list[str] = []

    # The welcome window first, with the case in its recent list, as a parent sees it.
    path = make_letters_case(sandbox.documents, advocate=True)
    controller.settings.recent_cases = [str(path), str(sandbox.documents / "Moved away.iepcase")]
    controller.show_welcome()
    welcome = controller.welcome
    welcome.resize(*size)
    qtbot.waitUntil(lambda: welcome.isVisible() and (welcome.width(), welcome.height()) == size)
    QApplication.sendPostedEvents()
    problems += [f"{scheme} {size} welcome: {p}" for p in clipped(welcome)]
    grabs.append(_save(welcome, folder / f"{scheme}-{size[0]}x{size[1]}-welcome.png"))

    open_case(qtbot, controller, path)
    window = controller.main_window
    assert window is not None
    found, pages = walk_main_window(qtbot, window, scheme, size, folder)
    problems += found
    grabs += pages
    _keep(grabs)
    assert len(pages) >= window.stack.count()  # every page was shown and grabbed
    assert all(g.stat().st_size > 0 for g in grabs)
    assert problems == [], "\n".join(problems)


def test_the_walk_sees_an_elided_area_name_and_a_cell_its_scheme_cannot_read(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListWidget, QTableWidget, QTableWidgetItem, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    areas = QListWidget()
    areas.addItems(["Overview", "Communications"])
    table = QTableWidget(1, 1)
    layout = QVBoxLayout(window)
    layout.addWidget(areas)
    layout.addWidget(table)
    palette = table.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))  # a dark scheme's text
    table.setPalette(palette)
    cell = QTableWidgetItem("210 min")
    cell.setBackground(QColor("#fbe3d6"))  # a light scheme's tint for a flagged row
    table.setItem(0, 0, cell)
    areas.setFixedWidth(80)
    window.show()
    qtbot.waitExposed(window)
    assert [p.split(":")[0] for p in elided_items(areas)] == ["QListWidget '' row 'Communications'"]
    assert len(unreadable_cells(window)) == 1 and "#e8eaed on #fbe3d6" in unreadable_cells(window)[0]
    areas.setFixedWidth(400)
    cell.setForeground(QColor("#1d2330"))
    QApplication.sendPostedEvents()
    assert elided_items(areas) == [] and unreadable_cells(window) == []
