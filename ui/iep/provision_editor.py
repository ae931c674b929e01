"""The provision being edited: its form, its save buttons and its clarity findings, checked as you type.

It knows what was loaded, so it can say what changed; the page does the saving (and the undo).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from iepdesk.iep import store
from iepdesk.iep.clarity import Finding
from iepdesk.iep.edits import with_proposal
from ui.icons import icon
from ui.iep import words
from ui.iep.findings_view import FindingsView
from ui.iep.provision_form import ProvisionForm
from ui.theme import current
from ui.widgets.labels import heading, note

_SENTENCE_END = re.compile(r"[.!?;\n]")
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")


def with_suggestion(text: str, finding: Finding) -> tuple[str, int, int]:
    """``text`` with the suggestion in place of the sentence holding the flagged words (or of all of it).

    Returns the new text and where the suggestion now sits.
    """
    if (
        finding.field != "iep_wording"
        or not finding.words
        or finding.end <= finding.start
        or not text.strip()
    ):
        return finding.suggestion, 0, len(finding.suggestion)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, finding.start)]
    begin = starts[-1] if starts else 0
    while begin < len(text) and text[begin] in " \t":
        begin += 1
    after = _SENTENCE_END.search(text, finding.end)
    end = after.end() if after and after.group() != "\n" else (after.start() if after else len(text))
    new = text[:begin] + finding.suggestion + text[end:]
    return new, begin, begin + len(finding.suggestion)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the frame
    return area


class _FormScroll(QScrollArea):
    """As tall as the form when there is room (the save buttons then sit right under it), and
    scrolling when there is not (the buttons stay in view under it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        height = inner.sizeHint().height() + 2 * self.frameWidth() if inner is not None else 0
        return QSize(super().sizeHint().width(), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QScrollArea filters its widget's events; a LayoutRequest means the form changed kind or grew.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class _SideScroll(QScrollArea):
    """A scrolled side panel that asks its splitter for at least its content's narrowest width: with
    the horizontal scroll bar off, a narrower panel would cut its cards and buttons off at the edge."""

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(200, inner.minimumSizeHint().width() + bar + 2 * self.frameWidth())
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new findings: perhaps a wider card
            self.updateGeometry()
        return super().eventFilter(watched, event)


class ProvisionEditor(QObject):
    """Two panels for the page's splitter: ``form_side`` (the scrolled ``form_panel`` over the save
    buttons) and ``findings_panel``."""

    save_requested = Signal(bool)  # and start the next one
    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.version_id: int | None = None
        self.provision_id: int | None = None
        self.child = ""
        self.signed = False
        self._stored: dict[str, Any] = store.blank_values("service")
        #: Values changed here that have no field in the form (the notes to propose at the next meeting).
        self._pending: dict[str, Any] = {}
        self._dirty = False

        self.form = ProvisionForm()
        self.header = heading("", 1.15)
        self.hint = note()
        self.hint.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save this provision (Ctrl+S)"))
        self.next_button = QPushButton(self.tr("Save and ne&xt"))
        self.next_button.setAccessibleName(self.tr("Save and start the next one of the same kind (Enter)"))
        self.revert_button = QPushButton(self.tr("Cancel changes"))
        self.revert_button.setAccessibleName(self.tr("Cancel the changes not saved yet (Esc)"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        keys = note(
            self.tr("Enter saves and starts the next one. Shift+Enter starts a new line. Ctrl+N: new.")
        )
        keys.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.save_button, self.next_button, self.revert_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 0, 12, 8)
        column.setSpacing(10)
        column.addWidget(self.header)
        column.addWidget(self.hint)
        column.addWidget(self.form)
        column.addWidget(keys)
        column.addStretch(1)
        self.form_panel = _FormScroll()
        self.form_panel.setWidgetResizable(True)
        self.form_panel.setFrameShape(QFrame.Shape.NoFrame)
        self.form_panel.setWidget(inner)
        self._inner = inner
        self.form_panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        # As wide as the form needs (its fields are never cut at the right, as no horizontal bar shows).
        bar_width = self.form_panel.verticalScrollBar().sizeHint().width()
        self.form_panel.setMinimumWidth(max(280, inner.minimumSizeHint().width() + bar_width))
        # The save buttons sit under the scrolled form, so a long form never scrolls them out of view.
        self.actions = QWidget()
        bar = QVBoxLayout(self.actions)
        bar.setContentsMargins(4, 6, 12, 0)
        bar.setSpacing(4)
        bar.addLayout(buttons)
        bar.addWidget(self.status)
        self.form_side = QWidget()
        side = QVBoxLayout(self.form_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.form_panel, 1)
        side.addWidget(self.actions)
        side.addStretch(0)
        self.findings = FindingsView()
        findings_inner = QWidget()
        box = QVBoxLayout(findings_inner)
        box.setContentsMargins(8, 0, 8, 8)
        box.addWidget(self.findings)
        self.findings_panel = _SideScroll()
        self.findings_panel.setWidgetResizable(True)
        self.findings_panel.setFrameShape(QFrame.Shape.NoFrame)
        self.findings_panel.setWidget(findings_inner)
        self.findings_panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.form.edited.connect(self._on_edited)
        self.form.enter_pressed.connect(lambda: self.save_requested.emit(True))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(False))
        self.next_button.clicked.connect(lambda: self.save_requested.emit(True))
        self.revert_button.clicked.connect(self.revert)
        self.findings.use_requested.connect(self.use_suggestion)
        self.findings.go_requested.connect(self._go_to_field)
        self.show_nothing()

    # ---- what is shown ------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.revert_button.setEnabled(dirty)
        self.save_button.setEnabled(dirty or self.provision_id is None)
        if changed:
            self.dirty_changed.emit(dirty)

    def show_nothing(self) -> None:
        """No version to edit: an empty, disabled form."""
        self.version_id, self.provision_id = None, None
        self._stored = store.blank_values("service")
        self._pending = {}  # nothing of the case is kept once locked
        self.form.load(self._stored)
        self._inner.setEnabled(False)
        self.actions.setEnabled(False)
        self.header.setText(self.tr("No IEP version chosen"))
        self.hint.setText("")
        self.status.setText("")
        self.findings.clear()
        self._set_dirty(False)

    def start_new(self, version_id: int, kind: str) -> None:
        self.version_id, self.provision_id = version_id, None
        self._show(store.blank_values(kind), self.tr("New {kind}").format(kind=words.kind_name(kind).lower()))
        self.findings.clear()

    def edit(self, version_id: int, provision_id: int, values: dict[str, Any]) -> None:
        self.version_id, self.provision_id = version_id, provision_id
        kind = str(values.get("kind"))
        self._show(dict(values), words.kind_name(kind))
        self._check()

    def _show(self, values: dict[str, Any], title: str) -> None:
        self._stored = values
        self._pending = {}
        self.form.load(values)
        self._inner.setEnabled(self.version_id is not None)
        self.actions.setEnabled(self.version_id is not None)
        self.header.setText(title)
        self.hint.setText(words.kind_hint(str(values.get("kind"))))
        self.form.iep_wording.setExtraSelections([])
        self._set_dirty(False)

    def focus_first(self) -> None:
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def revert(self) -> None:
        if self.provision_id is None and self.version_id is not None:
            self.start_new(self.version_id, self.form.current_kind())
        elif self.provision_id is not None and self.version_id is not None:
            self.edit(self.version_id, self.provision_id, self._stored)
        self.status.setText(self.tr("Changes cancelled."))

    # ---- values -------------------------------------------------------------------------------------
    def current_values(self) -> dict[str, Any]:
        """Every field: what was loaded, with what the form holds now on top."""
        return {**self._stored, **self.new_values()}

    def new_values(self) -> dict[str, Any]:
        """What the form holds, with the values kept here that have no field in it (to save a new one)."""
        return {**self.form.values(), **self._pending}

    def changes(self) -> dict[str, Any]:
        now = self.new_values()
        return {name: value for name, value in now.items() if self._stored.get(name) != value}

    def is_blank(self) -> bool:
        blank = store.blank_values(self.form.current_kind())
        return all(blank.get(name) == value for name, value in self.form.values().items())

    # ---- the live check -----------------------------------------------------------------------------
    def _on_edited(self) -> None:
        # Dirty means "differs from what was loaded": typing undone in a field is clean again.
        dirty = bool(self.changes()) if self.provision_id is not None else not self.is_blank()
        self._set_dirty(dirty)
        self.status.setText(self.tr("Not saved yet") if dirty else "")
        if self.version_id is not None:  # the heading follows the Kind chosen
            kind = self.form.current_kind()
            self.header.setText(
                self.tr("New {kind}").format(kind=words.kind_name(kind).lower())
                if self.provision_id is None
                else words.kind_name(kind)
            )
            self.hint.setText(words.kind_hint(kind))
        self._check()

    def _check(self) -> None:
        values = self.current_values()
        findings = store.check(values, self.child)
        self.findings.set_proposals(str(values.get("to_propose") or ""))
        if self.findings.set_findings(findings, self.signed, answered=store.answered(values)):
            # New cards join the end of the window's Tab order: put them right after the form's buttons.
            previous: QWidget = self.revert_button
            for button in self.findings.buttons():
                QWidget.setTabOrder(previous, button)
                previous = button
        self._underline([f for f in findings if f.field == "iep_wording" and f.end > f.start])

    def _underline(self, findings: list[Finding]) -> None:
        look = QTextCharFormat()
        look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        look.setUnderlineColor(QColor(current().colours.warning))
        look.setBackground(QColor(current().colours.mark))
        look.setForeground(QColor(current().colours.mark_text))  # readable even if the theme changes
        box = self.form.iep_wording
        selections = []
        length = len(box.toPlainText())
        for finding in findings:
            if finding.end > length:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(box.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = look
            selections.append(selection)
        box.setExtraSelections(selections)

    def use_suggestion(self, finding: Finding) -> None:
        """Put the suggested wording into the IEP wording field (an edit the field itself can undo).

        A signed IEP keeps its own words: the suggestion becomes a note to propose at the next meeting,
        saved with the provision, and the finding stays."""
        if self.signed:
            notes = str(self.current_values().get("to_propose") or "")
            self._pending["to_propose"] = with_proposal(notes, finding.suggestion)
            self._on_edited()
            self.status.setText(
                self.tr("Kept to propose at the next meeting (the IEP's words stay). Not saved yet.")
                if self.dirty
                else self.tr("Already kept to propose at the next meeting.")
            )
            return
        box = self.form.iep_wording
        new, start, end = with_suggestion(box.toPlainText(), finding)
        cursor = QTextCursor(box.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(new)
        placeholder = _PLACEHOLDER.search(new, start, end)
        cursor.setPosition(placeholder.start() if placeholder else end)
        if placeholder:
            cursor.setPosition(placeholder.end(), QTextCursor.MoveMode.KeepAnchor)
        box.setTextCursor(cursor)
        box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_field(self, finding: Finding) -> None:
        widget = self.form.field_widget(finding.field)
        if widget is not None:
            self.form_panel.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear(self) -> None:
        self.child = ""
        self.show_nothing()
        self.form.iep_wording.document().clearUndoRedoStacks()
