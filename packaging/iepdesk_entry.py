"""The script PyInstaller freezes: the same ``iepdesk`` command as ``ui.launcher:main``.

``--self-test`` goes through the launcher (and so ui.app, which hands it to ui.selftest). Until the
application module exists it runs ui.selftest directly, so the bundle can be smoke-tested from the
first build on.
"""

from __future__ import annotations

import importlib.util
import sys


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--self-test"] and importlib.util.find_spec("ui.app") is None:
        from ui.selftest import run

        return run()
    from ui.launcher import main as launcher_main

    return launcher_main(args)


if __name__ == "__main__":
    sys.exit(main())
