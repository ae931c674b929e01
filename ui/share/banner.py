"""The banner of a shared copy open in the window: whose copy it is, when it was made, read-only."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from iepdesk.share.marker import SharedCopyInfo
from ui.icons import icon


def _in_words(iso: str) -> str:
    """ "2026-09-03" as the window's language writes a day ("September 3, 2026"); "" stays ""."""
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.LongFormat) if day.isValid() else iso


class SharedCopyBanner(QFrame):
    def __init__(self, info: SharedCopyInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedCopyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#sharedCopyBanner { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        made = info.made_on
        when = (
            QLocale().toString(QDate(made.year, made.month, made.day), QLocale.FormatType.LongFormat)
            if made
            else info.made_at
        )
        who = info.parent_name or self.tr("the parent")
        self.text = QLabel(
            self.tr(
                "Shared copy of {child}'s case, shared by {who} on {when}. It is read-only: it can be read, "
                "searched and printed, not changed."
            ).format(child=info.child_name, who=who, when=when)
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = []
        if info.date_from or info.date_to:
            details.append(
                self.tr("Records from {start} to {end}.").format(
                    start=_in_words(info.date_from) or self.tr("the first"),
                    end=_in_words(info.date_to) or self.tr("the last"),
                )
            )
        if info.partial and not (info.date_from or info.date_to):
            details.append(self.tr("Only some parts of the case."))
        if info.private_notes_removed:
            details.append(self.tr("The parent's private notes are not in it."))
        self.details = QLabel(" ".join(details))
        self.details.setWordWrap(True)
        self.details.setVisible(bool(details))
        self.setAccessibleName(self.tr("Shared copy, read-only"))
        self.setAccessibleDescription(f"{self.text.text()} {self.details.text()}".strip())
        mark = QLabel()
        mark.setPixmap(icon("lock").pixmap(20, 20))
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.text)
        words.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)


def install_banner(window: QMainWindow, info: SharedCopyInfo) -> SharedCopyBanner:
    """Put the banner above the window's pages (the central widget moves into a box under it)."""
    central = window.takeCentralWidget()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 0)
    layout.setSpacing(6)
    banner = SharedCopyBanner(info, box)
    layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(box)
    return banner
