"""What the window hands every page: the one background helper, the one file chooser, and whether the
open case is read-only (a shared copy).

The controller owns both (ui.shell.controller); ``make_page(services)`` in each area's page module
(ui/<area>/page.py) passes them on to the views, so no page builds its own. Tests script the chooser
by giving the controller a fake one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.shell.files import FileChooser
from ui.shell.tasks import TaskRunner


@dataclass(frozen=True)
class Services:
    #: Case work, one piece at a time, which the lock waits for or cancels (ui.shell.tasks).
    tasks: TaskRunner
    #: Every file dialog (tests give the controller a scripted one).
    files: FileChooser
    #: The open case is a shared copy (iepdesk.share): nothing can be saved in it, so each page turns
    #: its add, edit, delete and save controls off up front (ui.widgets.read_only). Set by the
    #: controller once, when the case opens.
    read_only: bool = False
