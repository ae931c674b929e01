"""Every page fits and reads: at 1024×700, 1366×768 and 1920×1080, and with the text at 200 %.

The walk opens a populated case, shows every page of the main window (and every tab inside it) at each
size, and fails on any visible label, button, drop-down item or header section whose text does not fit
the room it is given, unless it is elided ("…") with a tooltip holding the whole text.

200 %: QT_SCALE_FACTOR=2 scales every length by two (the layout and the fonts together), so in the
device-independent pixels the widgets lay out in, nothing changes and no clip can appear or vanish; a run
under it would prove nothing. What breaks at high scaling and with the system's "larger text" setting is
text growing while a length fixed in pixels (a minimum width, a row height, a fixed column) does not. So
the 200 % walk doubles the application font and the window (2048×1400 is 1024×700 at 200 %), which is
exactly what a length in fixed pixels fails.

Set IEPDESK_GRABS=/tmp/grabs to save each page as a PNG (one per page and size) to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabWidget,
    QToolButton,
    QWidget,
)
from test_ui_letters_case import make_letters_case
from ui_support import open_case

from ui.calendar.legend import Legend

SIZES = [(1024, 700), (1366, 768), (1920, 1080)]
SLACK = 1  # a pixel of rounding


def _plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _mnemonic_free(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _elided_ok(shown: str, tooltip: str, elides_itself: bool = False) -> bool:
    """Clipped text is acceptable only when drawn elided ("…", which item views and headers draw
    themselves) and the tooltip holds the whole text."""
    tip = _plain(tooltip).strip()
    if not tip:
        return False
    if elides_itself:
        return True
    return shown.endswith("…") and shown[:-1].strip() in tip


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Shown, and not wholly clipped away by a parent (a scroll area, a splitter)."""
    if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
        return False
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        if rect.isEmpty():
            return False
        parent = parent.parentWidget()
    return True


def _label_problem(label: QLabel) -> str | None:
    text = _plain(label.text())
    if label.buddy() is not None:
        text = _mnemonic_free(text)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    fm = label.fontMetrics()
    rect = label.contentsRect()
    margin = label.margin()
    indent = max(label.indent(), 0) if label.indent() >= 0 else 0
    width = rect.width() - 2 * margin - indent
    height = rect.height() - 2 * margin
    lines = text.splitlines() or [text]
    if label.wordWrap():
        longest_word = max((fm.horizontalAdvance(w) for w in text.split()), default=0)
        if longest_word > width + SLACK:
            return f"a word is {longest_word} px wide in {width} px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wraps to {needed} px high in {label.height()} px"
        return None
    widest = max(fm.horizontalAdvance(line) for line in lines)
    if widest > width + SLACK and not _elided_ok(text, label.toolTip()):
        return f"{widest} px of text in {width} px"
    if fm.height() * len(lines) > height + SLACK + 2:
        return f"{fm.height() * len(lines)} px of lines in {height} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _mnemonic_free(button.text())
    if not text.strip():
        return None
    fm = button.fontMetrics()
    needed = max(fm.horizontalAdvance(line) for line in text.splitlines())
    style = button.style()
    if isinstance(button, QToolButton):
        width = button.width()
        required = button.sizeHint().width()
        if required > width + SLACK:
            return f"needs {required} px, has {width}"
        return None
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        width = style.subElementRect(element, option, button).width()
    elif isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        width = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        if not button.icon().isNull():
            width -= button.iconSize().width() + 4
        if button.menu() is not None:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    else:
        return None
    if needed > width + SLACK and not _elided_ok(text, button.toolTip()):
        return f"{needed} px of text in {width} px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    if combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    width = field.width() - 2
    fm = combo.fontMetrics()
    for i in range(combo.count()):
        text = combo.itemText(i)
        needed = fm.horizontalAdvance(text)
        if not combo.itemIcon(i).isNull():
            needed += combo.iconSize().width() + 4
        if needed > width + SLACK:
            return f"item {text!r}: {needed} px in {width} px"
    return None


