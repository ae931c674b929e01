"""Placeholders [like this] in a letter: marked in the editor so none is sent by mistake."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

#: The same pattern the PDF export marks (iepdesk.export.letter_pdf).
PLACEHOLDER = re.compile(r"\[[^\]\n]{2,120}\]")


def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Bold dark text on a yellow ground: readable in light and dark themes and in greyscale."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#FFE680"))
        self._format.setForeground(QColor("#1A1A1A"))
        self._format.setFontWeight(QFont.Weight.Bold)
        self._format.setFontUnderline(True)

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
