"""What Enter does in a dialog, set on purpose rather than left to whichever button had focus first.

Qt makes the first auto-default push button that takes the focus the dialog's default when none was set,
so a quick button focused at opening answered every later Enter. ``main_action`` names the button that
Enter presses from the dialog's fields; ``never_default`` keeps one-press buttons from ever becoming
the default; in a multi-line box Enter stays a new line and Ctrl+Enter presses the main button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QPlainTextEdit, QPushButton, QTextEdit


def _press(buttons: tuple[QPushButton, ...]) -> None:
    """Press the one of ``buttons`` that is the default now (or else the first that can be pressed)."""
    usable = [b for b in buttons if b.isEnabled() and b.isVisible()]
    chosen = next((b for b in usable if b.isDefault()), usable[0] if usable else None)
    if chosen is not None:
        chosen.click()


def _name(button: QPushButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def main_action(dialog: QDialog, button: QPushButton, *later: QPushButton) -> None:
    """Enter (from a line, a list or a spin box) and Ctrl+Enter (from anywhere) press ``button``.

    ``later``: buttons the dialog makes its default itself as the parent goes on (such as Save once
    the lines are checked); Ctrl+Enter presses whichever of them is the default then.
    Call it once the button is inside the dialog (setDefault looks for the dialog among its parents)."""
    button.setAutoDefault(True)
    button.setDefault(True)
    buttons = (button, *later)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda b=buttons: _press(b))
    names = QCoreApplication.translate("Dialogs", "“{action}”").format(action=_name(button))
    for other in later:
        names = QCoreApplication.translate("Dialogs", "{actions} or “{action}”").format(
            actions=names, action=_name(other)
        )
    hint = QCoreApplication.translate("Dialogs", "Enter starts a new line; Ctrl+Enter: {action}").format(
        action=names
    )
    for box in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if not box.isReadOnly() and not box.toolTip():
            box.setToolTip(hint)


def never_default(*buttons: QAbstractButton) -> None:
    """Buttons that act at once never become the default, even while they have the focus."""
    for button in buttons:
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
