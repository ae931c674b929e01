"""The script PyInstaller freezes: the same ``iepdesk`` command as ``ui.launcher:main``.

``--self-test`` goes through the launcher (and so ui.shell.app, which hands it to ui.shell.selftest).
Until the application module exists it runs ui.shell.selftest directly, so the bundle can be
smoke-tested from the first build on.
"""

from __future__ import annotations

import importlib.util
import sys


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--self-test"] and importlib.util.find_spec("ui.shell.app") is None:
        from ui.shell.selftest import run

        return run()
    from ui.launcher import main as launcher_main

    return launcher_main(args)


if __name__ == "__main__":
    sys.exit(main())
