"""Placeholders [like this] in a letter: marked in the editor so none is sent by mistake."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QGuiApplication, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ui.theme import current

#: The same pattern the PDF export marks (iepdesk.export.letter_pdf).
PLACEHOLDER = re.compile(r"\[[^\]\n]{2,120}\]")


def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Bold text on the theme's marking ground (ui/theme/tokens.py: mark, mark_text), underlined so it
    reads in greyscale too."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setFontWeight(QFont.Weight.Bold)
        self._format.setFontUnderline(True)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a theme switch marks the open letter in its colours
            app.paletteChanged.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        colours = current().colours  # read here: the theme can change while the letter is open
        self._format.setBackground(QColor(colours.mark))
        self._format.setForeground(QColor(colours.mark_text))
        for match in PLACEHOLDER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