def _header_problems(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    fm = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        text = "" if text is None else str(text)
        if header.orientation() == Qt.Orientation.Horizontal and not text.strip():
            yield f"column {section} has no heading"
            continue
        if header.orientation() == Qt.Orientation.Vertical:
            continue
        needed = max(fm.horizontalAdvance(line) for line in text.splitlines()) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        # A wide section scrolled partly out of view must still show its heading where it is drawn.
        start = header.sectionViewportPosition(section)
        shown_from, shown_to = max(start, 0), min(start + header.sectionSize(section), header.width())
        if shown_to - shown_from >= needed:
            alignment = model.headerData(section, header.orientation(), Qt.ItemDataRole.TextAlignmentRole)
            alignment = Qt.AlignmentFlag(alignment) if alignment is not None else header.defaultAlignment()
            if alignment & Qt.AlignmentFlag.AlignHCenter:
                left = start + (header.sectionSize(section) - needed) // 2
            elif alignment & Qt.AlignmentFlag.AlignRight:
                left = start + header.sectionSize(section) - needed
            else:
                left = start
            if left < shown_from - SLACK or left + needed > shown_to + SLACK:
                drawn = f"{left}..{left + needed}, shown {shown_from}..{shown_to}"
                yield f"heading {text!r} is drawn out of view ({drawn})"
                continue
        tip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        if needed > header.sectionSize(section) + SLACK and not _elided_ok(text, str(tip or ""), True):
            yield f"heading {text!r}: {needed} px in {header.sectionSize(section)} px"


def _cell_problems(view: QAbstractItemView) -> Iterator[str]:
    """Short cells (a status, a date, a number) must read whole; long free text may elide with a tip."""
    model = view.model()
    if model is None:
        return
    fm = view.fontMetrics()
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model (its columnCount is not public)
            columns = 1
        for column in range(columns):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or not view.viewport().rect().intersects(rect):
                continue
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            text = str(text).splitlines()[0]
            font = model.data(index, Qt.ItemDataRole.FontRole)  # a bold total line is wider
            metrics = QFontMetrics(font) if isinstance(font, QFont) else fm
            needed = metrics.horizontalAdvance(text) + 6  # the style's cell margins
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() + 4
            if column == 0 and hasattr(view, "indentation"):
                needed += 0  # visualRect already starts after the indentation
            if needed <= rect.width() + SLACK:
                continue
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if _elided_ok(text, str(tip or ""), True):
                continue
            yield f"cell {text!r}: {needed} px in {rect.width()} px"


def _legend_problems(legend: Legend) -> Iterator[str]:
    for rect, state, text in legend._layout():
        font = QFont(legend.font())
        font.setBold(state == "missed")
        needed = QFontMetrics(font).horizontalAdvance(text)
        room = rect.adjusted(7, 0, -4, 0).width()
        if needed > room + SLACK:
            yield f"key {text!r}: {needed} px in {room} px"


def clipped(window: QWidget) -> list[str]:
    """Every visible text of ``window`` that does not fit, as "Class 'text': why" lines."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        problems: list[str] = []
        if isinstance(widget, QLabel):
            problems = [p for p in [_label_problem(widget)] if p]
        elif isinstance(widget, QAbstractButton):
            problems = [p for p in [_button_problem(widget)] if p]
        elif isinstance(widget, QComboBox):
            problems = [p for p in [_combo_problem(widget)] if p]
        elif isinstance(widget, QHeaderView):
            problems = list(_header_problems(widget))
        elif isinstance(widget, Legend):
            problems = list(_legend_problems(widget))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems = list(_cell_problems(widget))
        elif isinstance(widget, QScrollArea):
            problems = [p for p in [_scroll_problem(widget)] if p]
        name = widget.objectName() or widget.accessibleName()
        text = ""
        if isinstance(widget, QLabel | QAbstractButton):
            text = _plain(widget.text())[:40]
        found += [f"{type(widget).__name__} {name!r} {text!r}: {p}" for p in problems]
    return found


def _scroll_problem(area: QScrollArea) -> str | None:
    """A scroll area that cannot scroll sideways but holds something wider than itself cuts it off."""
    inner = area.widget()
    if inner is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return None
    over = inner.width() - area.viewport().width()
    return f"its content is {over} px wider than the area, cut off at the edge" if over > 0 else None


def _tabs_of(page: QWidget) -> list[tuple[QTabWidget, int]]:
    return [(tabs, i) for tabs in page.findChildren(QTabWidget) for i in range(tabs.count())]


def _settle(window: QWidget) -> None:
    """Let background work (the ledger's count) finish and the layouts settle, as a parent would see."""
    from ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    for _ in range(2):
        QApplication.processEvents()
        window.services.tasks.wait(20_000)  # the controller's one runner, which every page uses
        QApplication.processEvents()


def walk(window, size: tuple[int, int], grabs: Path | None, tag: str) -> list[str]:  # type: ignore[no-untyped-def]
    window.resize(*size)
    QApplication.processEvents()
    problems: list[str] = []
    if (window.width(), window.height()) != size:
        problems.append(f"{size}: the window cannot be that small, it is {window.width()}×{window.height()}")
    for index in range(window.stack.count()):
        window.show_page(index)
        page = window.stack.currentWidget()
        views = [(None, 0), *_tabs_of(page)]
        for tabs, tab in views:
            if (window.width(), window.height()) != size:
                problems.append(
                    f"{size} page {index}: the page made the window {window.width()}×{window.height()}"
                )
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            _settle(window)
            where = f"{size[0]}×{size[1]} {tag} page {index}" + (
                f" tab {_mnemonic_free(tabs.tabText(tab))!r}" if tabs is not None else ""
            )
            problems += [f"{where}: {p}" for p in clipped(window)]
            if grabs is not None:
                name = f"{tag}-{size[0]}x{size[1]}-p{index}" + (f"-t{tab}" if tabs is not None else "")
                window.grab().save(str(grabs / f"{name}.png"))
    return sorted(set(problems))


def _open_populated(qtbot, controller, sandbox):  # type: ignore[no-untyped-def]
    path = make_letters_case(sandbox.documents, advocate=True)
    open_case(qtbot, controller, path)
    window = controller.main_window
    assert window is not None
    return window


@pytest.fixture
def main_window(qtbot, controller, sandbox):  # type: ignore[no-untyped-def]
    return _open_populated(qtbot, controller, sandbox)


def _grabs() -> Path | None:
    folder = os.environ.get("IEPDESK_GRABS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits(qtbot, main_window, size) -> None:  # type: ignore[no-untyped-def]
    problems = walk(main_window, size, _grabs(), "1x")
    assert problems == [], "\n".join(problems)


def test_every_page_fits_with_text_at_200_percent(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    original = QFont(app.font())
    font = QFont(original)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 2)
    else:
        font.setPixelSize(font.pixelSize() * 2)
    app.setFont(font)  # before the window is built, as when the system's text is at 200 %
    try:
        window = _open_populated(qtbot, controller, sandbox)
        problems = walk(window, (2048, 1400), _grabs(), "2x")
    finally:
        app.setFont(original)
    assert problems == [], "\n".join(problems)


def test_the_iep_editor_keeps_its_findings_beside_and_its_save_buttons_in_view(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from ui.iep.page import IepPage

    main_window.resize(1024, 700)
    index = next(i for i, p in enumerate(main_window.pages) if isinstance(p, IepPage))
    main_window.show_page(index)
    page = main_window.pages[index]
    page.tabs.setCurrentWidget(page.provisions)
    QApplication.processEvents()
    editor = page.editor
    form, findings = editor.form_side, editor.findings_panel
    assert findings.mapTo(page, findings.rect().topLeft()).x() > form.mapTo(page, form.rect().topRight()).x()
    for button in (editor.save_button, editor.next_button, editor.revert_button):
        assert button.visibleRegion().boundingRect() == button.rect(), button.text()
        assert _button_problem(button) is None
    assert editor.form_panel.verticalScrollBar().maximum() > 0  # the form scrolls, the buttons do not
    # A provision with clarity findings open: its cards and buttons fit beside the form, and the form
    # is not squeezed under them (both were cut off at their right edge at 1024 px).
    page.show_clarity_check()
    _settle(main_window)
    assert editor.findings.isVisible() and editor.findings.buttons()
    assert [_scroll_problem(a) for a in (editor.findings_panel, editor.form_panel)] == [None, None]
    assert clipped(page) == []
    # In a tall window the buttons sit right under the form, not at the bottom of the screen.
    main_window.resize(1920, 1080)
    QApplication.processEvents()
    assert editor.form_panel.verticalScrollBar().maximum() == 0
    assert editor.actions.geometry().top() - editor.form_panel.geometry().bottom() < 12


def test_the_checker_sees_a_clipped_label_and_accepts_an_elided_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("The whole period of the school year", window)
    label.setGeometry(0, 0, 60, 30)
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    assert any("The whole period" in p for p in clipped(window))
    label.setText("The wh…")
    label.setToolTip("The whole period of the school year")
    assert clipped(window) == []


def _headers_problems(window, size: tuple[int, int]) -> list[str]:  # type: ignore[no-untyped-def]
    """Each page's header: its main action wholly in view at the window's right, its title and purpose
    whole, and (in a wide window) the purpose on one line."""
    from ui.widgets.page_header import PageHeader

    window.resize(*size)
    problems: list[str] = []
    for index in range(window.stack.count()):
        window.show_page(index)
        _settle(window)
        page = window.stack.currentWidget()
        for header in page.findChildren(PageHeader):
            name = header.title()
            action = header.action
            if action is not None:
                if action.visibleRegion().boundingRect() != action.rect():
                    problems.append(f"{size} {name}: the main action {action.text()!r} is cut off")
                if _button_problem(action) is not None:
                    problems.append(f"{size} {name}: {_button_problem(action)}")
            for label in (header.title_label, header.purpose_label):
                if _label_problem(label) is not None:
                    problems.append(f"{size} {name}: {_label_problem(label)}")
            purpose = header.purpose_label
            if size[0] >= 1920 and purpose.height() > purpose.fontMetrics().height() * 1.5:
                problems.append(f"{size} {name}: the purpose wraps in a wide window")
    return problems


@pytest.mark.parametrize("size", [(1024, 700), (1920, 1080)], ids=["1024x700", "1920x1080"])
def test_every_page_header_fits(qtbot, main_window, size) -> None:  # type: ignore[no-untyped-def]
    assert _headers_problems(main_window, size) == []


def test_every_page_fits_when_the_case_is_new(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    """A new case: the empty states in place of the lists and tabs read whole at 1024×700."""
    from ui.widgets.empty_state import EmptyState

    open_case(qtbot, controller, make_case())
    window = controller.main_window
    problems = walk(window, (1024, 700), _grabs(), "new")
    problems += _headers_problems(window, (1024, 700))
    assert problems == [], "\n".join(problems)
    assert len([e for e in window.findChildren(EmptyState) if e.button.text()]) >= 8
