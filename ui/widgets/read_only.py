"""A shared copy opens read-only (iepdesk.share): each page's add, edit, delete and save controls are
turned off up front, with the same short reason, rather than refused only when the parent saves.

The controller learns once whether the open case is a shared copy and hands it to every page in
``Services.read_only`` (ui.shell.services); each page's ``make_page`` passes its own controls here. A
page that turns a button on again later (a row chosen, a text changed) cannot: the hold keeps it off.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def reason() -> str:
    """The tooltip and accessible description of a control held off on a shared copy."""
    return QCoreApplication.translate("ReadOnly", "Shared copy: read-only")


class _Hold(QObject):
    """Keeps the widgets it watches disabled, with the reason as their tooltip and description."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            kind = event.type()
            if kind == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != reason():
                watched.setToolTip(reason())
        return False


def _hold_widget(widget: QWidget) -> None:
    hold = _Hold(widget)  # lives and goes with the widget
    widget.setEnabled(False)
    widget.setToolTip(reason())
    widget.setAccessibleDescription(reason())
    widget.installEventFilter(hold)


def _hold_action(action: QAction) -> None:
    def keep_off() -> None:
        if action.isEnabled():
            action.setEnabled(False)

    action.setEnabled(False)
    action.setToolTip(reason())
    action.changed.connect(keep_off)


def hold_read_only(read_only: bool, *controls: QWidget | QAction) -> None:
    """On a shared copy (``read_only``), turn each control off for good, saying why; otherwise nothing."""
    if not read_only:
        return
    for control in controls:
        if isinstance(control, QAction):
            _hold_action(control)
        else:
            _hold_widget(control)


def is_held(control: QWidget | QAction) -> bool:
    """True when the control is held off by ``hold_read_only`` (for tests and for pages that ask)."""
    described = control.toolTip() if isinstance(control, QAction) else control.accessibleDescription()
    return not control.isEnabled() and described == reason()
