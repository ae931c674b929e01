"""The tone check beside a message the parent writes: flagged words highlighted in the text, each with
why it may read badly and a calmer way to say it. It advises; it never blocks saving."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from iepdesk.comms.tone import ToneFinding, check, fill_rewrite, forget
from ui.theme import current

log = logging.getLogger(__name__)


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (Qt counts UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class ToneBox(QGroupBox):
    outline_requested = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tone check"), parent)
        self._editor = editor
        self._active = False
        self.findings: list[ToneFinding] = []
        #: What the case knows for the rewrites' [prompts] (set by the page: the linked records).
        self.facts: Callable[[], Mapping[str, str]] | None = None
        self.intro = QLabel(self.tr("Emails are evidence. Calm, factual words get things fixed."))
        self.intro.setWordWrap(True)
        self.advice = QTextBrowser()
        self.advice.setAccessibleName(self.tr("Wording that may read as heated, and calmer ways to say it"))
        self.advice.setOpenLinks(False)
        self.advice.setMinimumWidth(240)
        self.all_clear = QLabel()
        self.all_clear.setWordWrap(True)
        self.outline_button = QPushButton(self.tr("Insert a factual &outline"))
        self.outline_button.setAccessibleName(
            self.tr("Insert an outline: what the IEP promises, what happened, what you ask, by when")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.advice, 1)
        layout.addWidget(self.all_clear)
        layout.addStretch(0)
        layout.addWidget(self.outline_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run_check)
        editor.textChanged.connect(self._schedule)
        self.advice.anchorClicked.connect(lambda url: self.select_finding(int(url.toString()[2:] or -1)))
        self.outline_button.clicked.connect(self.outline_requested)
        self.set_active(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "findings", None):
            self._show(self.findings)  # the marks in the new theme's colours, at once

    def set_active(self, active: bool) -> None:
        """On for messages to the school; off (and no highlights) otherwise."""
        self._active = active
        self.setVisible(active)
        if active:
            self.run_check()
        else:
            self._show([])

    def _schedule(self) -> None:
        if self._active:
            self._timer.start()

    def run_check(self) -> None:
        self._timer.stop()
        if not self._active:
            return
        text = self._editor.toPlainText()
        try:
            findings = check(text) if text.strip() else []
        except Exception as exc:  # advice only: a failure must never get in the way of writing
            log.warning("tone check failed: %s", type(exc).__name__)
            findings = []
        self._show(findings)

    def _show(self, findings: list[ToneFinding]) -> None:
        self.findings = findings
        text = self._editor.toPlainText()
        selections = []
        parts = []
        facts = self._facts() if findings else {}
        for number, finding in enumerate(findings):
            parts.append(
                "<p><a href='f:{n}'><b>“{words}”</b></a> <small>({kind})</small><br>{why}<br>"
                "<i>{label}</i> {instead}</p>".format(
                    n=number,
                    words=html.escape(finding.words),
                    kind=html.escape(finding.label or finding.category),
                    why=html.escape(finding.why),
                    label=html.escape(self.tr("Instead:")),
                    instead=html.escape(fill_rewrite(finding.instead, facts)),
                )
            )
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(current().colours.mark))
            fmt.setForeground(QColor(current().colours.mark_text))  # readable even if the theme changes
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(current().colours.warning))
            selection.format = fmt
            cursor = QTextCursor(self._editor.document())
            cursor.setPosition(_utf16(text, finding.start))
            cursor.setPosition(_utf16(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self._editor.setExtraSelections(selections)
        self.advice.setHtml("".join(parts))
        has = bool(findings)
        self.advice.setVisible(has)
        self.all_clear.setVisible(self._active and not has)
        self.all_clear.setText(
            self.tr("Nothing heated found.") if text.strip() else self.tr("The check runs as you type.")
        )

    def _facts(self) -> Mapping[str, str]:
        try:
            return self.facts() if self.facts else {}
        except Exception as exc:  # advice only: the rewrites keep their [prompts]
            log.warning("tone rewrite facts failed: %s", type(exc).__name__)
            return {}

    def advice_text(self) -> str:
        return self.advice.toPlainText()

    def select_finding(self, number: int) -> None:
        """Select the flagged words in the message (from the advice's link)."""
        if not 0 <= number < len(self.findings):
            return
        finding = self.findings[number]
        text = self._editor.toPlainText()
        cursor = self._editor.textCursor()
        cursor.setPosition(_utf16(text, finding.start))
        cursor.setPosition(_utf16(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    def insert_outline(self, outline: str) -> None:
        """Put the outline at the cursor as paragraphs of its own (never glued to the parent's last
        sentence, never gluing what follows to its last line), as one step of undo, and select its
        first [bracketed] prompt so the parent can type over it."""
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionEnd())  # a selection stays the parent's words
        block = cursor.block().text()
        before, after = block[: cursor.positionInBlock()], block[cursor.positionInBlock() :]
        if before.strip():
            lead = "\n\n"
        elif cursor.block().previous().isValid() and cursor.block().previous().text().strip():
            lead = "\n"
        else:
            lead = ""
        if after.strip():
            trail = "\n\n"
        elif cursor.block().next().isValid() and cursor.block().next().text().strip():
            trail = "\n"
        else:
            trail = ""
        cursor.beginEditBlock()
        if not before.strip() and before:  # spaces at the start of the line go
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(lead)
        start = cursor.position()
        cursor.insertText(outline + trail)
        cursor.endEditBlock()
        prompt = outline.find("[")
        if prompt >= 0 and "]" in outline[prompt:]:
            cursor.setPosition(start + _utf16(outline, prompt))
            length = _utf16(outline, outline.index("]", prompt) + 1) - _utf16(outline, prompt)
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, length)
        else:
            cursor.setPosition(start + _utf16(outline, len(outline)))
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    def clear(self) -> None:
        self._timer.stop()
        self.findings = []
        self.advice.clear()
        self._editor.setExtraSelections([])
        forget()
