"""The ``iepdesk`` command: the window with no arguments, the core's command line otherwise.

This module imports no Qt at load time, so ``iepdesk check PATH`` starts without loading PySide6.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

GUI_FLAGS = {"--self-test"}
#: The window's language for this run, from ``iepdesk --lang es`` (ui/shell reads it before the settings).
LANGUAGE_ENV = "IEPDESK_LANG"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--pdf-render-worker"]:  # the PDF preview's child process (also when frozen)
        from ui.vault.render_worker import main as render_worker

        return render_worker()
    if args[:1] == ["--log-reader-worker"]:  # reading a school's log file in a child process (issue 13)
        from iepdesk.logimport.worker import main as log_reader_worker

        return log_reader_worker(args[1:])
    if args[:1] == ["--photo-reader-worker"]:  # reading a photo in a child process (issue 18)
        from iepdesk.vault.photo_worker import main as photo_reader_worker

        return photo_reader_worker(args[1:])
    from iepdesk.cli_language import split
    from iepdesk.i18n import LANGUAGES

    language, rest = split(args)  # ``--lang es`` before the command or alone
    known = language is None or language in LANGUAGES  # an unknown one: the command line says so (exit 2)
    if known and (not rest or rest[0] in GUI_FLAGS or rest[0].startswith("-psn_") or _is_case_file(rest[0])):
        if language is not None:
            os.environ[LANGUAGE_ENV] = language
        from ui.shell.app import run

        return run(rest)
    from iepdesk.cli import main as cli_main

    return cli_main(args)


def _is_case_file(arg: str) -> bool:
    """``iepdesk Maya.iepcase`` (a file manager's "Open with") opens the window on that case."""
    return arg.lower().endswith(".iepcase") and Path(arg).is_file()


if __name__ == "__main__":
    sys.exit(main())
