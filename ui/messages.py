"""Plain-language messages for errors and confirmations, shown in standard message boxes."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from iepdesk.errors import IEPDeskError
from ui.i18n import translate

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    """What to tell a parent about an error. Core errors carry their own plain message."""
    if isinstance(exc, IEPDeskError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return translate(
            "Messages",
            "IEPDesk is not allowed to use that file or folder. Choose a place in your own "
            "folders, such as Documents.",
        )
    if isinstance(exc, FileNotFoundError):
        return translate(
            "Messages", "That file or folder could not be found. It may have been moved or renamed."
        )
    if isinstance(exc, OSError):
        return translate("Messages", "The computer could not read or write the file ({reason}).").format(
            reason=exc.strerror or type(exc).__name__
        )
    log.warning("unexpected error: %s", type(exc).__name__)  # the type only: never case content
    return translate(
        "Messages", "Something unexpected went wrong ({kind}). Nothing in your case was changed."
    ).format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> None:
    text = exc if isinstance(exc, str) else describe(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """Ask a yes/no question with buttons named for what they do. "No" is the safe default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
