"""What the create-case pages share: the task runner, file dialogs and the key parameters."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field

from iepdesk.casefile import Argon2Params
from iepdesk.casefile.remember import KeyringStatus
from ui.shell.files import FileChooser
from ui.shell.jobs import Created, KdfChooser
from ui.shell.tasks import TaskRunner


@dataclass
class CreateContext:
    tasks: TaskRunner
    files: FileChooser
    kdf: KdfChooser
    keyring: KeyringStatus
    #: Calibration starts when the wizard opens, so it is usually done by the time it is needed.
    params: Future[Argon2Params] = field(default_factory=Future)
    created: Created | None = None
    #: The state chosen on the first page, kept when the wizard is made again in another language.
    child_state: str = ""
    _calibrating: bool = False

    def start_calibration(self) -> None:
        """Once per context (a wizard made again in another language goes on with the same one)."""
        if self._calibrating:
            return
        self._calibrating = True
        future = self.params

        def work(_report: object) -> None:
            try:
                future.set_result(self.kdf())
            except Exception as exc:
                future.set_exception(exc)

        self.tasks.run(work)

    def chosen_params(self) -> Argon2Params:
        """The calibrated parameters (waits for calibration); the floor if calibration failed."""
        try:
            return self.params.result()
        except Exception:
            return Argon2Params()
